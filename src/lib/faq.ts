/**
 * Questions and answers from the questions page's MDX, for its `FAQPage` structured data
 * (schema.org). A question is a `###` heading; its answer is the paragraphs under it up to the
 * next heading, without the trailing "read more" link paragraph. Pure, so it is unit-tested.
 */

export interface Faq {
  /** The question, exactly as the visible heading reads. */
  question: string;
  /** The answer as plain text: components and Markdown removed, citation marks dropped. */
  answer: string;
}

/** Typographic quotes and apostrophes, as the Markdown renderer prints them on the page. */
export function smartQuotes(text: string): string {
  return text
    .replace(/(^|[\s(\[—–-])"/g, "$1\u201c")
    .replace(/"/g, "\u201d")
    .replace(/(^|[\s(\[—–-])'/g, "$1\u2018")
    .replace(/'/g, "\u2019");
}

/** Plain text of a line of MDX: no citations, tags, link targets or emphasis marks. */
export function mdxToText(mdx: string): string {
  return mdx
    .replace(/<Cite\b[^>]*\/>/g, "")
    .replace(/<\/?[A-Za-z][^>]*>/g, "")
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/(\*\*|__|\*|_)(\S(?:.*?\S)?)\1/g, "$2")
    .replace(/\s+/g, " ")
    .trim();
}

/** The visible text of a line of MDX: {@link mdxToText} with typographic quotes. */
const visibleText = (mdx: string) => smartQuotes(mdxToText(mdx));

/** A paragraph that is only a Markdown link: the "read more" pointer under each answer. */
const isLinkOnly = (block: string) => /^\[[^\]]+\]\([^)]+\)$/.test(block.trim());

/**
 * Every `###` question of `body` (an MDX file without its frontmatter) with its answer.
 * `expand` turns components whose text comes from data (a status sentence) into that text
 * first; by default the body is taken as it is.
 */
export function faqFromMdx(body: string, expand: (mdx: string) => string = (m) => m): Faq[] {
  const faqs: Faq[] = [];
  let current: { question: string; blocks: string[] } | null = null;
  const flush = () => {
    if (current) {
      const answer = current.blocks
        .filter((b) => !isLinkOnly(b))
        .map((b) => visibleText(expand(b)));
      faqs.push({ question: current.question, answer: answer.filter(Boolean).join(" ") });
    }
    current = null;
  };
  for (const block of body.split(/\n\s*\n/)) {
    const text = block.trim();
    const heading = /^(#{1,6})\s+(.*)$/.exec(text);
    if (heading) {
      flush();
      if (heading[1] === "###") current = { question: visibleText(heading[2] ?? ""), blocks: [] };
    } else if (current && text && !text.startsWith("import ")) {
      current.blocks.push(text);
    }
  }
  flush();
  return faqs;
}

/** schema.org `FAQPage` data for the questions, ready for `JSON.stringify`. */
export function faqPageData(faqs: Faq[], url: string): Record<string, unknown> {
  return {
    "@context": "https://schema.org",
    "@type": "FAQPage",
    url,
    mainEntity: faqs.map((f) => ({
      "@type": "Question",
      name: f.question,
      acceptedAnswer: { "@type": "Answer", text: f.answer },
    })),
  };
}

/** JSON for an inline `<script type="application/ld+json">`: `<` escaped so no tag can end it. */
export function jsonLd(data: unknown): string {
  return JSON.stringify(data).replace(/</g, "\\u003c");
}
