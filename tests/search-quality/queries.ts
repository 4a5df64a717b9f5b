/**
 * The search-quality suite: what readers type, and where the first result must
 * lead. Two sets, fixed before any tuning of the ranking:
 * - `devQueries` (dev-queries.ts): the set the ranking may be tuned against;
 *   it holds the first 37-query suite and new queries.
 * - `heldOutQueries` (held-out-queries.ts): written from readers' points of view
 *   and never tuned against; `npm test` fails below 90% top-1 on it.
 *
 * Top-1 means the first result leads to the right page and, when the
 * expectation names an anchor, to the right section.
 */
export type QueryKind =
  | "title"
  | "abbreviation"
  | "term"
  | "variant"
  | "british"
  | "japanese"
  | "romanised"
  | "quote"
  | "misspelling"
  | "name"
  | "date"
  | "legal"
  | "question"
  | "topic"
  | "none";

export interface QualityQuery {
  query: string;
  /**
   * Where the first result must lead: a site path; with a `#fragment` the
   * result must point at that anchor, without one any section of the page
   * counts. Several paths when more than one answer is right (a glossary entry
   * and the section that explains it). `"none"`: nothing on the site answers
   * the query, and the query passes when no result is listed (the "did you
   * mean" suggestions and the A–Z link may show).
   */
  expected: string | string[] | "none";
  /** What the query tests, for the report. */
  kind: QueryKind;
  /**
   * The branch that adds the page(s) the expectation names, when they are not
   * on this branch yet. Such a query counts only when one of its expected
   * pages (and anchor) is in the build; otherwise it is reported apart as
   * waiting for that page.
   */
  awaits?: "readers" | "truth";
}

/** The expected paths of a query ([] for "none"). */
export function expectedPaths(q: QualityQuery): string[] {
  if (q.expected === "none") return [];
  return Array.isArray(q.expected) ? q.expected : [q.expected];
}

/** True when a result URL satisfies one expected path (see {@link QualityQuery}). */
export function matchesExpected(resultUrl: string, expected: string): boolean {
  const url = new URL(resultUrl, "http://site.invalid");
  const want = new URL(expected, "http://site.invalid");
  const path = (p: string) => p.replace(/\/index\.html$/, "/");
  if (path(url.pathname) !== path(want.pathname)) return false;
  return !want.hash || decodeURIComponent(url.hash) === decodeURIComponent(want.hash);
}

/**
 * The rank (1-based) of the first result that answers the query, or 0 when
 * none of `resultUrls` does. A "none" query ranks 1 when there are no results.
 */
export function rankOf(q: QualityQuery, resultUrls: string[]): number {
  if (q.expected === "none") return resultUrls.length === 0 ? 1 : 0;
  const paths = expectedPaths(q);
  const at = resultUrls.findIndex((u) => paths.some((p) => matchesExpected(u, p)));
  return at + 1;
}

export interface SetScore {
  queries: number;
  top1: number;
  top3: number;
  mrr: number;
}

/** Top-1 and top-3 shares and mean reciprocal rank of a list of ranks (0 = not found). */
export function score(ranks: number[]): SetScore {
  const n = ranks.length || 1;
  return {
    queries: ranks.length,
    top1: ranks.filter((r) => r === 1).length / n,
    top3: ranks.filter((r) => r >= 1 && r <= 3).length / n,
    mrr: ranks.reduce((sum, r) => sum + (r ? 1 / r : 0), 0) / n,
  };
}
