/**
 * The search-quality suite: what readers type, and where the first result must
 * lead. Two sets, fixed before any tuning of the ranking:
 * - `devQueries` (dev-queries.ts): the set the ranking may be tuned against;
 *   it holds the first 37-query suite and new queries.
 * - `heldOutQueries` (held-out-queries.ts): written from readers' points of view
 *   and never tuned against; `npm test` fails below 90% top-1 on it.
 *
 * Top-1 means the first result leads to the right page and, when the
 * expectation names an anchor, to the right section — or to an answer on the
 * questions page whose "read more" link leads there (see {@link rankOf}).
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

/** The questions page: short answers, each under its own `###` heading. */
export const questionsPath = "/questions/";

/**
 * Per answer on the questions page (its URL, `/questions/#<id>`), where its
 * "read more" link leads (a site path with the section's anchor). Read from
 * the page's built HTML: each answer is a `<h3 id>` followed by its
 * paragraphs, the last of which is only a link.
 */
export type AnswerLinks = Map<string, string>;

/** The "read more" link of every answer in the questions page's HTML. */
export function answerLinks(html: string): AnswerLinks {
  const links: AnswerLinks = new Map();
  const base = new URL(questionsPath, "http://site.invalid");
  for (const part of html.split(/(?=<h[23][\s>])/).slice(1)) {
    const id = /^<h3[^>]*\sid="([^"]+)"/.exec(part)?.[1];
    const more = [...part.matchAll(/<p><a href="([^"]+)">[^<]*<\/a><\/p>/g)].at(-1)?.[1];
    if (!id || !more) continue;
    const to = new URL(more.replace(/&amp;/g, "&"), base);
    if (to.origin === base.origin) links.set(`${questionsPath}#${id}`, `${to.pathname}${to.hash}`);
  }
  return links;
}

/**
 * True when a result answers the query: it leads where one expected path
 * does, or it is an answer on the questions page whose "read more" link leads
 * there. A reader who lands on such an answer has a short, sourced answer to
 * the question and is one click from the section that explains it. This is the
 * one place the rule is defined; it applies alike to both sets and to plain
 * Pagefind's baseline.
 */
export function answersQuery(resultUrl: string, expected: string, answers?: AnswerLinks): boolean {
  if (matchesExpected(resultUrl, expected)) return true;
  const url = new URL(resultUrl, "http://site.invalid");
  const path = url.pathname.replace(/\/index\.html$/, "/");
  if (path !== questionsPath || !url.hash) return false;
  const more = answers?.get(`${questionsPath}${decodeURIComponent(url.hash)}`);
  return !!more && matchesExpected(more, expected);
}

/**
 * The rank (1-based) of the first result that answers the query (see
 * {@link answersQuery}), or 0 when none of `resultUrls` does. A "none" query
 * ranks 1 when there are no results.
 */
export function rankOf(q: QualityQuery, resultUrls: string[], answers?: AnswerLinks): number {
  if (q.expected === "none") return resultUrls.length === 0 ? 1 : 0;
  const paths = expectedPaths(q);
  const at = resultUrls.findIndex((u) => paths.some((p) => answersQuery(u, p, answers)));
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
