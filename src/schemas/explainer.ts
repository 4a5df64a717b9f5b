import { z } from "astro/zod";

/**
 * Frontmatter of an explainer (`content/explainers/*.mdx`).
 * `sources` and `related` are plain ids here; `content.config.ts` turns them
 * into checked references.
 */
export const explainerSchema = z.object({
  /** Page title and <h1>. */
  title: z.string().min(5).max(90),
  /** Meta description and card text: 50–160 characters. */
  description: z.string().min(50).max(160),
  /** The "In short" box: 3 to 5 points, each one sentence. */
  summary: z.array(z.string().min(20).max(240)).min(3).max(5),
  /** First publication date. */
  published: z.coerce.date(),
  /** Last substantive update; never before `published`. */
  updated: z.coerce.date(),
  /** Position in the reading order (previous/next links), 1 = first. */
  order: z.number().int().min(1).max(99),
  /** Short label used on cards and in navigation. */
  navLabel: z.string().min(3).max(30),
});

export type ExplainerFrontmatter = z.infer<typeof explainerSchema>;
