/**
 * Text folding shared by the index and the search box, so that the words a
 * reader types meet the words the site uses: spelling variants, letter case,
 * full-width characters, and Japanese split into meaningful parts.
 */

// British/variant spellings → the site's American forms. Order matters: longer first.
const variants: [RegExp, string][] = [
  [/\bcyber[\s-]+security\b/g, "cybersecurity"],
  [/\bcyber[\s-]+defen[cs]e\b/g, "cyber defense"],
  [/\bpre-emptive(ly)?\b/g, "preemptive$1"],
  [/\bpre-empt/g, "preempt"],
  [/defence/g, "defense"],
  [/\boffence(s)?\b/g, "offense$1"],
  [/\blicence(s|d)?\b/g, "license$1"],
  // Verbs in -ise (and their -isation nouns) that British writers spell with an s.
  [
    /\b(neutral|organ|author|recogn|critic|priorit|minim|maxim|real|character|summar|util|mobil|legal|central|standard|final|digit|militar|special|categor|stabil|normal|harmon|civil|scrutin|formal|local|privat|capital|familiar|apolog|jeopard|computer|modern|optim)is(e|es|ed|ing|ation|ations)\b/g,
    "$1iz$2",
  ],
  [/\banalys(e|es|ed|ing)\b/g, "analyz$1"],
  [/\bparalys(e|es|ed|ing)\b/g, "paralyz$1"],
  // -our for -or, in the words that take it (not "four", "hour", "our", "tour").
  [
    /\b(behavi|fav|hon|lab|col|neighb|rum|endeav|harb|vig|hum|arm)our(s|ed|ing|ite|ites|able)?\b/g,
    "$1or$2",
  ],
  [/\bcentre(s)?\b/g, "center$1"],
  [/\bprogramme(s)?\b/g, "program$1"],
  [/\bcatalogue(s)?\b/g, "catalog$1"],
  [/\bjudgement(s)?\b/g, "judgment$1"],
  [/\b(travel|cancel|label|model|signal|channel|fuel)l(ed|ing|er|ers)\b/g, "$1$2"],
  [/[\u2018\u2019]/g, "'"],
  [/[\u201C\u201D]/g, '"'],
];

/** Lower-cases, folds width (NFKC) and spelling variants. */
export function foldSpelling(text: string): string {
  let out = text.normalize("NFKC").toLowerCase();
  for (const [pattern, replacement] of variants) out = out.replace(pattern, replacement);
  return out.replace(/\s+/g, " ").trim();
}

const japaneseRun = /[\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}ー・]+/gu;
const kanji = /\p{Script=Han}+/gu;
const katakana = /[\p{Script=Katakana}ー]+/gu;

/** True when the text contains Japanese characters. */
export function hasJapanese(text: string): boolean {
  return /[\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}]/u.test(text);
}

/**
 * Splits a long katakana run into words (サイバーセキュリティ → サイバー, セキュリティ).
 * The dictionary splits some loanwords too finely (サイ|バー), so short pieces
 * are joined back to their neighbour.
 */
function katakanaWords(run: string, segmenter: Intl.Segmenter): string[] {
  const words: string[] = [];
  for (const { segment } of segmenter.segment(run)) {
    const last = words.at(-1);
    if (last !== undefined && (last.length < 3 || segment.length < 3))
      words[words.length - 1] = last + segment;
    else words.push(segment);
  }
  return words.filter((w) => w.length >= 2 && w !== run);
}

/**
 * The meaningful parts of a Japanese term, for indexing and querying text that
 * has no spaces: katakana words (サイバー), kanji compounds (通信, 秘密) and,
 * for long compounds, their dictionary words (能動的 → 能動). Particles written
 * in hiragana (の, さ) are dropped.
 */
export function japaneseParts(text: string): readonly string[] {
  // The same terms recur on every page: each text is split once per build (or page visit).
  let parts = partsCache.get(text);
  if (!parts) {
    parts = splitJapanese(text);
    partsCache.set(text, parts);
  }
  return parts;
}

const partsCache = new Map<string, readonly string[]>();
let segmenter: Intl.Segmenter | null | undefined;

function splitJapanese(text: string): string[] {
  const parts = new Set<string>();
  // One segmenter for all calls: making one loads ICU's dictionary data each time.
  segmenter ??=
    typeof Intl.Segmenter === "function" ? new Intl.Segmenter("ja", { granularity: "word" }) : null;
  for (const run of text.match(japaneseRun) ?? []) {
    for (const word of run.match(katakana) ?? []) {
      if (word.length >= 2) parts.add(word);
      if (word.length >= 6 && segmenter)
        for (const piece of katakanaWords(word, segmenter)) parts.add(piece);
    }
    for (const word of run.match(kanji) ?? []) {
      if (word.length >= 2) parts.add(word);
      if (word.length >= 3 && segmenter) {
        for (const seg of segmenter.segment(word)) {
          if (seg.isWordLike && seg.segment.length >= 2 && /^\p{Script=Han}+$/u.test(seg.segment))
            parts.add(seg.segment);
        }
      }
    }
  }
  return [...parts];
}

/**
 * Marks around the words the index adds after a Japanese term (its parts), so
 * that excerpts can leave them out: readers see the term, never the tokens.
 */
export const tokenOpen = "⟦";
export const tokenClose = "⟧";

/** A Japanese run followed by its parts in token marks, or the run alone when it has none. */
export function withTokens(run: string): string {
  const parts = japaneseParts(run).filter((p) => p !== run);
  return parts.length ? `${run} ${tokenOpen} ${parts.join(" ")} ${tokenClose}` : run;
}

/** Text with each Japanese run followed by its parts in token marks (see {@link withTokens}). */
export function addJapaneseTokens(text: string): string {
  return text.replace(japaneseRun, (run) => (hasJapanese(run) ? withTokens(run) : run));
}

/** Every Japanese run in a text, each followed by its parts: what the index adds for Japanese. */
export function japaneseIndexTokens(text: string): string[] {
  const tokens = new Set<string>();
  for (const run of text.match(japaneseRun) ?? []) {
    if (!hasJapanese(run)) continue;
    tokens.add(run);
    for (const part of japaneseParts(run)) tokens.add(part);
  }
  return [...tokens];
}

/** The query Pagefind receives: folded English, or the parts of a Japanese query. */
export function toIndexQuery(query: string): string {
  const folded = foldSpelling(query);
  if (!hasJapanese(folded)) return folded;
  const english = folded
    .replace(japaneseRun, " ")
    .replace(/[^\p{L}\p{N}\s'-]/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
  return [...japaneseParts(folded), english].filter(Boolean).join(" ");
}
