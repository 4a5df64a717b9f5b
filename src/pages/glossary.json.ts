import type { APIRoute } from "astro";
import { getGlossary } from "@/build/content";

/** Every term's definition, for the "?" buttons of glossary terms (browser/term-definition.ts). */
export const GET: APIRoute = async () => {
  const terms = await getGlossary();
  const definitions = Object.fromEntries(
    terms.map((t) => [
      t.id,
      { term: t.data.term, japanese: t.data.japanese, definition: t.data.definition },
    ]),
  );
  return new Response(JSON.stringify(definitions), {
    headers: { "Content-Type": "application/json" },
  });
};
