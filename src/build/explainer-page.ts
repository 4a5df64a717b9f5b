import type { Source } from "../schemas/source";
import type { Root } from "hast";
import { embedHeight, estimateHeight, sizeOf } from "./copies/embed";
import { inShortCard, parseFragment, splitTree } from "./sections";

interface Ordered {
  id: string;
  data: {
    title: string;
    description: string;
    sources: { id: string }[];
    related: { id: string }[];
  };
}

/** Splits a page's sources into those cited in the text (in citation order) and the rest. */
export function splitSources(
  citations: string[],
  frontmatterSources: string[],
  all: Map<string, Source>,
): { cited: Source[]; further: Source[] } {
  const pick = (id: string) => all.get(id);
  const cited = citations.map(pick).filter((s): s is Source => Boolean(s));
  const further = frontmatterSources
    .filter((id) => !citations.includes(id))
    .map(pick)
    .filter((s): s is Source => Boolean(s));
  return { cited, further };
}

/** The previous, next and related explainers of the one at `index` in reading order. */
export function neighbours(list: Ordered[], index: number) {
  const link = (e: Ordered | undefined) =>
    e ? { slug: e.id, title: e.data.title, description: e.data.description } : undefined;
  const current = list[index];
  const related = (current?.data.related ?? [])
    .map((r) => link(list.find((e) => e.id === r.id)))
    .filter((l): l is NonNullable<typeof l> => Boolean(l));
  return { prev: link(list[index - 1]), next: link(list[index + 1]), related };
}

/** One entry of the share panel: an anchor on the page, its heading, its embed's starting height. */
export interface PanelCard {
  id: string;
  title: string;
  height: number;
}

/**
 * The share panel's cards — In short, then each `##` section of the rendered body — and the
 * starting height of the whole explainer's embed. The page and its copies (embeds, oEmbed)
 * both measure their own HTML with this, so every embed code gives the same heights.
 */
export function panelCards(
  summary: string[],
  body: string | Root,
): { height: number; cards: PanelCard[] } {
  const tree = typeof body === "string" ? parseFragment(body) : body;
  const inShort = inShortCard(summary);
  return {
    height: embedHeight(sizeOf(tree.children)),
    cards: [
      { id: inShort.id, title: inShort.title, height: estimateHeight(inShort.html) },
      ...splitTree(tree).sections.map((s) => ({
        id: s.id,
        title: s.title,
        height: embedHeight(sizeOf(s.nodes)),
      })),
    ],
  };
}
