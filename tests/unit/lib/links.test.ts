import { describe, expect, test } from "vitest";
import { findBrokenLinks, scanBuilt } from "@/lib/links";

const origin = "http://localhost:4321";
const pages = [
  scanBuilt(
    "/",
    '<a href="/a/">A</a><a href="/a/#part">part</a><a href="https://example.org/x">ext</a>',
  ),
  scanBuilt("/a/", '<h2 id="part">Part</h2><a href="../">home</a><a href="#nowhere">x</a>'),
  scanBuilt("/rss.xml", "<link>http://localhost:4321/gone/</link>"),
];

describe("findBrokenLinks", () => {
  test("reports missing pages and fragments, ignores other origins", () => {
    expect(findBrokenLinks(pages, pages, origin)).toEqual([
      { from: "/a/", link: "#nowhere", problem: 'no element with id "nowhere"' },
      { from: "/rss.xml", link: "http://localhost:4321/gone/", problem: "no such page" },
    ]);
  });

  test("links under an unbuilt prefix are not checked", () => {
    expect(findBrokenLinks(pages, pages, origin, ["/gone/"])).toEqual([
      { from: "/a/", link: "#nowhere", problem: 'no element with id "nowhere"' },
    ]);
  });

  test("a clean set of pages has no broken link", () => {
    expect(
      findBrokenLinks(
        pages.slice(0, 1),
        pages.slice(0, 1).concat(scanBuilt("/a/", '<p id="part"></p>')),
        origin,
      ),
    ).toEqual([]);
  });

  test("the same fragment on two pages is looked for on each page", () => {
    const twins = [
      scanBuilt("/a/", '<a href="#x">x</a><a href="/b/#x">b</a>'),
      scanBuilt("/b/", '<h2 id="x">X</h2><a href="#x">x</a><a href="/a/#x">a</a>'),
    ];
    expect(findBrokenLinks(twins, twins, origin)).toEqual([
      { from: "/a/", link: "#x", problem: 'no element with id "x"' },
      { from: "/b/", link: "/a/#x", problem: 'no element with id "x"' },
    ]);
  });
});
