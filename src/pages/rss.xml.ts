import rss from "@astrojs/rss";
import type { APIRoute } from "astro";
import { getExplainers } from "@/lib/content";
import { siteConfig, siteUrl } from "@/site.config";

export const GET: APIRoute = async () => {
  const explainers = await getExplainers();
  return rss({
    title: siteConfig.title,
    description: siteConfig.description,
    site: siteUrl(),
    items: explainers.map((e) => ({
      title: e.data.title,
      description: e.data.description,
      link: siteUrl(`${e.id}/`),
      pubDate: e.data.updated,
    })),
  });
};
