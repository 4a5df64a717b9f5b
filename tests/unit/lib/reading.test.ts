import { expect, test } from "vitest";
import { countWords, readingMinutes } from "@/lib/reading";

test.each([
  ["Japan's cabinet adopted a five-year plan.", 6],
  ["", 0],
  ["ACD (能動的サイバー防御) law", 3],
])("countWords(%j) = %d", (text, n) => {
  expect(countWords(text)).toBe(n);
});

test.each([
  [0, 1],
  [220, 1],
  [1100, 5],
])("readingMinutes(%d) = %d", (words, minutes) => {
  expect(readingMinutes(words)).toBe(minutes);
});
