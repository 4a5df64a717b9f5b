/**
 * Where on a page a query matched: which words at Pagefind's locations really
 * are the words searched for (Pagefind matches prefixes, so "police" finds
 * "policy"), which section holds most of the query, and how results rank (the
 * excerpt from that section is search-excerpt.ts). Pure, so it is unit-tested.
 */
import { nameWords } from "./search-query.ts";
import { foldSpelling, hasJapanese } from "./search-text.ts";

/**
 * How much a result of `kind` keeps of its score. A query of keywords is best answered where a
 * subject is explained: a section of an explainer or a glossary entry, not a short entry that
 * restates it (an answer on the questions page, a status tracker entry — kind "Page" — or a
 * timeline event). Asked as a question, a short answer may be the best result: it keeps all.
 * So does a timeline event that the query names by its date (`dated`): "April 2026" asks what
 * happened then, and the event dated then is what a date names. A glossary entry keeps all
 * for keywords and for a question that asks what something is (`definition`).
 */
export function shortEntryFactor(
  kind: string,
  asked: boolean,
  dated = false,
  definition = false,
): number {
  if (dated && kind === "Timeline event") return 1;
  // A glossary entry defines a term: it answers "what is …", but a question that asks more of
  // it (who appoints, how many, when) is answered by the section that explains.
  if (kind === "Glossary term") return asked && !definition ? 0.8 : 1;
  return !asked && (kind === "Page" || kind === "Timeline event") ? 0.8 : 1;
}

const titleKey = (s: string) =>
  foldSpelling(s)
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();

/**
 * True when the query is, word for word, a page's title ("What is in force now"), whatever its
 * case and punctuation: the reader names that page, though its words are question words.
 */
export function isTitle(query: string, title: string): boolean {
  const q = titleKey(query);
  return q.length > 0 && q === titleKey(title);
}

/**
 * The part of a result's title that names it, for the bonus a query earns by naming a result:
 * a page's or glossary term's whole title, but a timeline event's date ("Ransomware stops
 * Nagoya port (4 July 2023)" → "4 July 2023"). An event's title is its summary's headline, the
 * same words as its text; a name or topic in it is explained, first, in an explainer's section.
 */
export function namingTitle(kind: string, title: string): string {
  if (kind !== "Timeline event") return title;
  return /\(([^()]*)\)\s*$/.exec(title)?.[1] ?? "";
}

/** A heading Pagefind recorded on a page: its id and the word where it starts. */
export interface Anchor {
  id: string;
  text: string;
  location: number;
  element?: string;
}

/** The page text Pagefind returns for a result. */
export interface PageText {
  content: string;
  anchors: Anchor[];
}

/** The page words, as Pagefind counts them for locations. */
export function pageWords(content: string): string[] {
  return content.split(/[\r\n\s]+/g);
}

const bare = (w: string, fold = true) =>
  (fold ? foldSpelling(w) : w.normalize("NFKC").toLowerCase()).replace(/[^\p{L}\p{N}]/gu, "");

// Endings that make another form of the same word ("approve", "approval", "approves").
const endings = new Set(
  ["", "e", "s", "es", "ed", "d", "ing", "er", "ers", "ion", "ions"].concat([
    "ation",
    "ations",
    "al",
    "ally",
    "ly",
    "ment",
    "ments",
    "ity",
  ]),
);

/** Endings that make another word of a noun: an adjective, an adverb, a noun of quality. */
const derived = new Set(["al", "ally", "ly", "ity", "ation", "ations", "ment", "ments"]);

/**
 * A word ending in "-ies" or "-ied" as its "-y" form ("companies", "applied" → "company",
 * "apply"), so that singular and plural meet; "-y" itself is no ending that `isSameWord`
 * allows, or "policy" would be "police".
 */
const singularY = (w: string) => (w.length > 4 ? w.replace(/i(?:es|ed)$/, "y") : w);

