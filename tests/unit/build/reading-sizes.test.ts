import { describe, expect, test } from "vitest";
import { sizeOf } from "@/build/copies/embed";
import { readingSizes } from "@/build/reading-sizes";
import { parseFragment, splitTree } from "@/build/sections";
import { body, cite, drawing, quote, term, timelineEvent } from "./fixtures-rendered";

/** What the parsed tree gives: the sizes readingSizes must match exactly. */
function parsed(html: string) {
  const tree = parseFragment(html);
  return {
    body: sizeOf(tree.children),
    sections: splitTree(tree).sections.map((s) => ({
      id: s.id,
      title: s.title,
      size: sizeOf(s.nodes),
    })),
  };
}

const nested = `<ul><li>One<ul><li>One a</li><li>One b ${cite(2)}</li></ul></li><li>Two</li></ul>`;
const script = `<script type="module">if (a < b && "</p>") x();</script><style>p>a{color:red}</style>`;

describe("readingSizes", () => {
  test.each([
    ["the fixture body", body],
    ["a body with no sections", `<p>Only an introduction. ${cite(1)}</p>\n${quote}`],
    [
      "a heading with a term and a share button",
      `<h2 id="a">The ${term("acd", "ACD")} law</h2><button type="button">Share this section</button><p>Text.</p>`,
    ],
    [
      "an h2 without an id, and nested headings",
      `<h2 id="a">A</h2><p>x</p><h2>Not a section</h2><section><h2 id="b">Inner</h2></section><p>y</p>`,
    ],
    ["nested lists", `<h2 id="a">A</h2>${nested}`],
    ["a drawing and a timeline", `<h2 id="t">Timeline</h2>${drawing}\n${timelineEvent}`],
    [
      "entities and Japanese",
      `<h2 id="x">R&amp;D &lt;law&gt;</h2><p>&quot;能動的&quot; サイバー防御 &#39;ACD&#39; &#x2014; ok</p>`,
    ],
    [
      "a sup that is not a citation",
      `<p>x<sup>2</sup> and <sup><span>a</span><a href="#source-1">[1]</a></sup></p>`,
    ],
    ["scripts and styles", `<h2 id="s">S</h2>${script}<p>After.</p>`],
    [
      "a table",
      `<h2 id="t">T</h2><table class="w"><caption>Parts</caption><thead><tr><th scope="col">A</th></tr></thead>\n<tbody><tr><th scope="row">x</th><td>y ${cite(1)}</td></tr></tbody></table>`,
    ],
    [
      "a description list",
      `<dl><div><dt>No</dt><dd>The duties do not apply.</dd></div><dt>Yes</dt><dd><p>They do.</p></dd></dl>`,
    ],
    ["white space between blocks", `\n\n<p>a  b</p>\n\t<h2 id="w">  W  </h2>\n\n<p> c </p>\n`],
    [
      "comments, void elements and self-closed drawing parts",
      `<p>a<!-- note -->b<br>c<img src="x.png" alt=""></p><svg viewBox="0 0 1 1"><path d="M0 0"/><g/></svg><p>d</p>`,
    ],
  ])("gives what the parsed tree gives: %s", (_, html) => {
    expect(readingSizes(html)).toEqual(parsed(html));
  });

  test.each([
    ["an implied </p>", "<p>One<p>Two</p>"],
    ["an implied </li>", "<ul><li>One<li>Two</li></ul>"],
    ["text moved out of a table", "<table><tr>x<td>y</td></tr></table>"],
    ["a cell outside a row", "<table><td>y</td></table>"],
    ["an implied </dd>", "<dl><dt>a<dd>b</dd></dl>"],
    ["an entity it does not know", "<p>a&nbsp;b</p>"],
    ["a stray end tag", "<p>a</span></p>"],
    ["an unclosed element", "<div><p>a</p>"],
    ["a C1 character reference", "<p>&#150;</p>"],
    ["an element that ends a drawing", "<svg><span>x</span></svg><p>y</p>"],
    ["a comment ended by --!>", "<p>a</p><!-- x --!> <p>b</p> -->"],
    ["a start tag cut off at the end", "<p>a</p><p"],
    ["an end tag with nothing to close", "<h3>x</h2><p>y</p></h3>"],
  ])("leaves to a parser %s", (_, html) => {
    expect(readingSizes(html)).toBeUndefined();
  });
});
