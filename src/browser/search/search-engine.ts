/**
 * The site's search: Pagefind's index, with the site's vocabulary in front of
 * it. A query is split into terms (question and stop words drop out), each
 * term bridged to the site's words (abbreviations, spellings, Japanese names
 * and readings) and searched on its own; pages are ranked by how much of the
 * query they hold, so a question finds the pages that answer most of it, and
 * each result points at the section that holds most of the query, with an
 * excerpt from that section. Pure apart from the Pagefind API it is given, so
 * it runs the same in the dialog, on /search/ and in the quality suite.
 */
import type { PagefindApi, PagefindResult } from "./pagefind-types";
import { asksDefinition, isQuestion } from "../../lib/search/search-questions";
import {
  planQuery,
  withoutUnknownBesideName,
  normaliseQuery,
  nameWords,
  type TermGroup,
} from "../../lib/search/search-query";
import { editDistance } from "../../lib/edit-distance";
import { scoreAnswers } from "../../lib/search/search-answers";
import { excerptOf } from "../../lib/search/search-excerpt";
import { withoutCovered } from "../../lib/search/search-overlap";
import { foldSpelling } from "../../lib/search/search-text";
import {
  compareResults,
  isTitle,
  linkedSection,
  namesIn,
  namingTitle,
  pageWords,
  scoreSections,
  sectionsOf,
  verifyTerm,
  shortEntryFactor,
  type ResultRank,
  type TermMatch,
} from "../../lib/search/search-match";
import {
  bridge,
  correctTypos,
  suggest,
  type ResultKind,
  type Vocabulary,
  type VocabularyEntry,
} from "../../lib/search/search-vocabulary";

export interface SearchHit {
  /** Where the result leads, with the base path. */
  url: string;
  title: string;
  kind: ResultKind;
  /** HTML (page text, escaped, with <mark>), or plain text for pinned names. */
  excerpt: string;
  excerptIsHtml: boolean;
  /** The heading of the section that matched, when the result points into a page. */
  section?: string;
}

export interface SearchOutcome {
  /** The query as searched (normalised). */
  query: string;
  hits: SearchHit[];
  /** Results per kind for the whole query (before the kind filter). */
  counts: Partial<Record<ResultKind, number>>;
  total: number;
  /** Set when a word matched nothing as typed and a corrected query was searched instead. */
  correctedTo?: string;
  /** "Did you mean" names when nothing matched at all. */
  suggestions: VocabularyEntry[];
  /** True when pages that match were left unscored: a search with a larger `scored` finds more. */
  more: boolean;
}

export interface SearchOptions {
  kind?: ResultKind | undefined;
  limit?: number;
  /**
   * Pages whose text is loaded to score them, at most (default {@link firstScreen}); the
   * reader asks for more with "More results".
   */
  scored?: number;
  /** The site's base path, e.g. `/` or `/cyber/`. */
  base: string;
  /** Loads the words typo correction needs (`words`, `english`), only when a word matched nothing. */
  loadTypos?: () => Promise<Pick<Vocabulary, "words" | "english">>;
  /**
   * True once the reader has typed on: the search stops at its next step and returns no
   * results (nobody will see them), so the query typed last gets the machine to itself.
   */
  isStale?: () => boolean;
}

/**
 * Pages whose sections are scored and whose excerpts are built for the first screen of results.
 * Each costs a fetch of the page's text (1–6 KB, and a request's headers). The shortlist puts
 * Pagefind's own best first among pages that hold as much of the query, so 6 scored as well as
 * 10 on both quality sets (8 did worse than 10 before that order); "More results" scores more.
 */
export const firstScreen = 6;

