import { expect, test } from "vitest";
import { pageWords } from "@/lib/search/search-match";
import { phrasePositions, withoutCovered } from "@/lib/search/search-overlap";

const words = pageWords("The Self-Defense Forces act. The law is in force.");
const sdf = { locations: [1], names: [["sdf"], ["self-defense", "forces"]], weight: 1 };
const force = { locations: [2, 9], names: [["force"]], weight: 1 };

test("a name of several words covers the words where it stands", () => {
  expect([...phrasePositions(sdf, words)]).toEqual([1, 2]);
});

test("a word inside another term's name is that term's, not its own", () => {
  const [, kept] = withoutCovered([sdf, force], words);
  expect(kept?.locations).toEqual([9]);
});

test("a term found only inside another term's name is not on the page", () => {
  const onlyInName = { ...force, locations: [2] };
  expect(withoutCovered([sdf, onlyInName], words)).toEqual([sdf]);
});

test("a term matched outside the text (no places) stays", () => {
  const titleOnly = { ...force, locations: [] };
  expect(withoutCovered([sdf, titleOnly], words)).toHaveLength(2);
});
