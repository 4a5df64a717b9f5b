/**
 * What a reader's query asks for: the query cleaned (invisible characters
 * removed, length capped), the words that must be found grouped into terms
 * (question and stop words dropped), and each term bridged to the site's own
 * words: glossary names and abbreviations, Japanese names and their readings.
 */
import { isKanaReading, kanaFold, kanaToRomaji } from "./search-kana.ts";
import { englishSynonyms } from "./search-synonyms.ts";
import { foldSpelling, hasJapanese, japaneseParts } from "./search-text.ts";
import {
  readingEndingIn,
  romajiKey,
  type Vocabulary,
  type VocabularyEntry,
} from "./search-vocabulary.ts";
import { dateSpan, legalSpan, westernReferences, type Reference } from "./search-references.ts";

/** The longest query searched, in characters; longer ones are cut at a word. */
export const maxQueryLength = 200;

// Zero-width and other invisible formatting characters, which break words apart or glue them.
const invisible =
  /[\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180E\u200B-\u200F\u202A-\u202E\u2060-\u206F\uFEFF]/g;

/** The query as searched: width-folded, invisible characters removed, spaces collapsed, capped. */
export function normaliseQuery(raw: string): string {
  let q = raw
    .slice(0, maxQueryLength * 4)
    .normalize("NFKC")
    .replace(invisible, "");
  q = q.replace(/\s+/g, " ").trim();
  if (q.length <= maxQueryLength) return q;
  q = q.slice(0, maxQueryLength);
  const cut = q.lastIndexOf(" ");
  return (cut > maxQueryLength * 0.6 ? q.slice(0, cut) : q).trim();
}

/**
 * Words a query may contain that say how it is asked, not what it asks about:
 * they need not be on the page (readers type "what does the NCO do").
 */
export const stopWords = new Set(
  (
    "a about above after again all also am an and any are as at be been before being below between both but " +
    "by can could did do does doing done during each else ever explain few for from further get gets got had " +
    "happen happened happening happens has have having he her here hers him his how i if in into is it its " +
    "itself just me mean means meaning more most much must my near nor not now of off on once only or other " +
    "our ours out over own please same shall she should so some such tell than that the their theirs them " +
    "then there these they this those through to today too under until up us very was we were what whats when " +
    "where whether which while who whom whose why will with would you your yours"
  ).split(" "),
);

/**
 * The words of a name or term searched for, as they must be found on a page: a name of several
 * words without its stop words ("Japan Federation of Bar Associations"), a single word as it is,
 * even a stop word, which the reader kept as an abbreviation ("US", "IT"). A phrase that is one
 * word among stop words keeps them all, since they make it what it is: "in force" is not "forces".
 */
export function nameWords(alternative: string): string[] {
  const words = alternative.split(" ").filter(Boolean);
  if (words.length < 2) return words;
  // "No." before a number is an act's number ("No. 42"), not a stop word.
  const kept = words.filter(
    (w, i) => !stopWords.has(w) || (w === "no" && /^\d/.test(words[i + 1] ?? "")),
  );
  return kept.length > 1 ? kept : words;
}

/** Words that ask for an amount after "how": "how long", "how many", "how often". */
const howWords = new Set(["long", "many", "much", "often", "soon", "far", "old", "big"]);

/** One part of a query: found on a page when any of its alternatives is. */
export interface TermGroup {
  /** The words as the reader typed them (folded), for the report and highlighting. */
  text: string;
  /** What to search the index for, each a word or words that must all match. */
  alternatives: string[];
  /** Glossary terms or pages this part names (the term bridge). */
  entries: VocabularyEntry[];
  /**
   * Set when the part is a Japanese name or reading: its English names are matched as the
   * pages spell them, since the pages write Japan's bodies in American spelling and Britain's
   * in British (防衛省 is the Ministry of Defense, not Britain's Ministry of Defence).
   */
  asWritten?: boolean;
  /** Set when the part is a date ("April 2026", "4 July 2023"). */
  date?: boolean;
  /**
   * Set on a word the reader has typed in full, because more of the query follows it: it
   * matches the word and its forms ("sits"), not longer words it starts ("site"), which only
   * the word being typed, the last, may still become.
   */
  whole?: boolean;
}

