import { describe, expect, test } from "vitest";
import {
  foldSpelling,
  japaneseIndexTokens,
  japaneseParts,
  toIndexQuery,
} from "@/lib/search/search-text";

describe("foldSpelling", () => {
  test.each([
    ["Active Cyber Defence", "active cyber defense"],
    ["cyber security strategy", "cybersecurity strategy"],
    ["Cyber-Security", "cybersecurity"],
    ["pre-emptive measures", "preemptive measures"],
    ["neutralisation", "neutralization"],
    ["Self-Defence Forces", "self-defense forces"],
    ["ＡＣＤ", "acd"],
    ["analysed communications", "analyzed communications"],
    ["authorised officers", "authorized officers"],
    ["the prioritisation of defence", "the prioritization of defense"],
    ["behaviour and favour", "behavior and favor"],
    ["four hours in our tour", "four hours in our tour"],
    ["criminal offences", "criminal offenses"],
    ["modelling", "modeling"],
    ["advise the premise", "advise the premise"], // not every -ise is British
    ["emphasis", "emphasis"],
  ])("%s → %s", (input, expected) => {
    expect(foldSpelling(input)).toBe(expected);
  });
});

describe("japaneseParts", () => {
  test.each([
    ["能動的サイバー防御", ["サイバー", "能動的", "能動", "防御"]],
    ["通信の秘密", ["通信", "秘密"]],
    [
      "内閣サイバーセキュリティセンター",
      ["サイバーセキュリティセンター", "サイバー", "セキュリティ", "センター", "内閣"],
    ],
  ])("%s → %j", (input, parts) => {
    expect(japaneseParts(input)).toEqual(parts);
  });
});

describe("japaneseIndexTokens", () => {
  test("keeps the whole term and adds its parts", () => {
    expect(japaneseIndexTokens("ACD (能動的サイバー防御) law")).toEqual([
      "能動的サイバー防御",
      "サイバー",
      "能動的",
      "能動",
      "防御",
    ]);
  });
});

describe("toIndexQuery", () => {
  test.each([
    ["Active cyber defence", "active cyber defense"],
    ["サイバー防御", "サイバー 防御"],
    ["ACD 能動的サイバー防御", "サイバー 能動的 能動 防御 acd"],
  ])("%s → %s", (input, expected) => {
    expect(toIndexQuery(input)).toBe(expected);
  });
});
