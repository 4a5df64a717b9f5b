import { describe, expect, test } from "vitest";
import { estimateHeight } from "@/build/copies/embed";
import { panelCards } from "@/build/explainer-page";
import { inShortCard, splitSections } from "@/build/sections";
import { body } from "./fixtures-rendered";

describe("panelCards", () => {
  const summary = ["One point.", "Another point."];
  const panel = panelCards(summary, body);

  test("In short first, then each top-level section, by the ids and titles of the body", () => {
    expect(panel.cards.map((c) => [c.id, c.title])).toEqual([
      ["in-short", "In short"],
      ["first", "First section"],
      ["second", "Second & last"],
    ]);
  });

  test("each height is that of the card's own HTML, as its embed and oEmbed give it", () => {
    const { sections } = splitSections(body);
    expect(panel.cards.map((c) => c.height)).toEqual([
      estimateHeight(inShortCard(summary).html),
      ...sections.map((s) => estimateHeight(s.html)),
    ]);
    expect(panel.height).toBe(estimateHeight(body));
  });

  test("page-only parts (share buttons) do not count towards a height", () => {
    const withButton = body.replace(
      /(<h2 id="first">.*?<\/h2>)/,
      '$1<button type="button" data-share-section>Share this section</button>',
    );
    expect(withButton).not.toBe(body);
    expect(panelCards(summary, withButton)).toEqual(panel);
  });
});
