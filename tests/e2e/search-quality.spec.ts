import { expect, test } from "@playwright/test";
import { matchesExpected, qualityQueries } from "../search-quality/queries";

/** The share of queries whose expected page or entry comes first: below this, the suite fails. */
const minimumTop1 = 0.95;

test("search puts the expected result first for at least 95% of the quality suite", async ({
  page,
}) => {
  // The suite's score needs every query in one test; its time grows with the suite.
  test.setTimeout(20_000 + qualityQueries.length * 500);
  await page.goto("/search/");
  const box = page.getByRole("searchbox", { name: "Search the site" });
  const first = page.getByRole("list", { name: "Search results" }).getByRole("link").first();
  const misses: string[] = [];
  for (const { query, expected, kind } of qualityQueries) {
    await box.fill(query);
    // The status names the query once its results are on screen.
    await expect(page.getByRole("status")).toContainText(`“${query}”`);
    const href = (await first.count()) ? ((await first.getAttribute("href")) ?? "") : "(no result)";
    if (!matchesExpected(href, expected))
      misses.push(`${kind}: “${query}” → ${href} (expected ${expected})`);
  }
  const top1 = 1 - misses.length / qualityQueries.length;
  console.log(
    `search quality: top-1 ${(top1 * 100).toFixed(1)}% of ${qualityQueries.length} queries`,
  );
  for (const miss of misses) console.log(`  miss ${miss}`);
  expect(qualityQueries.length).toBeGreaterThanOrEqual(30);
  expect(top1, misses.join("\n")).toBeGreaterThanOrEqual(minimumTop1);
});
