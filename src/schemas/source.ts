import { z } from "astro/zod";

/** A seed file kept byte-for-byte in `seeds/`, pinned by its SHA-256. */
export const seedSchema = z.object({
  /** Path of the file, relative to the repository root, e.g. `seeds/000_x.txt`. */
  file: z.string().regex(/^seeds\/[^/]+$/, "must be a file directly in seeds/"),
  /** Lower-case hex SHA-256 of the file's bytes; the build refuses a drifted seed. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/, "must be 64 lower-case hex digits"),
});

/** One entry of the sources registry (`content/sources.yaml`). */
export const sourceSchema = z.object({
  /** Stable id used in frontmatter and <Cite>, e.g. `japan-today-2025-12-23`. */
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be kebab-case"),
  /** Headline or document title, as published (descriptive titles in [brackets]). */
  title: z.string().min(3).max(300),
  /** Who published it: a newspaper, ministry, court, association. */
  publisher: z.string().min(2).max(120),
  /**
   * Publication date, ISO `YYYY-MM-DD` (`YYYY-MM` or `YYYY` where less is known).
   * Left out only for undated reference works (dictionaries, standing web pages).
   */
  date: z
    .string()
    .regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, "must be YYYY-MM-DD, YYYY-MM or YYYY")
    .optional(),
  /** The original publisher's address of the source, where known; otherwise the copy that was read. */
  url: z.url({ protocol: /^https?$/ }),
  /** A copy elsewhere (an archive or aggregator), listed on /sources/ as a second link only. */
  mirror: z.url({ protocol: /^https?$/ }).optional(),
  /** Language of the source, BCP 47. Defaults to English. */
  lang: z.string().min(2).max(10).default("en"),
  /** Present only for a source whose full text is kept in `seeds/`. */
  seed: seedSchema.optional(),
});

export type Source = z.infer<typeof sourceSchema>;
