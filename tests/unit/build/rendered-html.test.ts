import type { Root, RootContent } from "hast";
import { describe, expect, test } from "vitest";
import { panelCards } from "@/build/explainer-page";
import { parseRendered } from "@/build/rendered-html";
import { parseFragment } from "@/build/sections";
import { body, drawing, quote, term, timelineEvent } from "./fixtures-rendered";

/** What measuring reads of a tree: elements, the attributes it looks at, text and comments. */
function shape(node: Root | RootContent): unknown {
  if (node.type === "text" || node.type === "comment") return [node.type, node.value];
  if (node.type === "element") {
    const { id, href, popover } = node.properties;
    const props = Object.entries({ id, href, popover }).filter(([, v]) => v !== undefined);
    return [node.tagName, props.map(([k, v]) => [k, String(v)]), node.children.map(shape)];
  }
  if (node.type === "root") return node.children.map(shape);
  return node.type;
}

const table = `<table class="w-full"><thead><tr><th scope="col">Country</th><th>Law</th></tr></thead>\n<tbody><tr><td>Japan</td><td>2025 &amp; after</td></tr></tbody></table>`;
const terms = `<dl class="mt-4"><dt class="font-semibold">ACD</dt><dd>Active cyber defense&nbsp;(能動的サイバー防御)</dd><dt>NISC</dt><dd>A centre &#8212; now gone.</dd></dl>`;

describe("parseRendered", () => {
  test.each([
    ["an explainer body", body],
    ["a quotation", quote],
    ["a term with its definition", `<p>The ${term("acd", "ACD")} began.</p>`],
    ["a drawing", drawing],
    ["a timeline", timelineEvent],
    ["a table", table],
    ["a definition list", terms],
    ["comments and scripts", `<!-- a note --><p>Text</p><script>if (a < b) x = "</p>";</script>`],
  ])("reads %s as the full parser does", (_, html) => {
    const quick = parseRendered(html);
    expect(quick).toBeDefined();
    expect(shape(quick!)).toEqual(shape(parseFragment(html)));
  });

  test("gives the explainer's cards what the full parser gives them", () => {
    const summary = ["One point.", "Another point."];
    const full = panelCards(summary, parseFragment(body + table + terms));
    expect(panelCards(summary, body + table + terms)).toEqual(full);
  });

  test.each([
    ["a block inside a paragraph", "<p>Text <div>block</div></p>"],
    ["an element left open", "<p>Text <em>open</p>"],
    ["an end tag that closes nothing", "<p>Text</span></p>"],
    ["a row without its table body", "<table><tr><td>x</td></tr></table>"],
    ["text loose in a table", "<table><tbody>x<tr><td>y</td></tr></tbody></table>"],
    ["a reference it does not know", "<p>Fish &chips;</p>"],
    ["a control character by reference", "<p>&#150;</p>"],
    ["a stray less-than sign", "<p>1 < 2</p>"],
    ["a self-closed HTML element", "<p>Text<span/></p>"],
    ["raw text other than scripts", "<textarea><p></textarea>"],
  ])("leaves %s to the full parser", (_, html) => {
    expect(parseRendered(html)).toBeUndefined();
  });
});
