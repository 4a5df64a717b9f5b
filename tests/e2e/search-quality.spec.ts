import { expect, test } from "@playwright/test";
import { devQueries } from "../search-quality/dev-queries";
import { heldOutQueries } from "../search-quality/held-out-queries";
import { heldOutUnshared } from "../search-quality/held-out-unshared";
import type { QualityQuery } from "../search-quality/queries";
import { formatScore, runSiteSearch } from "../search-quality/run-set";

/**
 * The held-out set was never tuned against: it measures the search. Issue 14's
 * target is 0.9 for top-1 and MRR; the search reaches it for MRR but not yet
 * for top-1 (top-1 87.2%, top-3 93.6%, MRR 0.901 on 1 December 2026, up from
 * 83.3%, 94.9% and 0.885 late on 30 November, 80.8% and 0.868 earlier that day
 * and 78.2% and 0.854 that morning), so the target is printed beside the score
 * and `npm test` fails only below a regression floor a little under today's
 * figures. Raise the floor as the search improves; never tune against
 * this set to do so. The development set is reported beside it.
 * The held-out set's misses are not printed (only its scores), so that no one
 * tunes against them by accident; SHOW_HELD_OUT_MISSES=1 prints them.
 */
const target = { top1: 0.9, mrr: 0.9 };
const minimum = { top1: 0.87, mrr: 0.895 };

// [label, queries, enforced, held out (misses not printed)]
const sets: [string, QualityQuery[], boolean, boolean][] = [
  ["held-out set", heldOutQueries, true, true],
  // Printed beside the whole set, not enforced: too few queries for a floor of its own.
  ["held-out set without the queries the development set repeats", heldOutUnshared, false, true],
  ["development set", devQueries, false, false],
];

for (const [label, queries, enforced, heldOut] of sets) {
  test(`search quality on the ${label}${enforced ? ": at least the regression floor" : ""}`, async ({
    page,
  }) => {
    // The set's score needs every query in one test; its time grows with the set.
    test.setTimeout(30_000 + queries.length * 600);
    await page.goto("/search/");
    const run = await runSiteSearch(page, queries);
    console.log(formatScore(`search quality, ${label}`, run));
    if (enforced && (run.score.top1 < target.top1 || run.score.mrr < target.mrr))
      console.log(`  below issue 14's target of ${target.top1} top-1 and ${target.mrr} MRR`);
    const showMisses = !heldOut || process.env["SHOW_HELD_OUT_MISSES"] === "1";
    const misses = showMisses ? run.misses.join("\n") : `${run.misses.length} misses, not shown`;
    if (showMisses) for (const miss of run.misses) console.log(`  miss ${miss}`);
    for (const q of run.waiting)
      console.log(`  waiting for ${q.awaits}: “${q.query}” (${String(q.expected)})`);
    expect(queries.length).toBeGreaterThanOrEqual(enforced || !heldOut ? 70 : 30);
    if (enforced) {
      expect(run.score.top1, misses).toBeGreaterThanOrEqual(minimum.top1);
      expect(run.score.mrr, misses).toBeGreaterThanOrEqual(minimum.mrr);
    }
  });
}