const withoutQuery = (url: string) => url.replace(/\?[^#]*/, "");

function pinnedHit(entry: VocabularyEntry, base: string): SearchHit {
  return {
    url: `${base.replace(/\/$/, "")}${entry.url}`,
    title: entry.label,
    kind: entry.kind,
    excerpt: entry.summary,
    excerptIsHtml: false,
  };
}

/** Each alternative of a term searched on its own; a page matches the term through any of them. */
async function searchTerm(
  api: PagefindApi,
  group: TermGroup,
): Promise<Map<string, PagefindResult[]>> {
  const found = new Map<string, PagefindResult[]>();
  const searches = await Promise.all(group.alternatives.map((a) => api.search(a)));
  for (const search of searches)
    for (const result of search?.results ?? [])
      found.set(result.id, [...(found.get(result.id) ?? []), result]);
  return found;
}

interface Candidate {
  id: string;
  /** Per term: the results that matched this page (one per alternative). */
  byTerm: (PagefindResult[] | undefined)[];
  coverage: number;
  weight: number;
  /** Pagefind's own scores of the page, weighted as the terms are: known before its text loads. */
  index: number;
}

interface Scored extends ResultRank {
  hit: SearchHit;
  /** The query's terms (their indexes) that the page really holds. */
  held: number[];
}

/** A page's verified matches, best section, excerpt and score. */
async function scorePage(
  candidate: Candidate,
  groups: TermGroup[],
  weights: number[],
  base: string,
  query: string,
): Promise<Scored | undefined> {
  const asked = isQuestion(query);
  // The page's first result loads its text; the others (one per term) then reuse it. Loaded
  // together, they would each fetch it, and some come back without it.
  const opening = candidate.byTerm.find((r) => r?.length)?.[0];
  if (!opening) return undefined;
  await opening.data();
  const datas = await Promise.all(
    groups.map((_, g) => Promise.all((candidate.byTerm[g] ?? []).map((r) => r.data()))),
  );
  const first = datas.flat()[0];
  if (!first) return undefined;
  const words = pageWords(first.content);
  const matched: (TermMatch & { group: number })[] = [];
  datas.forEach((forTerm, g) => {
    if (!forTerm.length) return;
    const group = groups[g] as TermGroup;
    const found = [...new Set(forTerm.flatMap((d) => d.locations))];
    // Pagefind matches prefixes of stems: keep the words that really are the words searched for.
    const verified = verifyTerm(group.alternatives, found, words, !group.asWritten, !group.whole);
    if (!verified) return;
    matched.push({
      locations: verified.locations,
      weight: (weights[g] ?? 1) * verified.factor,
      names: group.alternatives.map(nameWords),
      fold: !group.asWritten,
      group: g,
    });
  });
  const terms = withoutCovered(matched, words);
  if (!terms.length) return undefined;
  const sections = sectionsOf(first, words.length);
  const scored = scoreAnswers(scoreSections(sections, terms, words), words, terms, query).sort(
    (a, b) => b.coverage - a.coverage || b.score - a.score,
  );
  // The page ranks by its best-matching part, summary included; it links to a section that explains.
  const top = scored[0];
  const best = linkedSection(scored);
  if (!top || !best) return undefined;
  const kind = (first.meta["kind"] ?? "Page") as ResultKind;
  const title = first.meta["title"] ?? first.url;
  const [path = "", recordAnchor] = withoutQuery(first.url).split("#");
  const anchor = best.section.anchor?.id ?? recordAnchor;
  const highlight = [...new Set(groups.map((g) => g.text))]
    .map((t) => `highlight=${encodeURIComponent(t)}`)
    .join("&");
  let score = top.score;
  for (const t of terms) {
    if (namesIn(t, namingTitle(kind, title))) score += 0.5 * t.weight;
    // A glossary term or page that the query names; when the query asks more than the name
    // ("SDF Act", "when can the SDF act"), the name is only part of what it asks.
    const named = (groups[t.group]?.entries ?? []).some(
      (e) => `${base.replace(/\/$/, "")}${e.url}` === withoutQuery(first.url),
    );
    if (named) score += t.weight / groups.length;
  }
  // A date in the query that is in an event's title ("… (1 April 2026)") is the event's date.
  const dated = terms.some((t) => groups[t.group]?.date && namesIn(t, title));
  score *= shortEntryFactor(kind, asked, dated, asksDefinition(query));
  // A query that is the page's title names the page (explainers' titles are pinned already).
  if (isTitle(query, title)) score += 2 * terms.reduce((sum, t) => sum + t.weight, 0);
  return {
    hit: {
      url: `${path}${highlight ? `?${highlight}` : ""}${anchor ? `#${anchor}` : ""}`,
      title,
      kind,
      excerpt: excerptOf(words, best.section, terms),
      excerptIsHtml: true,
      ...(best.section.anchor && (kind === "Explainer" || kind === "Page")
        ? { section: best.section.anchor.text }
        : {}),
    },
    coverage: terms.length,
    held: terms.map((t) => t.group),
    sectionCoverage: top.coverage,
    score,
    mentions: terms.reduce((sum, t) => sum + t.weight * t.locations.length, 0),
  };
}

interface Ranked {
  pinned: VocabularyEntry[];
  scored: Scored[];
  /** Terms that matched nothing on the site. */
  unknown: number;
  /** Pages that match were left unscored. */
  more: boolean;
}

/** Pins and ranks the results of one (normalised) query. */
async function rank(
  api: PagefindApi,
  vocab: Vocabulary,
  query: string,
  base: string,
  isStale: () => boolean,
  maxScored: number,
): Promise<Ranked> {
  const groups = planQuery(vocab, query);
  // A query that is a name, or names one thing among question words, pins it first.
  let pinned = bridge(vocab, query);
  const only = groups.length === 1 ? groups[0] : undefined;
  if (!pinned.length && only?.entries.length) pinned = bridge(vocab, only.text);
  // A reference that names an entry by another form than its keys ("Act No. 42") pins it too.
  if (!pinned.length && only?.entries[0]) pinned = bridge(vocab, only.entries[0].keys[0] ?? "");
  const found = await Promise.all(groups.map((g) => searchTerm(api, g)));
  const unknown = found.filter((f) => !f.size).length;
  if (isStale()) return { pinned, scored: [], unknown: 0, more: false };
  let { scored, held, more } = await scoreAll(groups, found, base, query, maxScored);
  // No page holds the query's words with the name it asks about: words that no page held are
  // words the site does not use (Pagefind found "pays" only inside other words), and beside a
  // name the query asks about the name, as when the site never has them at all.
  if (!scored.length) {
    const unheld = found.map((f, g) => (held.has(g) || groups[g]?.entries.length ? f : new Map()));
    const [fewer, theirs] = withoutUnknownBesideName(groups, unheld);
    if (fewer.length < groups.length)
      ({ scored, more } = await scoreAll(fewer, theirs, base, query, maxScored));
  }
  return { pinned, scored, unknown, more };
}

/**
 * Scores and orders the pages that hold enough of the query's terms (`found`, per term), the
 * first `maxScored` of them; `more` is set when pages that match were left unscored.
 */
async function scoreAll(
  allGroups: TermGroup[],
  allFound: Map<string, PagefindResult[]>[],
  base: string,
  query: string,
  maxScored: number,
): Promise<{ scored: Scored[]; held: Set<number>; more: boolean }> {
  const [groups, found] = withoutUnknownBesideName(allGroups, allFound);
  const held = new Set<number>();
  const n = groups.length;
  const missing = found.filter((f) => !f.size).length;
  // Half the query or more unknown to the site: what is left is not what the reader asked about.
  if (!n || missing * 2 >= n) return { scored: [], held, more: false };
  const need = n <= 2 ? n - missing : Math.ceil(n / 2);
  const total = Math.max(1, ...found.map((f) => f.size));
  const weights = found.map((f) => Math.log(1 + (2 * total) / Math.max(1, f.size)));
  const candidates = new Map<string, Candidate>();
  found.forEach((f, g) => {
    for (const [id, results] of f) {
      const c = candidates.get(id) ?? { id, byTerm: [], coverage: 0, weight: 0, index: 0 };
      c.byTerm[g] = results;
      c.coverage++;
      c.weight += weights[g] ?? 0;
      c.index += (weights[g] ?? 0) * Math.max(...results.map((r) => r.score));
      candidates.set(id, c);
    }
  });
  const eligible = [...candidates.values()]
    .filter((c) => c.coverage >= need)
    .sort((a, b) => b.coverage - a.coverage || b.weight - a.weight || b.index - a.index);
  const shortlist = eligible.slice(0, maxScored);
  const pages = await Promise.all(shortlist.map((c) => scorePage(c, groups, weights, base, query)));
  // Indexes into `allGroups`, whose unknown terms `groups` may have left out.
  for (const page of pages)
    for (const g of page?.held ?? []) held.add(allGroups.indexOf(groups[g] as TermGroup));
  const scored = pages
    .filter(
      (s): s is Scored =>
        !!s && s.coverage >= need && (s.coverage === n || n < 3 || s.sectionCoverage >= need),
    )
    .sort(compareResults);
  return { scored, held, more: eligible.length > shortlist.length };
}

/** The glossary term or page whose name is within a typo or two of the whole query, if any. */
function nearName(vocab: Vocabulary, query: string): VocabularyEntry | undefined {
  const q = foldSpelling(query);
  let best: VocabularyEntry | undefined;
  let bestDistance = Math.max(1, Math.floor(q.length / 6)) + 1;
  for (const entry of vocab.entries)
    for (const key of entry.keys) {
      if (Math.abs(key.length - q.length) >= bestDistance) continue;
      const d = editDistance(q, key);
      if (d < bestDistance) {
        best = entry;
        bestDistance = d;
      }
    }
  return best;
}

/** Runs one search. */
export async function searchSite(
  api: PagefindApi,
  vocab: Vocabulary,
  rawQuery: string,
  options: SearchOptions,
): Promise<SearchOutcome> {
  const query = normaliseQuery(rawQuery);
  const limit = options.limit ?? 10;
  const nothing: SearchOutcome = {
    query,
    hits: [],
    counts: {},
    total: 0,
    suggestions: [],
    more: false,
  };
  const scored = options.scored ?? firstScreen;
  const isStale = options.isStale ?? (() => false);
  if (!query) return nothing;
  let ranked = await rank(api, vocab, query, options.base, isStale, scored);
  if (isStale()) return nothing;
  // Words the site never uses cannot match: search for the nearest words it does use instead,
  // unless they are English words the reader may well mean.
  let correctedTo: string | undefined;
  if (!ranked.pinned.length && (ranked.unknown || !ranked.scored.length)) {
    if (options.loadTypos && !vocab.words.length) Object.assign(vocab, await options.loadTypos());
    if (isStale()) return nothing;
    const corrected = correctTypos(vocab, query);
    const again = corrected
      ? await rank(api, vocab, corrected, options.base, isStale, scored)
      : undefined;
    if (isStale()) return nothing;
    if (again && (again.pinned.length || again.scored.length > ranked.scored.length)) {
      correctedTo = corrected;
      ranked = again;
    } else if (!ranked.scored.length) {
      // A name misspelt beyond single words ("oversite commission"): its nearest name.
      const near = nearName(vocab, query);
      if (near) {
        correctedTo = near.label;
        ranked = { ...ranked, pinned: bridge(vocab, near.keys[0] ?? near.label) };
      }
    }
  }
  const pinnedHits = ranked.pinned.map((p) => pinnedHit(p, options.base));
  const pinnedUrls = new Set(pinnedHits.map((h) => h.url));
  const rest = ranked.scored.map((s) => s.hit).filter((h) => !pinnedUrls.has(withoutQuery(h.url)));
  const all = [...pinnedHits, ...rest];
  const counts: Partial<Record<ResultKind, number>> = {};
  for (const h of all) counts[h.kind] = (counts[h.kind] ?? 0) + 1;
  const shown = options.kind ? all.filter((h) => h.kind === options.kind) : all;
  return {
    query,
    hits: shown.slice(0, limit),
    counts,
    total: shown.length,
    ...(correctedTo ? { correctedTo } : {}),
    suggestions: all.length ? [] : suggest(vocab, query),
    more: ranked.more || shown.length > limit,
  };
}
