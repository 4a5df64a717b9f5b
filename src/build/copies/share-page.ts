/**
 * A section's share link (`share/<slug>/<card>/`), written at the end of the build
 * (integrations/copies.ts) instead of through Astro's renderer, one route at a time: about
 * 7,300 routes at 1,000 explainers. It is the markup of `pages/share/[...path].astro` as Astro
 * renders it. Astro still renders {@link referenceShares} of them: their content security
 * policy — what Astro adds — is the one every share link gets, and the step checks that this
 * module renders them byte for byte, so an edit to the route that is not made here too stops
 * the build.
 */
import { buildHead, buildTitle } from "../../lib/seo.ts";
import { shareImageSize, sharePaths } from "../../lib/share-urls.ts";
import { siteConfig, sitePath, siteUrl } from "../../site.config.ts";
import { attr, headTags, text } from "./embed-page.ts";
import { routeTitle, type PortableRoute } from "./portable-route.ts";

/** Share links Astro renders: the first card's. */
export const referenceShares = 1;

/** Where the share link of a card's route is written; undefined for an explainer's own route. */
export function shareFile(route: PortableRoute): string | undefined {
  return route.card ? `share/${route.path}/index.html` : undefined;
}

/** The policy Astro puts at the end of a built share link's head (its `<meta>` tag). */
export function sharePolicyOf(html: string): string | undefined {
  const start = html.indexOf('<meta http-equiv="content-security-policy"');
  const end = html.indexOf("</head>");
  return start < 0 || end < start ? undefined : html.slice(start, end);
}

/**
 * The share link of a card: the card's own title, description and share image for link
 * previews, and a forward to the card on the full page for readers (a meta refresh, so it
 * works without JavaScript). The canonical is the full page. `policy` is Astro's.
 */
export function sharePage(route: PortableRoute, policy: string): string {
  const { explainer, card } = route;
  if (!card) throw new Error("an explainer's own route has no share link");
  const paths = sharePaths({ slug: explainer.slug, card: card.id });
  const title = routeTitle(route);
  const target = sitePath(paths.page);
  const site = siteConfig.title;
  const tags = buildHead({
    title,
    description: card.summary,
    canonical: siteUrl(`${explainer.slug}/`),
    url: siteUrl(paths.link),
    siteTitle: site,
    lang: siteConfig.lang,
    type: "article",
    published: explainer.published,
    modified: explainer.updated,
    image: { url: siteUrl(paths.image), alt: buildTitle(explainer.title, site), ...shareImageSize },
  });
  return (
    `<!DOCTYPE html><html${attr("lang", siteConfig.lang)}><head>` +
    `<meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<meta http-equiv="refresh"${attr("content", `0; url=${target}`)}>` +
    `<title>${text(buildTitle(title, site))}</title>${headTags(tags)}${policy}</head>` +
    `<body><main><h1>${text(card.title)}</h1>` +
    `<p>From <a${attr("href", target)}>${text(explainer.title)}</a>, ${text(site)}.</p>` +
    `</main></body></html>`
  );
}
