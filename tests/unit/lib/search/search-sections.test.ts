import { expect, test } from "vitest";
import { openingWords, scoreSections, type Section } from "@/lib/search/search-match";

const filler = (n: number) => Array.from({ length: n }, () => "filler");

test("a term in a long section's opening words counts more than the same term deep in another", () => {
  const long = 3 * openingWords;
  // Section A names the act in its first sentence; section B, as long, only far down.
  const words = [
    ...["Act", "X", "gives", "police", "powers."],
    ...filler(long - 5),
    ...filler(long - 5),
    ...["under", "Act", "X", "too."],
    ...filler(1),
  ];
  const sections: Section[] = [
    { anchor: { id: "a", text: "A", location: 0 }, start: 0, end: long },
    { anchor: { id: "b", text: "B", location: long }, start: long, end: words.length },
  ];
  const term = { locations: [0, 2 * long - 4], weight: 1, names: [["act"]] };
  const [a, b] = scoreSections(sections, [term], words);
  expect(a?.score).toBeGreaterThan(b?.score ?? Infinity);
});

test("a short entry is all opening: its first words earn nothing more", () => {
  const words = ["Act", "X", ...filler(10), "Act", "X", ...filler(2)];
  const sections: Section[] = [
    { anchor: { id: "a", text: "A", location: 0 }, start: 0, end: 12 },
    { anchor: { id: "b", text: "B", location: 12 }, start: 12, end: words.length },
  ];
  const term = { locations: [0, 12], weight: 1, names: [["act"]] };
  const [a, b] = scoreSections(sections, [term], words);
  expect(a?.score).toBe(b?.score);
});
