import { describe, expect, it } from "vitest";
import { editDistance, withinEdits } from "@/lib/edit-distance";

describe("withinEdits", () => {
  it("gives the table's answer for every pair of short words over a small alphabet", () => {
    // All words of up to four letters from "abc": every insertion, deletion, substitution and
    // swap pattern appears among their pairs.
    const words = [""];
    for (let length = 1; length <= 4; length++) {
      for (const w of words.filter((x) => x.length === length - 1)) {
        for (const c of "abc") words.push(w + c);
      }
    }
    for (const a of words) {
      for (const b of words) {
        const d = editDistance(a, b);
        for (const k of [0, 1, 2]) expect(withinEdits(a, b, k), `${a}|${b}|${k}`).toBe(d <= k);
      }
    }
  });

  it("counts a swap of neighbouring letters as one edit", () => {
    expect(withinEdits("nuetral", "neutral", 1)).toBe(true);
    expect(withinEdits("neutrilazation", "neutralization", 1)).toBe(false);
    expect(withinEdits("neutrilazation", "neutralization", 2)).toBe(true);
  });
});
