/**
 * Part of the development set (dev-queries.ts): the ways readers name the same
 * thing differently — other English names for countries and forces, "hack back"
 * as one word or another, dates as Americans write them, legal references cut
 * short, British spellings, singular and plural, the Japanese names of actors,
 * and the titles of the questions page's answers and the status tracker's
 * entries. Written from readers' points of view, with their expectations decided
 * from the pages' content, and committed before they were first run.
 */
import type { QualityQuery } from "./queries.ts";

const comparedUs = "/international-comparison/#united-states-defend-forward";
const comparedUk = "/international-comparison/#united-kingdom-a-cyber-force-and-a-double-lock";
const acdWho = "/active-cyber-defense/#what-police-and-the-sdf-may-do-and-who-approves";
const acdLaws = "/active-cyber-defense/#two-laws-not-one";
const whoPolice = "/who-decides/#the-police-come-first";
const whoSdf = "/who-decides/#the-sdf-needs-the-prime-ministers-order";
const whoHackBack = "/who-decides/#why-it-is-not-hack-back";
const whoChecks = "/who-decides/#two-checks-before-the-action";
const duties = "/company-duties/#the-three-duties";
const dutiesLists = "/company-duties/#three-lists-with-one-english-name";
const nowRansomware = "/why-now/#the-ransomware-that-changed-the-lists";
const nowAttacks = "/why-now/#the-attacks-and-the-steps-that-followed";

export const variantQueries: QualityQuery[] = [
  // Other English names for countries, forces and hack back.
  { kind: "variant", query: "Britain double lock", expected: comparedUk },
  {
    kind: "variant",
    query: "United Kingdom cyber force",
    expected: [comparedUk, "/questions/#how-is-it-different-from-the-uk"],
  },
  { kind: "variant", query: "America defend forward", expected: comparedUs },
  {
    kind: "question",
    query: "can the military neutralize servers",
    expected: [whoSdf, acdWho, "/questions/#when-can-the-self-defense-forces-act"],
  },
  {
    kind: "variant",
    query: "hackback",
    expected: [whoHackBack, "/questions/#may-a-company-that-is-attacked-hack-back"],
  },
  {
    kind: "question",
    query: "can a company counterattack hackers",
    expected: [whoHackBack, "/questions/#may-a-company-that-is-attacked-hack-back"],
  },

  // Dates as readers write them.
  {
    kind: "date",
    query: "May 2025",
    expected: [
      acdLaws,
      "/history/#2022-the-turning-point",
      "/timeline/#event-2025-05-16-acd-laws-enacted",
      "/timeline/#event-2025-05-23-acd-laws-promulgated",
    ],
  },
  {
    kind: "date",
    query: "December 2025",
    expected: [
      "/strategy/#what-the-cabinet-adopted-and-when",
      "/history/#the-new-office-and-the-2025-edition",
      "/timeline/#event-2025-12-23-cybersecurity-strategy-2025",
    ],
  },
  {
    kind: "date",
    query: "July 4, 2023",
    expected: [nowRansomware, nowAttacks, "/timeline/#event-2023-07-04-nagoya-port-ransomware"],
  },
  {
    kind: "date",
    query: "October 2026",
    expected: [
      "/active-cyber-defense/#when-active-cyber-defense-takes-effect",
      "/company-duties/#forms-transition-and-start-dates",
      "/timeline/#event-2026-10-01-main-provisions-take-effect",
    ],
  },

  // Legal references as readers shorten them.
  { kind: "legal", query: "Article 6-2", expected: [whoPolice, acdWho] },
  {
    kind: "legal",
    query: "Art. 21 constitution",
    expected: "/privacy-safeguards/#what-the-constitution-protects",
  },
  {
    kind: "legal",
    query: "Act No. 42",
    expected: ["/glossary/#cyber-response-capability-enhancement-act", acdLaws],
  },
  { kind: "legal", query: "Article 2(3)", expected: dutiesLists },

  // British spellings, singular and plural.
  {
    kind: "british",
    query: "Chinese hackers in defence networks",
    expected: "/why-now/#when-the-defenders-were-the-victims",
  },
  {
    kind: "british",
    query: "analysed communications data",
    expected: "/privacy-safeguards/#what-the-law-allows-and-what-it-rules-out",
  },
  { kind: "variant", query: "duty to report incidents", expected: duties },
  {
    kind: "variant",
    query: "hospital",
    expected: ["/company-duties/#hospitals-next", "/why-now/#hospitals-the-next-front"],
  },

  // Japanese and romanised names of actors.
  {
    kind: "japanese",
    query: "防衛研究所",
    expected: "/who-decides/#the-international-law-questions",
  },
  { kind: "romanised", query: "keisatsuchou", expected: [whoPolice, acdWho] },

  // The titles of answers and tracker entries, and questions asked in their words.
  {
    kind: "question",
    query: "is my company covered",
    expected: [dutiesLists, "/company-duties/#how-designation-works"],
  },
  {
    kind: "question",
    query: "have the powers been used yet",
    expected: [whoChecks, "/status/#police-neutralization", "/status/#sdf-neutralization"],
  },
  { kind: "topic", query: "fiscal 2026 budget", expected: "/status/#budget-fy2026" },
  {
    kind: "question",
    query: "how many sectors are on the critical infrastructure list",
    expected: dutiesLists,
  },
  {
    kind: "question",
    query: "how long is the collected data kept",
    expected: [
      "/questions/#how-long-is-the-collected-data-kept",
      "/privacy-safeguards/#who-checks-and-what-happens-if-data-is-misused",
    ],
  },
];
