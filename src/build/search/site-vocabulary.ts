import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { getExplainers, getGlossary, getSearchNames, getTimeline } from "../content";
import { buildVocabulary, type Vocabulary } from "../../lib/search/search-vocabulary";

let built: Promise<Vocabulary> | undefined;

/**
 * The English word list (275,000 words), read when needed rather than imported: as an import
 * it became a 3 MB array literal in the build's bundle, for the bundler and then V8 to parse.
 */
function englishWords(): string[] {
  const path = createRequire(import.meta.url).resolve("an-array-of-english-words");
  return JSON.parse(readFileSync(path, "utf8")) as string[];
}

/**
 * The site's pages that are not explainers, by the names readers know them by: their titles,
 * their nav labels and addresses, and what the site's own links call them (the explainers link
 * to "the tracker", the about page to the "status tracker"), and for the questions page the
 * names readers give such a page on any site ("FAQ"). Only a query that is one of these names
 * pins the page.
 */
const sitePages = [
  {
    url: "/questions/",
    // What readers call such a page on any site, though this one never says it.
    names: [
      "Questions readers ask",
      "questions",
      "FAQ",
      "FAQs",
      "frequently asked questions",
      "questions and answers",
      "Q&A",
    ],
    summary: "Short answers, each linked to more.",
  },
  {
    url: "/timeline/",
    names: ["Timeline"],
    summary: "Every dated step, 2013–2027.",
  },
  {
    url: "/glossary/",
    names: ["Glossary"],
    summary: "The terms, in plain English.",
  },
  {
    url: "/status/",
    names: ["What is in force now", "status", "status tracker", "tracker"],
    summary: "What is in force and what is planned.",
  },
];

/**
 * The site's search vocabulary, built once per build from the content
 * collections, the Japanese names and an English word list (for the words
 * typo correction must leave alone). Served as `/search-vocabulary.json`
 * (without the words for typo correction) and `/search-typos.json` (them alone).
 */
export function siteVocabulary(): Promise<Vocabulary> {
  built ??= (async () => {
    const [explainers, glossary, timeline, names] = await Promise.all([
      getExplainers(),
      getGlossary(),
      getTimeline(),
      getSearchNames(),
    ]);
    return buildVocabulary({
      explainers: explainers.map((e) => ({
        slug: e.id,
        title: e.data.title,
        navLabel: e.data.navLabel,
        description: e.data.description,
        body: [e.data.summary.join(" "), e.body ?? ""]
          .join(" ")
          .replace(/<[^>]+>|^import .*$/gm, " "),
      })),
      // A term's parts bridge to it in search, but are not other names for each other.
      terms: glossary.map((t) => ({
        id: t.id,
        ...t.data,
        definedIn: t.data.definedIn?.id,
      })),
      pages: sitePages,
      extraText: timeline.map((t) => `${t.data.title} ${t.data.summary}`),
      names: names.map((n) => n.data),
      dictionary: englishWords(),
    });
  })();
  return built;
}
