import { expect, test, type BrowserContext, type Page } from "@playwright/test";
import { openBrokenPage } from "../support/broken";
import { useThePage } from "../support/interact";
import { sitePages } from "../support/site";

// Privacy: every request a page makes (its own, its scripts', the search worker's) goes to the
// site's own origin; no cookie is set; nothing is stored but the reader's theme choice.

/** Starts recording every URL the browser asks for (pages, scripts, workers, images). */
function recordRequests(context: BrowserContext): string[] {
  const urls: string[] = [];
  context.on("request", (request) => urls.push(request.url()));
  return urls;
}

/** Everything that breaks the privacy promise on the page as it is now. */
async function privacyProblems(
  page: Page,
  context: BrowserContext,
  requested: string[],
): Promise<string[]> {
  const origin = new URL(page.url()).origin;
  const offsite = requested.filter(
    (url) => !url.startsWith(`${origin}/`) && !/^(data|blob|about):/.test(url),
  );
  const stored = await page.evaluate(async () => ({
    local: Object.keys(localStorage).filter((key) => key !== "theme"),
    session: Object.keys(sessionStorage),
    indexedDb: (await indexedDB.databases()).map((db) => db.name ?? "?"),
    caches: await caches.keys(),
    workers: (await navigator.serviceWorker.getRegistrations()).map((r) => r.scope),
    cookie: document.cookie ? [document.cookie] : [],
  }));
  return [
    ...offsite.map((url) => `request to another origin: ${url}`),
    ...(await context.cookies()).map((c) => `cookie ${c.name} on ${c.domain}`),
    ...Object.entries(stored).flatMap(([where, keys]) => keys.map((k) => `${where}: ${k}`)),
  ];
}

for (const path of sitePages()) {
  test(`${path} talks only to its own origin and stores only the theme`, async ({
    page,
    context,
  }) => {
    const requested = recordRequests(context);
    await page.goto(path);
    await useThePage(page);
    expect(await privacyProblems(page, context, requested)).toEqual([]);
  });
}

test("the privacy check reports third-party requests, cookies and storage", async ({
  page,
  context,
}) => {
  // Proof that the check can fail: a page with a tracking pixel that sets cookies and storage.
  const requested = recordRequests(context);
  await page.route("http://tracker.example/**", (route) => route.fulfill({ status: 204 }));
  await openBrokenPage(
    page,
    '<!doctype html><html lang="en"><title>Tracked</title><img alt="" src="http://tracker.example/p.gif">' +
      "<script>localStorage.setItem('visits','1');sessionStorage.setItem('s','1')</script>",
    { "set-cookie": "visitor=1; Path=/" },
  );
  await page.waitForLoadState("networkidle");
  const problems = await privacyProblems(page, context, requested);
  expect(problems).toEqual(
    expect.arrayContaining([
      "request to another origin: http://tracker.example/p.gif",
      "cookie visitor on 127.0.0.1",
      "local: visits",
      "session: s",
    ]),
  );
});
