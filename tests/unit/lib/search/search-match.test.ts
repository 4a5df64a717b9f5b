import { describe, expect, test } from "vitest";
import {
  compareResults,
  inPhrase,
  isSameWord,
  isTitle,
  linkedSection,
  namesIn,
  namingTitle,
  pageWords,
  scoreSections,
  shortEntryFactor,
  sectionsOf,
  reportNotesAnchorId,
  summaryAnchorId,
  verifyTerm,
  type SectionScore,
} from "@/lib/search/search-match";
import { excerptOf } from "@/lib/search/search-excerpt";

describe("isSameWord", () => {
  test.each([
    ["police", "police", true],
    ["police", "Police,", true],
    ["polic", "policy", true], // still typing
    ["approve", "approves", true],
    ["approve", "approval", true],
    ["neutralize", "neutralization", true],
    ["emails", "email", true],
    ["police", "policy", false],
    ["policy", "police", false],
    ["operations", "operators", false],
    ["サイバー", "能動的サイバー防御", true],
    // Singular and plural in -y / -ies.
    ["companies", "company", true],
    ["company", "companies", true],
    ["duty", "duties.", true],
    ["agencies", "agency's", true],
    ["policies", "police", false],
    // A legal reference's paragraph is not another number.
    ["2(3)", "2(3),", true],
    ["2(3)", "23", false],
    ["21(2)", "21(1)", false],
    // A number is that number, never a longer one it starts.
    ["4", "42", false],
    ["42", "42,", true],
    ["2", "2-2", false],
    ["2-2", "2-2.", true],
    ["21", "21(2)", true], // Article 21 holds its paragraph 2
    ["2015", "2014–2015", true], // one end of a range of years
    ["2013", "(2013)", true],
    ["2013", "20132", false],
    // A word of two letters is not the start of a longer one.
    ["no", "No.", true],
    ["no", "not", false],
    ["us", "used", false],
    ["eu", "EU's", true], // its possessive is the word
    ["it", "its", false],
  ])("%s / %s → %s", (q, w, same) => expect(isSameWord(q, w)).toBe(same));
});

describe("verifyTerm", () => {
  const text =
    "Police may access servers. Access and neutralization is a pillar. Neutralization needs approval.";
  const page = pageWords(text);
  const all = (...ws: string[]) =>
    page.flatMap((w, i) => (ws.some((x) => w.toLowerCase().startsWith(x)) ? [i] : []));

  test("a one-word alternative counts wherever it stands, beside its longer names", () => {
    const found = all("access", "neutralization");
    const term = verifyTerm(["neutralization", "access and neutralization"], found, page);
    expect(term?.locations.map((l) => page[l])).toEqual([
      "Access",
      "neutralization",
      "Neutralization",
    ]);
    expect(term?.factor).toBe(1.5);
  });

  test("a word of a longer name on its own is not the name", () => {
    expect(verifyTerm(["access and neutralization"], all("access").slice(0, 1), page)).toBe(
      undefined,
    );
  });

  test("a name of several words is whole words, not the start of longer ones", () => {
    const office = pageWords(
      "The Cabinet Cyber Officer heads it. The Cabinet Office hosts the commission.",
    );
    const found = office.flatMap((w, i) => (/^(cabinet|office)/i.test(w) ? [i] : []));
    expect(verifyTerm(["cabinet office"], found, office, false)?.locations).toEqual([7]);
    expect(verifyTerm(["cabinet office"], found.slice(0, 2), office, false)).toBe(undefined);
  });

  test("“in force” is not the forces of the Self-Defense Forces", () => {
    const words = pageWords("The Self-Defense Forces act. The strategy is in force since 2025.");
    const found = words.flatMap((w, i) => (/^(in|force)/i.test(w) ? [i] : []));
    expect(verifyTerm(["in force", "into force"], found, words)?.locations).toEqual([7]);
  });

  test("a date is found where its words stand together", () => {
    const dated = pageWords(
      "Due on 1 April 2026 as planned. In April we saw the next budget, for 2026.",
    );
    const found = dated.flatMap((w, i) => (/^(april|2026)/i.test(w) ? [i] : []));
    expect(verifyTerm(["april 2026"], found, dated)?.locations).toEqual([3]);
    expect(verifyTerm(["april 2026"], found.slice(2), dated)).toBe(undefined);
  });

  test("an act's number is found as the pages write it, even after another", () => {
    const acts = pageWords("Acts No. 42 and No. 43 of 2025. Not 43 times.");
    const found = acts.flatMap((w, i) => (/^(no|43)/i.test(w) ? [i] : []));
    expect(verifyTerm(["no 43"], found, acts)?.locations).toEqual([4]);
  });
});

