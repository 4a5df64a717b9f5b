/**
 * Everything an explainer needs to travel — its rendered HTML, its cards (In
 * short and each ## section), their summaries and sources — computed once per
 * build and shared by the embed, email, oEmbed and feed routes.
 */
import { formatDate, formatPartialDate, isoDate } from "../../lib/dates";
import { getExplainers, getSourceMap, render, type Explainer } from "../content";
import type { EmailDoc, NumberedSource } from "./email";
import { renderToHtml } from "./render-html";
import type { Root, RootContent } from "hast";
import { panelCards } from "../explainer-page";
import {
  citationsOf,
  inShortCard,
  oneLineOf,
  parseFragment,
  serialise,
  splitTree,
  squash,
  textOf,
  type Card,
} from "../sections";
import { sharePaths } from "../../lib/share-urls";
import { siteConfig, siteUrl } from "../../site.config";

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

const cache = new Map<string, Promise<PortableExplainer>>();

async function toPortable(
  entry: Explainer,
  sourceMap: Awaited<ReturnType<typeof getSourceMap>>,
): Promise<PortableExplainer> {
  const { Content, remarkPluginFrontmatter } = await render(entry);
  const body = await renderToHtml(Content);
  // Parsed once: every card's HTML, summary and citations come from this tree.
  const tree = parseFragment(body);
  const { intro, sections } = splitTree(tree);
  const citations = (remarkPluginFrontmatter["citations"] ?? []) as string[];
  const sources = citations.flatMap((id, i) => {
    const s = sourceMap.get(id);
    return s
      ? [
          {
            n: i + 1,
            title: s.title,
            publisher: s.publisher,
            date: formatPartialDate(s.date),
            url: s.url,
            lang: s.lang,
          },
        ]
      : [];
  });
  const { title, description, summary, published, updated } = entry.data;
  // Heights as the page's share panel measures its own HTML, so every embed code agrees;
  // its cards are In short and then these sections, in this order.
  const panel = panelCards(summary, tree);
  const cardOf = (card: Card, nodes: RootContent[], i: number, summaryLine?: string) => {
    const root: Root = { type: "root", children: nodes };
    return {
      ...card,
      summary: summaryLine ?? oneLineOf(squash(textOf(root))),
      citations: citationsOf(root),
      height: panel.cards[i]?.height ?? panel.height,
      nodes,
    };
  };
  const inShort = inShortCard(summary);
  const cards: PortableCard[] = [
    cardOf(inShort, parseFragment(inShort.html).children, 0, summary[0] ?? description),
    ...sections.map((s, i) =>
      cardOf({ id: s.id, title: s.title, html: serialise(s.nodes) }, s.nodes, i + 1),
    ),
  ];
  return {
    slug: entry.id,
    title,
    description,
    summary,
    published,
    updated,
    body,
    intro: serialise(intro),
    introNodes: intro,
    height: panel.height,
    cards,
    sources,
  };
}

/** The given explainers (all of them, in reading order, by default), each rendered once per build. */
export async function getPortableExplainers(entries?: Explainer[]): Promise<PortableExplainer[]> {
  const list = entries ?? (await getExplainers());
  const sourceMap = await getSourceMap();
  return Promise.all(
    list.map((entry) => {
      let portable = cache.get(entry.id);
      if (!portable) cache.set(entry.id, (portable = toPortable(entry, sourceMap)));
      return portable;
    }),
  );
}

/** One route per explainer and per card: `strategy`, `strategy/in-short`, … */
export interface PortableRoute {
  path: string;
  explainer: PortableExplainer;
  card?: PortableCard | undefined;
}

/** The explainers and their cards as `getStaticPaths` entries (param `path`); none when
 * building pages only. */
export async function portableRoutes(): Promise<
  { params: { path: string }; props: PortableRoute }[]
> {
  if (siteConfig.pagesOnly) return [];
  const list = await getPortableExplainers();
  return list.flatMap((explainer) =>
    [undefined, ...explainer.cards].map((card) => {
      const path = card ? `${explainer.slug}/${card.id}` : explainer.slug;
      return { params: { path }, props: { path, explainer, card } };
    }),
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
