/**
 * The document of each embed (`embed/<slug>/`, `embed/<slug>/<card>/`), written at the end of
 * the build (integrations/copies.ts) instead of through Astro's renderer, one route at a time.
 * It is the markup of `layouts/EmbedLayout.astro`, `components/InShort.astro` and
 * `components/EmbedSources.astro` as Astro renders it (same escaping, same attribute order).
 * Astro still renders {@link referenceEmbeds} embeds (see `pages/embed/[...path].astro`): their
 * stylesheet, policy and script — what Astro's bundler adds — are the {@link EmbedShell} every
 * embed gets, and the step checks that this module renders them byte for byte, so an edit to
 * the layout that is not made here too stops the build.
 */
import { formatDate, isoDate } from "../../lib/dates.ts";
import { embedMessageType } from "../../lib/embed-code.ts";
import { buildHead, buildTitle, type HeadTag } from "../../lib/seo.ts";
import { shareImageSize, sharePaths } from "../../lib/share-urls.ts";
import { siteConfig, siteUrl } from "../../site.config.ts";
import { toEmbedHtml } from "./embed.ts";
import type { NumberedSource } from "./email";
import { routeTitle, type PortableRoute } from "./portable-route.ts";

/** Embeds Astro renders, the first routes: an explainer's whole, its In short, its first section. */
export const referenceEmbeds = 3;

/** What Astro adds to the layout's markup: the head's end (policy and stylesheet) and the script. */
export interface EmbedShell {
  head: string;
  script: string;
}

