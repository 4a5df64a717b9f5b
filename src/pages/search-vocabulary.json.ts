import type { APIRoute } from "astro";
import { getExplainers, getGlossary, getTimeline } from "@/build/content";
import { buildVocabulary } from "@/lib/search-vocabulary";

/** The site's vocabulary for the search box: exact names to pin, and words for typo correction. */
export const GET: APIRoute = async () => {
  const [explainers, glossary, timeline] = await Promise.all([
    getExplainers(),
    getGlossary(),
    getTimeline(),
  ]);
  const vocabulary = buildVocabulary({
    explainers: explainers.map((e) => ({
      slug: e.id,
      title: e.data.title,
      navLabel: e.data.navLabel,
      description: e.data.description,
      body: [e.data.summary.join(" "), e.body ?? ""]
        .join(" ")
        .replace(/<[^>]+>|^import .*$/gm, " "),
    })),
    terms: glossary.map((t) => ({ id: t.id, ...t.data, definedIn: t.data.definedIn?.id })),
    extraText: timeline.map((t) => `${t.data.title} ${t.data.summary}`),
  });
  return new Response(JSON.stringify(vocabulary), {
    headers: { "Content-Type": "application/json" },
  });
};
