/**
 * Explainers for the scale benchmark (issue 16): copies of the real explainers, renamed — the same
 * components, citations, quotations, figures and words, so the build does per page what it does for
 * the real ones and the search index grows as it would. Copy `i` is real explainer `i mod n`, with
 * its title, navigation label, dates and place in the reading order changed so every page is its
 * own. The anchor (Starlight) is given the same copies, converted (anchor-convert.ts).
 */

/** One real explainer: its slug and MDX text. */
export interface RealExplainer {
  slug: string;
  mdx: string;
}

/** One generated explainer. */
export interface SyntheticExplainer {
  /** File name without `.mdx`, and URL slug. */
  slug: string;
  mdx: string;
  /** The real explainer it copies. */
  copyOf: string;
}

/** The slug of copy number `index` (0-based): `synthetic-0001`, … */
export const syntheticSlug = (index: number) => `synthetic-${String(index + 1).padStart(4, "0")}`;

const setField = (frontmatter: string, field: string, value: string) => {
  const line = new RegExp(`^${field}:.*$`, "m");
  if (!line.test(frontmatter)) throw new Error(`frontmatter has no ${field}:`);
  return frontmatter.replace(line, () => `${field}: ${value}`);
};

/** Titles and labels stay within the schema's limits (90 and 30 characters). */
const fitted = (text: string, max: number) => (text.length > max ? text.slice(0, max) : text);

/**
 * Copy number `index` (0-based) of the real explainers, renamed. The same index always gives the
 * same page; `real` must be in a fixed order (by slug).
 */
export function syntheticExplainer(index: number, real: RealExplainer[]): SyntheticExplainer {
  if (!real.length) throw new Error("no real explainers to copy");
  const source = real[index % real.length]!;
  const match = source.mdx.match(/^---\n([\s\S]*?)\n---\n([\s\S]*)$/);
  if (!match) throw new Error(`${source.slug}: no frontmatter`);
  const n = String(index + 1).padStart(4, "0");
  const title = match[1]!.match(/^title: (.*)$/m)?.[1]?.replace(/^"|"$/g, "") ?? source.slug;
  let frontmatter = match[1]!;
  frontmatter = setField(frontmatter, "title", JSON.stringify(fitted(`${title} (copy ${n})`, 90)));
  frontmatter = setField(frontmatter, "navLabel", JSON.stringify(`Copy ${n}`));
  frontmatter = setField(frontmatter, "order", String(10 + (index % 90)));
  const day = (offset: number) =>
    new Date(Date.UTC(2024, 0, 1 + offset)).toISOString().slice(0, 10);
  frontmatter = setField(frontmatter, "published", day(index % 700));
  frontmatter = setField(frontmatter, "updated", day(700 + (index % 300)));
  return {
    slug: syntheticSlug(index),
    mdx: `---\n${frontmatter}\n---\n${match[2]!}`,
    copyOf: source.slug,
  };
}
