/**
 * Everything an explainer needs to travel — its rendered HTML, its cards (In
 * short and each ## section), their summaries and sources — computed once per
 * build and shared by the share-link and feed routes and, handed over at the end of the
 * build, by the step that writes the embed, email, paste and oEmbed files (integrations/copies.ts).
 */
import { formatPartialDate } from "../../lib/dates";
import { getExplainers, getSourceMap, render, type Explainer } from "../content";
import { handOver } from "./handoff";
import {
  routesOf,
  type PortableCard,
  type PortableExplainer,
  type PortableRoute,
} from "./portable-route";
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
import { siteConfig } from "../../site.config";

export * from "./portable-route";

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
    bodyNodes: tree.children,
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

/** The explainers and their cards as `getStaticPaths` entries (param `path`); none when
 * building pages only. The explainers are also handed over to the step that writes the copies. */
export async function portableRoutes(): Promise<
  { params: { path: string }; props: PortableRoute }[]
> {
  if (siteConfig.pagesOnly) return [];
  const list = await getPortableExplainers();
  handOver(list);
  return routesOf(list).map((route) => ({ params: { path: route.path }, props: route }));
}
