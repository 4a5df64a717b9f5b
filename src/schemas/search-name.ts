import { z } from "astro/zod";

/**
 * A Japanese name readers may search for (`content/search/japanese-names.yaml`,
 * keyed by id): an actor's everyday name, or a glossary term's Japanese and its
 * reading. Search only; never shown.
 */
export const searchNameSchema = z.object({
  /** The Japanese names, as readers type them, e.g. ["首相", "総理"]. */
  japanese: z.array(z.string().min(1).max(60)).min(1),
  /** Hepburn readings with long-vowel marks, e.g. "bōeishō"; search folds the marks and "ou"/"uu". */
  romaji: z.array(z.string().min(2).max(80)).default([]),
  /** What the English pages call it: searched for when there is no glossary entry. */
  english: z.string().min(2).max(90),
  /** Id of the glossary entry the name finds, when it has one (it may be added by another page). */
  glossary: z.string().optional(),
});

export type SearchName = z.infer<typeof searchNameSchema>;
