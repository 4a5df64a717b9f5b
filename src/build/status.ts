import { formatPartialDate } from "../lib/dates.ts";
import type { StatusEntry, StatusValue } from "../schemas/status.ts";

/**
 * The date the site is built "as of", `YYYY-MM-DD`: `SITE_BUILD_DATE` when set (so tests can fix
 * the clock on either side of a planned date), otherwise today in UTC.
 */
export function buildDate(env: Record<string, string | undefined> = process.env): string {
  const set = env["SITE_BUILD_DATE"];
  if (set !== undefined && set !== "") {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(set) || Number.isNaN(Date.parse(set)))
      throw new Error(`SITE_BUILD_DATE must be YYYY-MM-DD, got "${set}"`);
    return set;
  }
  return new Date().toISOString().slice(0, 10);
}

/**
 * True once `planned` (`YYYY-MM-DD`, or `YYYY`, which passes only when the year is over) is
 * before `today`.
 */
export function isPast(planned: string, today: string): boolean {
  const end = planned.length === 4 ? `${planned}-12-31` : planned;
  return end < today;
}

/** What a reader is told, as of `today`. */
export interface ShownStatus {
  status: StatusValue;
  /** The sentence about the date: "Planned for 1 October 2026; …". */
  sentence: string;
  /** True when the planned date has passed with no confirmation recorded. */
  overdue: boolean;
}

/**
 * The status to show as of `today`. A `planned` entry whose date has passed is shown as
 * "not confirmed", with a sentence that says so, until someone records what happened.
 */
export function shownStatus(
  entry: Pick<StatusEntry, "status" | "plannedDate">,
  today: string,
): ShownStatus {
  const when = entry.plannedDate ? formatPartialDate(entry.plannedDate) : undefined;
  const on = entry.plannedDate?.length === 4 ? "in" : "for";
  if (entry.status === "planned" && entry.plannedDate && isPast(entry.plannedDate, today)) {
    return {
      status: "not confirmed",
      sentence: `Planned ${on} ${when}; this site has not confirmed that it took effect.`,
      overdue: true,
    };
  }
  const sentence =
    entry.status === "planned"
      ? when
        ? `Planned ${on} ${when}.`
        : "Planned; no date set."
      : entry.status === "in force"
        ? when
          ? `In force since ${when}.`
          : "In force."
        : entry.status === "not confirmed"
          ? when
            ? `Due ${when}; this site has not confirmed it.`
            : "This site has not confirmed it."
          : when
            ? `${entry.status === "confirmed" ? "Confirmed on" : "Reported for"} ${when}.`
            : entry.status === "confirmed"
              ? "Confirmed."
              : "Reported.";
  return { status: entry.status, sentence, overdue: false };
}

/**
 * The status sentence for running text, after a label: "The company duties, as of 30 November
 * 2026: planned for 1 October 2026; this site has not confirmed that it took effect." The page
 * (`<StatusNote>`) and the questions page's structured data both build it here, so they agree.
 */
export function statusNoteText(
  entry: Pick<StatusEntry, "status" | "plannedDate">,
  label: string,
  today: string,
): string {
  return `${label}, as of ${formatPartialDate(today)}: ${statusClause(entry, today)}`;
}

/** {@link shownStatus}'s sentence as the clause after a label: "planned for 1 October 2026." */
export function statusClause(
  entry: Pick<StatusEntry, "status" | "plannedDate">,
  today: string,
): string {
  const { sentence } = shownStatus(entry, today);
  return sentence.charAt(0).toLowerCase() + sentence.slice(1);
}

/**
 * `mdx` with each `<StatusNote id="…" label="…" />` replaced by its text ({@link statusNoteText}),
 * for plain-text copies of MDX such as the questions page's structured data.
 */
export function expandStatusNotes(
  mdx: string,
  entries: { id: string; data: Pick<StatusEntry, "status" | "plannedDate"> }[],
  today: string,
): string {
  return mdx.replace(/<StatusNote\b([^>]*)\/>/g, (tag, attrs: string) => {
    const id = /\bid="([^"]*)"/.exec(attrs)?.[1];
    const label = /\blabel="([^"]*)"/.exec(attrs)?.[1];
    const entry = entries.find((e) => e.id === id);
    if (!entry || label === undefined) throw new Error(`${tag}: no such status entry or no label`);
    return statusNoteText(entry.data, label, today);
  });
}

/** One line per entry due for review as of `today`: a planned date past, no confirmation. */
export function dueForReview(
  entries: { id: string; file: string; data: Pick<StatusEntry, "status" | "plannedDate"> }[],
  today: string,
): string[] {
  return entries
    .filter((e) => shownStatus(e.data, today).overdue)
    .map((e) => `${e.file}: planned for ${e.data.plannedDate}, no confirmation recorded`);
}

/**
 * One message per page whose `updated` date is later than the date a status it shows was last
 * checked: "updated" must mean every status on the page was re-checked by then.
 */
export function staleUpdates(
  pages: { file: string; updated: string; shows: string[] }[],
  checked: Map<string, string>,
): string[] {
  const problems: string[] = [];
  for (const page of pages) {
    for (const id of page.shows) {
      const on = checked.get(id);
      if (on === undefined)
        problems.push(`${page.file}: shows status "${id}", which does not exist`);
      else if (page.updated > on)
        problems.push(
          `${page.file}: updated ${page.updated} is later than the last check of status "${id}" (${on})`,
        );
    }
  }
  return problems;
}
