/**
 * Everything an explainer needs to travel — its rendered HTML, its cards (In
 * short and each ## section), their summaries and sources — computed once per
 * build and shared by the embed, email, oEmbed and feed routes.
 */
import { formatDate, formatPartialDate, isoDate } from "./dates";
import { getExplainers, getSourceMap, render, type Explainer } from "./content";
import type { EmailDoc, NumberedSource } from "./email";
import { renderToHtml } from "./render-html";
import { citationsIn, inShortCard, oneLine, splitSections, type Card } from "./sections";
import { sharePaths } from "./share-urls";
import { siteConfig, siteUrl } from "../site.config";

export interface PortableCard extends Card {
  /** One line for the share image, the embed's description and the oEmbed title. */
  summary: string;
  /** Citation numbers the card uses, as numbered on the full page. */
  citations: number[];
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
  /** The In short card, then one card per ## section, in page order. */
  cards: PortableCard[];
  /** Every numbered source of the page, in citation order. */
  sources: NumberedSource[];
}

let cache: Promise<PortableExplainer[]> | undefined;

async function toPortable(
  entry: Explainer,
  sourceMap: Awaited<ReturnType<typeof getSourceMap>>,
): Promise<PortableExplainer> {
  const { Content, remarkPluginFrontmatter } = await render(entry);
  const body = await renderToHtml(Content);
  const { intro, sections } = splitSections(body);
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
  const cards = [inShortCard(summary), ...sections].map((card) => ({
    ...card,
    summary: card.id === "in-short" ? (summary[0] ?? description) : oneLine(card.html),
    citations: citationsIn(card.html),
  }));
  return {
    slug: entry.id,
    title,
    description,
    summary,
    published,
    updated,
    body,
    intro,
    cards,
    sources,
  };
}

/** Every explainer in reading order, rendered once per build. */
export function getPortableExplainers(): Promise<PortableExplainer[]> {
  cache ??= (async () => {
    const [list, sourceMap] = await Promise.all([getExplainers(), getSourceMap()]);
    return Promise.all(list.map((e) => toPortable(e, sourceMap)));
  })();
  return cache;
}

/** One route per explainer and per card: `strategy`, `strategy/in-short`, … */
export interface PortableRoute {
  path: string;
  explainer: PortableExplainer;
  card?: PortableCard | undefined;
}

/** The explainers and their cards as `getStaticPaths` entries (param `path`). */
export async function portableRoutes(): Promise<
  { params: { path: string }; props: PortableRoute }[]
> {
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
      parts: [{ html: card.html, boxed: card.id === "in-short", promote: 1 }],
      sources: explainer.sources.filter((s) => card.citations.includes(s.n)),
    };
  }
  const [inShort, ...sections] = explainer.cards;
  return {
    ...common,
    title: explainer.title,
    dek: explainer.description,
    parts: [
      ...(inShort ? [{ title: inShort.title, html: inShort.html, boxed: true }] : []),
      ...(explainer.intro ? [{ html: explainer.intro }] : []),
      ...sections.map((s) => ({ title: s.title, html: s.html })),
    ],
    sources: explainer.sources,
  };
}

/** ISO date of the last update, for citations. */
export function updatedIso(explainer: PortableExplainer): string {
  return isoDate(explainer.updated);
}