const content =
  "Intro words the the the the. What the law allows. Police may act the the. " +
  "Who checks. The watchdog is the commission (能動的サイバー防御 ⟦ サイバー 防御 ⟧) here.";
const words = pageWords(content);
const at = (w: string) => words.findIndex((x) => x.startsWith(w));
const anchors = [
  { id: "what-the-law-allows", text: "What the law allows", location: at("What"), element: "h2" },
  { id: "who-checks", text: "Who checks", location: at("Who"), element: "h2" },
];

describe("sections, scores and excerpts", () => {
  const sections = sectionsOf({ content, anchors }, words.length);
  test("a page top and one section per heading", () => {
    expect(sections.map((s) => s.anchor?.id)).toEqual([
      undefined,
      "what-the-law-allows",
      "who-checks",
    ]);
  });
  test("the section with the meaningful word wins, however many times “the” is elsewhere", () => {
    const terms = [{ locations: [at("watchdog")], weight: 1, names: [["watchdog"]] }];
    const best = scoreSections(sections, terms, words).sort((a, b) => b.score - a.score)[0];
    expect(best?.section.anchor?.id).toBe("who-checks");
  });
  test("the excerpt comes from the section, marks the match and hides index tokens", () => {
    const section = sections[2];
    if (!section) throw new Error("no section");
    const terms = [{ locations: [words.indexOf("サイバー")], weight: 1, names: [["サイバー"]] }];
    const html = excerptOf(words, section, terms);
    expect(html).toContain("<mark>(能動的サイバー防御</mark>)");
    expect(html).not.toMatch(/⟦|⟧|防御 サイバー/);
    expect(html).not.toContain("Police");
  });
});

describe("excerpts of dates and names", () => {
  test("a name of several words is marked whole, and read with what follows it", () => {
    const page = pageWords(
      "Attacks. One came in June 2023 and was announced on 4 August. " +
        "Then on 4 July 2023 ransomware stopped Nagoya port for two days, until 6 July.",
    );
    const at = page.indexOf("July") - 1;
    const terms = [{ locations: [at], weight: 1, names: [["4", "july", "2023"]] }];
    const html = excerptOf(page, { start: 0, end: page.length }, terms, 12);
    expect(html).toContain("<mark>4</mark> <mark>July</mark> <mark>2023</mark> ransomware stopped");
  });
});

describe("the query as typed, its terms in a row", () => {
  test.each([
    [[[5], [6], [7]], true],
    [[[1, 10], [11]], true],
    [[[5], [7]], false], // a word between
    [[[7], [6]], false], // the other way round
    [[[5]], false], // one term is no phrase
  ])("%j → %s", (lists, phrase) => expect(inPhrase(lists)).toBe(phrase));

  test("a section that holds the query as typed outranks one with its words apart", () => {
    const text =
      "Intro. Apart: US troops and Japanese forces met in Japan today. " +
      "Together: attacks on US Forces Japan systems are for the SDF.";
    const page = pageWords(text);
    const at = (w: string, from = 0) => page.findIndex((x, i) => i >= from && x.startsWith(w));
    const together = at("Together:");
    const sectionAnchors = [
      { id: "apart", text: "Apart", location: at("Apart:"), element: "h2" },
      { id: "together", text: "Together", location: together, element: "h2" },
    ];
    const sections = sectionsOf({ content: text, anchors: sectionAnchors }, page.length);
    const all = (w: string) => page.flatMap((x, i) => (x.startsWith(w) ? [i] : []));
    const terms = [
      { locations: all("US"), weight: 1, names: [["us"]] },
      { locations: all("forces").concat(all("Forces")), weight: 1, names: [["forces"]] },
      { locations: all("Japan"), weight: 1, names: [["japan"]] },
    ];
    const [apart, inRow] = scoreSections(sections.slice(1), terms, page);
    expect(apart?.coverage).toBe(3);
    expect(inRow?.coverage).toBe(3);
    expect(inRow?.score ?? 0).toBeGreaterThan(apart?.score ?? 0);
  });
});

