/**
 * Dates and legal references in a query, each read as one thing to find where the pages write it
 * together: "April 2026" is found in "1 April 2026", not where "April" and "2026" stand in
 * different sentences; "Act 43" is found in "Act No. 43" or "Acts No. 42 and No. 43", not where
 * an act and the number 43 happen to be on the same page. Pure, so it is unit-tested.
 */

/** What a run of query words stands for: its text and what to search for (words in a row). */
export interface Reference {
  /** The words as typed (folded). */
  text: string;
  /** Each a phrase the pages may write, as words in a row. */
  alternatives: string[];
  /** For an act's number: the glossary key it may be ("act no. 42"), matched by prefix. */
  actKey?: string;
  /** Set for a date. */
  date?: boolean;
}

const months = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];

/** The month a word names ("jan", "sept", "July"), as the pages write it, or undefined. */
export function monthName(word: string): string | undefined {
  const w = word.toLowerCase().replace(/\.$/, "");
  if (w.length < 3) return undefined;
  if (w === "sept") return "september";
  return months.find((m) => m === w || (w.length === 3 && m.startsWith(w)));
}

const isDay = (w: string | undefined) =>
  !!w && /^(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?$/.test(w) ? w.replace(/\D+$/, "") : undefined;
const isYear = (w: string | undefined) => !!w && /^(?:19|20)\d\d$/.test(w);

/**
 * The date written at `words[at]`, as the pages write dates ("4 July 2023", "April 2026"):
 * "July 4, 2023", "4th July 2023", "23rd of December 2025", "Apr 2026", "2023-07-04" and
 * "4 July". A year alone is a number, not read here. Returns how many words it spans.
 */
export function dateSpan(words: string[], at: number): [number, Reference] | undefined {
  const [a, b, c] = [words[at], words[at + 1], words[at + 2]];
  const iso = a && /^((?:19|20)\d\d)-(\d\d)(?:-(\d\d))?$/.exec(a);
  if (iso) {
    const month = months[Number(iso[2]) - 1];
    if (!month) return undefined;
    const day = iso[3] ? `${Number(iso[3])} ` : "";
    return [1, { text: a, alternatives: [`${day}${month} ${iso[1]}`], date: true }];
  }
  const phrase = (n: number, text: string): [number, Reference] => [
    n,
    { text: words.slice(at, at + n).join(" "), alternatives: [text], date: true },
  ];
  const dayFirst = isDay(a);
  // "23rd of December 2025": the "of" is how it is said, not part of the date.
  if (dayFirst && b === "of" && c && monthName(c)) {
    const rest = dateSpan([a ?? "", ...words.slice(at + 2)], 0);
    if (rest)
      return [rest[0] + 1, { ...rest[1], text: words.slice(at, at + rest[0] + 1).join(" ") }];
  }
  const monthB = b && monthName(b);
  if (dayFirst && monthB)
    return isYear(c) ? phrase(3, `${dayFirst} ${monthB} ${c}`) : phrase(2, `${dayFirst} ${monthB}`);
  const monthA = a && monthName(a);
  if (!monthA) return undefined;
  const dayAfter = isDay(b);
  if (dayAfter)
    return isYear(c) ? phrase(3, `${dayAfter} ${monthA} ${c}`) : phrase(2, `${dayAfter} ${monthA}`);
  if (isYear(b)) return phrase(2, `${monthA} ${b}`);
  return undefined;
}

/** An article's number as the pages write it: "5", "6-2", "21(2)", "2(3)". */
const articleNumber = /^\d+(?:-\d+)?(?:\(\d{1,3}\))*$/;
const romanOrNumber = /^(?:[ivxlc]+|\d+)$/;

/**
 * The legal reference at `words[at]`: an act by its number ("Act No. 42", "Act 42", "Acts No. 42
 * of 2025", "No. 43"), an article ("Article 2(3)", "Art. 21", "Arts. 5") or a chapter ("Chapter
 * X"). The pages write an act's number as "No. 42", so that is what it is found by; "of 2025"
 * after it is part of the reference, not a year to find apart. Returns how many words it spans.
 */
export function legalSpan(words: string[], at: number): [number, Reference] | undefined {
  const [a = "", b = "", c = ""] = [words[at], words[at + 1], words[at + 2]];
  const ofYear = (n: number) => (words[at + n] === "of" && isYear(words[at + n + 1]) ? 2 : 0);
  const act = (n: number, number: string): [number, Reference] => {
    const span = n + ofYear(n);
    return [
      span,
      {
        text: words.slice(at, at + span).join(" "),
        alternatives: [`no ${number}`],
        actKey: `act no. ${number}`,
      },
    ];
  };
  if (/^(?:act|acts|law)$/.test(a) && b === "no" && /^\d+$/.test(c)) return act(3, c);
  if (/^(?:act|acts)$/.test(a) && /^\d+$/.test(b)) return act(2, b);
  if (a === "no" && /^\d+$/.test(b)) return act(2, b);
  if (/^(?:article|articles|art|arts)$/.test(a) && articleNumber.test(b))
    return [2, { text: `${a} ${b}`, alternatives: [`article ${b}`] }];
  if (a === "chapter" && romanOrNumber.test(b))
    return [2, { text: `${a} ${b}`, alternatives: [`chapter ${b}`] }];
  return undefined;
}

/**
 * The text with legal references and dates written the Japanese way read as the pages write them:
 * "21条" and "第21条" as "article 21", "第6条の2" as "article 6-2", "21条2項" as "article 21(2)",
 * "第42号" as "act no. 42" ("憲法21条" is the Constitution's Article 21); and dates: "2025年12月23日"
 * as "23 december 2025", "2026年4月" as "april 2026", "2013年" as "2013".
 */
export function westernReferences(text: string): string {
  return (
    text
      .replace(
        /(\d{4})年(?:(\d{1,2})月(?:(\d{1,2})日)?)?/g,
        (_, y: string, m?: string, d?: string) => {
          const month = m ? months[Number(m) - 1] : undefined;
          return ` ${d && month ? `${Number(d)} ` : ""}${month ? `${month} ` : ""}${y} `;
        },
      )
      .replace(
        /第?(\d+)条(?:の(\d+))?(?:第?(\d+)項)?/g,
        (_, n: string, sub?: string, para?: string) =>
          ` article ${n}${sub ? `-${sub}` : ""}${para ? `(${para})` : ""} `,
      )
      .replace(/(?:法律)?第(\d+)号/g, " act no. $1 ")
      // "No.42", "Art.21" as phones and quick typists write them: the number is a word of its own.
      .replace(/\b(no|nos|art|arts)\.(?=\d)/gi, "$1. ")
      .replace(/\s+/g, " ")
      .trim()
  );
}
