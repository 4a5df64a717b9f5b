import { describe, expect, test } from "vitest";
import {
  maxQueryLength,
  nameWords,
  normaliseQuery,
  planQuery,
  withoutUnknownBesideName,
} from "@/lib/search/search-query";
import { kanaFold } from "@/lib/search/search-kana";
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
      id: "cyber-response-capability-enhancement-act",
      term: "Cyber Response Capability Enhancement Act",
      aliases: ["Act No. 42 of 2025"],
      definition: "The main active cyber defense law of 2025, on operators, data and oversight.",
    },
    {
      id: "secrecy-of-communication",
      term: "Secrecy of communication",
      japanese: "通信の秘密",
      aliases: [],
      definition: "A right in Article 21(2) of the Constitution of Japan, widely read.",
    },
  ],
  pages: [{ url: "/questions/", names: ["Questions readers ask", "questions"], summary: "s" }],
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
    ["what is it", ["what", "is", "it"]],
    ["US Forces Japan", ["us", "forces", "japan"]], // a stop word in capitals is an abbreviation
    ["does it matter to IT vendors", ["matter", "it", "vendors"]],
    ["how long is the data kept", ["data", "kept"]], // "how long" asks; "long" is not a topic
    ["how many sectors", ["sectors"]],
    ["a long list", ["long", "list"]],
  ])("%s → %j (question and stop words drop out)", (q, expected) =>
    expect(texts(q)).toEqual(expected),
  );

  const searched = (q: string) => planQuery(vocab, q).map((g) => g.alternatives);
  test.each([
    ["Article 2(3)", [["article 2(3)"]]], // a paragraph stays with its article
    ["Art. 21 constitution", [["article 21"], ["constitution"]]], // the pages write "Article"
    ["Arts. 5", [["article 5"]]],
    ["Article 6-2", [["article 6-2"]]],
    // The pages write an act's number "No. 42" ("Acts No. 42 and No. 43"); "of 2025" is part of it.
    ["Act No. 42", [["no 42"]]],
    ["Act 42", [["no 42"]]],
    ["Acts No. 43 of 2025", [["no 43"]]],
    ["Chapter X of Act No. 42", [["chapter x"], ["no 42"]]],
    ["art gallery", [["art"], ["gallery"]]], // "art" alone is a word
    ["5,000 addresses", [["5,000"], ["addresses"]]], // thousands are one number
    // Typed without the space after the abbreviation's full stop.
    ["act no.42", [["no 42"]]],
    ["Art.21 constitution", [["article 21"], ["constitution"]]],
  ])("legal reference %s is one term, found as written together: %j", (q, expected) =>
    expect(searched(q)).toEqual(expected),
  );

  test.each([
    ["憲法21条", [["憲法"], ["article 21"]]],
    ["憲法第21条2項", [["憲法"], ["article 21(2)"]]],
    ["第6条の2", [["article 6-2"]]],
    ["法律第42号", [["no 42"]]],
  ])(
    "a legal reference written the Japanese way, %s, is read as the pages write it",
    (q, expected) => expect(searched(q)).toEqual(expected),
  );

  test("an act's number names the glossary entry it is an alias of", () => {
    const [act] = planQuery(vocab, "Act 42 reporting");
    expect(act?.entries.map((e) => e.url)).toEqual([
      "/glossary/#cyber-response-capability-enhancement-act",
    ]);
  });

  test.each([
    ["April 2026", "april 2026"],
    ["July 4, 2023", "4 july 2023"],
    ["4th July 2023", "4 july 2023"],
    ["4 Jul 2023", "4 july 2023"],
    ["Sept 2021", "september 2021"],
    ["2023-07-04", "4 july 2023"],
    ["the 23rd of December 2025", "23 december 2025"],
    ["2025年12月23日", "23 december 2025"],
    ["2026年4月", "april 2026"],
    ["what happened on 1 July 2025", "1 july 2025"],
  ])("the date %s is one term, as the pages write dates (%s)", (q, written) => {
    const groups = planQuery(vocab, q);
    expect(groups.map((g) => g.alternatives)).toEqual([[written]]);
    expect(groups[0]?.date).toBe(true);
  });

  test("a year alone is a number, and “may” or “march” is a month only beside a number", () => {
    expect(texts("2013 strategy")).toEqual(["2013", "strategy"]);
    expect(planQuery(vocab, "may police march").some((g) => g.date)).toBe(false);
    expect(planQuery(vocab, "police may 2025").find((g) => g.date)?.alternatives).toEqual([
      "may 2025",
    ]);
  });

  test("a term typed twice is searched once", () => {
    expect(texts("police and more police powers")).toEqual(["police", "powers"]);
    expect(texts("the difference between Act 42 and Act 43")).toEqual([
      "difference",
      "act 42",
      "act 43",
    ]);
  });

  test("“happened” asks about an event; the event's words are what it asks about", () => {
    expect(texts("what happened at Nagoya port")).toEqual(["nagoya", "port"]);
  });

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

  test.each(["saibā tōkatsushitsu", "saiba toukatsushitsu", "saiba tokatsushitsu"])(
    "finds a long name by its last words, %s",
    (q) => {
      const groups = planQuery(vocab, q);
      expect(groups).toHaveLength(1);
      expect(groups[0]?.entries[0]?.url).toBe("/glossary/#national-cybersecurity-office");
    },
  );

  test("a name's last syllables alone, or a tail two readings share, name nothing", () => {
    expect(planQuery(vocab, "shitsu")[0]?.entries).toEqual([]);
    const shared = buildVocabulary({
      explainers: [],
      terms: [],
      extraText: [],
      names: [
        { japanese: ["甲会議"], romaji: ["kō anzen kaigi"], english: "one council" },
        { japanese: ["乙会議"], romaji: ["otsu anzen kaigi"], english: "another council" },
      ],
    });
    expect(planQuery(shared, "anzen kaigi").map((g) => g.text)).toEqual(["anzen", "kaigi"]);
  });

  test("words before the last are typed in full; the last may still be being typed", () => {
    const groups = planQuery(vocab, "where does the NCO sit in government");
    expect(groups.map((g) => [g.text, !!g.whole])).toEqual([
      ["nco", false],
      ["sit", true],
      ["government", false],
    ]);
  });

  test("a page that only a whole query names is not named inside one", () => {
    const groups = planQuery(vocab, "the international law questions");
    expect(groups.find((g) => g.text === "questions")?.entries).toEqual([]);
  });

  test("“in force” is one term, the phrase, not the word “force”", () => {
    const groups = planQuery(vocab, "is the 2025 strategy in force");
    expect(groups.find((g) => g.text === "in force")?.alternatives).toContain("into force");
    expect(groups.some((g) => g.text === "force")).toBe(false);
  });

  test("DDoS is searched as the pages write it, a denial-of-service attack", () => {
    expect(planQuery(vocab, "egov ddos").map((g) => g.alternatives)).toEqual([
      ["egov"],
      ["denial of service", "ddos", "dos attack"],
    ]);
  });
  test("a penalty is searched as the pages write it, a fine", () => {
    expect(planQuery(vocab, "penalty for not reporting")[0]?.alternatives).toContain("fine");
    expect(planQuery(vocab, "sanctions")[0]?.alternatives).toContain("penalties");
  });

  test("“no” in a reading is not the “No.” of a legal reference", () => {
    const groups = planQuery(vocab, "tsuushin no himitsu");
    expect(groups.flatMap((g) => g.alternatives)).not.toContain("no");
  });

  test("a reading typed in kana finds the name, as its romanised reading does", () => {
    expect(planQuery(vocab, "しゅしょう").map((g) => g.alternatives)).toEqual([["prime minister"]]);
    const [nco] = planQuery(vocab, "こっかさいばーとうかつしつ");
    expect(nco?.entries.map((e) => e.url)).toEqual(["/glossary/#national-cybersecurity-office"]);
  });

  test("splits Japanese into known names, each bridged to the English the pages use", () => {
    const groups = planQuery(vocab, "石破首相");
    expect(groups.map((g) => g.alternatives)).toEqual([
      ["石破", "ishiba"],
      ["首相", "prime minister"],
    ]);
  });
});