describe("names in headings", () => {
  const jfba = { names: [["japan", "federation", "bar", "associations"], ["日本弁護士連合会"]] };
  test.each([
    ["What the Japan Federation of Bar Associations said", true],
    ["Is traffic that stays inside Japan collected?", false], // one word of the name is not the name
    ["日本弁護士連合会の意見", true],
  ])("%s → %s", (heading, found) => expect(namesIn(jfba, heading)).toBe(found));
});

describe("the section a result links to", () => {
  const section = (id: string | undefined, coverage: number): SectionScore => ({
    section: {
      start: 0,
      end: 1,
      ...(id ? { anchor: { id, text: id, location: 0 } } : {}),
      ...(id === summaryAnchorId ? { summary: true } : {}),
    },
    coverage,
    score: coverage,
  });
  test("a section that explains, before the page's summary that holds more of the query", () => {
    const scored = [section(summaryAnchorId, 3), section("the-attacks", 2)];
    expect(linkedSection(scored)?.section.anchor?.id).toBe("the-attacks");
  });
  test("the summary when nothing else on the page matched", () => {
    const scored = [section(summaryAnchorId, 1), section("the-attacks", 0)];
    expect(linkedSection(scored)?.section.anchor?.id).toBe(summaryAnchorId);
  });
});

test("a captioned table is a summary section of its own, up to the next heading", () => {
  const text =
    "Intro. Japan's choice text here. Country Legal basis UK NIS2 rows. United States text.";
  const w = pageWords(text);
  const find = (x: string) => w.findIndex((y) => y.startsWith(x));
  const sections = sectionsOf(
    {
      content: text,
      anchors: [
        { id: "japans-choice", text: "Japan's choice", location: find("Japan"), element: "h2" },
        { id: "cmp", text: "Country", location: find("Country"), element: "figcaption" },
        { id: "cite-1", text: "[1]", location: find("rows"), element: "a" },
        { id: "us", text: "United States", location: find("United"), element: "h2" },
      ],
    },
    w.length,
  );
  expect(sections.map((s) => [s.anchor?.id, !!s.summary])).toEqual([
    [undefined, false],
    ["japans-choice", false],
    ["cmp", true],
    ["us", false],
  ]);
});

test("the notes on the first press reports restate the page: a summary section, like “In short”", () => {
  const text = "Intro. The law text here. Report says domestic. Critics text.";
  const w = pageWords(text);
  const find = (x: string) => w.findIndex((y) => y.startsWith(x));
  const sections = sectionsOf(
    {
      content: text,
      anchors: [
        { id: "the-law", text: "The law", location: find("The"), element: "h2" },
        {
          id: reportNotesAnchorId,
          text: "What the first reports said",
          location: find("Report"),
          element: "h2",
        },
        { id: "critics", text: "Critics", location: find("Critics"), element: "h2" },
      ],
    },
    w.length,
  );
  expect(sections.map((s) => [s.anchor?.id, !!s.summary])).toEqual([
    [undefined, false],
    ["the-law", false],
    [reportNotesAnchorId, true],
    ["critics", false],
  ]);
});

test("a word typed in full is not the start of a longer word; the word being typed may be", () => {
  expect(isSameWord("law", "lawful")).toBe(true); // still typing
  expect(isSameWord("law", "lawful", true, false)).toBe(false);
  expect(isSameWord("law", "laws", true, false)).toBe(true);
  expect(isSameWord("japan", "Japanese", true, false)).toBe(false);
  expect(isSameWord("approve", "approval", true, false)).toBe(true);
  const words = pageWords("A lawful act under two laws.");
  expect(verifyTerm(["law"], [1, 5], words, true, false)?.locations).toEqual([5]);
});

