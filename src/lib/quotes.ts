/**
 * Verbatim-quote checking. A quotation passes when, after normalising quote
 * marks, dashes and white space, it appears in the source's text.
 */

/** Folds curly quotes, dashes and runs of white space so typography does not hide a match. */
export function normaliseForQuote(text: string): string {
  return text
    .replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, "-")
    .replace(/\u2026/g, "...")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();
}

const normalisedSources = new Map<string, string>();

/** {@link normaliseForQuote} of a source's text, kept: a build checks every quote of every page
 * against the same few seeds, and normalising a seed again for each quote was most of the check. */
function normalisedSource(sourceText: string): string {
  let normalised = normalisedSources.get(sourceText);
  if (normalised === undefined) {
    if (normalisedSources.size >= 16) normalisedSources.clear();
    normalised = normaliseForQuote(sourceText);
    normalisedSources.set(sourceText, normalised);
  }
  return normalised;
}

/** True when `quote` appears verbatim (after normalising) in `sourceText`. */
export function isVerbatim(quote: string, sourceText: string): boolean {
  const needle = normaliseForQuote(quote);
  return needle.length > 0 && normalisedSource(sourceText).includes(needle);
}

/**
 * The passage of `sourceText` most like `quote`, to show beside a failed check:
 * the window of the quote's length with the most words in common.
 */
export function closestPassage(quote: string, sourceText: string): string {
  const bare = (word: string) => word.replace(/[^\p{L}\p{N}]/gu, "");
  const words = normaliseForQuote(sourceText).split(" ");
  const wanted = normaliseForQuote(quote).split(" ");
  const wantedSet = new Set(wanted.map(bare));
  const size = Math.min(wanted.length, words.length);
  let best = 0;
  let bestScore = -1;
  for (let i = 0; i + size <= words.length; i++) {
    let score = 0;
    for (let j = i; j < i + size; j++) if (wantedSet.has(bare(words[j] ?? ""))) score++;
    if (score > bestScore) {
      bestScore = score;
      best = i;
    }
  }
  return words
    .slice(best, best + size)
    .join(" ")
    .replace(/^["']+|["',.;:]+$/g, "");
}