describe("nameWords", () => {
  test.each([
    ["japan federation of bar associations", ["japan", "federation", "bar", "associations"]],
    ["us", ["us"]], // kept as an abbreviation
    ["it", ["it"]],
    ["national police agency", ["national", "police", "agency"]],
    ["in force", ["in", "force"]], // one word among stop words keeps them: not "forces"
  ])("%s → %j", (name, words) => expect(nameWords(name)).toEqual(words));
});

describe("withoutUnknownBesideName", () => {
  const found = (...sizes: number[]) => sizes.map((size) => ({ size }));
  test("words the site never uses beside a name it has are left out", () => {
    const groups = planQuery(vocab, "when did the NCO last meet");
    expect(groups.map((g) => g.text)).toEqual(["nco", "last", "meet"]);
    const [kept] = withoutUnknownBesideName(groups, found(3, 0, 0));
    expect(kept.map((g) => g.text)).toEqual(["nco"]);
  });
  test("without a name, the query stays as it is (and finds nothing when half is unknown)", () => {
    const groups = planQuery(vocab, "sushi restaurants tokyo");
    const [kept] = withoutUnknownBesideName(groups, found(0, 0, 2));
    expect(kept).toHaveLength(3);
  });
});

describe("Japanese names written another way", () => {
  const loanwords = buildVocabulary({
    explainers: [],
    terms: [
      {
        id: "cybersecurity-strategy",
        term: "Cybersecurity Strategy",
        japanese: "サイバーセキュリティ戦略",
        aliases: [],
        definition: "Japan's plan for cyber policy, adopted by the Cabinet for several years.",
      },
    ],
    pages: [],
    extraText: [],
    names: [{ japanese: ["アクセス・無害化"], romaji: [], english: "access and neutralization" }],
  });
  test.each([
    ["サイバーセキュリティー戦略", "Cybersecurity Strategy"], // the long-vowel mark many add
    ["サイバーセキュリティ戦略", "Cybersecurity Strategy"],
    ["アクセス無害化", "access and neutralization"], // without the dot between the words
    ["アクセス・無害化", "access and neutralization"],
  ])("%s names %s", (query, english) => {
    const groups = planQuery(loanwords, query);
    expect(groups).toHaveLength(1);
    expect(groups[0]?.alternatives.map((a) => a.toLowerCase())).toContain(english.toLowerCase());
  });
  test("a name written otherwise is searched as the pages write it too", () => {
    expect(kanaFold("アクティブ・サイバー・ディフェンス")).toBe(
      kanaFold("アクティブサイバーディフェンス"),
    );
    expect(planQuery(loanwords, "サイバーセキュリティー戦略")[0]?.alternatives).toContain(
      "サイバーセキュリティ戦略",
    );
  });
});

describe("a glossary term's parts", () => {
  const diet = buildVocabulary({
    explainers: [],
    terms: [
      {
        id: "diet",
        term: "Diet",
        aliases: ["National Diet"],
        parts: ["House of Representatives", "House of Councillors", "Lower House", "Upper House"],
        definition: "Japan's parliament, made up of the Lower House and the Upper House.",
      },
    ],
    extraText: [],
  });
  test("each names the term, and is found by its own other names, not the whole's or the other parts'", () => {
    const [house] = planQuery(diet, "House of Councillors vote");
    expect(house?.entries.map((e) => e.url)).toEqual(["/glossary/#diet"]);
    expect(house?.alternatives).toEqual(["house of councillors", "upper house"]);
    expect(planQuery(diet, "National Diet")[0]?.alternatives).toContain("diet");
  });
});
