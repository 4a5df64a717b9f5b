import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { siteDist } from "../support/site";
import { prunedAway, restyledByWhole } from "../support/styles";

const searchbox = (page: Page) => page.getByRole("searchbox", { name: "Search the site" });
const results = (page: Page) => page.getByRole("list", { name: "Search results" });

test.describe("the search page", () => {
  test("searches the real index as the reader types, with a count for screen readers", async ({
    page,
  }) => {
    await page.goto("/search/");
    await searchbox(page).fill("strategy");
    await expect(page.getByRole("status")).toHaveText(/^\d+ results? for “strategy”\.$/);
    const hrefs = await results(page)
      .getByRole("link")
      .evaluateAll((links) => links.map((a) => a.getAttribute("href")));
    expect(hrefs.some((h) => h?.startsWith("/strategy/"))).toBe(true);
  });

  test("a shared link /search/?q=ACD lists the active cyber defense explainer first", async ({
    page,
  }) => {
    await page.goto("/search/?q=ACD");
    await expect(searchbox(page)).toHaveValue("ACD");
    await expect(page.getByRole("status")).toContainText("for “ACD”");
    await expect(results(page).getByRole("link").first()).toHaveAttribute(
      "href",
      "/active-cyber-defense/",
    );
  });

  test("the first screen loads the text of six pages at most; More results loads more", async ({
    page,
  }) => {
    const texts = new Set<string>();
    page.on("requestfinished", (r) => {
      if (r.url().includes("/pagefind/fragment/")) texts.add(r.url());
    });
    await page.goto("/search/?q=cabinet");
    await expect(page.getByRole("status")).toContainText("for “cabinet”");
    await page.waitForLoadState("networkidle");
    const first = await results(page).getByRole("listitem").count();
    expect(texts.size).toBeLessThanOrEqual(6);
    const more = page.getByRole("button", { name: "More results" });
    await more.click();
    await expect(results(page).getByRole("listitem")).not.toHaveCount(first);
    expect(await results(page).getByRole("listitem").count()).toBeGreaterThan(first);
    expect(texts.size).toBeGreaterThan(6);
    // Focus lands on the first result that was not there before, and the button is gone.
    await expect(results(page).getByRole("listitem").nth(first).getByRole("link")).toBeFocused();
    await expect(more).toBeHidden();
  });

  test("words typed half-way do not load the typo words; a typo does, once the reader pauses", async ({
    page,
  }) => {
    const typos: string[] = [];
    page.on("request", (r) => {
      if (r.url().includes("search-typos.json")) typos.push(r.url());
    });
    await page.goto("/search/");
    await searchbox(page).pressSequentially("secrecy of communication", { delay: 30 });
    await expect(page.getByRole("status")).toContainText("for “secrecy of communication”");
    await page.waitForLoadState("networkidle");
    expect(typos).toEqual([]);
    await searchbox(page).fill("privasy");
    await expect(page.getByRole("status")).toContainText("for “privacy” (no match for “privasy”)");
    expect(typos).toHaveLength(1);
  });

  test("a prefix of three letters that names nothing waits for the reader to pause", async ({
    page,
  }) => {
    await page.goto("/search/");
    await searchbox(page).fill("cabinet");
    await expect(page.getByRole("status")).toContainText("for “cabinet”");
    await page.waitForLoadState("networkidle");
    const texts: string[] = [];
    page.on("request", (r) => {
      if (r.url().includes("/pagefind/fragment/")) texts.push(r.url());
    });
    // On the way to "privacy": no page's text loads while the reader may still be typing…
    await searchbox(page).fill("pri");
    await page.waitForTimeout(150);
    expect(texts).toEqual([]);
    await expect(page.getByRole("status")).toContainText("for “cabinet”");
    // …and once they pause, "pri" is searched.
    await expect(page.getByRole("status")).toContainText("for “pri”");
  });

  test("results point at the section that matched and highlight the words there", async ({
    page,
  }) => {
    await page.goto("/search/?q=Shiokawa");
    const first = results(page).getByRole("link").first();
    await expect(first).toHaveAttribute(
      "href",
      /^\/privacy-safeguards\/\?highlight=shiokawa#[a-z-]+$/,
    );
    await first.click();
    await expect(page.locator("mark", { hasText: /Shiokawa/i }).first()).toBeVisible();
  });

  test("glossary terms and timeline events are results of their own, and kinds can be filtered", async ({
    page,
  }) => {
    await page.goto("/search/?q=2021");
    await expect(page.getByRole("status")).toContainText("for “2021”");
    const filters = page.getByRole("group", { name: "Show only" });
    await filters.getByRole("button", { name: /^Timeline events \(\d+\)$/ }).click();
    await expect(page.getByRole("status")).toContainText("(timeline events) for “2021”");
    const first = results(page).getByRole("link").first();
    await expect(first).toHaveAttribute("href", /^\/timeline\/(\?[^#]*)?#event-2021-/);
    await expect(filters.getByRole("button", { name: /^Timeline events/ })).toHaveAttribute(
      "aria-pressed",
      "true",
    );
  });

  test("a query with no match suggests the nearest glossary terms and the A–Z list", async ({
    page,
  }) => {
    await page.goto("/search/?q=NCIS");
    await expect(page.getByRole("status")).toHaveText("No results for “NCIS”.");
    await expect(page.getByText("Did you mean")).toBeVisible();
    const results = page.getByRole("region", { name: "Results" });
    await expect(results.getByRole("link", { name: "NISC", exact: true })).toHaveAttribute(
      "href",
      "/glossary/#nisc",
    );
    await expect(
      page.getByRole("link", { name: "the A–Z list of everything on this site" }),
    ).toBeVisible();
  });

  test("a misspelt name is corrected from the site's own words", async ({ page }) => {
    await page.goto("/search/?q=Kihra");
    await expect(page.getByRole("status")).toContainText("for “kihara” (no match for “Kihra”)");
  });
});

test.describe("the search dialog", () => {
  test("opens from the header button, searches by keyboard alone and closes with Escape", async ({
    page,
  }) => {
    await page.goto("/history/");
    const trigger = page.getByRole("banner").getByRole("link", { name: "Search" });
    await trigger.click();
    const dialog = page.getByRole("dialog", { name: "Search" });
    await expect(dialog).toBeVisible();
    await expect(searchbox(page)).toBeFocused();
    await page.keyboard.type("NISC");
    await expect(dialog.getByRole("status")).toContainText("for “NISC”");
    const first = dialog.getByRole("list", { name: "Search results" }).getByRole("link").first();
    await expect(first).toHaveAttribute("href", "/glossary/#nisc");
    // Tab reaches the first result after one stop for the kind filters, without leaving the dialog.
    await page.keyboard.press("Tab");
    await expect(dialog.getByRole("group", { name: "Show only" }).locator(":focus")).toHaveCount(1);
    await page.keyboard.press("Tab");
    await expect(first).toBeFocused();
    await page.keyboard.press("Escape");
    await expect(dialog).toBeHidden();
    await expect(trigger).toBeFocused();
  });

  for (const [name, keys] of [
    ["/", "/"],
    ["Ctrl+K", "Control+k"],
  ] as const) {
    test(`opens with ${name}`, async ({ page }) => {
      await page.goto("/strategy/");
      await page.keyboard.press(keys);
      await expect(page.getByRole("dialog", { name: "Search" })).toBeVisible();
      await expect(searchbox(page)).toBeFocused();
    });
  }

  test("an article page loads no Pagefind byte until the reader opens search", async ({ page }) => {
    const pagefindRequests: string[] = [];
    page.on("request", (r) => {
      if (r.url().includes("/pagefind/") || r.url().includes("search-vocabulary"))
        pagefindRequests.push(r.url());
    });
    await page.goto("/active-cyber-defense/");
    await page.waitForLoadState("networkidle");
    expect(pagefindRequests).toEqual([]);
    await page.getByRole("banner").getByRole("link", { name: "Search" }).click();
    await searchbox(page).fill("ACD");
    await expect(page.getByRole("dialog").getByRole("status")).toContainText("for “ACD”");
    expect(pagefindRequests.some((u) => u.endsWith("/pagefind/pagefind.js"))).toBe(true);
  });

  for (const colorScheme of ["light", "dark"] as const) {
    test(`the dialog's own stylesheet styles it and its results as the whole one would (${colorScheme})`, async ({
      page,
    }) => {
      await page.emulateMedia({ colorScheme });
      const sheets: string[] = [];
      page.on("request", (r) => {
        if (r.resourceType() === "stylesheet") sheets.push(new URL(r.url()).pathname);
      });
      await page.goto("/privacy-safeguards/");
      await page.keyboard.press("/");
      await page.keyboard.type("NCO");
      const dialog = page.getByRole("dialog");
      await expect(dialog.getByRole("status")).toContainText("for “NCO”");
      const html = page.locator("html");
      const own = await html.getAttribute("data-search-styles");
      const whole = await html.getAttribute("data-styles");
      expect(sheets).toEqual([own]);
      // The page behind the dialog is styled as the whole stylesheet would style it…
      expect((await prunedAway(page, whole!)).slice(0, 5)).toEqual([]);
      await searchbox(page).fill("zzxqv");
      await expect(dialog.getByRole("status")).toContainText("No results");
      expect((await prunedAway(page, whole!)).slice(0, 5)).toEqual([]);
      await searchbox(page).fill("NCO");
      await expect(dialog.getByRole("status")).toContainText("for “NCO”");
      // …and the dialog and its results as the whole stylesheet alone styled them.
      expect((await restyledByWhole(page, own!, whole!)).slice(0, 5)).toEqual([]);
    });
  }

  test("keys typed at once after “/”, while the dialog loads, all reach the search box", async ({
    page,
  }) => {
    await page.goto("/why-now/");
    await page.keyboard.press("/");
    await page.keyboard.type("NISC");
    await expect(searchbox(page)).toHaveValue("NISC");
    await expect(page.getByRole("dialog").getByRole("status")).toContainText("for “NISC”");
  });

  test("a first search fetches only the parts of the word index its words fall in", async ({
    page,
  }) => {
    const indexDir = join(siteDist, "pagefind", "index");
    const files = readdirSync(indexDir).filter((f) => f.endsWith(".pf_index"));
    const whole = files.reduce((sum, f) => sum + statSync(join(indexDir, f)).size, 0);
    const fetched = new Set<string>();
    page.on("request", (r) => {
      if (r.url().endsWith(".pf_index")) fetched.add(r.url().split("/").pop() ?? "");
    });
    await page.goto("/strategy/");
    await page.keyboard.press("/");
    await page.keyboard.type("ACD", { delay: 30 });
    await expect(page.getByRole("dialog").getByRole("status")).toContainText("for “ACD”");
    await page.waitForLoadState("networkidle");
    // "ACD" is searched as itself and its spelled-out names (active, cyber, defense, proactive…).
    const bytes = [...fetched].reduce((sum, f) => sum + statSync(join(indexDir, f)).size, 0);
    expect(files.length).toBeGreaterThan(4);
    expect(bytes).toBeLessThan(whole / 2);
  });

  test("Pagefind's WASM arrives as brotli, and search still finds", async ({ page }) => {
    const encodings = new Map<string, string | undefined>();
    page.on("response", async (r) => {
      if (r.url().endsWith(".pagefind"))
        encodings.set(r.url(), (await r.allHeaders())["content-encoding"]);
    });
    await page.goto("/strategy/");
    await page.keyboard.press("/");
    await page.keyboard.type("neutralization", { delay: 30 });
    const dialog = page.getByRole("dialog");
    await expect(dialog.getByRole("status")).toContainText("for “neutralization”");
    await expect(
      dialog.getByRole("list", { name: "Search results" }).getByRole("link").first(),
    ).toBeVisible();
    await page.waitForLoadState("networkidle");
    // The browser decodes them; Pagefind sees its files already decompressed (its signature).
    expect([...encodings.keys()].some((url) => url.includes("/wasm."))).toBe(true);
    expect([...encodings.values()]).not.toContain(undefined);
    expect(new Set(encodings.values())).toEqual(new Set(["br"]));
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  test("the search page lists everything A–Z and its form is a plain GET", async ({ page }) => {
    await page.goto("/search/?q=ACD");
    const az = page.getByRole("region", { name: "Everything on this site, A–Z" });
    await expect(
      az.getByRole("link", { name: "Active cyber defense", exact: true }).first(),
    ).toBeVisible();
    expect(await az.getByRole("listitem").count()).toBeGreaterThan(30);
    await expect(
      page
        .getByRole("search")
        .locator("form, [method]")
        .or(page.locator("form[method=get]"))
        .first(),
    ).toBeAttached();
  });
});
