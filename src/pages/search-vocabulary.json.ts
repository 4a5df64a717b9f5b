import type { APIRoute } from "astro";
import { siteVocabulary } from "@/build/search/site-vocabulary";

/**
 * The site's vocabulary for the search box: the names to pin and bridge. The words for typo
 * correction are left out (`/search-typos.json`): most searches never need them.
 */
export const GET: APIRoute = async () => {
  const { words: _typos, english: _nearTypos, ...vocabulary } = await siteVocabulary();
  return new Response(JSON.stringify({ ...vocabulary, words: [], english: [] }), {
    headers: { "Content-Type": "application/json" },
  });
};
