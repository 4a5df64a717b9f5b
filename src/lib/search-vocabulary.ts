import { editDistance, typoAllowance } from "./edit-distance";
import { foldSpelling } from "./search-text";

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
}

/** The site's own vocabulary, shipped to the browser as `/search-vocabulary.json`. */
export interface Vocabulary {
  entries: VocabularyEntry[];
  /** Words that occur on the site, most frequent first, for typo correction. */
  words: string[];
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
    definition: string;
    definedIn?: string | undefined;
  }[];
  /** Any other text whose words should be known to the typo corrector. */
  extraText: string[];
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
      keys: [...new Set([foldSpelling(e.title), foldSpelling(e.navLabel)])],
    })),
    ...input.terms.map((t) => ({
      label: t.term,
      kind: "Glossary term" as const,
      url: `/glossary/#${t.id}`,
      summary: t.definition.split(/(?<=\.)\s/)[0] ?? t.definition,
      keys: [
        ...new Set([t.term, ...t.aliases, ...(t.japanese ? [t.japanese] : [])].map(foldSpelling)),
      ],
      ...(t.definedIn ? { page: `/${t.definedIn}/` } : {}),
    })),
  ];
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
  return { entries, words };
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
  const byUrl = new Map(vocab.entries.map((e) => [e.url, e]));
  const pinned: VocabularyEntry[] = [];
  const add = (e: VocabularyEntry | undefined) => {
    if (e && !pinned.includes(e)) pinned.push(e);
  };
  for (const page of vocab.entries.filter((e) => e.kind === "Explainer" && e.keys.includes(q)))
    add(page);
  for (const term of vocab.entries.filter(
    (e) => e.kind === "Glossary term" && e.keys.includes(q),
  )) {
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
 * The query with each unknown word replaced by the nearest word on the site
 * (within a typo's reach), or undefined when nothing needed correcting.
 */
export function correctTypos(vocab: Vocabulary, query: string): string | undefined {
  const known = new Set(vocab.words);
  const folded = foldSpelling(query);
  const lastWord = folded.match(wordPattern)?.at(-1);
  let changed = false;
  const corrected = folded.replace(wordPattern, (word, offset: number) => {
    if (word.length < 4 || known.has(word)) return word;
    // A last word the reader may still be typing is left alone while it starts a known word.
    const typing = word === lastWord && offset + word.length === folded.length;
    if (typing && vocab.words.some((w) => w.startsWith(word))) return word;
    let best: string | undefined;
    let bestDistance = typoAllowance(word.length) + 1;
    for (const candidate of vocab.words) {
      if (Math.abs(candidate.length - word.length) >= bestDistance) continue;
      const d = editDistance(word, candidate);
      if (d < bestDistance) {
        best = candidate;
        bestDistance = d;
      }
    }
    if (!best) return word;
    changed = true;
    return best;
  });
  return changed ? corrected : undefined;
}
