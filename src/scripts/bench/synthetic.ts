/**
 * Synthetic explainers for the scale benchmark: valid content (frontmatter that passes
 * the explainer schema, sources and glossary terms that exist, a quotation the build can
 * verify) with 700–1,000 words of varied text drawn from the real explainers' vocabulary,
 * so the build does real work and the search index grows as it would with real pages.
 */
import { dump } from "js-yaml";

/** What the generator may cite and link to. */
export interface SyntheticInputs {
  /** Words to draw from, with repeats: a word's share of the list is its frequency. */
  words: string[];
  /** Ids of content/sources.yaml entries. */
  sourceIds: string[];
  /** Ids of content/glossary/ entries. */
  glossaryIds: string[];
  /** A passage that occurs verbatim in `quoteSource`'s seed text, for a checked <Q>. */
  quote: { source: string; text: string };
}

/** One generated explainer. */
export interface SyntheticExplainer {
  /** File name without `.mdx`, and URL slug. */
  slug: string;
  mdx: string;
  /** Words of running text (what readers read and the index holds). */
  words: number;
}

/** A small, fast, seeded PRNG (mulberry32), so every run generates the same site. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The vocabulary of real MDX text: lower-case words of two or more letters, with
 * repeats, after frontmatter, imports and component tags are stripped.
 */
export function wordListFrom(mdxTexts: string[]): string[] {
  return mdxTexts.flatMap(
    (text) =>
      text
        .replace(/^---[\s\S]*?---/, " ")
        .replace(/^import .*$/gm, " ")
        .replace(/<[^>]+>/g, " ")
        .toLowerCase()
        .match(/[a-z][a-z'-]*[a-z]/g) ?? [],
  );
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Generates explainer number `index` (0-based); the same inputs always give the same page. */
export function syntheticExplainer(index: number, inputs: SyntheticInputs): SyntheticExplainer {
  const random = seededRandom(index * 7919 + 17);
  const pick = <T>(list: T[]): T => list[Math.floor(random() * list.length)]!;
  // Mostly frequency-weighted words (a natural distribution), some uniform (a long tail).
  const distinct = [...new Set(inputs.words)];
  const word = () => (random() < 0.85 ? pick(inputs.words) : pick(distinct));
  const phrase = (n: number) => Array.from({ length: n }, word).join(" ");
  const between = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const sentence = (min = 8, max = 20) => `${capitalise(phrase(between(min, max)))}.`;
  const fitted = (min: number, max: number) => {
    let text = sentence(4, 12);
    while (text.length < min) text = `${text.slice(0, -1)} ${phrase(3)}.`;
    return text.length > max ? `${text.slice(0, max - 1).trimEnd()}.` : text;
  };

  const n = String(index + 1).padStart(4, "0");
  const slug = `synthetic-${n}`;
  const sources = [...new Set(Array.from({ length: between(2, 4) }, () => pick(inputs.sourceIds)))];
  const frontmatter = {
    title: `Synthetic ${n}: ${capitalise(phrase(between(3, 6)))}`.slice(0, 90),
    description: fitted(60, 155),
    summary: Array.from({ length: 3 }, () => fitted(40, 200)),
    published: new Date(Date.UTC(2024, 0, 1 + (index % 700))).toISOString().slice(0, 10),
    updated: new Date(Date.UTC(2026, 0, 1 + (index % 300))).toISOString().slice(0, 10),
    order: 5 + (index % 95),
    navLabel: `Synthetic ${n}`,
    sources,
    related: index > 0 ? [`synthetic-${String(index).padStart(4, "0")}`] : [],
  };

  const target = between(700, 1000);
  let words = 0;
  const blocks: string[] = [];
  const paragraph = () => {
    const sentences: string[] = [];
    for (let i = between(3, 6); i > 0 && words < target; i--) {
      let s = sentence();
      words += s.split(" ").length;
      if (random() < 0.15) {
        const term = pick(inputs.glossaryIds);
        const label = term.replaceAll("-", " ");
        s = `${s.slice(0, -1)}, as in <Term id="${term}">${label}</Term>.`;
        words += label.split(" ").length + 2;
      }
      if (random() < 0.35) s += ` <Cite id="${pick(sources)}" />`;
      sentences.push(s);
    }
    return sentences.join(" ");
  };
  blocks.push(
    `${paragraph()} The report says the aim is to <Q source="${inputs.quote.source}">${inputs.quote.text}</Q>. <Cite id="${sources[0]}" />`,
  );
  words += 7 + inputs.quote.text.split(" ").length;
  while (words < target) {
    blocks.push(`## ${capitalise(phrase(between(3, 7)))}`);
    words += 5;
    for (let p = between(2, 4); p > 0 && words < target; p--) blocks.push(paragraph());
  }

  const mdx =
    `---\n${dump(frontmatter, { lineWidth: 200 })}---\n` +
    `import { Cite, Q, Term } from "@/components/mdx/index";\n\n${blocks.join("\n\n")}\n`;
  return { slug, mdx, words };
}
