import { readFileSync } from "node:fs";
import { relative } from "node:path";
import { expect, test } from "@playwright/test";
import { inlineScriptAttributes, validateHtml } from "../support/html-checks";
import { listFiles, siteDist } from "../support/site";

// Checks of the built files themselves (no browser): every HTML file in the build is valid
// HTML and carries no inline script that the Content-Security-Policy would have to allow.
//
// Validator: the Nu HTML Checker (vnu-jar), not html-validate. "Valid" here means conforming to
// the HTML standard, and the Nu checker is the W3C's reference implementation of it (content
// models, attribute values, duplicate ids, ARIA in HTML), where html-validate is a configurable
// linter whose rules approximate it. Java comes from Debian (default-jre-headless, installed by
// .ci/run), so vnu-jar's only install script, which downloads a JRE when there is no java, is
// denied in package.json allowScripts.

const htmlFiles = listFiles(siteDist, [".html"]).filter(
  (f) => !relative(siteDist, f).startsWith("pagefind"),
);

// One Java process per batch of files: starting the checker costs seconds, so one per file
// would be slow, and one for the whole site would make a test whose work grows with the site.
const batchSize = 30;
const batches = Array.from({ length: Math.ceil(htmlFiles.length / batchSize) }, (_, i) =>
  htmlFiles.slice(i * batchSize, (i + 1) * batchSize),
);

test("the build has HTML files to validate", () => {
  expect(htmlFiles.length).toBeGreaterThan(5);
});

for (const batch of batches) {
  const first = relative(siteDist, batch[0]!);
  const last = relative(siteDist, batch.at(-1)!);
  test(`valid HTML (Nu HTML Checker): ${first} … ${last}`, async () => {
    test.setTimeout(120_000);
    expect(await validateHtml(batch)).toEqual([]);
  });
}

test("no built file has inline event handlers or javascript: URLs", () => {
  const found = htmlFiles.flatMap((file) =>
    inlineScriptAttributes(readFileSync(file, "utf8")).map(
      (a) => `${relative(siteDist, file)}: ${a}`,
    ),
  );
  expect(found).toEqual([]);
});

// The checks' own failing cases (invalid HTML, inline handlers) are in
// tests/unit/support/html-checks.test.ts.
