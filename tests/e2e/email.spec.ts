import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import { caniemail, formatIssue } from "caniemail";
import { checkEmailHtml } from "../../src/build/copies/email-check";
import { builtFiles, distDir } from "../support/embeds";

/** The mail clients the newsletter files must work in (caniemail's names). */
const clients = ["gmail.*", "outlook.windows", "outlook.outlook-com", "apple-mail.*"] as const;

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
  test(`email/${file}: no caniemail errors for Gmail, Outlook and Apple Mail; the site's own rules`, () => {
    const html = read(file);
    const result = caniemail({ clients: [...clients], html });
    const errors = [...result.issues.errors].flatMap(([client, issues]) =>
      issues.map((issue) => formatIssue({ client, issue, issueType: "error" }).message),
    );
    expect(errors).toEqual([]);
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
