/**
 * The held-out set: queries written from readers' points of view before any
 * tuning, and never tuned against. Fixed in the commit that added it; a query
 * is changed only when the page it expects changes, never to make it pass.
 */
import type { QualityQuery } from "./queries.ts";

const acdWho = "/active-cyber-defense/#what-police-and-the-sdf-may-do-and-who-approves";
const privacyLaw = "/privacy-safeguards/#what-the-law-allows-and-what-it-rules-out";
const privacyChecks = "/privacy-safeguards/#who-checks-and-what-happens-if-data-is-misused";
const privacyCritics = "/privacy-safeguards/#what-critics-say";
const privacyGovernment = "/privacy-safeguards/#what-the-government-says";
const privacyConstitution = "/privacy-safeguards/#what-the-constitution-protects";
const strategyNco = "/strategy/#the-national-cybersecurity-offices-role";
const strategyPillars = "/strategy/#the-three-pillars-of-the-2025-strategy";

export const heldOutQueries: QualityQuery[] = [
  // Questions, as readers ask them.
  {
    kind: "question",
    query: "what does the watchdog do",
    expected: [privacyChecks, "/glossary/#oversight-commission"],
  },
  {
    kind: "question",
    query: "who can approve a neutralization",
    // The "who decides" explainer ("Who decides, and what a neutralization is") is, as a whole,
    // the page about who approves a neutralization: every section of it answers the query.
    expected: [acdWho, "/who-decides/"],
  },
  {
    kind: "question",
    query: "what does the NCO do",
    expected: [strategyNco, "/glossary/#national-cybersecurity-office"],
  },
  {
    kind: "question",
    query: "can the government read my emails",
    expected: ["/questions/#can-the-government-read-my-email", privacyLaw],
  },
  {
    kind: "question",
    query: "is traffic inside Japan collected",
    expected: [privacyLaw, "/questions/#is-traffic-that-stays-inside-japan-collected"],
  },
  {
    kind: "question",
    query: "who leads the National Cybersecurity Office",
    expected: [strategyNco, "/glossary/#cabinet-cyber-officer"],
  },
  {
    kind: "question",
    query: "what are the three pillars of active cyber defense",
    expected: "/active-cyber-defense/#the-three-pillars-of-active-cyber-defense",
  },
  {
    kind: "question",
    query: "when does the law take effect",
    expected: [
      "/active-cyber-defense/#when-active-cyber-defense-takes-effect",
      "/questions/#when-do-the-duties-start",
      "/company-duties/#forms-transition-and-start-dates",
    ],
  },
  {
    kind: "question",
    query: "why do critics oppose the law",
    expected: [privacyCritics, "/questions/#who-opposed-the-law"],
  },
  {
    kind: "question",
    query: "which countries does the 2025 strategy name as threats",
    expected: "/strategy/#which-threats-the-2025-strategy-names",
  },
  {
    kind: "question",
    query: "what happens if an official leaks data",
    expected: [privacyChecks, "/questions/#what-happens-to-an-official-who-misuses-the-data"],
  },
  {
    kind: "question",
    query: "how many members sit on the oversight commission",
    expected: [privacyChecks, "/glossary/#oversight-commission"],
  },
  {
    kind: "question",
    query: "what did Kihara say about privacy",
    expected: ["/strategy/#what-the-government-said-about-the-2025-strategy", privacyGovernment],
  },
  {
    kind: "question",
    query: "what replaced NISC",
    expected: [
      "/glossary/#national-cybersecurity-office",
      "/history/#the-new-office-and-the-2025-edition",
      strategyNco,
    ],
  },
  {
    kind: "question",
    query: "why did Japan act now",
    expected: ["/why-now/", "/questions/#why-did-japan-act-now"],
    awaits: "readers",
  },
  {
    kind: "question",
    query: "can a company hack back",
    expected: [
      "/questions/#may-a-company-that-is-attacked-hack-back",
      "/who-decides/#why-it-is-not-hack-back",
    ],
    awaits: "readers",
  },
  {
    kind: "question",
    query: "what is the fine for failing to report an incident",
    expected: [
      "/company-duties/#what-happens-if-a-company-does-not-comply",
      "/questions/#what-happens-if-we-fail-to-report",
    ],
    awaits: "readers",
  },
  {
    kind: "question",
    query: "who was prime minister when the law passed",
    expected: privacyGovernment,
  },
  {
    kind: "question",
    query: "what did the 2021 strategy change",
    expected: "/history/#the-2021-edition-naming-countries",
  },

  // Japanese: glossary terms, and the everyday names of actors the English text names.
  { kind: "japanese", query: "防衛省", expected: strategyPillars },
  { kind: "japanese", query: "自衛隊", expected: "/glossary/#self-defense-forces" },
  { kind: "japanese", query: "官房長官", expected: "/glossary/#chief-cabinet-secretary" },
  { kind: "japanese", query: "国会", expected: "/glossary/#diet" },
  { kind: "japanese", query: "憲法", expected: privacyConstitution },
  { kind: "japanese", query: "日弁連", expected: privacyCritics },
  {
    kind: "japanese",
    query: "警察庁",
    expected: [acdWho, "/who-decides/#the-police-come-first"],
  },
  { kind: "japanese", query: "無害化", expected: "/glossary/#access-and-neutralization" },
  { kind: "japanese", query: "外外通信", expected: "/glossary/#foreign-to-foreign-communications" },
  {
    kind: "japanese",
    query: "国家安全保障戦略",
    expected: "/glossary/#national-security-strategy",
  },
  {
    kind: "japanese",
    query: "当事者協定",
    expected: "/glossary/#party-agreement",
    awaits: "readers",
  },
  { kind: "japanese", query: "石破首相", expected: privacyGovernment },

  // Romanised Japanese, with and without long-vowel marks.
  { kind: "romanised", query: "jieitai", expected: "/glossary/#self-defense-forces" },
  {
    kind: "romanised",
    query: "kokka saibā tōkatsushitsu",
    expected: "/glossary/#national-cybersecurity-office",
  },
  {
    kind: "romanised",
    query: "noudouteki saibaa bougyo",
    expected: ["/active-cyber-defense/", "/glossary/#active-cyber-defense"],
  },
  {
    kind: "romanised",
    query: "tsushin no himitsu",
    expected: "/glossary/#secrecy-of-communication",
  },
  { kind: "romanised", query: "kikaiteki joho", expected: "/glossary/#metadata" },
  { kind: "romanised", query: "kanmin renkei", expected: "/glossary/#public-private-cooperation" },

  // Nothing on the site answers these.
  { kind: "none", query: "ramen recipe", expected: "none" },
  { kind: "none", query: "bitcoin price today", expected: "none" },
  { kind: "none", query: "weather forecast for osaka", expected: "none" },
  { kind: "none", query: "football world cup results", expected: "none" },
  { kind: "none", query: "wedding dress shops", expected: "none" },
  { kind: "none", query: "cooking classes near me", expected: "none" },

  // Names.
  { kind: "name", query: "Sanae Takaichi", expected: "/strategy/" },
  {
    kind: "name",
    query: "Minoru Kihara",
    expected: ["/strategy/#what-the-government-said-about-the-2025-strategy", privacyGovernment],
  },
  { kind: "name", query: "Shigeru Ishiba", expected: privacyGovernment },
  { kind: "name", query: "Tetsuya Shiokawa", expected: privacyCritics },
  { kind: "name", query: "Kagoshima Bar Association", expected: privacyCritics },
  {
    kind: "name",
    query: "Chris Inglis",
    expected: "/international-comparison/#what-others-said-about-japan",
    awaits: "readers",
  },

  // Dates.
  {
    kind: "date",
    query: "23 December 2025",
    expected: [
      "/strategy/#what-the-cabinet-adopted-and-when",
      "/timeline/#event-2025-12-23-cybersecurity-strategy-2025",
      "/history/#the-new-office-and-the-2025-edition",
    ],
  },
  {
    kind: "date",
    query: "1 October 2026",
    expected: [
      "/active-cyber-defense/#when-active-cyber-defense-takes-effect",
      "/timeline/#event-2026-10-01-main-provisions-take-effect",
    ],
  },
  {
    kind: "date",
    query: "16 May 2025",
    expected: [
      "/active-cyber-defense/#two-laws-not-one",
      "/timeline/#event-2025-05-16-acd-laws-enacted",
    ],
  },
  {
    kind: "date",
    query: "9 January 2015",
    expected: [
      "/timeline/#event-2015-01-09-nisc-launched",
      "/history/#the-basic-act-and-a-new-headquarters-20142015",
    ],
  },
  { kind: "date", query: "2018 edition", expected: "/history/#the-2015-and-2018-editions" },
  {
    kind: "date",
    query: "September 2021",
    expected: [
      "/history/#the-2021-edition-naming-countries",
      "/timeline/#event-2021-09-28-cybersecurity-strategy-2021",
    ],
  },

  // Legal references.
  {
    kind: "legal",
    query: "Act No. 42",
    expected: [
      "/glossary/#cyber-response-capability-enhancement-act",
      "/active-cyber-defense/#two-laws-not-one",
    ],
  },
  { kind: "legal", query: "Article 21(2)", expected: privacyConstitution },
  {
    kind: "legal",
    query: "Article 6-2",
    expected: [acdWho, "/who-decides/#the-police-come-first"],
  },
  {
    kind: "legal",
    query: "Police Duties Execution Act",
    expected: [
      acdWho,
      "/who-decides/#the-police-come-first",
      "/international-comparison/#japans-choice-police-law",
    ],
  },
  {
    kind: "legal",
    query: "Act No. 104 of 2014",
    expected: [
      "/glossary/#basic-act-on-cybersecurity",
      "/history/#the-basic-act-and-a-new-headquarters-20142015",
    ],
  },
  {
    kind: "legal",
    query: "NIS2",
    expected: "/international-comparison/#european-union-rules-for-reporting",
    awaits: "readers",
  },

  // Misspellings.
  {
    kind: "misspelling",
    query: "nuetralization",
    // Since the "who decides" explainer, neutralization has a section of its own.
    expected: ["/glossary/#access-and-neutralization", "/who-decides/#what-a-neutralization-is"],
  },
  {
    kind: "misspelling",
    query: "oversite commission",
    expected: "/glossary/#oversight-commission",
  },
  {
    kind: "misspelling",
    query: "cabnet cyber officer",
    expected: "/glossary/#cabinet-cyber-officer",
  },
  { kind: "misspelling", query: "consitution", expected: privacyConstitution },
  { kind: "misspelling", query: "Takiachi", expected: "/strategy/" },
  {
    kind: "misspelling",
    query: "secrecy of comunications",
    expected: "/glossary/#secrecy-of-communication",
  },

  // British spellings.
  {
    kind: "british",
    query: "neutralisation of servers",
    // Since the "who decides" explainer, neutralization has a section of its own.
    expected: [
      "/glossary/#access-and-neutralization",
      "/active-cyber-defense/#the-three-pillars-of-active-cyber-defense",
      "/who-decides/#what-a-neutralization-is",
    ],
  },
  { kind: "british", query: "Ministry of Defence", expected: strategyPillars },
  {
    kind: "british",
    query: "highly organised attack from abroad",
    expected: [
      acdWho,
      "/who-decides/#the-sdf-needs-the-prime-ministers-order",
      "/glossary/#communications-protection-measures",
    ],
  },
  {
    kind: "british",
    query: "analyse communications data",
    expected: [privacyLaw, "/active-cyber-defense/#the-three-pillars-of-active-cyber-defense"],
  },
  { kind: "british", query: "cyber security centre", expected: "/glossary/#nisc" },

  // Topics, several on the pages other branches add.
  {
    kind: "topic",
    query: "Nagoya port ransomware",
    expected: "/why-now/#the-ransomware-that-changed-the-lists",
    awaits: "readers",
  },
  {
    kind: "topic",
    query: "designation of operators",
    expected: ["/company-duties/#how-designation-works", "/glossary/#essential-infrastructure"],
    awaits: "readers",
  },
  {
    kind: "topic",
    query: "double lock",
    expected: "/international-comparison/#united-kingdom-a-cyber-force-and-a-double-lock",
    awaits: "readers",
  },
  {
    kind: "topic",
    query: "status of the oversight commission",
    expected: [
      "/status/",
      "/questions/#is-the-oversight-commission-up-and-running",
      "/privacy-safeguards/#what-is-still-open",
    ],
  },
  {
    kind: "topic",
    query: "foreign minister consent",
    expected: "/who-decides/#servers-abroad-need-the-foreign-minister",
    awaits: "readers",
  },
  {
    kind: "topic",
    query: "hospitals",
    expected: [
      "/company-duties/#hospitals-next",
      "/why-now/#hospitals-the-next-front",
      "/questions/#are-hospitals-covered",
    ],
    awaits: "readers",
  },
];