const entities: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  "'": "&#39;",
  '"': "&quot;",
};
/** Text as Astro escapes an expression. */
export const text = (value: string) => value.replace(/[&<>'"]/g, (c) => entities[c]!);
/** An attribute as Astro writes it (` name="value"`, `&` and `"` escaped). */
export const attr = (name: string, value: string | undefined) =>
  value === undefined ? "" : ` ${name}="${value.replace(/&/g, "&amp;").replace(/"/g, "&quot;")}"`;
const newTab = `${attr("target", "_blank")}${attr("rel", "noopener")}`;

/** Head tags as `components/BaseHead.astro` renders them (after its `<title>`). */
export function headTags(tags: HeadTag[]): string {
  return tags
    .map(
      ({ tag, attrs }) =>
        `<${tag}${Object.entries(attrs)
          .map(([k, v]) => attr(k, v))
          .join("")}/>`,
    )
    .join("");
}

/** The head's end and the script of a built embed: the parts {@link embedDocument} does not write. */
export function shellOf(html: string): EmbedShell | undefined {
  const head = html.indexOf('<meta http-equiv="content-security-policy"');
  const headEnd = html.indexOf("</head>");
  const script = html.lastIndexOf("<script");
  const bodyEnd = html.lastIndexOf("</body>");
  if (head < 0 || headEnd < head || script < 0 || bodyEnd < script) return undefined;
  return { head: html.slice(head, headEnd), script: html.slice(script, bodyEnd) };
}

function inShortBox(points: string[]): string {
  return (
    `<section id="in-short" aria-labelledby="in-short-heading" class="my-8 rounded-xl border border-rule bg-panel p-5 sm:p-6">` +
    `<h2 id="in-short-heading" class="text-sm font-semibold tracking-wide text-accent uppercase">In short</h2>` +
    `<ul class="mt-3 list-disc space-y-2 pl-5 text-lg leading-snug marker:text-accent">` +
    points.map((p) => `<li>${text(p)}</li>`).join("") +
    `</ul></section>`
  );
}

function sourceList(sources: NumberedSource[]): string {
  if (!sources.length) return "";
  const items = sources.map(
    (s) =>
      `<li${attr("id", `source-${s.n}`)} class="grid grid-cols-[2rem_1fr] gap-1 target:bg-panel">` +
      `<span class="font-semibold text-muted">${s.n}.</span><span>` +
      `<a${attr("href", s.url)}${attr("hreflang", s.lang)}${newTab} class="text-accent underline">${text(s.title)}</a>` +
      `. ${text(s.publisher)}, ${text(s.date)}.${s.lang !== "en" ? " In Japanese." : ""}</span></li>`,
  );
  return (
    `<section aria-labelledby="embed-sources-heading" class="mt-8 border-t border-rule pt-4">` +
    `<h2 id="embed-sources-heading" class="font-serif text-lg font-semibold">Sources</h2>` +
    `<ol class="mt-2 space-y-2 text-sm">${items.join("")}</ol></section>`
  );
}

/** The embed document of an explainer or one of its cards, with Astro's `shell`. */
export function embedDocument(route: PortableRoute, shell: EmbedShell): string {
  const { explainer, card } = route;
  const paths = sharePaths({ slug: explainer.slug, card: card?.id });
  const pageUrl = siteUrl(paths.page);
  const canonical = siteUrl(`${explainer.slug}/`);
  const inShort = !card || card.id === "in-short";
  // Parsed already: the same markup as `card.html` and `explainer.body`, which Astro's
  // reference embeds render from (the step compares them).
  const html = card ? (inShort ? [] : card.nodes) : explainer.bodyNodes;
  const sources = card
    ? explainer.sources.filter((s) => card.citations.includes(s.n))
    : explainer.sources;
  const title = card && !inShort ? card.title : explainer.title;
  const from = card && !inShort ? explainer.title : undefined;
  const pageTitle = routeTitle(route);
  const site = siteConfig.title;
  const tags = buildHead({
    title: pageTitle,
    description: card?.summary ?? explainer.description,
    canonical,
    siteTitle: site,
    lang: siteConfig.lang,
    noindex: true,
    image: { url: siteUrl(paths.image), alt: buildTitle(from ?? title, site), ...shareImageSize },
    oembed: { href: siteUrl(paths.oembed), title: pageTitle },
  });
  const head =
    `<meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<title>${text(buildTitle(pageTitle, site))}</title>` +
    headTags(tags) +
    `<meta name="color-scheme" content="light dark">` +
    `<link rel="icon"${attr("href", `${siteConfig.base}favicon.svg`)} type="image/svg+xml">`;
  const header =
    `<header class="flex flex-wrap items-baseline justify-between gap-x-4 border-b border-rule pb-2 text-sm text-muted">` +
    `<a${attr("href", siteUrl())}${newTab} class="font-serif font-semibold text-ink no-underline">${text(site)}</a>` +
    `<span>Updated <time${attr("datetime", isoDate(explainer.updated))}>${text(formatDate(explainer.updated))}</time></span></header>`;
  const main =
    `<main id="main" class="mt-4">` +
    (from
      ? `<p class="text-sm text-muted">From <a${attr("href", canonical)}${newTab} class="underline">${text(from)}</a></p>`
      : "") +
    `<h1 class="font-serif text-2xl leading-tight font-semibold text-balance sm:text-3xl">${text(title)}</h1>` +
    (inShort ? inShortBox(explainer.summary) : "") +
    (html.length
      ? `<div class="prose mt-4 max-w-none prose-headings:font-serif prose-headings:font-semibold">` +
        `${toEmbedHtml(html, pageUrl, { promote: card ? 1 : 0 })}</div>`
      : "") +
    `${sourceList(sources)}</main>`;
  const { licence } = siteConfig;
  const footer =
    `<footer class="mt-6 border-t border-rule pt-3 text-sm text-muted">` +
    `<p>Source: <a${attr("href", canonical)}${newTab} class="underline">${text(site)}</a>. Text under ` +
    `<a${attr("href", licence.url)} target="_blank" rel="license noopener" class="underline">${text(licence.name)}</a>.</p>` +
    `<p class="mt-2"><a${attr("href", pageUrl)}${newTab} class="font-medium text-accent underline">` +
    `Read the full explainer<span class="sr-only"> on ${text(site)}</span></a></p></footer>`;
  return (
    `<!DOCTYPE html><html${attr("lang", siteConfig.lang)}><head>${head}${shell.head}</head>` +
    `<body class="min-h-0"><div class="mx-auto max-w-[720px] px-4 py-4"${attr("data-embed-root", embedMessageType)}>` +
    `${header}${main}${footer}</div>${shell.script}</body></html>`
  );
}

/** Where `built` (Astro's) and `ours` first differ, with a little of each; undefined if equal. */
export function firstDifference(built: string, ours: string): string | undefined {
  if (built === ours) return undefined;
  let i = 0;
  while (i < built.length && built[i] === ours[i]) i++;
  const around = (s: string) => JSON.stringify(s.slice(Math.max(0, i - 40), i + 60));
  return `at character ${i}: Astro wrote ${around(built)}, embed-page.ts ${around(ours)}`;
}
