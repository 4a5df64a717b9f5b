import type { APIRoute } from "astro";
import { buildOembed } from "@/build/copies/oembed";
import { portableRoutes, routeTitle, type PortableRoute } from "@/build/copies/portable";
import { sharePaths } from "@/lib/share-urls";
import { siteConfig, siteUrl } from "@/site.config";

/** oEmbed JSON of every explainer and card: /oembed/<slug>.json, /oembed/<slug>/<card>.json. */
export const getStaticPaths = portableRoutes;

export const GET: APIRoute = ({ props }) => {
  const route = props as PortableRoute;
  const { explainer, card } = route;
  const paths = sharePaths({ slug: explainer.slug, card: card?.id });
  const oembed = buildOembed({
    title: routeTitle(route),
    embedUrl: siteUrl(paths.embed),
    height: (card ?? explainer).height,
    providerName: siteConfig.title,
    providerUrl: siteUrl(),
    thumbnailUrl: siteUrl(paths.image),
  });
  return new Response(JSON.stringify(oembed, null, 2), {
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
};