/**
 * True when `pageWord` is the word a reader typed (`queryWord`), a longer word it
 * starts (typed while typing), or another form of it. Words that only share a
 * stem are not: "police" is not "policy", though Pagefind stems both to "polic".
 * With `fold` false, British and American spellings differ too: for names as the pages
 * write them (Japan's Ministry of Defense, Britain's Ministry of Defence). With `typing` false
 * (a word typed in full), a longer word it starts is not it: "law" is not "lawful".
 */
export function isSameWord(
  queryWord: string,
  pageWord: string,
  fold = true,
  typing = true,
): boolean {
  // A legal reference's number with its paragraph ("2(3)") is that, not "23".
  if (/\(/.test(queryWord))
    return pageWord
      .toLowerCase()
      .replace(/^[^\p{L}\p{N}]+/u, "")
      .startsWith(queryWord.toLowerCase());
  if (/^\d+(?:-\d+)?$|^\d{1,3}(?:,\d{3})+$/.test(queryWord))
    return isSameNumber(queryWord.replace(/,/g, ""), pageWord);
  const q = singularY(bare(queryWord, fold));
  const w = singularY(bare(pageWord, fold));
  if (!q || !w) return false;
  if (hasJapanese(q)) return w.includes(q);
  // A word of two letters is a word, not the start of one: "no" is not "not", "us" not "used".
  if (q.length < 3)
    return (
      q === w || (/^\p{L}{1,2}['’]s$/u.test(pageWord.replace(/[^\p{L}'’]+$/u, "")) && w === `${q}s`)
    );
  // A name as written (bridged from Japanese) is a noun: "constitution", not "constitutional".
  if (!fold && w.startsWith(q) && derived.has(w.slice(q.length))) return false;
  if (typing && w.startsWith(q)) return true;
  let p = 0;
  while (p < q.length && p < w.length && q[p] === w[p]) p++;
  return p >= 3 && endings.has(q.slice(p)) && endings.has(w.slice(p));
}

/**
 * True when `pageWord` is the number `queryWord` (digits, or an article number such as "6-2"):
 * the same number, the number with a paragraph ("21" is in "21(2)"), or one end of a range of
 * years ("2015" is in "2014–2015"). Never a longer number it starts: "4" is not "42", "Article 2"
 * is not "Article 2-2", "2013" is not "20132".
 */
export function isSameNumber(queryWord: string, pageWord: string): boolean {
  // Thousands written with commas are the number: "5000" is in "5,000".
  const digits = pageWord.normalize("NFKC").replace(/(\d),(?=\d{3}(?!\d))/g, "$1");
  let w = digits.replace(/^[^\p{N}]+|[^\p{N})]+$/gu, "");
  if (!w.includes("(")) w = w.replace(/\)+$/, "");
  if (w === queryWord || w.startsWith(`${queryWord}(`)) return true;
  const range = /^(\d{4})[–—-](\d{4})$/.exec(w);
  return !!range && (range[1] === queryWord || range[2] === queryWord);
}

/**
 * The word positions where a name of several words (`name`, its words) stands as written from
 * `at`, a word or two allowed between its words ("Act No. 42" for "act 42"); undefined where it
 * does not. Such a name is a whole name (a glossary term, a reading's English name, a date), so
 * its words are matched in full, never as the start of a longer word: with a word allowed
 * between, "Cabinet Office" would otherwise be "Cabinet Cyber Officer".
 */
export function phraseAt(
  name: string[],
  words: string[],
  at: number,
  fold = true,
): number[] | undefined {
  const places: number[] = [];
  for (let k = 0; k < name.length; k++) {
    const gaps = k ? [0, 1, 2] : [0];
    const found = gaps
      .map((gap) => at + k + gap)
      .find((i) => isSameWord(name[k] ?? "", words[i] ?? "", fold, false));
    if (found === undefined) return undefined;
    places.push(found);
  }
  return places;
}

/** Where a query term is on a page, and how much its places count. */
export interface VerifiedTerm {
  /** Word positions: of a single-word alternative, or where a name of several words starts. */
  locations: number[];
  /** 1.5 when a name of several words is on the page as written, words in a row; else 1. */
  factor: number;
}

