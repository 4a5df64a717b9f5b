import type { Page } from "@playwright/test";

/**
 * Opens `html` as a page of the site's own origin, at /__broken__/ (answered by the browser,
 * never by the server): the deliberately broken page on which each check proves it can fail.
 */
export async function openBrokenPage(
  page: Page,
  html: string,
  headers: Record<string, string> = {},
): Promise<void> {
  await page.route("**/__broken__/", (route) =>
    route.fulfill({ contentType: "text/html", headers, body: html }),
  );
  await page.goto("/__broken__/");
}
