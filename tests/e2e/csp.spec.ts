import { expect, test, type Page } from "@playwright/test";
import { openBrokenPage } from "../support/broken";
import { useThePage } from "../support/interact";
import { sitePages } from "../support/site";

// The Content-Security-Policy (Astro's meta policy plus the _headers one, both enforced, as
// src/scripts/serve.ts applies _headers like a static host) blocks nothing the site itself does: no
// securitypolicyviolation event and no CSP console message on any page, with search used.

/** Collects CSP violations (events and console messages) and script errors for a page. */
async function watchPolicy(page: Page): Promise<string[]> {
  const found: string[] = [];
  await page.exposeFunction("__reportViolation", (line: string) => found.push(line));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      const report = (window as unknown as { __reportViolation: (s: string) => void })
        .__reportViolation;
      report(
        `${e.effectiveDirective} blocked ${e.blockedURI || "inline"} (${e.sourceFile}:${e.lineNumber})`,
      );
    });
  });
  page.on("console", (message) => {
    if (/Content Security Policy|Content-Security-Policy/i.test(message.text())) {
      found.push(`console: ${message.text()}`);
    }
  });
  page.on("pageerror", (error) => found.push(`script error: ${error.message}`));
  return found;
}

for (const path of sitePages()) {
  test(`${path} breaks no content security policy, with search used`, async ({ page }) => {
    const violations = await watchPolicy(page);
    const fragments: string[] = [];
    page.on("response", (r) => {
      if (r.ok() && r.url().includes("/pagefind/fragment/")) fragments.push(r.url());
    });
    await page.goto(path);
    const usedSearch = await page.getByRole("searchbox").first().isVisible();
    await useThePage(page);
    expect(violations).toEqual([]);
    // Search really ran (its WASM and worker were allowed): result fragments were fetched.
    if (usedSearch) expect(fragments.length, "search results loaded").toBeGreaterThan(0);
  });
}

test("the policy check reports an inline script the policy blocks", async ({ page }) => {
  // Proof that the check can fail: an inline script with no hash under the site's own policy.
  const violations = await watchPolicy(page);
  await openBrokenPage(
    page,
    '<!doctype html><html lang="en"><title>Blocked</title><script>document.title="ran"</script>',
    { "content-security-policy": "script-src 'self'" },
  );
  await expect(page).toHaveTitle("Blocked");
  await expect.poll(() => violations.length).toBeGreaterThan(0);
  expect(violations.join("\n")).toMatch(/script-src-elem blocked inline/);
});
