/**
 * The excerpt a result shows: about two dozen words from the section it links to, where most of
 * the query's terms are, with those words marked. Pure, so it is unit-tested.
 */
import { phraseAt, type Section, type TermMatch } from "./search-match.ts";
import { tokenClose, tokenOpen } from "./search-text.ts";

/** Word positions inside index-only token runs (the parts of Japanese terms), which readers never see. */
export function hiddenWords(words: string[]): Set<number> {
  const hidden = new Set<number>();
  let inside = false;
  words.forEach((w, i) => {
    if (w.includes(tokenOpen)) inside = true;
    // "⟧)" closes the tokens and keeps the page's own punctuation.
    if (inside && !(w.includes(tokenClose) && w.replaceAll(tokenClose, "").length)) hidden.add(i);
    if (w.includes(tokenClose)) inside = false;
  });
  return hidden;
}

const escapeHtml = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/**
 * An excerpt of about `length` words from `section`, where most of the query's
 * terms are, with those words marked (HTML, page text escaped). Index-only
 * tokens are left out; a match among them marks the Japanese term they follow.
 */
export function excerptOf(
  words: string[],
  section: Section,
  terms: TermMatch[],
  length = 26,
): string {
  const hidden = hiddenWords(words);
  const marked = new Map<number, number>(); // position → term index
  terms.forEach((term, t) =>
    term.locations.forEach((l) => {
      let at = l;
      while (hidden.has(at) && at > 0) at--;
      // A name of several words found as written is marked whole ("4 July 2023", "No. 43").
      const whole = term.names.filter((n) => n.length > 1).map((n) => phraseAt(n, words, l));
      for (const place of whole.find(Boolean) ?? [at])
        if (place >= section.start && place < section.end) marked.set(place, t);
    }),
  );
  const visible: number[] = [];
  for (let i = section.start; i < section.end; i++) if (!hidden.has(i)) visible.push(i);
  if (!visible.length) return "";
  // The window that holds the most different terms, then the most matches.
  let best = 0;
  let bestScore = -1;
  for (let s = 0; s < Math.max(1, visible.length - length + 1); s++) {
    const inWindow = visible.slice(s, s + length).filter((i) => marked.has(i));
    const score = new Set(inWindow.map((i) => marked.get(i))).size * 100 + inWindow.length;
    if (score > bestScore) {
      best = s;
      bestScore = score;
    }
  }
  // Start a little before the first match, so it reads in context, and goes on after it (the
  // first window that holds the most matches ends at its last one).
  const firstMatch = visible.slice(best, best + length).findIndex((i) => marked.has(i));
  const lastStart = Math.max(0, visible.length - length);
  const start = firstMatch < 0 ? best : Math.max(0, Math.min(best + firstMatch - 4, lastStart));
  const shown = visible.slice(start, start + length);
  let html = "";
  shown.forEach((i, n) => {
    const raw = (words[i] ?? "").replaceAll(tokenClose, "");
    const word = marked.has(i) ? `<mark>${escapeHtml(raw)}</mark>` : escapeHtml(raw);
    // Punctuation that followed index-only tokens belongs to the word before them.
    const glued = n > 0 && hidden.has(i - 1) && /^[^\p{L}\p{N}]+$/u.test(raw);
    html += n === 0 || glued ? word : ` ${word}`;
  });
  const before = start > 0 ? "… " : "";
  const after = start + length < visible.length ? " …" : "";
  return `${before}${html}${after}`;
}
