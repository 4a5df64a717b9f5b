import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { inlineScriptAttributes, validateHtml } from "../../support/html-checks";

/** Validates one page written to a fresh folder. */
async function validatePage(html: string): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), "html-check-"));
  try {
    writeFileSync(join(dir, "index.html"), html);
    return await validateHtml([dir]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe("validateHtml (Nu HTML Checker)", () => {
  test("reports invalid HTML, naming the file, line and fault", async () => {
    const errors = await validatePage(
      '<!doctype html><html lang="en"><head><title>x</title></head><body>\n' +
        '<p id="a">one</p><span id="a"><div>two</div></span></em></body></html>',
    );
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/index\.html:2: Duplicate ID “a”/),
        expect.stringMatching(/Element “div” not allowed as child of element “span”/),
        expect.stringMatching(/Stray end tag “em”/),
      ]),
    );
  });

  test("passes a valid page, and ignores its checker's complaints about modern CSS", async () => {
    const errors = await validatePage(
      '<!doctype html><html lang="en"><head><title>x</title>' +
        "<style>@property --x{syntax:'*';inherits:false}</style></head><body><p>ok</p></body></html>",
    );
    expect(errors).toEqual([]);
  });

  test("lets `blocking` through on a link with rel=expect, which the checker lags on, and no other", async () => {
    const page = (rel: string) =>
      '<!doctype html><html lang="en"><head><title>x</title>' +
      `<link rel="${rel}" href="#main" blocking="render"></head>` +
      '<body><main id="main"><p>ok</p></main></body></html>';
    expect(await validatePage(page("expect"))).toEqual([]);
    expect(await validatePage(page("next"))).toEqual([
      expect.stringMatching(/“blocking” attribute must have a “rel” attribute/),
    ]);
  });
});

describe("inlineScriptAttributes", () => {
  test.each([
    ['<button onclick="go()">Go</button>', ['onclick="go()"']],
    ["<a href='javascript:void(0)'>x</a>", ['href="javascript:void(0)"']],
    ["<svg><rect ONLOAD=x() /></svg>", ['ONLOAD="x()"']],
    ['<p title="click on=me">x</p><script>el.onclick = "<b onclick=1>"</script>', []],
    ['<!-- <a onclick="x"> --><a data-once="1" href="/">x</a>', []],
  ])("reads %s", (html, expected) => {
    expect(inlineScriptAttributes(html)).toEqual(expected);
  });
});