interface Token {
  text: string;
  japanese: boolean;
}

// A word, a legal reference's number with its paragraph ("2(3)", "21(2)") or a number with
// thousands separators ("5,000"), kept whole.
const tokenPattern =
  /[\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}ー・]+|\p{N}+(?:-\p{N}+)?(?:\(\p{N}{1,3}\))+|\p{N}{1,3}(?:,\p{N}{3})+(?!\p{N})|[\p{L}\p{N}]+(?:[-'’.][\p{L}\p{N}]+)*/gu;

function tokenize(folded: string): Token[] {
  return (folded.match(tokenPattern) ?? []).map((text) => ({ text, japanese: hasJapanese(text) }));
}

/** Lookup tables for a vocabulary, built once per vocabulary. */
interface Lookup {
  english: Map<string, VocabularyEntry[]>;
  readings: Map<string, { entries: VocabularyEntry[]; english?: string }>;
  /** By {@link kanaFold}ed name; `written` is the name as the pages write it. */
  japanese: Map<string, { entries: VocabularyEntry[]; english?: string; written: string }>;
  /** The English names of several words that Japanese names stand for ("SDF Act"), by phrase key. */
  names: Set<string>;
  longestJapanese: number;
}

const lookups = new WeakMap<Vocabulary, Lookup>();

const phraseKey = (s: string) =>
  s
    .replace(/[-‐–—]/g, " ")
    .replace(/\s+/g, " ")
    .trim();

function lookup(vocab: Vocabulary): Lookup {
  const cached = lookups.get(vocab);
  if (cached) return cached;
  const english = new Map<string, VocabularyEntry[]>();
  const readings: Lookup["readings"] = new Map();
  const japanese: Lookup["japanese"] = new Map();
  // The site's other pages are named only by a whole query (see `bridge`), not inside one:
  // "questions" in "the international-law questions" is not the questions page.
  for (const entry of vocab.entries.filter((e) => e.kind !== "Page")) {
    for (const key of entry.keys) {
      const table = hasJapanese(key) ? japanese : undefined;
      const k = kanaFold(key);
      if (table) table.set(k, { entries: [...(table.get(k)?.entries ?? []), entry], written: key });
      else english.set(phraseKey(key), [...(english.get(phraseKey(key)) ?? []), entry]);
    }
    for (const r of entry.readings ?? [])
      readings.set(r, { entries: [...(readings.get(r)?.entries ?? []), entry] });
  }
  for (const s of vocab.synonyms) {
    for (const key of s.keys)
      if (!japanese.has(kanaFold(key)))
        japanese.set(kanaFold(key), { entries: [], english: s.english, written: key });
    for (const r of s.readings)
      if (!readings.has(r)) readings.set(r, { entries: [], english: s.english });
  }
  const names = new Set(
    vocab.synonyms
      .map((s) => phraseKey(foldSpelling(s.english)))
      .filter((k) => k.includes(" ") && !english.has(k)),
  );
  const longestJapanese = Math.max(0, ...[...japanese.keys()].map((k) => k.length));
  const built = { english, readings, japanese, names, longestJapanese };
  lookups.set(vocab, built);
  return built;
}

/** The group for a named thing: its typed words, its English names, the entries it names. */
function namedGroup(
  text: string,
  entries: VocabularyEntry[],
  english?: string,
  searchTyped = true,
): TermGroup {
  // Its other names, not its parts'. A part is found by its own names ("Upper House", "House
  // of Councillors"), not by the whole's (the Diet) or the other parts' (the Lower House).
  const part = entries.some((e) => e.parts?.includes(text));
  const names = entries.flatMap((e) =>
    e.kind === "Glossary term" && !part
      ? [e.label, ...e.keys.filter((k) => !hasJapanese(k) && k.split(" ").length <= 4)].filter(
          (k) => !e.parts?.includes(k),
        )
      : [],
  );
  // A romanised reading is not searched as typed: its syllables match unrelated words ("no").
  const otherNames = (part && synonymTable.get(phraseKey(text))) || [];
  const typed = searchTyped ? [text, ...otherNames] : [];
  const alternatives = [...typed, ...(english ? [english] : []), ...names].map((a) =>
    foldSpelling(a).replace(/[()]/g, " ").trim(),
  );
  const asWritten = english !== undefined || hasJapanese(text) || !searchTyped;
  return {
    text,
    alternatives: [...new Set(alternatives.filter(Boolean))],
    entries,
    ...(asWritten ? { asWritten } : {}),
  };
}

/** Splits a Japanese run into known names (longest first) and the parts of what is left. */
function japaneseGroups(run: string, table: Lookup): TermGroup[] {
  // A reading typed in kana that the input method left unconverted (ぼうえいしょう for 防衛省).
  if (!table.japanese.has(kanaFold(run)) && isKanaReading(run)) {
    const key = romajiKey(kanaToRomaji(run));
    const hit = key.length >= 5 ? table.readings.get(key) : undefined;
    if (hit) return [namedGroup(run, hit.entries, hit.english, false)];
  }
  const groups: TermGroup[] = [];
  let rest = "";
  const flush = () => {
    const parts = japaneseParts(rest);
    if (parts.length)
      groups.push(...parts.map((p) => ({ text: p, alternatives: [p], entries: [] })));
    else if (rest.length >= 2 || (rest && rest === run))
      groups.push({ text: rest, alternatives: [rest], entries: [] });
    rest = "";
  };
  for (let i = 0; i < run.length;) {
    let found = 0;
    // Folding drops characters: a run as typed may be a few longer than the name it writes.
    for (let len = Math.min(table.longestJapanese + 4, run.length - i); len >= 2; len--) {
      // A name does not end before a long-vowel mark: サイバ is not サイバー.
      if (run[i + len] === "ー") continue;
      const typed = run.slice(i, i + len);
      const hit = table.japanese.get(kanaFold(typed));
      if (hit) {
        flush();
        const g = namedGroup(typed, hit.entries, hit.english);
        // Written otherwise on the pages: search for it as they write it too.
        if (hit.written !== typed) g.alternatives.push(hit.written);
        groups.push(g);
        found = len;
        break;
      }
    }
    if (found) i += found;
    else rest += run[i++];
  }
  flush();
  return groups;
}

const synonymTable = new Map(
  englishSynonyms.flatMap((set) => set.map((name) => [phraseKey(name), set] as const)),
);

/**
 * The synonym set a run of words names, if any. A name that is also a stop word ("us") counts
 * only when typed in capitals ("US").
 */
function synonymSpan(
  words: string[],
  at: number,
  capitals: boolean[],
): [number, TermGroup] | undefined {
  for (let len = Math.min(3, words.length - at); len >= 1; len--) {
    const span = words.slice(at, at + len).join(" ");
    const set = synonymTable.get(phraseKey(span));
    if (!set || (len === 1 && stopWords.has(span) && !capitals[at])) continue;
    return [
      len,
      { text: span, alternatives: [...new Set(set.map((n) => n.replace(/-/g, " ")))], entries: [] },
    ];
  }
  return undefined;
}

/** The longest run of words at `at` that names something: an English key or a reading. */
function namedSpan(words: string[], at: number, table: Lookup): [number, TermGroup] | undefined {
  for (let len = Math.min(6, words.length - at); len >= 1; len--) {
    const span = words.slice(at, at + len).join(" ");
    const entries = table.english.get(phraseKey(span));
    if (entries) return [len, namedGroup(span, entries)];
    // The English name of an actor or law ("SDF Act", "Foreign Minister"): a name, not its words.
    if (len > 1 && table.names.has(phraseKey(span))) return [len, namedGroup(span, [])];
    const reading = romajiKey(span);
    const hit =
      reading.length >= 5
        ? (table.readings.get(reading) ?? readingEndingIn(table.readings, reading, len))
        : undefined;
    if (hit) return [len, namedGroup(span, hit.entries, hit.english, false)];
  }
  return undefined;
}

/**
 * Per token of the folded query: true when the reader typed it in capitals among lower-case
 * words, which makes a stop word an abbreviation ("US Forces Japan", "IT vendors").
 */
function abbreviations(query: string, tokens: Token[]): boolean[] {
  if (!/\p{Ll}/u.test(query)) return tokens.map(() => false);
  const typed = new Map<string, boolean[]>();
  for (const raw of query.normalize("NFKC").match(tokenPattern) ?? []) {
    const key = raw.toLowerCase();
    typed.set(key, [...(typed.get(key) ?? []), /^\p{Lu}{2,}$/u.test(raw)]);
  }
  const seen = new Map<string, number>();
  return tokens.map((t) => {
    const n = seen.get(t.text) ?? 0;
    seen.set(t.text, n + 1);
    return typed.get(t.text)?.[n] ?? false;
  });
}

/**
 * The group for a date or legal reference: found where its words stand together. An act's number
 * that a glossary entry is named by ("Act No. 42 of 2025") names that entry.
 */
function referenceGroup(reference: Reference, table: Lookup): TermGroup {
  const key = reference.actKey;
  const entries = key
    ? [...table.english].filter(([k]) => k === key || k.startsWith(`${key} `)).flatMap(([, e]) => e)
    : [];
  return {
    text: reference.text,
    alternatives: reference.alternatives,
    entries: [...new Set(entries)],
    ...(reference.date ? { date: true } : {}),
  };
}

/** The groups with a term typed twice ("Act 42 and Act 43": "act") kept once. */
function withoutRepeats(groups: TermGroup[]): TermGroup[] {
  const seen = new Set<string>();
  return groups.filter((g) => {
    const key = g.alternatives.join("|");
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The terms of a query, each bridged to the site's words. Stop words drop out unless all are. */
export function planQuery(vocab: Vocabulary, query: string): TermGroup[] {
  const table = lookup(vocab);
  const tokens = tokenize(westernReferences(foldSpelling(query)));
  const capitals = abbreviations(query, tokens);
  const groups: TermGroup[] = [];
  let latin: string[] = [];
  let at = 0; // index in `tokens` of latin[0]
  const flushLatin = () => {
    for (let i = 0; i < latin.length;) {
      const reference = dateSpan(latin, i) ?? legalSpan(latin, i);
      if (reference) {
        groups.push(referenceGroup(reference[1], table));
        i += reference[0];
        continue;
      }
      const named =
        namedSpan(latin, i, table) ?? synonymSpan(latin, i, capitals.slice(at, at + latin.length));
      if (named) {
        groups.push(named[1]);
        i += named[0];
        continue;
      }
      const word = latin[i] ?? "";
      // After "how", a word that asks for an amount is part of the question ("how long").
      const asks = latin[i - 1] === "how" && howWords.has(word);
      const keep = !asks && (!stopWords.has(word) || capitals[at + i]);
      const whole = at + i < tokens.length - 1;
      if (keep)
        groups.push({
          text: word,
          alternatives: [word.replace(/\.$/, "")],
          entries: [],
          ...(whole ? { whole } : {}),
        });
      i++;
    }
    latin = [];
  };
  tokens.forEach((token, t) => {
    if (token.japanese) {
      flushLatin();
      groups.push(...japaneseGroups(token.text, table));
    } else {
      if (!latin.length) at = t;
      latin.push(token.text);
    }
  });
  flushLatin();
  if (groups.length) return withoutRepeats(groups);
  // Only stop words: search for them after all.
  return tokens.map((t) => ({ text: t.text, alternatives: [t.text], entries: [] }));
}

/**
 * The terms without those the site never uses, when another term names something the site has
 * (a glossary term or page): "how long does the 2025 strategy last" asks about the strategy,
 * though no page says "last". Otherwise the terms as they are.
 */
export function withoutUnknownBesideName<M extends { size: number }>(
  groups: TermGroup[],
  found: M[],
): [TermGroup[], M[]] {
  const named = groups.some((g, i) => g.entries.length && found[i]?.size);
  if (!named) return [groups, found];
  return [groups.filter((_, i) => found[i]?.size), found.filter((f) => f.size)];
}
