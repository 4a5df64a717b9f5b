import { describe, expect, test } from "vitest";
import {
  isQuestion,
  maxQueryLength,
  nameWords,
  normaliseQuery,
  planQuery,
} from "@/lib/search/search-query";
import { buildVocabulary } from "@/lib/search/search-vocabulary";

const vocab = buildVocabulary({
  explainers: [],
  terms: [
    {
      id: "national-cybersecurity-office",
      term: "National Cybersecurity Office",
      japanese: "国家サイバー統括室",
      aliases: ["NCO"],
      definition: "The office that replaced NISC in 2025, inside the Cabinet Secretariat.",
    },
    {
      id: "secrecy-of-communication",
      term: "Secrecy of communication",
      japanese: "通信の秘密",
      aliases: [],
      definition: "A right in Article 21(2) of the Constitution of Japan, widely read.",
    },
  ],
  extraText: [],
  names: [
    {
      japanese: ["国家サイバー統括室"],
      romaji: ["kokka saibā tōkatsushitsu"],
      english: "National Cybersecurity Office",
      glossary: "national-cybersecurity-office",
    },
    {
      japanese: ["通信の秘密"],
      romaji: ["tsūshin no himitsu"],
      english: "secrecy of communication",
      glossary: "secrecy-of-communication",
    },
    { japanese: ["首相", "総理"], romaji: ["shushō"], english: "prime minister" },
    { japanese: ["石破"], romaji: ["ishiba shigeru"], english: "Ishiba" },
  ],
});

const texts = (q: string) => planQuery(vocab, q).map((g) => g.text);

describe("normaliseQuery", () => {
  test.each([
    ["NI\u200BSC", "NISC"],
    ["  two   spaces ", "two spaces"],
    ["\uFEFFACD\u2060", "ACD"],
    ["ＡＣＤ", "ACD"],
  ])("%j → %j", (raw, expected) => expect(normaliseQuery(raw)).toBe(expected));
  test("caps a very long query at a word", () => {
    const q = normaliseQuery("cyber ".repeat(5000));
    expect(q.length).toBeLessThanOrEqual(maxQueryLength);
    expect(q.endsWith("cyber")).toBe(true);
  });
});

describe("planQuery", () => {
  test.each([
    ["what does the watchdog do", ["watchdog"]],
    ["who can approve a neutralization", ["approve", "neutralization"]],
    ["Act No. 42", ["act", "no", "42"]],
    ["what is it", ["what", "is", "it"]],
    ["US Forces Japan", ["us", "forces", "japan"]], // a stop word in capitals is an abbreviation
    ["does it matter to IT vendors", ["matter", "it", "vendors"]],
    ["how long is the data kept", ["data", "kept"]], // "how long" asks; "long" is not a topic
    ["how many sectors", ["sectors"]],
    ["a long list", ["long", "list"]],
  ])("%s → %j (question and stop words drop out)", (q, expected) =>
    expect(texts(q)).toEqual(expected),
  );

  test.each([
    ["Article 2(3)", ["article", "2(3)"]], // a paragraph stays with its article
    ["Art. 21 constitution", ["article", "21", "constitution"]],
    ["Arts. 5", ["article", "5"]],
    ["art gallery", ["art", "gallery"]], // "art" alone is a word
  ])("legal reference %s → %j", (q, expected) => expect(texts(q)).toEqual(expected));

  test.each([
    ["Britain double lock", "britain", "united kingdom"],
    ["how does the UK oversee", "uk", "britain"],
    ["America defend forward", "america", "us"],
    ["can the military act", "military", "self defense forces"],
    ["hackback", "hackback", "hack back"],
    ["can a company counterattack", "counterattack", "hack back"],
    ["US Forces Japan", "us", "united states"],
  ])("%s: “%s” is searched by its other English names too (%s)", (q, text, other) => {
    const group = planQuery(vocab, q).find((g) => g.text === text);
    expect(group?.alternatives).toContain(other);
  });

  test("the English name of several words a Japanese name stands for is one name", () => {
    expect(texts("Prime Minister order")).toEqual(["prime minister", "order"]);
    expect(planQuery(vocab, "prime minister")[0]?.alternatives).toEqual(["prime minister"]);
    expect(texts("minister order")).toEqual(["minister", "order"]); // a word of it is a word
  });

  test("“us” in lower case is a stop word, not the United States", () => {
    expect(texts("tell us about the law")).toEqual(["law"]);
  });

  test("bridges a term inside a longer query", () => {
    const [nco] = planQuery(vocab, "what does the NCO do");
    expect(nco?.alternatives).toContain("national cybersecurity office");
    expect(nco?.entries.map((e) => e.url)).toEqual(["/glossary/#national-cybersecurity-office"]);
  });

  test.each([
    "kokka saibā tōkatsushitsu",
    "kokka saiba toukatsushitsu",
    "KOKKA SAIBA TOKATSUSHITSU",
  ])("finds the reading %s, and does not search its syllables", (q) => {
    const groups = planQuery(vocab, q);
    expect(groups).toHaveLength(1);
    expect(groups[0]?.entries[0]?.url).toBe("/glossary/#national-cybersecurity-office");
    expect(groups[0]?.alternatives.some((a) => a.includes("kokka"))).toBe(false);
  });

  test("“no” in a reading is not the “No.” of a legal reference", () => {
    const groups = planQuery(vocab, "tsuushin no himitsu");
    expect(groups.flatMap((g) => g.alternatives)).not.toContain("no");
  });

  test("splits Japanese into known names, each bridged to the English the pages use", () => {
    const groups = planQuery(vocab, "石破首相");
    expect(groups.map((g) => g.alternatives)).toEqual([
      ["石破", "ishiba"],
      ["首相", "prime minister"],
    ]);
  });
});

describe("isQuestion", () => {
  test.each([
    ["when can the Self-Defense Forces act", true],
    ["Who decides?", true],
    ["what's a neutralization", true],
    ["SDF Act", false],
    ["neutralise servers", false],
    ["oversight commission?", true],
  ])("%s → %s", (q, asked) => expect(isQuestion(q)).toBe(asked));
});

describe("nameWords", () => {
  test.each([
    ["japan federation of bar associations", ["japan", "federation", "bar", "associations"]],
    ["us", ["us"]], // kept as an abbreviation
    ["it", ["it"]],
    ["national police agency", ["national", "police", "agency"]],
  ])("%s → %j", (name, words) => expect(nameWords(name)).toEqual(words));
});
