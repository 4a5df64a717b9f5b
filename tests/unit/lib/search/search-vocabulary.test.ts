import { describe, expect, test } from "vitest";
import { bridge, buildVocabulary, correctTypos, suggest } from "@/lib/search/search-vocabulary";

const vocab = buildVocabulary({
  explainers: [
    {
      slug: "active-cyber-defense",
      title: "Active cyber defense",
      navLabel: "ACD",
      description: "d",
      body: "Police may neutralize servers.",
    },
    {
      slug: "history",
      title: "History of the strategy",
      navLabel: "History",
      description: "d",
      body: "The National Security Strategy.",
    },
  ],
  terms: [
    {
      id: "active-cyber-defense",
      term: "Active cyber defense",
      japanese: "能動的サイバー防御",
      aliases: ["ACD", "active cyber defence"],
      definition: "Stopping attacks early. More text.",
      definedIn: "active-cyber-defense",
    },
    {
      id: "nisc",
      term: "NISC",
      aliases: ["National Information Security Center"],
      definition: "A centre.",
      definedIn: "history",
    },
  ],
  extraText: ["Minoru Kihara spoke."],
});

describe("bridge", () => {
  test.each([
    ["ACD", ["/active-cyber-defense/", "/glossary/#active-cyber-defense"]],
    ["active cyber defence", ["/active-cyber-defense/", "/glossary/#active-cyber-defense"]],
    ["能動的サイバー防御", ["/active-cyber-defense/", "/glossary/#active-cyber-defense"]],
    ["nisc", ["/glossary/#nisc", "/history/"]],
    ["History of the strategy", ["/history/"]],
    ["cyber", []],
  ])("%s pins %j", (query, urls) => {
    expect(bridge(vocab, query).map((e) => e.url)).toEqual(urls);
  });
});

describe("correctTypos", () => {
  test.each([
    ["kihra", "kihara"],
    ["nuetralize servers", "neutralize servers"],
    ["police", undefined],
    ["xyzzyplugh", undefined],
  ])("%s → %s", (query, expected) => {
    expect(correctTypos(vocab, query)).toBe(expected);
  });
});

describe("suggest", () => {
  test("offers the nearest glossary names for a near miss", () => {
    expect(suggest(vocab, "NISK").map((e) => e.label)).toContain("NISC");
  });
  test("offers nothing for a query far from every name", () => {
    expect(suggest(vocab, "completely unrelated words here")).toEqual([]);
  });
});
