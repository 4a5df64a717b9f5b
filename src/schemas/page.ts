import { z } from "astro/zod";

/** Frontmatter of a standalone MDX page (`content/pages/*.mdx`), e.g. the home page intro. */
export const pageSchema = z.object({
  title: z.string().min(5).max(90),
  /** Meta description: 50–160 characters. */
  description: z.string().min(50).max(160),
  /** The home page's "at a glance" points: one sentence each. */
  atAGlance: z.array(z.string().min(20).max(200)).max(6).default([]),
});

export type PageFrontmatter = z.infer<typeof pageSchema>;
