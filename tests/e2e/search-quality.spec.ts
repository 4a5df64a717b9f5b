import { expect, test } from "@playwright/test";
import { devQueries } from "../search-quality/dev-queries";
import { heldOutQueries } from "../search-quality/held-out-queries";
import type { QualityQuery } from "../search-quality/queries";
import { formatScore, runSiteSearch } from "../search-quality/run-set";

/**
 * The held-out set was never tuned against: it measures the search. Below
 * these, `npm test` fails. The development set is reported beside it.
 * The held-out set's misses are not printed (only its scores), so that no one
 * tunes against them by accident; SHOW_HELD_OUT_MISSES=1 prints them.
 */
const minimum = { top1: 0.9, mrr: 0.9 };

const sets: [string, QualityQuery[], boolean][] = [
  ["held-out set", heldOutQueries, true],
  ["development set", devQueries, false],
];

for (const [label, queries, enforced] of sets) {
  test(`search quality on the ${label}${enforced ? ": top-1 and MRR at least 0.9" : ""}`, async ({
    page,
  }) => {
    // The set's score needs every query in one test; its time grows with the set.
    test.setTimeout(30_000 + queries.length * 600);
    await page.goto("/search/");
    const run = await runSiteSearch(page, queries);
    console.log(formatScore(`search quality, ${label}`, run));
    const showMisses = !enforced || process.env["SHOW_HELD_OUT_MISSES"] === "1";
    const misses = showMisses ? run.misses.join("\n") : `${run.misses.length} misses, not shown`;
    if (showMisses) for (const miss of run.misses) console.log(`  miss ${miss}`);
    for (const q of run.waiting)
      console.log(`  waiting for ${q.awaits}: “${q.query}” (${String(q.expected)})`);
    expect(queries.length).toBeGreaterThanOrEqual(70);
    if (enforced) {
      expect(run.score.top1, misses).toBeGreaterThanOrEqual(minimum.top1);
      expect(run.score.mrr, misses).toBeGreaterThanOrEqual(minimum.mrr);
    }
  });
}
