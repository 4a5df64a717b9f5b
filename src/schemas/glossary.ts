import { z } from "astro/zod";

/** One glossary term (`content/glossary/<id>.yaml`); the file name is its anchor. */
export const glossaryTermSchema = z.object({
  /** The English term as it is shown, e.g. "Active cyber defense". */
  term: z.string().min(2).max(90),
  /** The Japanese term, only where the fact sheet rates it HIGH. */
  japanese: z.string().min(1).max(60).optional(),
  /** Reading of the Japanese term in kana, only where the fact sheet rates the reading HIGH. */
  reading: z
    .string()
    .regex(/^[\p{Script=Hiragana}\p{Script=Katakana}ー・ ]+$/u, "must be kana")
    .optional(),
  /**
   * Whether the English term is an official rendering (the government's or Japanese Law
   * Translation's) or an unofficial one (common in the press, or this site's own).
   */
  englishName: z.enum(["official", "unofficial"]).optional(),
  /** Abbreviations, aliases and spelling variants that readers may search for. */
  aliases: z.array(z.string().min(1).max(90)).default([]),
  /**
   * Names of the term's parts, which are not other names for it (the Diet's two houses):
   * readers who search for them find the entry, but it does not list them as "Also called".
   * The definition should name them.
   */
  parts: z.array(z.string().min(1).max(90)).default([]),
  /** One to three sentences, plain English. */
  definition: z.string().min(40).max(480),
  /** Slug of the explainer that explains the term best; search ranks it with the term. */
  definedIn: z.string().optional(),
  /** Ids from the sources registry that back the definition. */
  sources: z.array(z.string()).min(1),
});

export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;
