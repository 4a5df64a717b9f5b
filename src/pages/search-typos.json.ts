import type { APIRoute } from "astro";
import { siteVocabulary } from "@/build/search/site-vocabulary";

/**
 * What typo correction needs: the site's words, and the English words near them that it
 * leaves alone. The search box loads them only when a word matched nothing.
 */
export const GET: APIRoute = async () => {
  const { words, english } = await siteVocabulary();
  return new Response(JSON.stringify({ words, english }), {
    headers: { "Content-Type": "application/json" },
  });
};
