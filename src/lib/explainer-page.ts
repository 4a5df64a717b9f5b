import type { Source } from "../schemas/source";

interface Ordered {
  id: string;
  data: {
    title: string;
    description: string;
    sources: { id: string }[];
    related: { id: string }[];
  };
}

/** Splits a page's sources into those cited in the text (in citation order) and the rest. */
export function splitSources(
  citations: string[],
  frontmatterSources: string[],
  all: Map<string, Source>,
): { cited: Source[]; further: Source[] } {
  const pick = (id: string) => all.get(id);
  const cited = citations.map(pick).filter((s): s is Source => Boolean(s));
  const further = frontmatterSources
    .filter((id) => !citations.includes(id))
    .map(pick)
    .filter((s): s is Source => Boolean(s));
  return { cited, further };
}

/** The previous, next and related explainers of the one at `index` in reading order. */
export function neighbours(list: Ordered[], index: number) {
  const link = (e: Ordered | undefined) =>
    e ? { slug: e.id, title: e.data.title, description: e.data.description } : undefined;
  const current = list[index];
  const related = (current?.data.related ?? [])
    .map((r) => link(list.find((e) => e.id === r.id)))
    .filter((l): l is NonNullable<typeof l> => Boolean(l));
  return { prev: link(list[index - 1]), next: link(list[index + 1]), related };
}