/**
 * Which of Pagefind's locations for a term (`found`) really hold it: a single-word alternative
 * (the word typed, an abbreviation, a Japanese name) wherever it stands, and a name of several
 * words where its words stand in a row (a word or two between them). A word of a longer name
 * on its own is not the name ("access" is not "access and neutralization"), and a term whose
 * alternatives are all names of several words is not on a page that has only their words apart.
 * Undefined when the term is not on the page. `fold`: British and American spellings meet;
 * `typing`: the term may be the start of a longer word (see {@link isSameWord}).
 */
export function verifyTerm(
  alternatives: string[],
  found: number[],
  words: string[],
  fold = true,
  typing = true,
): VerifiedTerm | undefined {
  // Matched in what Pagefind indexes beside the text (a title), not at a word: as it says.
  if (!found.length) return { locations: [], factor: 1 };
  const names = alternatives.map(nameWords);
  const typed = names.flat();
  const same = (w: string, l: number) => isSameWord(w, words[l] ?? "", fold, typing);
  // A name the page writes as one hyphenated word ("denial-of-service") stands there whole.
  const compounds = alternatives.filter((a) => a.includes(" ")).map((a) => bare(a, fold));
  const compound = (l: number) => compounds.includes(bare(words[l] ?? "", fold));
  const locations = found.filter((l) => compound(l) || typed.some((w) => same(w, l)));
  if (!locations.length) return undefined;
  const phrases = names.filter((p) => p.length > 1);
  const inPhrase = locations.filter(
    (l) => compound(l) || phrases.some((p) => phraseAt(p, words, l, fold)),
  );
  const singles = names.filter((p) => p.length === 1).map(([w]) => w ?? "");
  const alone = locations.filter((l) => singles.some((w) => same(w, l)));
  if (phrases.length && !inPhrase.length && !alone.length) return undefined;
  return {
    locations: [...new Set([...inPhrase, ...alone])].sort((a, b) => a - b),
    factor: inPhrase.length ? 1.5 : 1,
  };
}

/** A page section: its anchor (none for the page top) and its words [start, end). */
export interface Section {
  anchor?: Anchor;
  start: number;
  end: number;
  /** A summary of the page or of the sections around it: the "In short" box, a captioned table. */
  summary?: boolean;
}

/** A captioned figure or table that restates the text around it (its caption has an id). */
const isFigure = (a: Anchor) => /^figcaption$/i.test(a.element ?? "");

/**
 * The sections of a page, by its headings with ids; a captioned figure with an id (a table
 * that compares what the sections say) is a summary section of its own, up to the next heading.
 */
export function sectionsOf(page: PageText, wordCount: number): Section[] {
  const anchors = page.anchors
    .filter((a) => a.id && (!a.element || /^h[1-6]$/i.test(a.element) || isFigure(a)))
    .sort((a, b) => a.location - b.location);
  const sections: Section[] = [{ start: 0, end: anchors[0]?.location ?? wordCount }];
  anchors.forEach((anchor, i) => {
    const summary = restatingAnchorIds.includes(anchor.id) || isFigure(anchor);
    const end = anchors[i + 1]?.location ?? wordCount;
    sections.push({ anchor, start: anchor.location, end, ...(summary ? { summary } : {}) });
  });
  return sections.filter((s) => s.end > s.start || s.anchor);
}

/**
 * The id of the heading of an explainer's "In short" box (the InShort component): a
 * summary of the whole page, so it holds words from every section.
 */
export const summaryAnchorId = "in-short-heading";

/**
 * The id of the heading of an explainer's notes on the first press reports (the ReportNotes
 * component): each note sets a report's words beside what the page's sections explain, so it
 * restates them, and links only when nothing that explains matched.
 */
export const reportNotesAnchorId = "first-reports";

const restatingAnchorIds = [summaryAnchorId, reportNotesAnchorId];

/**
 * The section a result links to: the best of the page's sections that explain, before its
 * summary, which restates the page and is the link only when nothing else on the page
 * matched. `scored` is sorted best first.
 */
export function linkedSection(scored: SectionScore[]): SectionScore | undefined {
  const explaining = scored.find((s) => s.coverage > 0 && !s.section.summary);
  return explaining ?? scored[0];
}

