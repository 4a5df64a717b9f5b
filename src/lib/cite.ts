/**
 * "Cite this" lines for a page or a section, in the four styles readers ask
 * for. Pure and dependency-free: the share panel's script reuses it in the
 * browser when the reader picks a section.
 */
export interface CiteInput {
  /** What is cited: the explainer's title, or "Explainer: Section". */
  title: string;
  /** The site, which stands in for the author (no personal byline). */
  siteTitle: string;
  /** Absolute URL, with the section anchor for a section. */
  url: string;
  /** Date of the last substantive update, as `YYYY-MM-DD`. */
  updated: string;
  /** Key stem for BibTeX, e.g. the slug. */
  key: string;
}

export interface Citations {
  apa: string;
  mla: string;
  chicago: string;
  bibtex: string;
}

const months = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
// MLA 9 abbreviates months of more than four letters.
const mlaMonths = [
  "Jan.",
  "Feb.",
  "Mar.",
  "Apr.",
  "May",
  "June",
  "July",
  "Aug.",
  "Sept.",
  "Oct.",
  "Nov.",
  "Dec.",
];
const bibMonths = [
  "jan",
  "feb",
  "mar",
  "apr",
  "may",
  "jun",
  "jul",
  "aug",
  "sep",
  "oct",
  "nov",
  "dec",
];

/** Ends a title with a full stop unless it already ends with punctuation. */
function sentence(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

/** Escapes the characters BibTeX treats specially. */
function bib(text: string): string {
  return text.replace(/[\\{}]/g, "").replace(/([&%$#_])/g, "\\$1");
}

/** APA 7, MLA 9, Chicago 17 (bibliography) and BibTeX lines for one page or section. */
export function formatCitations(input: CiteInput): Citations {
  const [y = "", m = "1", d = "1"] = input.updated.split("-");
  const month = Number(m) - 1;
  const day = Number(d);
  const bare = input.url.replace(/^https?:\/\//, "");
  const key = `${input.key}-${y}`.replace(/[^A-Za-z0-9:-]/g, "-");
  return {
    apa: `${sentence(input.title)} (${y}, ${months[month]} ${day}). ${sentence(input.siteTitle)} ${input.url}`,
    mla: `“${sentence(input.title)}” ${input.siteTitle}, ${day} ${mlaMonths[month]} ${y}, ${bare}.`,
    chicago: `${sentence(input.siteTitle)} “${sentence(input.title)}” Last modified ${months[month]} ${day}, ${y}. ${input.url}.`,
    bibtex: [
      `@misc{${key},`,
      `  title = {${bib(input.title)}},`,
      `  author = {{${bib(input.siteTitle)}}},`,
      `  year = {${y}},`,
      `  month = ${bibMonths[month]},`,
      `  url = {${input.url}},`,
      `  note = {Last updated ${day} ${months[month]} ${y}}`,
      `}`,
    ].join("\n"),
  };
}
