import { expect, test, type Page } from "@playwright/test";

// Issue 14's failure classes on /search/, apart from search.spec.ts (the page, the dialog, no-JS)
// to keep each spec under 400 lines.

const searchbox = (page: Page) => page.getByRole("searchbox", { name: "Search the site" });
const results = (page: Page) => page.getByRole("list", { name: "Search results" });

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

  test("a word Pagefind finds only inside other words does not hide the name beside it", async ({
    page,
  }) => {
    await page.goto("/search/");
    // No page says "pays"; Pagefind finds its stem in other words, on pages without the name.
    const first = await firstFor(page, "who pays for the oversight commission");
    await expect(first).toHaveAttribute("href", /oversight-commission/);
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

test("the Diet's two houses lead to its entry but are not listed as other names for it", async ({
  page,
  request,
}) => {
  await page.goto("/glossary/");
  const also = page.getByRole("region", { name: "Diet" }).getByText(/^Also called:/);
  await expect(also).toHaveText("Also called: National Diet, Japanese parliament");
  const vocabulary = (await (await request.get("/search-vocabulary.json")).json()) as {
    entries: { url: string; keys: string[] }[];
  };
  const diet = vocabulary.entries.find((e) => e.url === "/glossary/#diet");
  expect(diet?.keys).toEqual(expect.arrayContaining(["house of councillors", "upper house"]));
});
