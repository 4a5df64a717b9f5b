import type { APIRoute } from "astro";
import { siteVocabulary } from "@/build/search/site-vocabulary";

/**
 * English words near the site's words, which typo correction leaves alone; the
 * search box loads them only when a word matched nothing.
 */
export const GET: APIRoute = async () => {
  const { english } = await siteVocabulary();
  return new Response(JSON.stringify(english), {
    headers: { "Content-Type": "application/json" },
  });
};
