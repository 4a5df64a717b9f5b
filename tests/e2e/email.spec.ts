import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import { checkEmailHtml } from "../../src/build/copies/email-check";
import { allClients, emailClientErrors } from "../support/caniemail";
import { builtFiles, distDir } from "../support/embeds";

const emails = builtFiles("email", ".html");
const read = (file: string) => readFileSync(join(distDir, "email", file), "utf8");
// The configured site, as the build wrote it: https is required unless it is a local http build.
const siteOrigin = new URL(
  /<link rel="canonical" href="([^"]+)"/.exec(
    readFileSync(join(distDir, "index.html"), "utf8"),
  )?.[1] ?? "http://localhost:4321/",
).origin;

test("every explainer and card has an email file and a plain-text twin", () => {
  expect(emails.length).toBeGreaterThanOrEqual(4 * 4);
  expect(emails).toContain("strategy.html");
  expect(emails).toContain("strategy/in-short.html");
  expect(builtFiles("email", ".txt")).toEqual(emails.map((f) => f.replace(/\.html$/, ".txt")));
});

for (const file of emails) {
  test(`email/${file}: no caniemail errors in any client it knows (but what degrades gracefully); the site's own rules`, () => {
    const html = read(file);
    const { errors, unchecked } = emailClientErrors(html);
    expect(allClients.length).toBeGreaterThanOrEqual(40);
    expect(errors).toEqual([]);
    // caniemail lacks data for a few clients on a feature the file uses; say which.
    for (const client of unchecked)
      test.info().annotations.push({ type: "caniemail: not checked", description: client });
    expect(unchecked.length).toBeLessThanOrEqual(allClients.length / 4);
    expect(checkEmailHtml(html, { siteOrigin })).toEqual([]);
  });
}

test("email files degrade the page's interactive parts", () => {
  const html = read("strategy/what-the-government-said-about-the-2025-strategy.html");
  // Citations become superscript numbers with a numbered source list at the end.
  expect(html).toMatch(/<sup style="[^"]*">\d+(,\d+)*<\/sup>/);
  expect(html).not.toContain("[1]");
  expect(html).toMatch(/<ol [^>]*><li value="\d+"/);
  // Glossary popovers become plain links to the glossary; no buttons, no popover text.
  expect(html).toContain("/glossary/#chief-cabinet-secretary");
  expect(html).not.toMatch(/popover|Definition:/);
  const text = readFileSync(
    join(distDir, "email/strategy/what-the-government-said-about-the-2025-strategy.txt"),
    "utf8",
  );
  expect(text).toContain("> “We aim to realize the highest level of vigilance");
  expect(text).toMatch(/\n\[1\] .+<https:\/\//);
});

for (const scheme of ["light", "dark"] as const) {
  test(`email files are readable in the ${scheme} scheme: every text at 4.5:1 on its background`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: scheme });
    for (const file of ["strategy.html", "strategy/in-short.html"]) {
      await page.setContent(read(file));
      const low = await page.evaluate(() => {
        const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).map(Number);
        const lum = (c: string) => {
          const [r = 0, g = 0, b = 0] = rgb(c).map((v) => {
            const s = v / 255;
            return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
          });
          return 0.2126 * r + 0.7152 * g + 0.0722 * b;
        };
        const background = (el: Element | null): string => {
          for (let e = el; e; e = e.parentElement) {
            const c = getComputedStyle(e).backgroundColor;
            if (rgb(c)[3] !== 0 && c !== "transparent") return c;
          }
          return "rgb(255, 255, 255)";
        };
        const out: string[] = [];
        for (const el of document.body.querySelectorAll("*")) {
          const own = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent?.trim());
          if (!own) continue;
          const fg = getComputedStyle(el).color;
          const bg = background(el);
          const [a, b] = [lum(fg), lum(bg)].sort((x, y) => y - x);
          const ratio = ((a ?? 0) + 0.05) / ((b ?? 0) + 0.05);
          if (ratio < 4.5) out.push(`${el.tagName} ${fg} on ${bg}: ${ratio.toFixed(2)}`);
        }
        return out;
      });
      expect(low, file).toEqual([]);
      const paper = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      expect(paper).toBe(scheme === "dark" ? "rgb(23, 24, 28)" : "rgb(255, 255, 255)");
    }
  });
}
