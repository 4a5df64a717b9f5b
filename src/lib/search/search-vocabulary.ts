import { editDistance, typoAllowance, withinEdits } from "../edit-distance.ts";
import { foldSpelling } from "./search-text.ts";

/** Result kinds, as shown in the filters (and set as `kind` filters in the index). */
export type ResultKind = "Explainer" | "Glossary term" | "Timeline event" | "Page";

/** Something a query can name exactly: an explainer or a glossary term. */
export interface VocabularyEntry {
  label: string;
  kind: ResultKind;
  /** Site-relative URL (without the base path), e.g. `/glossary/#nisc`. */
  url: string;
  /** One line shown under the result. */
  summary: string;
  /** Folded names that point here: title, term, aliases, Japanese term. */
  keys: string[];
  /** For a glossary term: the URL of the explainer that explains it best. */
  page?: string;
  /** Folded names of its parts (the Diet's houses): each names it, none names the others. */
  parts?: string[];
  /** Romanised readings of its Japanese name, folded by {@link romajiKey}. */
  readings?: string[];
}

/** A Japanese name (or its reading) for something the English pages name without a glossary entry. */
export interface Synonym {
  /** Folded Japanese names, e.g. "首相". */
  keys: string[];
  /** Readings folded by {@link romajiKey}, e.g. "shusho". */
  readings: string[];
  /** What the pages call it, searched for instead: "prime minister". */
  english: string;
}

/** The site's own vocabulary, shipped to the browser as `/search-vocabulary.json`. */
export interface Vocabulary {
  entries: VocabularyEntry[];
  /** Words that occur on the site, most frequent first, for typo correction. */
  words: string[];
  /** Japanese names of actors and things the English pages name. */
  synonyms: Synonym[];
  /**
   * English words that are not on the site but lie within a typo of a word that is: a reader
   * who types one means it, so it is never "corrected" into a site word.
   */
  english: string[];
}

/**
 * A romanised Japanese word folded so that its spellings meet: long-vowel marks
 * dropped (ō → o), "ou"/"oo"/"uu" and doubled vowels as one vowel, "m" before b/p
 * as "n", no spaces: "Tsūshin no himitsu", "tsuushin no himitsu" → "tsushinnohimitsu".
 */
export function romajiKey(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z]/g, "")
    .replace(/ou|oo/g, "o")
    .replace(/uu/g, "u")
    .replace(/aa/g, "a")
    .replace(/ee/g, "e")
    .replace(/ii/g, "i")
    .replace(/m(?=[bp])/g, "n");
}

/**
 * The one reading (a key of `readings`, folded by {@link romajiKey}) that a romanised run of words
 * ends, when a reader types the last words of a long Japanese name ("kanri iinkai" for "saibā
 * tsūshin jōhō kanri iinkai"): Japanese names end in the noun they name, so their tail names the
 * same thing. Only runs of `words` ≥ 2 and 8 letters or more, and only when one reading ends so,
 * or its last syllables would name unrelated things ("hō", "kaigi").
 */
export function readingEndingIn<T>(
  readings: ReadonlyMap<string, T>,
  key: string,
  words: number,
): T | undefined {
  if (words < 2 || key.length < 8) return undefined;
  const ends = [...readings.keys()].filter((r) => r.length > key.length && r.endsWith(key));
  return ends.length === 1 ? readings.get(ends[0] ?? "") : undefined;
}

export interface VocabularyInput {
  explainers: {
    slug: string;
    title: string;
    navLabel: string;
    description: string;
    body: string;
  }[];
  terms: {
    id: string;
    term: string;
    japanese?: string | undefined;
    aliases: string[];
    /** Names of the term's parts, which find it but are not other names for it. */
    parts?: string[];
    definition: string;
    definedIn?: string | undefined;
  }[];
  /**
   * The site's own pages that are not explainers (the questions page, the timeline, the
   * tracker): a query that is one of their names pins them, as a title pins an explainer.
   */
  pages?: { url: string; names: string[]; summary: string }[];
  /** Any other text whose words should be known to the typo corrector. */
  extraText: string[];
  /** Japanese names (content/search/japanese-names.yaml). */
  names?: {
    japanese: string[];
    romaji: string[];
    english: string;
    glossary?: string | undefined;
  }[];
  /** An English word list: its words near site words are kept from typo correction. */
  dictionary?: readonly string[];
}

