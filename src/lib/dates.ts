// Formatters are built once: creating an Intl.DateTimeFormat costs ~0.05 ms, and the build
// formats dates thousands of times (every source list, embed and email file).
const dayMonthYear = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: "UTC",
});
const monthYear = new Intl.DateTimeFormat("en-GB", {
  month: "long",
  year: "numeric",
  timeZone: "UTC",
});

/** "23 December 2025" — day-month-year, unambiguous for every reader. */
export function formatDate(date: Date): string {
  return dayMonthYear.format(date);
}

/** Formats a registry or timeline date string: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; "undated" when absent. */
export function formatPartialDate(value: string | undefined): string {
  if (!value) return "undated";
  const [y, m, d] = value.split("-").map(Number);
  if (!m) return String(y);
  const date = new Date(Date.UTC(y ?? 0, m - 1, d ?? 1));
  if (!d) return monthYear.format(date);
  return formatDate(date);
}

/** ISO date `YYYY-MM-DD` for <time datetime>. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
