/** "23 December 2025" — day-month-year, unambiguous for every reader. */
export function formatDate(date: Date): string {
  return new Intl.DateTimeFormat("en-GB", {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  }).format(date);
}

/** Formats a registry or timeline date string: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; "undated" when absent. */
export function formatPartialDate(value: string | undefined): string {
  if (!value) return "undated";
  const [y, m, d] = value.split("-").map(Number);
  if (!m) return String(y);
  const date = new Date(Date.UTC(y ?? 0, m - 1, d ?? 1));
  if (!d)
    return new Intl.DateTimeFormat("en-GB", {
      month: "long",
      year: "numeric",
      timeZone: "UTC",
    }).format(date);
  return formatDate(date);
}

/** ISO date `YYYY-MM-DD` for <time datetime>. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