const wordPattern = /[a-z][a-z'-]*[a-z]|[a-z]/g;

/** Builds the vocabulary from the content collections (at build time). */
export function buildVocabulary(input: VocabularyInput): Vocabulary {
  const entries: VocabularyEntry[] = [
    ...input.explainers.map((e) => ({
      label: e.title,
      kind: "Explainer" as const,
      url: `/${e.slug}/`,
      summary: e.description,
      // Its address names it too ("international comparison"), unless that is one common word.
      keys: [
        ...new Set(
          [e.title, e.navLabel, ...(e.slug.includes("-") ? [e.slug.replace(/-/g, " ")] : [])].map(
            foldSpelling,
          ),
        ),
      ],
    })),
    ...(input.pages ?? []).map((p) => ({
      label: p.names[0] ?? p.url,
      kind: "Page" as const,
      url: p.url,
      summary: p.summary,
      keys: [...new Set(p.names.map(foldSpelling))],
    })),
    ...input.terms.map((t) => {
      const names = (input.names ?? []).filter((n) => n.glossary === t.id);
      const japanese = [...(t.japanese ? [t.japanese] : []), ...names.flatMap((n) => n.japanese)];
      const readings = [...new Set(names.flatMap((n) => n.romaji).map(romajiKey))];
      return {
        label: t.term,
        kind: "Glossary term" as const,
        url: `/glossary/#${t.id}`,
        summary: t.definition.split(/(?<=\.)\s/)[0] ?? t.definition,
        keys: [
          ...new Set([t.term, ...t.aliases, ...(t.parts ?? []), ...japanese].map(foldSpelling)),
        ],
        ...(t.definedIn ? { page: `/${t.definedIn}/` } : {}),
        ...(t.parts?.length ? { parts: t.parts.map(foldSpelling) } : {}),
        ...(readings.length ? { readings } : {}),
      };
    }),
  ];
  const termIds = new Set(input.terms.map((t) => t.id));
  const synonyms = (input.names ?? [])
    .filter((n) => !n.glossary || !termIds.has(n.glossary))
    .map((n) => ({
      keys: n.japanese.map(foldSpelling),
      readings: [...new Set(n.romaji.map(romajiKey))],
      english: n.english,
    }));
  const counts = new Map<string, number>();
  const allText = [
    ...input.explainers.flatMap((e) => [e.title, e.description, e.body]),
    ...input.terms.flatMap((t) => [t.term, t.definition, ...t.aliases]),
    ...input.extraText,
  ];
  for (const text of allText) {
    for (const word of foldSpelling(text).match(wordPattern) ?? []) {
      if (word.length >= 4) counts.set(word, (counts.get(word) ?? 0) + 1);
    }
  }
  const words = [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([w]) => w);
  const english = nearWords(words, input.dictionary ?? []);
  return { entries, words, synonyms, english };
}

/** Site words by first letter, then by length: a typo keeps the first letter. */
type WordIndex = Map<string, string[][]>;

function indexWords(words: readonly string[]): WordIndex {
  const index: WordIndex = new Map();
  for (const w of words) {
    const byLength = index.get(w[0]!) ?? [];
    (byLength[w.length] ??= []).push(w);
    index.set(w[0]!, byLength);
  }
  return index;
}

/**
 * The site word a typo of `word` would be corrected to, if any (same first letter, within
 * reach): the first one edit away, else the first two away where the word is long enough.
 */
function nearestWord(word: string, index: WordIndex): string | undefined {
  const allowance = typoAllowance(word.length);
  const byLength = index.get(word[0]!);
  if (!byLength || allowance === 0) return undefined;
  for (let edits = 1; edits <= allowance; edits++) {
    for (let length = word.length - edits; length <= word.length + edits; length++) {
      for (const candidate of byLength[length] ?? []) {
        if (withinEdits(word, candidate, edits)) return candidate;
      }
    }
  }
  return undefined;
}

/** Dictionary words, not on the site, that typo correction would turn into a site word. */
function nearWords(words: string[], dictionary: readonly string[]): string[] {
  const known = new Set(words);
  // Site words by first letter (its code) and length, each with the set of letters it uses as
  // a bit mask.
  const index: ({ words: string[]; letters: number[] }[] | undefined)[] = [];
  for (const w of words) {
    if (w.length < 4) continue;
    const byLength = (index[w.charCodeAt(0)] ??= []);
    const slot = (byLength[w.length] ??= { words: [], letters: [] });
    slot.words.push(w);
    slot.letters.push(letterMask(w));
  }
  // What nearestWord would find, asked of a quarter of a million words at build time, so the
  // cheap tests come first: a first letter no site word has, then letters outside a–z, then
  // the letters used (an edit adds or removes at most two of them) before the slower comparison.
  const near: string[] = [];
  for (const word of dictionary) {
    const byLength = word.length >= 4 ? index[word.charCodeAt(0)] : undefined;
    if (!byLength) continue;
    const letters = plainLetterMask(word);
    if (letters < 0 || known.has(word)) continue;
    const allowance = typoAllowance(word.length);
    search: for (
      let length = word.length - allowance;
      length <= word.length + allowance;
      length++
    ) {
      const slot = byLength[length];
      for (let i = 0; slot && i < slot.words.length; i++) {
        if (bitCount(letters ^ slot.letters[i]!) > 2 * allowance) continue;
        if (withinEdits(word, slot.words[i]!, allowance)) {
          near.push(word);
          break search;
        }
      }
    }
  }
  return near;
}

/** {@link letterMask} of a word of the letters a–z only; -1 for any other word. */
function plainLetterMask(word: string): number {
  let mask = 0;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code < 97 || code > 122) return -1;
    mask |= 1 << (code & 31);
  }
  return mask;
}