test("a name bridged from Japanese is the noun, not a word derived from it", () => {
  expect(isSameWord("constitution", "constitutional")).toBe(true);
  expect(isSameWord("constitution", "constitutional", false)).toBe(false);
  expect(isSameWord("constitution", "Constitution's", false)).toBe(true);
  expect(isSameWord("self", "Self-Defense", false)).toBe(true);
  const term = { names: [["constitution"]], fold: false };
  expect(namesIn(term, "Germany: a constitutional argument")).toBe(false);
  expect(namesIn(term, "What the Constitution protects")).toBe(true);
});

test("names bridged from Japanese match as the pages spell them", () => {
  expect(isSameWord("defense", "Defence")).toBe(true);
  expect(isSameWord("defense", "Defence", false)).toBe(false);
  expect(isSameWord("defense", "Defense,", false)).toBe(true);
});

describe("shortEntryFactor", () => {
  test.each([
    ["Explainer", false, 1],
    ["Glossary term", false, 1],
    ["Page", false, 0.8], // an answer or tracker entry, for a query of keywords
    ["Timeline event", false, 0.8],
    ["Page", true, 1], // asked as a question, a short answer may be best
    ["Timeline event", true, 1],
  ])("%s, asked %s → %s", (kind, asked, factor) =>
    expect(shortEntryFactor(kind, asked)).toBe(factor),
  );
  test("a glossary entry answers a question that asks what a thing is, not one that asks more", () => {
    expect(shortEntryFactor("Glossary term", true, false, true)).toBe(1);
    expect(shortEntryFactor("Glossary term", true, false, false)).toBe(0.8);
    expect(shortEntryFactor("Explainer", true, false, false)).toBe(1);
  });
  test("a timeline event named by its date keeps all; a tracker entry that mentions it does not", () => {
    expect(shortEntryFactor("Timeline event", false, true)).toBe(1);
    expect(shortEntryFactor("Page", false, true)).toBe(0.8);
  });
});

describe("namingTitle", () => {
  test.each([
    [
      "Timeline event",
      "Police link the MirrorFace group to 210 attacks (8 January 2025)",
      "8 January 2025",
    ],
    ["Timeline event", "Active cyber defense fully in operation (2027)", "2027"],
    ["Glossary term", "Companion act (Act No. 43 of 2025)", "Companion act (Act No. 43 of 2025)"],
    ["Explainer", "Why now", "Why now"],
  ])("%s “%s” is named by “%s”", (kind, title, naming) =>
    expect(namingTitle(kind, title)).toBe(naming),
  );
  test("a name in an event's headline is not the event's name", () => {
    const term = { names: [["mirrorface"]] };
    const title = "Police link the MirrorFace group to 210 attacks (8 January 2025)";
    expect(namesIn(term, namingTitle("Timeline event", title))).toBe(false);
    expect(
      namesIn({ names: [["8", "january", "2025"]] }, namingTitle("Timeline event", title)),
    ).toBe(true);
  });
});

describe("isTitle", () => {
  test.each([
    ["what is in force now", "What is in force now", true],
    ["What is in force now?", "What is in force now", true],
    ["questions readers ask", "Questions readers ask", true],
    ["in force", "What is in force now", false], // part of a title is not the title
    ["what is in force", "What is in force now", false],
    ["", "", false],
  ])("%j / %j → %s", (query, title, same) => expect(isTitle(query, title)).toBe(same));
});

describe("compareResults", () => {
  const rank = (coverage: number, sectionCoverage: number, score: number, mentions: number) => ({
    coverage,
    sectionCoverage,
    score,
    mentions,
  });
  test("more of the query first, then the best section, then score", () => {
    expect(compareResults(rank(3, 1, 1, 1), rank(2, 2, 9, 9))).toBeLessThan(0);
    expect(compareResults(rank(2, 2, 1, 1), rank(2, 1, 9, 9))).toBeLessThan(0);
    expect(compareResults(rank(2, 2, 5, 1), rank(2, 2, 4, 9))).toBeLessThan(0);
  });
  test("alike scores: the page that mentions the terms more often first", () => {
    expect(compareResults(rank(2, 2, 2.2, 5.5), rank(2, 2, 2.2, 2.2))).toBeLessThan(0);
    expect(compareResults(rank(2, 2, 2.2, 2.2), rank(2, 2, 2.2, 5.5))).toBeGreaterThan(0);
  });
});
