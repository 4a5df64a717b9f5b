/**
 * Questions that ask for an amount, and the sections that hold one: "how many members" is
 * answered where a number stands before "members" ("five members"), "how long" where a number
 * of years, months, weeks, days or hours is, "how much" where a sum of money is. Such a section
 * is the likelier answer among those that hold the question's words. Pure, so it is unit-tested.
 */
import { isSameWord, type SectionScore, type TermMatch } from "./search-match.ts";
import { foldSpelling } from "./search-text.ts";

/** What a question asks for, when it asks for an amount. */
export type Asked = { kind: "count"; of: string } | { kind: "duration" } | { kind: "sum" };

/** What "how many …", "how long …" or "how much …" asks for, or undefined for other queries. */
export function askedFor(query: string): Asked | undefined {
  const m = /\bhow\s+(many|long|much)\b(?:\s+([\p{L}-]+))?/u.exec(foldSpelling(query));
  if (!m) return undefined;
  if (m[1] === "long") return { kind: "duration" };
  if (m[1] === "much") return { kind: "sum" };
  return m[2] ? { kind: "count", of: m[2] } : undefined;
}

const numberWords = new Set(
  (
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen " +
    "sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty hundred thousand " +
    "dozen dozens hundreds thousands"
  ).split(" "),
);

/**
 * True for an amount as the pages write one: "15", "1,900", "9.9", "five", "¥2", "A$9.9";
 * not a year ("2026"), which dates a thing rather than counting it.
 */
export function isNumber(word: string): boolean {
  const w = word.toLowerCase().replace(/^[^\p{L}\p{N}¥$€£]+|[^\p{L}\p{N}]+$/gu, "");
  if (/^(?:19|20)\d\d$/.test(w)) return false;
  return /^(?:a\$|[¥$€£])?\d/.test(w) || numberWords.has(w);
}

const durations = /^(?:years?|months?|weeks?|days?|hours?)$/;
const large = /^(?:million|billion|trillion)$/;
const bare = (w: string | undefined) =>
  (w ?? "").toLowerCase().replace(/^[^\p{L}\p{N}¥$€£]+|[^\p{L}\p{N}]+$/gu, "");

/**
 * True when words [start, end) answer `asked`: a number just before one of
 * `counted` (the places of the word counted, "members" in "how many members"), a number of
 * years, months, weeks, days or hours, or a sum of money ("¥2 million", "A$9.9 billion").
 */
export function holdsAnswer(
  words: string[],
  start: number,
  end: number,
  asked: Asked,
  counted: number[] = [],
): boolean {
  const numberBefore = (at: number) => isNumber(words[at - 1] ?? "");
  if (asked.kind === "count")
    return counted.some((at) => at >= start && at < end && numberBefore(at));
  for (let i = start; i < end; i++) {
    const w = bare(words[i]);
    if (asked.kind === "duration" && durations.test(w) && numberBefore(i)) return true;
    if (asked.kind === "sum" && (/^(?:a\$|[¥$€£])\d/.test(w) || (large.test(w) && numberBefore(i))))
      return true;
  }
  return false;
}

/**
 * The sections' scores, each section that holds some of the query and what it asks for (see
 * {@link askedFor}) scoring half the terms' weight more: "how many members" ranks the section
 * that says "five members" above one that only names the members.
 */
export function scoreAnswers(
  scored: SectionScore[],
  words: string[],
  terms: Pick<TermMatch, "locations" | "weight" | "names">[],
  query: string,
): SectionScore[] {
  const asked = askedFor(query);
  if (!asked) return scored;
  const counted =
    asked.kind === "count"
      ? terms
          .filter((t) => t.names.some((n) => n.length === 1 && isSameWord(asked.of, n[0] ?? "")))
          .flatMap((t) => t.locations)
      : [];
  const bonus = 2 * terms.reduce((sum, t) => sum + t.weight, 0);
  return scored.map((s) =>
    s.coverage && holdsAnswer(words, s.section.start, s.section.end, asked, counted)
      ? { ...s, score: s.score + bonus }
      : s,
  );
}
