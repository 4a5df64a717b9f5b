/** Most citation marks a sentence may carry: past that, a reader cannot follow the text. */
export const maxCitesPerSentence = 3;

const cite = /<Cite\b[^>]*\/>/g;

/**
 * The sentences of an MDX body (frontmatter and imports left out) that carry more than
 * {@link maxCitesPerSentence} `<Cite />` marks, each shortened for a message. A sentence's marks
 * are those inside it and those right after its full stop. Abbreviations such as "No. 42" end a
 * sentence early, which can only undercount.
 */
export function denseSentences(mdx: string, max = maxCitesPerSentence): string[] {
  const body = mdx.replace(/^---\n[\s\S]*?\n---\n/, "").replace(/^import .*$/gm, "");
  const found: string[] = [];
  // Blocks: paragraphs and list items, which never share a sentence.
  for (const block of body.split(/\n\s*\n|\n(?=\s*(?:[-*]|\d+\.)\s)/)) {
    const marked = block.replace(cite, "\u0001");
    const sentences = marked.match(/[^.!?\u0001]*(?:[.!?]+["”’)]*|\u0001|$)(?:\s*\u0001)*/g) ?? [];
    // Marks before any text of their own belong to the sentence before them.
    let current = "";
    let count = 0;
    const flush = () => {
      if (count > max)
        found.push(
          `${current
            .replace(/\u0001/g, "")
            .replace(/\s+/g, " ")
            .trim()
            .slice(0, 80)}… (${count} citations)`,
        );
      current = "";
      count = 0;
    };
    for (const s of sentences) {
      const text = s.replace(/\u0001/g, "").trim();
      const marks = (s.match(/\u0001/g) ?? []).length;
      if (text && /[.!?]["”’)]*$/.test(current.replace(/\u0001/g, "").trim())) flush();
      current += s;
      count += marks;
    }
    flush();
  }
  return found;
}
