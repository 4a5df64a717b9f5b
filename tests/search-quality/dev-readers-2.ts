/**
 * Part of the development set (dev-queries.ts): a second batch of queries written from readers'
 * points of view — the public on a phone, journalists, newsletter writers — after reading the
 * explainers, glossary, timeline, questions page and status tracker. Questions in everyday words,
 * everyday and romanised Japanese (with and without long-vowel marks, and "ou" spellings), names,
 * dates, legal references, typos, British spellings, the tracker and questions page, and queries
 * the site cannot answer. Each expectation was decided from the pages' content, and the file was
 * committed before it was first run and before any tuning of the ranking against it.
 */
import type { QualityQuery } from "./queries.ts";

const whoPolice = "/who-decides/#the-police-come-first";
const whoAbroad = "/who-decides/#servers-abroad-need-the-foreign-minister";
const whoSdf = "/who-decides/#the-sdf-needs-the-prime-ministers-order";
const whoChecks = "/who-decides/#two-checks-before-the-action";
const whoNeutralization = "/who-decides/#what-a-neutralization-is";
const acdMeans = "/active-cyber-defense/#what-active-cyber-defense-means";
const acdLaws = "/active-cyber-defense/#two-laws-not-one";
const acdWho = "/active-cyber-defense/#what-police-and-the-sdf-may-do-and-who-approves";
const privacyConstitution = "/privacy-safeguards/#what-the-constitution-protects";
const privacyLaw = "/privacy-safeguards/#what-the-law-allows-and-what-it-rules-out";
const privacyChecks = "/privacy-safeguards/#who-checks-and-what-happens-if-data-is-misused";
const privacyGovernment = "/privacy-safeguards/#what-the-government-says";
const privacyCritics = "/privacy-safeguards/#what-critics-say";
const strategyAdopted = "/strategy/#what-the-cabinet-adopted-and-when";
const strategyThreats = "/strategy/#which-threats-the-2025-strategy-names";
const strategyNco = "/strategy/#the-national-cybersecurity-offices-role";
const historyBasicAct = "/history/#the-basic-act-and-a-new-headquarters-20142015";
const history2021 = "/history/#the-2021-edition-naming-countries";
const history2022 = "/history/#2022-the-turning-point";
const historyNewOffice = "/history/#the-new-office-and-the-2025-edition";
const nowAttacks = "/why-now/#the-attacks-and-the-steps-that-followed";
const nowRansomware = "/why-now/#the-ransomware-that-changed-the-lists";
const nowHospitals = "/why-now/#hospitals-the-next-front";
const companyLists = "/company-duties/#three-lists-with-one-english-name";
const companyFine = "/company-duties/#what-happens-if-a-company-does-not-comply";
const intlPolice = "/international-comparison/#japans-choice-police-law";
const intlUk = "/international-comparison/#united-kingdom-a-cyber-force-and-a-double-lock";
const intlAustralia = "/international-comparison/#australia-acknowledged-and-funded";
const intlEu = "/international-comparison/#european-union-rules-for-reporting";
const intlGermany = "/international-comparison/#germany-a-constitutional-argument";

