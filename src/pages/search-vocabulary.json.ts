import type { APIRoute } from "astro";
import { siteVocabulary } from "@/build/search/site-vocabulary";

/** The site's vocabulary for the search box: exact names to pin, and words for typo correction. */
export const GET: APIRoute = async () => {
  const { english: _loadedWhenNeeded, ...vocabulary } = await siteVocabulary();
  return new Response(JSON.stringify({ ...vocabulary, english: [] }), {
    headers: { "Content-Type": "application/json" },
  });
};
