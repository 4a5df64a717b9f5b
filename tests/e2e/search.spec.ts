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

/** The first result's link on /search/ for `query`, once its results are on screen. */
async function firstFor(page: Page, query: string) {
  await searchbox(page).fill(query);
  await expect(page.getByRole("status")).toContainText(`“${query}”`);
  return results(page).getByRole("link").first();
}

// Each failure class of issue 14, as readers met it.
test.describe("search that understands readers", () => {
  test("a question finds the section that answers it: question words need not match", async ({
    page,
  }) => {
    await page.goto("/search/");
    const first = await firstFor(page, "what does the watchdog do");
    await expect(first).toHaveAttribute(
      "href",
      /^\/privacy-safeguards\/\?highlight=watchdog#who-checks-and-what-happens-if-data-is-misused$/,
    );
  });

  test("a term inside a longer query is bridged: “what does the NCO do” finds the NCO", async ({
    page,
  }) => {
    await page.goto("/search/");
    const first = await firstFor(page, "what does the NCO do");
    await expect(first).toHaveAttribute("href", "/glossary/#national-cybersecurity-office");
  });

  test("a query no page holds whole falls back to the pages that hold most of it", async ({
    page,
  }) => {
    await page.goto("/search/");
    // Every word is on the site, no page holds all three: a section about Nagoya's port comes
    // first (why-now's attacks, or the attack's own entry on the timeline).
    await expect(await firstFor(page, "Nagoya port Leveson")).toHaveAttribute(
      "href",
      /^\/(why-now\/\?[^#]*#the-attacks-and-the-steps-that-followed|timeline\/\?[^#]*#event-2023-07-04-nagoya-port-ransomware)$/,
    );
    // "unicorns" is on no page (and an English word, so not corrected); the rest of the query is.
    const first = await firstFor(page, "commission approve neutralization unicorns");
    await expect(first).toHaveAttribute("href", /#/);
    // Found as typed: not by "correcting" the word that is on no page into one that is.
    await expect(page.getByRole("status")).not.toContainText("no match for");
  });

  for (const [query, href] of [
    ["防衛省", /^\/strategy\/\?[^#]*#the-three-pillars-of-the-2025-strategy$/],
    ["国会", /^\/glossary\/#diet$/],
    ["jieitai", /^\/glossary\/#self-defense-forces$/],
    ["kokka saibā tōkatsushitsu", /^\/glossary\/#national-cybersecurity-office$/],
    ["kokka saiba toukatsushitsu", /^\/glossary\/#national-cybersecurity-office$/],
  ] as const)
    test(`Japanese names and romanised readings are found: ${query}`, async ({ page }) => {
      await page.goto("/search/");
      await expect(await firstFor(page, query)).toHaveAttribute("href", href);
    });

  test("a romanised word is not matched by accident (“no” is not “No.”)", async ({ page }) => {
    await page.goto("/search/");
    await expect(await firstFor(page, "tsushin no himitsu")).toHaveAttribute(
      "href",
      "/glossary/#secrecy-of-communication",
    );
  });

  test("a real English word is not “corrected” into a site word", async ({ page }) => {
    await page.goto("/search/");
    for (const word of ["hacking", "weather", "chords"]) {
      await searchbox(page).fill(word);
      await expect(page.getByRole("status")).toContainText(`“${word}”`);
      await expect(page.getByRole("status")).not.toContainText("no match for");
    }
  });

  test("stemming does not make “police” and “policy” one word", async ({ page }) => {
    await page.goto("/search/");
    await firstFor(page, "police");
    const marked = await results(page)
      .locator("mark")
      .evaluateAll((marks) => marks.map((m) => m.textContent?.toLowerCase() ?? ""));
    expect(marked.length).toBeGreaterThan(0);
    expect(marked.filter((m) => m.startsWith("polic") && !m.startsWith("police"))).toEqual([]);
  });

  test("the linked section and its excerpt agree, and Japanese shows no index tokens", async ({
    page,
  }) => {
    await page.goto("/search/");
    await firstFor(page, "能動的サイバー防御");
    const items = results(page).getByRole("listitem");
    const texts = await items.evaluateAll((lis) => lis.map((li) => li.textContent ?? ""));
    // The parts of 能動的サイバー防御 are indexed, never shown.
    for (const text of texts) expect(text).not.toMatch(/能動的サイバー防御\s+(サイバー|能動)|⟦|⟧/);
    // A result naming a section shows an excerpt from that section: its heading's words.
    const section = items.filter({ hasText: "Section: What active cyber defense means" });
    await expect(section.first()).toContainText("acting early");
  });

  test("the section is chosen by the meaningful words, not by “the”", async ({ page }) => {
    await page.goto("/search/");
    const first = await firstFor(page, "the three pillars of the 2025 strategy");
    await expect(first).toHaveAttribute("href", /#the-three-pillars-of-the-2025-strategy$/);
    // "the" is in every section; "watchdog" only in the one about the oversight commission (and in
    // the page's In short summary, which restates the page and is not the section to link to).
    await expect(await firstFor(page, "the watchdog")).toHaveAttribute(
      "href",
      /^\/privacy-safeguards\/\?[^#]*#who-checks-and-what-happens-if-data-is-misused$/,
    );
  });

  test("a date leads to the event of that date, not to a list that restates the events", async ({
    page,
  }) => {
    await page.goto("/search/");
    // The history page's list of steps restated every event; the date's own event comes first.
    await expect(await firstFor(page, "January 2015")).toHaveAttribute(
      "href",
      /^\/timeline\/\?[^#]*#event-2015-01-09-nisc-launched$/,
    );
    // "4" is not "42", and the date's words apart are not the date.
    await expect(await firstFor(page, "July 4, 2023")).toHaveAttribute(
      "href",
      /#(event-2023-07-04-nagoya-port-ransomware|the-ransomware-that-changed-the-lists|the-attacks-and-the-steps-that-followed)$/,
    );
  });

  test("a legal reference is found as the pages write it, not by its number alone", async ({
    page,
  }) => {
    await page.goto("/search/");
    // Article 2(3) defines the operators the duties bind; Article 12 and "2014" are not Article 2.
    await expect(await firstFor(page, "Article 2")).toHaveAttribute(
      "href",
      /^\/company-duties\/\?[^#]*#three-lists-with-one-english-name$/,
    );
    // An act's number names its glossary entry, as its name does, and pins it first.
    await expect(await firstFor(page, "Act No. 42")).toHaveAttribute(
      "href",
      "/glossary/#cyber-response-capability-enhancement-act",
    );
    // The pages write "Acts No. 42 and No. 43".
    await expect(await firstFor(page, "Act 43")).toHaveAttribute(
      "href",
      /^\/glossary\/(\?[^#]*)?#companion-act$/,
    );
  });

  test("a diagram that restates its page does not decide which section a result links to", async ({
    page,
  }) => {
    await page.goto("/search/");
    // The who-decides chain and the active cyber defense diagram name every actor; the sections
    // that explain the police's role are where 警察庁 (the National Police Agency) leads.
    await expect(await firstFor(page, "警察庁")).toHaveAttribute(
      "href",
      /#(the-police-come-first|what-police-and-the-sdf-may-do-and-who-approves)$/,
    );
  });

  test("a filter resets on a new query and lives in the address", async ({ page }) => {
    await page.goto("/search/?q=2021");
    const filters = page.getByRole("group", { name: "Show only" });
    await filters.getByRole("button", { name: /^Timeline events/ }).click();
    await expect(page).toHaveURL(/[?&]kind=timeline/);
    await searchbox(page).fill("NISC");
    await expect(page.getByRole("status")).toHaveText(/^\d+ results? for “NISC”\.$/);
    await expect(page).not.toHaveURL(/kind=/);
    await page.goto("/search/?q=2021&kind=timeline");
    await expect(page.getByRole("status")).toContainText("(timeline events) for “2021”");
  });

  test("arrow keys move through the results; the filters are one Tab stop", async ({ page }) => {
    await page.goto("/search/?q=2021");
    await expect(page.getByRole("status")).toContainText("for “2021”");
    const links = results(page).getByRole("link");
    await searchbox(page).focus();
    await page.keyboard.press("ArrowDown");
    await expect(links.nth(0)).toBeFocused();
    await page.keyboard.press("ArrowDown");
    await expect(links.nth(1)).toBeFocused();
    await page.keyboard.press("ArrowUp");
    await page.keyboard.press("ArrowUp");
    await expect(searchbox(page)).toBeFocused();
    const filters = page.getByRole("group", { name: "Show only" });
    await filters.getByRole("button", { name: "All" }).focus();
    await page.keyboard.press("Tab");
    await expect(filters.locator(":focus")).toHaveCount(0);
    await filters.getByRole("button", { name: "All" }).focus();
    await page.keyboard.press("ArrowRight");
    await expect(filters.getByRole("button").nth(1)).toBeFocused();
  });

  test("invisible characters are removed and a very long query is cut short", async ({ page }) => {
    await page.goto("/search/");
    await searchbox(page).fill("NI\u200BSC");
    await expect(page.getByRole("status")).toContainText("for “NISC”");
    await expect(results(page).getByRole("link").first()).toHaveAttribute(
      "href",
      "/glossary/#nisc",
    );
    const started = Date.now();
    await searchbox(page).fill("cyber ".repeat(5000));
    await expect(page.getByRole("status")).toContainText("results for");
    expect(Date.now() - started).toBeLessThan(5_000);
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
