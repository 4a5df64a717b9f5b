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
      terms: glossary.map((t) => ({ id: t.id, ...t.data, definedIn: t.data.definedIn?.id })),
      extraText: timeline.map((t) => `${t.data.title} ${t.data.summary}`),
      names: names.map((n) => n.data),
      dictionary: englishWords(),
    });
  })();
  return built;
}
