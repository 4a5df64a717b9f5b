/**
 * An explainer's portable parts (see portable.ts, which computes them in the build) and the
 * routes made of them: one per explainer and per card. Pure, so the post-build step that
 * writes the copies (integrations/copies.ts) can use it outside Astro's module graph.
 */
import { formatDate, isoDate } from "../../lib/dates.ts";
import type { RootContent } from "hast";
import type { EmailDoc, NumberedSource } from "./email";
import type { Card } from "../sections";
import { sharePaths } from "../../lib/share-urls.ts";
import { siteConfig, siteUrl } from "../../site.config.ts";

export interface PortableCard extends Card {
  /** One line for the share image, the embed's description and the oEmbed title. */
  summary: string;
  /** Citation numbers the card uses, as numbered on the full page. */
  citations: number[];
  /** Starting height of its embed, px. */
  height: number;
  /** Its HTML, parsed (read-only: shared by every copy made of it). */
  nodes: RootContent[];
}

export interface PortableExplainer {
  slug: string;
  title: string;
  description: string;
  summary: string[];
  published: Date;
  updated: Date;
  /** The rendered body (without the In short box). */
  body: string;
  /** The body, parsed (read-only). */
  bodyNodes: RootContent[];
  /** Body text before the first ## section. */
  intro: string;
  /** The intro, parsed (read-only). */
  introNodes: RootContent[];
  /** Starting height of the whole explainer's embed, px. */
  height: number;
  /** The In short card, then one card per ## section, in page order. */
  cards: PortableCard[];
  /** Every numbered source of the page, in citation order. */
  sources: NumberedSource[];
}

/** One route per explainer and per card: `strategy`, `strategy/in-short`, … */
export interface PortableRoute {
  path: string;
  explainer: PortableExplainer;
  card?: PortableCard | undefined;
}

/** Each explainer's route, then its cards', in the order of `list`. */
export function routesOf(list: PortableExplainer[]): PortableRoute[] {
  return list.flatMap((explainer) =>
    [undefined, ...explainer.cards].map((card) => ({
      path: card ? `${explainer.slug}/${card.id}` : explainer.slug,
      explainer,
      card,
    })),
  );
}

/** The title of a card in context: "Explainer: Section", or the explainer's title. */
export function routeTitle({ explainer, card }: PortableRoute): string {
  return card ? `${explainer.title}: ${card.title}` : explainer.title;
}

/** The email/plain-text/feed document for an explainer or one card of it. */
export function emailDoc({ explainer, card }: PortableRoute): EmailDoc {
  const paths = sharePaths({ slug: explainer.slug, card: card?.id });
  const common = {
    lang: siteConfig.lang,
    siteTitle: siteConfig.title,
    siteUrl: siteUrl(),
    updated: formatDate(explainer.updated),
    url: siteUrl(paths.page),
    licence: siteConfig.licence,
  };
  if (card) {
    return {
      ...common,
      title: card.title,
      from: { title: explainer.title, url: siteUrl(`${explainer.slug}/`) },
      parts: [{ html: card.html, nodes: card.nodes, boxed: card.id === "in-short", promote: 1 }],
      sources: explainer.sources.filter((s) => card.citations.includes(s.n)),
    };
  }
  const [inShort, ...sections] = explainer.cards;
  return {
    ...common,
    title: explainer.title,
    dek: explainer.description,
    parts: [
      ...(inShort
        ? [{ title: inShort.title, html: inShort.html, nodes: inShort.nodes, boxed: true }]
        : []),
      ...(explainer.intro ? [{ html: explainer.intro, nodes: explainer.introNodes }] : []),
      ...sections.map((s) => ({ title: s.title, html: s.html, nodes: s.nodes })),
    ],
    sources: explainer.sources,
  };
}

/** ISO date of the last update, for citations. */
export function updatedIso(explainer: PortableExplainer): string {
  return isoDate(explainer.updated);
}
