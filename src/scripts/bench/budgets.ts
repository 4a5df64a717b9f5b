/**
 * The performance budgets of issue 6, and how a measured figure is judged against one.
 * `npm run bench` prints every figure beside its budget and exits non-zero when one is over.
 */

/** One budgeted figure. */
export interface Budget {
  /** What is measured, as printed. */
  name: string;
  /** The limit; a figure passes when it is at or under it (or, for `min`, at or over). */
  limit: number;
  /** `max`: the figure must not exceed the limit; `min`: it must reach it. */
  kind: "max" | "min";
  /** Formats a figure or the limit for the report. */
  format: (value: number) => string;
}

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
const count = (n: number) => String(n);
const secs = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const ms = (value: number) => `${value.toFixed(0)} ms`;
const percent = (share: number) => `${(share * 100).toFixed(1)}%`;

/** The budgets, by key. */
export const budgets = {
  /** HTML response of an explainer, critical CSS inlined, brotli: the first view in one round trip
   * (a TCP initial congestion window of 10 packets ≈ 14.6 kB). */
  htmlBrotli: { name: "HTML + inlined CSS, brotli", limit: 14 * 1024, kind: "max", format: kib },
  /** Requests that hold up first paint, besides the HTML itself. */
  renderBlocking: { name: "render-blocking requests", limit: 0, kind: "max", format: count },
  /** JavaScript loaded before the reader interacts, inline and external, brotli. */
  jsBrotli: { name: "JS before interaction, brotli", limit: 3 * 1024, kind: "max", format: kib },
  /** Requests before interaction, the HTML included. */
  requests: { name: "requests before interaction", limit: 3, kind: "max", format: count },
  /** Cumulative layout shift: none at all. */
  cls: { name: "layout shift (CLS)", limit: 0, kind: "max", format: (v) => v.toFixed(4) },
  /** Each Lighthouse category (mobile), out of 100. */
  lighthouse: { name: "Lighthouse score", limit: 100, kind: "min", format: count },
  /** Build time of pages + search index for 1,000 explainers: Starlight's 15.8 s on this machine
   * for the same kind of pages (2.2 s of it Pagefind). */
  scaleBuild: { name: "pages + index, 1,000 explainers", limit: 15_800, kind: "max", format: secs },
  /** Search (issues 4, 14): the held-out query set's share with the right page and section first. */
  searchTop1: { name: "search top-1, held-out set", limit: 0.9, kind: "min", format: percent },
  /** Search: the held-out set's mean reciprocal rank. */
  searchMrr: {
    name: "search MRR, held-out set",
    limit: 0.9,
    kind: "min",
    format: (v) => v.toFixed(3),
  },
  /** From the last keystroke to the top result on screen, first search of a page (median). */
  firstSearch: { name: "first search, keystroke to result", limit: 200, kind: "max", format: ms },
  /** The same for a search after the first (index loaded). */
  warmSearch: { name: "warm search, keystroke to result", limit: 60, kind: "max", format: ms },
  /** Bytes fetched by the first search (Pagefind, index chunks, vocabulary, stylesheet). */
  firstSearchBytes: {
    name: "bytes fetched by the first search",
    limit: 110 * 1024,
    kind: "max",
    format: kib,
  },
} satisfies Record<string, Budget>;

/** One line of the budget report. */
export interface Judged {
  subject: string;
  budget: Budget;
  value: number;
  ok: boolean;
}

/** Judges `value` against `budget` for `subject` (a page, a URL, a build). */
export function judge(subject: string, budget: Budget, value: number): Judged {
  const ok = budget.kind === "max" ? value <= budget.limit : value >= budget.limit;
  return { subject, budget, value, ok };
}

/** Formats judged figures as aligned lines: subject, figure, value, budget, verdict. */
export function formatJudged(lines: Judged[]): string[] {
  const width = (f: (j: Judged) => string) => Math.max(0, ...lines.map((j) => f(j).length));
  const subjectWidth = width((j) => j.subject);
  const nameWidth = width((j) => j.budget.name);
  const valueWidth = width((j) => j.budget.format(j.value));
  return lines.map((j) => {
    const sign = j.budget.kind === "max" ? "≤" : "≥";
    return [
      j.subject.padEnd(subjectWidth),
      j.budget.name.padEnd(nameWidth),
      j.budget.format(j.value).padStart(valueWidth),
      `(budget ${sign} ${j.budget.format(j.budget.limit)})`,
      j.ok ? "ok" : "OVER",
    ].join("  ");
  });
}