export const readerQueries2: QualityQuery[] = [
  // Questions in everyday words.
  {
    kind: "question",
    query: "can the government read my text messages",
    expected: [privacyLaw, privacyConstitution],
  },
  { kind: "question", query: "is there prison for misusing the data", expected: privacyChecks },
  { kind: "question", query: "who appoints the commission members", expected: privacyChecks },
  {
    kind: "question",
    query: "do police need a warrant to enter a server",
    expected: [intlPolice, privacyCritics, whoPolice],
  },
  { kind: "question", query: "does the foreign minister have to agree", expected: whoAbroad },
  {
    kind: "question",
    query: "why were ports added to the list",
    expected: [nowRansomware, nowAttacks, companyLists],
  },
  { kind: "question", query: "how big is the penalty for companies", expected: companyFine },
  {
    kind: "question",
    query: "who chairs the cybersecurity headquarters",
    expected: [
      strategyAdopted,
      historyNewOffice,
      historyBasicAct,
      "/glossary/#cybersecurity-strategic-headquarters",
    ],
  },
  { kind: "question", query: "how many staff moved from the old NISC", expected: historyBasicAct },
  {
    kind: "question",
    query: "what did the British commissioner say about Japan's watchdog",
    expected: intlUk,
  },
  {
    kind: "question",
    query: "how much does Australia spend on offensive cyber",
    expected: intlAustralia,
  },
  {
    kind: "question",
    query: "which incidents must be reported within 24 hours in the EU",
    expected: intlEu,
  },
  {
    kind: "question",
    query: "when did the law pass",
    expected: [
      acdMeans,
      acdLaws,
      history2022,
      "/timeline/#event-2025-05-16-acd-laws-enacted",
      privacyLaw,
    ],
  },
  {
    kind: "question",
    query: "who checks that the government follows the law",
    expected: [privacyChecks, whoChecks, "/glossary/#oversight-commission"],
  },
  {
    kind: "question",
    query: "what rank is the Cabinet Cyber Officer",
    expected: [strategyNco, "/glossary/#cabinet-cyber-officer"],
  },
  {
    kind: "question",
    query: "how many files leaked from the space agency",
    expected: [nowAttacks, "/timeline/#event-2023-11-29-jaxa-breach-confirmed"],
  },
  {
    kind: "question",
    query: "which countries does the strategy call a threat",
    expected: [strategyThreats, history2021],
  },
  {
    kind: "question",
    query: "does neutralizing mean deleting malware",
    expected: [
      whoNeutralization,
      "/active-cyber-defense/#the-three-pillars-of-active-cyber-defense",
    ],
  },

  // Everyday Japanese.
  { kind: "japanese", query: "外外通信", expected: "/glossary/#foreign-to-foreign-communications" },
  {
    kind: "japanese",
    query: "特定重要電子計算機",
    expected: "/glossary/#specified-important-computers",
  },
  {
    kind: "japanese",
    query: "サイバー危害防止措置執行官",
    expected: ["/glossary/#cyber-harm-prevention-officers", whoPolice, acdWho],
  },
  {
    kind: "japanese",
    query: "国家安全保障戦略",
    expected: "/glossary/#national-security-strategy",
  },
  {
    kind: "japanese",
    query: "ランサムウェア",
    expected: [nowRansomware, nowAttacks, "/timeline/#event-2023-07-04-nagoya-port-ransomware"],
  },
  { kind: "japanese", query: "外相", expected: [whoAbroad, acdWho] },
  {
    kind: "japanese",
    query: "衆議院",
    expected: [acdMeans, "/timeline/#event-2025-04-08-lower-house-passes-acd-bills", privacyChecks],
  },
  { kind: "japanese", query: "北朝鮮", expected: [strategyThreats, history2021] },
  { kind: "japanese", query: "石破", expected: privacyGovernment },

  // Romanised Japanese.
  {
    kind: "romanised",
    query: "tsūshin bōgo sochi",
    expected: "/glossary/#communications-protection-measures",
  },
  {
    kind: "romanised",
    query: "tokutei shingai jisho",
    expected: "/glossary/#specified-compromise-incidents",
  },
  { kind: "romanised", query: "kanri iinkai", expected: "/glossary/#oversight-commission" },
  {
    kind: "romanised",
    query: "kanmin renkei",
    expected: [
      "/glossary/#public-private-cooperation",
      "/active-cyber-defense/#the-three-pillars-of-active-cyber-defense",
    ],
  },
  { kind: "romanised", query: "kyousantou", expected: privacyCritics },
  {
    kind: "romanised",
    query: "tokubetsu shakai kiban jigyousha",
    expected: "/glossary/#special-infrastructure-operators",
  },

  // Names.
  { kind: "name", query: "Dobrindt", expected: intlGermany },
  { kind: "name", query: "Turnbull", expected: intlAustralia },
  { kind: "name", query: "Asahi Group Holdings", expected: nowHospitals },
  { kind: "name", query: "Kagoshima Bar Association", expected: privacyCritics },
  { kind: "name", query: "Avalanche botnet", expected: whoNeutralization },

  // Dates.
  {
    kind: "date",
    query: "16 December 2022",
    expected: ["/timeline/#event-2022-12-16-national-security-strategy", history2022, acdMeans],
  },
  {
    kind: "date",
    query: "8 April 2025",
    expected: ["/timeline/#event-2025-04-08-lower-house-passes-acd-bills", privacyChecks, acdMeans],
  },
  {
    kind: "date",
    query: "November 2024 expert panel",
    expected: ["/timeline/#event-2024-11-29-expert-panel-recommendations", history2022, acdMeans],
  },
  {
    kind: "date",
    query: "1 April 2026",
    expected: [
      "/status/#oversight-commission",
      "/timeline/#event-2026-04-01-oversight-commission-launch",
      "/privacy-safeguards/#what-is-still-open",
    ],
  },

  // Legal references.
  { kind: "legal", query: "Act No. 43", expected: ["/glossary/#companion-act", acdLaws] },
  {
    kind: "legal",
    query: "Unauthorized Acts against Important Electronic Computers",
    expected: [acdLaws, "/glossary/#cyber-response-capability-enhancement-act"],
  },
  { kind: "legal", query: "Article 21(1)", expected: privacyConstitution },

  // Typos and British spellings.
  {
    kind: "misspelling",
    query: "supervisery commision",
    expected: ["/glossary/#oversight-commission", privacyChecks],
  },
  {
    kind: "misspelling",
    query: "natonal security stratgy",
    expected: ["/glossary/#national-security-strategy", history2022],
  },
  {
    kind: "british",
    query: "Self-Defence Forces prime minister order",
    expected: [whoSdf, acdWho],
  },
  { kind: "british", query: "defence secrets", expected: whoSdf },

  // The tracker and the questions page.
  {
    kind: "topic",
    query: "is SDF neutralization in force",
    expected: "/status/#sdf-neutralization",
  },
  {
    kind: "topic",
    query: "budget for the oversight commission",
    expected: ["/status/#budget-fy2026", "/status/#oversight-commission"],
  },
  {
    kind: "topic",
    query: "medical sector status",
    expected: ["/status/#medical-sector", "/company-duties/#hospitals-next"],
  },
  { kind: "topic", query: "FAQ", expected: "/questions/" },

  // Nothing on the site answers these.
  { kind: "none", query: "tax return deadline", expected: "none" },
  { kind: "none", query: "nintendo switch price", expected: "none" },
  { kind: "none", query: "how to renew a japanese passport", expected: "none" },
  { kind: "none", query: "earthquake insurance", expected: "none" },
];
