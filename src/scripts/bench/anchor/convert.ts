/**
 * The converter behind the bench's anchor (issue 16): turns one of this site's MDX explainers into
 * the Markdown a stock Astro Starlight site takes, keeping the words — citations become `[n]` with a
 * numbered source list at the end, glossary terms become links to the anchor's glossary page,
 * quotations become quotation marks (inline) or blockquotes (`<Quote>`), the report notes become a
 * Starlight aside. Figures drawn by components (diagrams, tables from data) are left out: their
 * words live in the components, not in the MDX. Pure: the caller reads the files.
 */
import { dump, load } from "js-yaml";

/** A source as the anchor's list shows it (from content/sources.yaml). */
export interface AnchorSource {
  id: string;
  title: string;
  publisher: string;
  date?: string;
  url: string;
}

/** What the converter needs besides the MDX text. */
export interface AnchorInputs {
  /** Sources by id. */
  sources: Map<string, AnchorSource>;
  /** Glossary term names by id (content/glossary/<id>.yaml → `term`). */
  terms: Map<string, string>;
  /** Replaces each `<StatusNote>` with its sentence as of the build date (the page's words). */
  expandNotes?: (mdx: string) => string;
}

/** The converted page: file name under src/content/docs/ and its Markdown. */
export interface AnchorPage {
  slug: string;
  markdown: string;
}

/** The heading id Starlight (github-slugger) gives a heading, for the common ASCII cases. */
export function headingSlug(text: string): string {
  return text
    .toLowerCase()
    .trim()
    .replace(/[^\p{L}\p{N}\s_-]/gu, "")
    .replace(/\s/g, "-");
}

const attribute = (tag: string, name: string) =>
  tag.match(new RegExp(`\\b${name}="([^"]*)"`))?.[1] ?? "";

/** Block components whose figures are drawn from data, not words in the MDX: dropped. */
const figures =
  /^<(AcdDiagram|StatusTable|CoverageFlow|DecisionChain|ComparisonTable|Timeline|EditionsFigure)\b[^>]*\/>\s*$/gm;

/**
 * Converts one explainer. `slug` names the page; the citation numbers follow the order in which
 * sources are first cited, and the list ends with the frontmatter's sources never cited inline.
 */
export function toStarlightMarkdown(slug: string, mdx: string, inputs: AnchorInputs): AnchorPage {
  const match = mdx.match(/^---\n([\s\S]*?)\n---\n([\s\S]*)$/);
  if (!match) throw new Error(`${slug}: no frontmatter`);
  const front = load(match[1]!) as {
    title: string;
    description: string;
    sources?: string[];
    order?: number;
  };
  const order: string[] = [];
  const number = (id: string) => {
    if (!inputs.sources.has(id)) throw new Error(`${slug}: unknown source ${id}`);
    if (!order.includes(id)) order.push(id);
    return order.indexOf(id) + 1;
  };
  let body = (inputs.expandNotes ?? ((text: string) => text))(match[2]!)
    .replace(/^import .*$\n?/gm, "")
    .replace(figures, "")
    .replace(/<Quote\b([^>]*)>([\s\S]*?)<\/Quote>/g, (_, attrs: string, text: string) => {
      const by = attribute(attrs, "by");
      const context = attribute(attrs, "context");
      const source = inputs.sources.get(attribute(attrs, "source"));
      const credit = [by, context, source ? `as reported by ${source.publisher}` : ""]
        .filter(Boolean)
        .join(", ");
      return `> “${text.trim()}”\n>\n> — ${credit}`;
    })
    .replace(/<ReportNotes>\s*/g, ":::note[What the report gets wrong]\n")
    .replace(/\s*<\/ReportNotes>/g, "\n:::")
    .replace(/<Q\b[^>]*>([\s\S]*?)<\/Q>/g, "“$1”")
    .replace(/<Term id="([^"]+)"[^>]*>([\s\S]*?)<\/Term>/g, (_, id: string, text: string) => {
      const term = inputs.terms.get(id);
      if (!term) throw new Error(`${slug}: unknown glossary term ${id}`);
      return `[${text}](/glossary/#${headingSlug(term)})`;
    })
    .replace(/\s*<Cite id="([^"]+)"\s*\/>/g, (_, id: string) => ` [${number(id)}]`);
  for (const id of front.sources ?? []) if (inputs.sources.has(id)) number(id);
  const list = order.map((id, i) => {
    const s = inputs.sources.get(id)!;
    return `${i + 1}. [${s.title.replace(/[[\]]/g, "")}](${s.url}), ${s.publisher}${s.date ? `, ${s.date}` : ""}`;
  });
  body = `${body.trim()}\n\n## Sources\n\n${list.join("\n")}\n`;
  const frontmatter = dump(
    {
      title: front.title,
      description: front.description,
      ...(front.order === undefined ? {} : { sidebar: { order: front.order } }),
    },
    { lineWidth: 1000 },
  );
  return { slug, markdown: `---\n${frontmatter}---\n\n${body}` };
}

/** The anchor's glossary page: one heading per term, its definition, alphabetical. */
export function glossaryMarkdown(terms: { term: string; definition: string }[]): string {
  const entries = [...terms]
    .sort((a, b) => a.term.localeCompare(b.term, "en"))
    .map((t) => `## ${t.term}\n\n${t.definition.trim()}`);
  return (
    `---\ntitle: Glossary\ndescription: The terms the explainers use, defined.\n` +
    `sidebar:\n  order: 1000\n---\n\n${entries.join("\n\n")}\n`
  );
}
