import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { editorSelectors, openEditors } from "../support/editors";
import { explainerSlugs } from "../support/pages";
import { siteDist } from "../support/site";

test.use({ permissions: ["clipboard-read", "clipboard-write"] });

/** One section of each explainer: the first ## section whose paste copy cites a source. */
function sectionOf(slug: string): string {
  const dir = join(siteDist, "paste", slug);
  const files = readdirSync(dir).filter((f) => f.endsWith(".html") && f !== "in-short.html");
  const cited = files.find((f) => readFileSync(join(dir, f), "utf8").includes("[1]"));
  return (cited ?? files[0] ?? "").replace(/\.html$/, "");
}

/** Collects CSP violations and console errors from the moment the page loads. */
async function watchErrors(page: Page): Promise<string[]> {
  const errors: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  page.on("pageerror", (e) => errors.push(e.message));
  await page.exposeFunction("__reportViolation", (v: string) => errors.push(`CSP: ${v}`));
  await page.addInitScript(() =>
    document.addEventListener("securitypolicyviolation", (e) =>
      (window as unknown as { __reportViolation(v: string): void }).__reportViolation(
        `${e.violatedDirective} ${e.sample}`,
      ),
    ),
  );
  return errors;
}

interface Copy {
  title: string;
  headings: string[];
  sources: string[];
  citations: number;
  readLink: string;
}

/** What the clipboard's HTML holds: headings, source titles, citation markers. */
async function clipboardCopy(page: Page): Promise<{ html: string; text: string; copy: Copy }> {
  return page.evaluate(async () => {
    const out: Record<string, string> = {};
    for (const item of await navigator.clipboard.read())
      for (const type of item.types) out[type] = await (await item.getType(type)).text();
    const doc = new DOMParser().parseFromString(out["text/html"] ?? "", "text/html");
    const sourcesHeading = [...doc.querySelectorAll("h2")].find((h) => h.textContent === "Sources");
    const list = sourcesHeading?.nextElementSibling;
    return {
      html: out["text/html"] ?? "",
      text: out["text/plain"] ?? "",
      copy: {
        title: doc.querySelector("h1")?.textContent ?? "",
        headings: [...doc.querySelectorAll("h2")].map((h) => h.textContent ?? ""),
        sources: [...(list?.querySelectorAll("li") ?? [])].map(
          (li) => li.querySelector("a")?.textContent ?? "",
        ),
        citations: (doc.body.textContent?.match(/\[\d+\]/g) ?? []).length,
        readLink:
          [...doc.querySelectorAll("a")].find((a) => /^Read (the full|it on)/.test(a.text))?.href ??
          "",
      },
    };
  });
}

/** The same facts, read from what an editor shows after the paste. */
async function editorCopy(page: Page, selector: string) {
  return page.locator(selector).evaluate((root) => {
    const sourcesHeading = [...root.querySelectorAll("h2")].find(
      (h) => h.textContent?.trim() === "Sources",
    );
    const list = sourcesHeading?.nextElementSibling;
    const text = root.textContent ?? "";
    return {
      title: root.querySelector("h1")?.textContent?.trim() ?? "",
      headings: [...root.querySelectorAll("h2")].map((h) => h.textContent?.trim() ?? ""),
      sources: [...(list?.querySelectorAll("li") ?? [])].map(
        (li) => li.querySelector("a")?.textContent?.trim() ?? "",
      ),
      numbers: (text.match(/\[\d+\]/g) ?? []).map((m) => Number(m.slice(1, -1))),
      tables: root.querySelectorAll("table, td").length,
      links: [...root.querySelectorAll("a")].map((a) => a.href),
    };
  });
}

for (const slug of explainerSlugs) {
  for (const card of ["", sectionOf(slug)]) {
    test(`/${slug}/${card ? `#${card}` : ""}: “Copy for newsletter” pastes into Tiptap, Quill and Lexical`, async ({
      page,
    }) => {
      const errors = await watchErrors(page);
      await page.goto(`/${slug}/`);
      await page.getByText("Share, embed or cite").click();
      if (card) await page.getByLabel("What to share").selectOption(card);
      await page.getByRole("button", { name: "Copy for newsletter" }).click();
      await expect(page.getByRole("status").filter({ hasText: "Copied" })).toHaveText(
        /Copied for your newsletter/,
      );
      const { html, text, copy } = await clipboardCopy(page);
      expect(errors, "no CSP violation or console error when copying").toEqual([]);

      expect(html).not.toMatch(/<table|style=|<sup|class=|value=/);
      expect(copy.sources.length).toBeGreaterThan(0);
      expect(copy.citations).toBeGreaterThan(0);
      expect(copy.headings).toContain("Sources");
      // The plain text stands alone: citations as [n], the sources numbered the same way.
      expect(text).toContain(`[1] ${copy.sources[0]}`);
      expect(text).not.toMatch(/<(p|a|table|sup|h\d)\b/);

      await openEditors(page);
      for (const [name, selector] of Object.entries(editorSelectors)) {
        await test.step(name, async () => {
          await page.locator(selector).click();
          await page.keyboard.press("ControlOrMeta+V");
          await expect(page.locator(selector)).toContainText("Sources");
          const pasted = await editorCopy(page, selector);
          expect(pasted.tables, "no tables").toBe(0);
          expect(pasted.title).toBe(copy.title);
          expect(pasted.headings).toEqual(copy.headings);
          expect(pasted.sources, "the source list, numbered from 1").toEqual(copy.sources);
          expect(pasted.links).toContain(copy.readLink);
          // Every citation survives as "[n]" (never a bare digit) and names an item of the list.
          expect(pasted.numbers.length).toBe(copy.citations);
          for (const n of pasted.numbers) {
            expect(n).toBeGreaterThanOrEqual(1);
            expect(n).toBeLessThanOrEqual(copy.sources.length);
          }
          expect(new Set(pasted.numbers).size).toBe(copy.sources.length);
        });
      }
      expect(errors).toEqual([]);
    });
  }
}
