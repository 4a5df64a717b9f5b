import { describe, expect, test } from "vitest";
import { editDistance, typoAllowance } from "@/lib/edit-distance";
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
      slug: "international-comparison",
      title: "How Japan compares",
      navLabel: "How Japan compares",
      description: "d",
      body: "The UK and the US.",
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
  pages: [
    { url: "/status/", names: ["What is in force now", "status tracker"], summary: "s" },
    { url: "/questions/", names: ["Questions readers ask", "FAQ", "Q&A"], summary: "s" },
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
    // An explainer's address of several words names it; the site's other pages by their names.
    ["international comparison", ["/international-comparison/"]],
    ["status tracker", ["/status/"]],
    ["faq", ["/questions/"]],
    ["Q&A", ["/questions/"]],
    ["status tracker of the laws", []],
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

describe("correctTypos: words split in two", () => {
  const split = buildVocabulary({
    explainers: [],
    terms: [],
    extraText: [
      "MirrorFace knocked e-Gov offline; the NIS2 Directive; cyber security and cybersecurity.",
    ],
  });
  test.each([
    ["mirror face hackers", "mirrorface hackers"], // as phones' autocorrect splits a name
    ["e gov attack", "e-gov attack"], // written with its hyphen, as the site writes it
    ["NIS 2 directive", "nis2 directive"], // an unknown name and its number
    ["cyber security", undefined], // both site words: left as typed
    ["directive 2", undefined], // a known word before a number is not a name
  ])("%s → %s", (query, expected) => expect(correctTypos(split, query)).toBe(expected));
});

describe("suggest", () => {
  test("offers the nearest glossary names for a near miss", () => {
    expect(suggest(vocab, "NISK").map((e) => e.label)).toContain("NISC");
  });
  test("offers nothing for a query far from every name", () => {
    expect(suggest(vocab, "completely unrelated words here")).toEqual([]);
  });
});

describe("the English words near site words", () => {
  test("are exactly the dictionary words a typo's reach from a site word with their first letter", () => {
    const site = ["neutralize", "servers", "police", "kihara", "strategy", "communications"];
    // Every word one or two edits from a site word, over letters the site words use and not.
    const letters = "aeiorstnzxq";
    const near = new Set<string>();
    const edits = (w: string) => {
      const out: string[] = [];
      for (let i = 0; i <= w.length; i++) {
        out.push(w.slice(0, i) + w.slice(i + 1));
        out.push(w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2));
        for (const c of letters)
          out.push(w.slice(0, i) + c + w.slice(i + 1), w.slice(0, i) + c + w.slice(i));
      }
      return out.filter((e) => /^[a-z]+$/.test(e));
    };
    for (const w of site) for (const e of edits(w)) for (const f of [e, ...edits(e)]) near.add(f);
    const dictionary = [...near].sort();
    const expected = dictionary.filter(
      (d) =>
        d.length >= 4 &&
        !site.includes(d) &&
        site.some((w) => w[0] === d[0] && editDistance(d, w) <= typoAllowance(d.length)),
    );
    const { english } = buildVocabulary({
      explainers: [],
      terms: [],
      extraText: [site.join(" ")],
      dictionary,
    });
    expect(expected.length).toBeGreaterThan(1000);
    expect(english).toEqual(expected);
  });
});
