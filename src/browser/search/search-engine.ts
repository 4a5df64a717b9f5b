/**
 * The site's search: Pagefind's index, with the site's vocabulary in front of it
 * (exact names pinned first, spelling variants folded, Japanese split, typos
 * corrected) and each result pointing at the section that matched.
 * Pure apart from the Pagefind API it is given, so it runs the same in the
 * dialog, on /search/ and in the quality suite.
 */
import type { PagefindApi, PagefindResultData } from "./pagefind-types";
import { toIndexQuery } from "../../lib/search-text";
import {
  bridge,
  correctTypos,
  suggest,
  type ResultKind,
  type Vocabulary,
  type VocabularyEntry,
} from "../../lib/search-vocabulary";

export interface SearchHit {
  /** Where the result leads, with the base path. */
  url: string;
  title: string;
  kind: ResultKind;
  /** HTML from Pagefind (page text, escaped, with <mark>), or plain text for pinned names. */
  excerpt: string;
  excerptIsHtml: boolean;
  /** The heading of the section that matched, when the result points into a page. */
  section?: string;
}

export interface SearchOutcome {
  query: string;
  hits: SearchHit[];
  /** Results per kind for the whole query (before the kind filter). */
  counts: Partial<Record<ResultKind, number>>;
  total: number;
  /** Set when nothing matched as typed and a corrected query was searched instead. */
  correctedTo?: string;
  /** "Did you mean" names when nothing matched at all. */
  suggestions: VocabularyEntry[];
}

export interface SearchOptions {
  kind?: ResultKind | undefined;
  limit?: number;
  /** The site's base path, e.g. `/` or `/cyber/`. */
  base: string;
}

const withoutQuery = (url: string) => url.replace(/\?[^#]*/, "");

/** The section of a page result that matched best (most matched words), if not the page top. */
function bestSection(data: PagefindResultData): { url: string; title: string } | undefined {
  let best: { url: string; title: string; score: number } | undefined;
  for (const sub of data.sub_results) {
    if (!sub.url.includes("#")) continue;
    const score = (sub.excerpt.match(/<mark>/g) ?? []).length;
    if (score > 0 && (!best || score > best.score))
      best = { url: sub.url, title: sub.title, score };
  }
  return best;
}

function pinnedHit(entry: VocabularyEntry, base: string): SearchHit {
  return {
    url: `${base.replace(/\/$/, "")}${entry.url}`,
    title: entry.label,
    kind: entry.kind,
    excerpt: entry.summary,
    excerptIsHtml: false,
  };
}

function pagefindHit(data: PagefindResultData): SearchHit {
  const kind = (data.meta["kind"] ?? "Page") as ResultKind;
  const section = kind === "Explainer" || kind === "Page" ? bestSection(data) : undefined;
  return {
    url: section?.url ?? data.url,
    title: data.meta["title"] ?? data.url,
    kind,
    excerpt: data.excerpt,
    excerptIsHtml: true,
    ...(section ? { section: section.title } : {}),
  };
}

/** Runs one search. */
export async function searchSite(
  api: PagefindApi,
  vocab: Vocabulary,
  query: string,
  options: SearchOptions,
): Promise<SearchOutcome> {
  const limit = options.limit ?? 10;
  const filters = options.kind ? { filters: { kind: [options.kind] } } : {};
  // Words the site never uses cannot match: search for the nearest words it does use instead.
  let pinned = bridge(vocab, query);
  const correctedTo = pinned.length ? undefined : correctTypos(vocab, query);
  if (correctedTo) pinned = bridge(vocab, correctedTo);
  const search = await api.search(toIndexQuery(correctedTo ?? query), filters);
  if (options.kind) pinned = pinned.filter((p) => p.kind === options.kind);
  const results = search?.results ?? [];
  const datas = await Promise.all(results.slice(0, limit).map((r) => r.data()));
  const pinnedUrls = new Set(pinned.map((p) => pinnedHit(p, options.base).url));
  const hits = [
    ...pinned.map((p) => pinnedHit(p, options.base)),
    ...datas.filter((d) => !pinnedUrls.has(withoutQuery(d.url))).map(pagefindHit),
  ].slice(0, limit);
  const counts = (search?.totalFilters?.["kind"] ?? {}) as Partial<Record<ResultKind, number>>;
  const extraPinned = pinned.filter(
    (p) => !datas.some((d) => withoutQuery(d.url) === pinnedHit(p, options.base).url),
  ).length;
  return {
    query,
    hits,
    counts,
    total: results.length + extraPinned,
    ...(correctedTo ? { correctedTo } : {}),
    suggestions: hits.length ? [] : suggest(vocab, query),
  };
}
