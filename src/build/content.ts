import { getCollection, getEntry, type CollectionEntry } from "astro:content";

// Re-exported so modules that reuse a page's rendered MDX (embeds, email, feeds) need not import astro:content.
export { render } from "astro:content";

export type Explainer = CollectionEntry<"explainers">;
export type GlossaryEntry = CollectionEntry<"glossary">;
export type TimelineEntry = CollectionEntry<"timeline">;
export type SourceEntry = CollectionEntry<"sources">;
export type PageEntry = CollectionEntry<"pages">;
export type StatusItem = CollectionEntry<"status">;

/** Explainers in reading order. */
export async function getExplainers(): Promise<Explainer[]> {
  const all = await getCollection("explainers");
  return all.sort((a, b) => a.data.order - b.data.order);
}

/** Glossary terms A–Z by their English term. */
export async function getGlossary(): Promise<GlossaryEntry[]> {
  const all = await getCollection("glossary");
  return all.sort((a, b) => a.data.term.localeCompare(b.data.term, "en"));
}

/** Timeline events, oldest first. */
export async function getTimeline(): Promise<TimelineEntry[]> {
  const all = await getCollection("timeline");
  return all.sort((a, b) => a.data.date.localeCompare(b.data.date));
}

/** Japanese names for search (`content/search/japanese-names.yaml`). */
export async function getSearchNames(): Promise<CollectionEntry<"searchNames">[]> {
  return getCollection("searchNames");
}

/** Every source, by id. */
export async function getSourceMap(): Promise<Map<string, SourceEntry["data"]>> {
  const all = await getCollection("sources");
  return new Map(all.map((s) => [s.id, s.data]));
}

/** One glossary term; the build has already checked that `id` exists. */
export async function getGlossaryTerm(id: string): Promise<GlossaryEntry> {
  const entry = await getEntry("glossary", id);
  if (!entry) throw new Error(`content/glossary/${id}.yaml: no such glossary term`);
  return entry;
}

/** A standalone MDX page from content/pages/. */
export async function getPage(id: string): Promise<PageEntry> {
  const entry = await getEntry("pages", id);
  if (!entry) throw new Error(`content/pages/${id}.mdx: no such page`);
  return entry;
}

/** Status entries in tracker order. */
export async function getStatus(): Promise<StatusItem[]> {
  const all = await getCollection("status");
  return all.sort((a, b) => a.data.order - b.data.order);
}