/** The characters a word uses, one bit each (a-z have bits of their own). */
function letterMask(word: string): number {
  let mask = 0;
  for (let i = 0; i < word.length; i++) mask |= 1 << (word.charCodeAt(i) & 31);
  return mask;
}

/** The bits set in a 32-bit number, counted in parallel (no loop: it runs millions of times). */
function bitCount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) & 0xff;
}

/**
 * Results to pin above the index's own, when the query is exactly a name the
 * site knows. A page title pins the page; a glossary term or alias pins the
 * entry and the explainer that explains it — the page first when the term is
 * also that page's title (e.g. "ACD" → the Active cyber defense explainer).
 */
export function bridge(vocab: Vocabulary, query: string): VocabularyEntry[] {
  const q = foldSpelling(query);
  if (!q) return [];
  const reading = romajiKey(q);
  const named = (e: VocabularyEntry) =>
    e.keys.includes(q) || (reading.length >= 4 && (e.readings ?? []).includes(reading));
  const byUrl = new Map(vocab.entries.map((e) => [e.url, e]));
  const pinned: VocabularyEntry[] = [];
  const add = (e: VocabularyEntry | undefined) => {
    if (e && !pinned.includes(e)) pinned.push(e);
  };
  for (const page of vocab.entries.filter((e) => e.kind !== "Glossary term" && named(e))) add(page);
  for (const term of vocab.entries.filter((e) => e.kind === "Glossary term" && named(e))) {
    const page = term.page ? byUrl.get(term.page) : undefined;
    const termIsPageTitle = page !== undefined && page.keys.includes(foldSpelling(term.label));
    if (termIsPageTitle) add(page);
    add(term);
    add(page);
  }
  return pinned;
}

/** The nearest names to a query that found nothing: "Did you mean …". */
export function suggest(vocab: Vocabulary, query: string, limit = 3): VocabularyEntry[] {
  const q = foldSpelling(query);
  if (!q) return [];
  const scored = vocab.entries
    .map((entry) => {
      const distance = Math.min(...entry.keys.map((k) => editDistance(q, k)));
      return { entry, distance };
    })
    .filter(({ distance }) => distance <= Math.max(2, Math.ceil(q.length / 3)))
    .sort((a, b) => a.distance - b.distance || a.entry.label.localeCompare(b.entry.label));
  return scored.slice(0, limit).map((s) => s.entry);
}

/**
 * The query with a word split in two, as phones and autocorrect split them, written as one: two
 * words the site writes as one word ("mirror face" → "mirrorface", "e gov" → "e-gov") when they
 * are not both site words, and an unknown short name followed by a number ("NIS 2" → "nis2").
 */
function joinSplitWords(vocab: Vocabulary, known: Set<string>, folded: string): [string, boolean] {
  const site = new Set(vocab.words);
  const asOne = new Map(vocab.words.map((w) => [w.replace(/-/g, ""), w]));
  const words = folded.split(" ");
  const out: string[] = [];
  let changed = false;
  for (let i = 0; i < words.length; i++) {
    const [a = "", b = ""] = [words[i], words[i + 1]];
    const one = /^[a-z]+$/.test(a) && /^[a-z]+$/.test(b) ? asOne.get(a + b) : undefined;
    const numbered = /^[a-z]{2,5}$/.test(a) && /^\d{1,2}$/.test(b) && !known.has(a);
    if ((one && !(site.has(a) && site.has(b))) || numbered) {
      out.push(one ?? a + b);
      changed = true;
      i++;
    } else out.push(a);
  }
  return [out.join(" "), changed];
}

/**
 * The query with each unknown word replaced by the nearest word on the site
 * (within a typo's reach), or undefined when nothing needed correcting.
 */
export function correctTypos(vocab: Vocabulary, query: string): string | undefined {
  const known = new Set([...vocab.words, ...vocab.english]);
  const index = indexWords(vocab.words.filter((w) => w.length >= 4));
  const [folded, joined] = joinSplitWords(vocab, known, foldSpelling(query));
  const lastWord = folded.match(wordPattern)?.at(-1);
  let changed = joined;
  const corrected = folded.replace(wordPattern, (word, offset: number) => {
    if (word.length < 4 || known.has(word)) return word;
    // A last word the reader may still be typing is left alone while it starts a known word.
    const typing = word === lastWord && offset + word.length === folded.length;
    if (typing && vocab.words.some((w) => w.startsWith(word))) return word;
    const best = nearestWord(word, index);
    if (!best) return word;
    changed = true;
    return best;
  });
  return changed ? corrected : undefined;
}
