import rss from "@astrojs/rss";
import type { APIRoute } from "astro";
import { toFeedHtml } from "@/build/copies/email";
import { getExplainers } from "@/build/content";
import { emailDoc, getPortableExplainers } from "@/build/copies/portable";
import { sharePaths, shareImageSize } from "@/lib/share-urls";
import { siteConfig, siteUrl } from "@/site.config";

/**
 * The most recently updated explainers (`siteConfig.feedItems`, newest first) with their full
 * text (absolute links, no scripts or popovers), first-publication and update dates, and share
 * image (Media RSS, which RSS-to-email services and feed readers show as the item's picture).
 */
export const GET: APIRoute = async () => {
  const latest = (await getExplainers())
    .toSorted((a, b) => b.data.updated.getTime() - a.data.updated.getTime())
    .slice(0, siteConfig.feedItems);
  const explainers = await getPortableExplainers(latest);
  const lastUpdate = explainers[0]?.updated ?? new Date(0);
  return rss({
    title: siteConfig.title,
    description: siteConfig.description,
    site: siteUrl(),
    xmlns: { atom: "http://www.w3.org/2005/Atom", media: "http://search.yahoo.com/mrss/" },
    customData: [
      `<language>${siteConfig.lang}</language>`,
      `<lastBuildDate>${lastUpdate.toUTCString()}</lastBuildDate>`,
      `<atom:link href="${siteUrl("rss.xml")}" rel="self" type="application/rss+xml"/>`,
    ].join(""),
    items: explainers.map((explainer) => ({
      title: explainer.title,
      description: explainer.description,
      link: siteUrl(`${explainer.slug}/`),
      // First publication; the last substantive update travels beside it as atom:updated.
      pubDate: explainer.published,
      content: toFeedHtml(emailDoc({ path: explainer.slug, explainer })),
      customData: [
        `<atom:updated>${explainer.updated.toISOString()}</atom:updated>`,
        `<media:content url="${siteUrl(sharePaths({ slug: explainer.slug }).image)}" ` +
          `type="image/png" medium="image" width="${shareImageSize.width}" height="${shareImageSize.height}"/>`,
      ].join(""),
    })),
  });
};