/** One query term's verified matches on a page. */
export interface TermMatch {
  /** Word positions on the page. */
  locations: number[];
  /** How much the term counts: rarer terms more. */
  weight: number;
  /**
   * The names the term was searched by, each as its words (stop words left out): found
   * whole in a heading, they make that section more likely. One word of a longer name is
   * not the name ("Japan" is not "Japan Federation of Bar Associations").
   */
  names: string[][];
  /** False for names as written (bridged from Japanese): see {@link isSameWord}'s `fold`. */
  fold?: boolean;
}

/** True when `text` (a heading or title) holds one of the term's names whole. */
export function namesIn(term: Pick<TermMatch, "names" | "fold">, text: string): boolean {
  const words = pageWords(text);
  return term.names.some(
    (name) =>
      name.length > 0 && name.every((n) => words.some((w) => isSameWord(n, w, term.fold ?? true))),
  );
}

export interface SectionScore {
  section: Section;
  /** How many of the query's terms the section holds. */
  coverage: number;
  score: number;
}

/** How many words, heading included, open a section: its first sentence or so. */
export const openingWords = 30;

/** Scores each section by the terms it holds (rarer ones more), with a bonus for its heading. */
export function scoreSections(
  sections: Section[],
  terms: TermMatch[],
  words: string[],
): SectionScore[] {
  return sections.map((section) => {
    let coverage = 0;
    let score = 0;
    let headed = 0;
    const found: { locations: number[]; weight: number }[] = [];
    for (const term of terms) {
      const inside = term.locations.filter((l) => l >= section.start && l < section.end);
      const inHeading = !!section.anchor && namesIn(term, section.anchor.text);
      if (!inside.length && !inHeading) continue;
      if (inside.length) found.push({ locations: inside, weight: term.weight });
      coverage++;
      score += term.weight * (1 + 0.2 * Math.min(3, Math.max(0, inside.length - 1)));
      // A term in a long section's opening words is what the section is about (a short entry
      // is all opening).
      const long = section.end - section.start > 2 * openingWords;
      if (long && inside.some((l) => l - section.start < openingWords)) score += 0.2 * term.weight;
      if (inHeading) {
        score += term.weight;
        headed++;
      }
    }
    // A heading that holds the whole query (of two terms or more) names what the section is about.
    if (terms.length > 1 && headed === terms.length)
      score += 0.5 * terms.reduce((sum, t) => sum + t.weight, 0);
    // The whole query as written, its terms in a row ("US Forces Japan"), is more likely the
    // thing asked about than the same words sentences apart.
    if (
      terms.length > 1 &&
      found.length === terms.length &&
      inPhrase(found.map((f) => f.locations))
    )
      score += 0.5 * found.reduce((sum, f) => sum + f.weight, 0);
    // A section with a single sentence is a weaker answer than one that explains.
    if (section.end - section.start < 12 && words.length > 40) score *= 0.8;
    return { section, coverage, score };
  });
}

/**
 * True when the lists (each a term's word positions, in the order the query has the terms)
 * hold the terms as a phrase, each the word after the one before ("US Forces Japan"): the
 * query as the reader typed it.
 */
export function inPhrase(lists: number[][]): boolean {
  let ends = lists[0] ?? [];
  for (const list of lists.slice(1)) {
    ends = list.filter((at) => ends.includes(at - 1));
    if (!ends.length) return false;
  }
  return lists.length > 1;
}

/** What a page result is ranked by, most important first. */
export interface ResultRank {
  /** How many of the query's terms the page holds. */
  coverage: number;
  /** How many its best section holds. */
  sectionCoverage: number;
  score: number;
  /** How often the page holds the query's terms, rarer ones counting more. */
  mentions: number;
}

/**
 * Orders page results: by how much of the query the page holds, then its best section, then
 * score; two pages that score alike (a name in one section of each) rank by how often they
 * mention the query's terms, so the page that is more about them comes first.
 */
export function compareResults(a: ResultRank, b: ResultRank): number {
  return (
    b.coverage - a.coverage ||
    b.sectionCoverage - a.sectionCoverage ||
    b.score - a.score ||
    b.mentions - a.mentions
  );
}
