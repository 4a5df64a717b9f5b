/**
 * Part of the development set (dev-queries.ts): a fourth batch of queries from readers' points of
 * view, written for issue 14's next round — everyday and yes/no questions about every explainer's
 * sections, the Japanese and romanised names of laws, bodies and procedures, people and bodies by
 * full name, dates, legal references, typos, British spellings, the tracker, the questions page,
 * the timeline and glossary, and queries the site cannot answer. Each expectation was decided from
 * the pages' content, and the file was committed before it was first run and before any tuning of
 * the ranking against it.
 */
import type { QualityQuery } from "./queries.ts";

const whoPolice = "/who-decides/#the-police-come-first";
const whoAbroad = "/who-decides/#servers-abroad-need-the-foreign-minister";
const whoSdf = "/who-decides/#the-sdf-needs-the-prime-ministers-order";
const whoChecks = "/who-decides/#two-checks-before-the-action";
const whoNeutralization = "/who-decides/#what-a-neutralization-is";
const whoLaw = "/who-decides/#the-international-law-questions";
const acdMeans = "/active-cyber-defense/#what-active-cyber-defense-means";
const acdLaws = "/active-cyber-defense/#two-laws-not-one";
const acdWho = "/active-cyber-defense/#what-police-and-the-sdf-may-do-and-who-approves";
const acdWhen = "/active-cyber-defense/#when-active-cyber-defense-takes-effect";
const privacyLaw = "/privacy-safeguards/#what-the-law-allows-and-what-it-rules-out";
const privacyChecks = "/privacy-safeguards/#who-checks-and-what-happens-if-data-is-misused";
const privacyCritics = "/privacy-safeguards/#what-critics-say";
const privacyOpen = "/privacy-safeguards/#what-is-still-open";
const strategyAdopted = "/strategy/#what-the-cabinet-adopted-and-when";
const strategyThreats = "/strategy/#which-threats-the-2025-strategy-names";
const strategyPillars = "/strategy/#the-three-pillars-of-the-2025-strategy";
const history2015 = "/history/#the-2015-and-2018-editions";
const history2021 = "/history/#the-2021-edition-naming-countries";
const history2022 = "/history/#2022-the-turning-point";
const historyBasicAct = "/history/#the-basic-act-and-a-new-headquarters-20142015";
const companyLists = "/company-duties/#three-lists-with-one-english-name";
const companyDesignation = "/company-duties/#how-designation-works";
const companyDuties = "/company-duties/#the-three-duties";
const companyComply = "/company-duties/#what-happens-if-a-company-does-not-comply";
const companyForms = "/company-duties/#forms-transition-and-start-dates";
const companyHospitals = "/company-duties/#hospitals-next";
const nowAttacks = "/why-now/#the-attacks-and-the-steps-that-followed";
const nowRansomware = "/why-now/#the-ransomware-that-changed-the-lists";
const nowVictims = "/why-now/#when-the-defenders-were-the-victims";
const nowHospitals = "/why-now/#hospitals-the-next-front";
const intlPolice = "/international-comparison/#japans-choice-police-law";
const intlUs = "/international-comparison/#united-states-defend-forward";
const intlUk = "/international-comparison/#united-kingdom-a-cyber-force-and-a-double-lock";
const intlAustralia = "/international-comparison/#australia-acknowledged-and-funded";
const intlEu = "/international-comparison/#european-union-rules-for-reporting";

export const readerQueries4: QualityQuery[] = [
  // Questions, everyday and yes/no, about each explainer's sections.
  {
    kind: "question",
    query: "can the police delete malware on a foreign server",
    expected: [whoNeutralization, whoAbroad, acdWho],
  },
  {
    kind: "question",
    query: "who sits on the National Security Council",
    expected: [whoChecks, "/glossary/#national-security-council"],
  },
  {
    kind: "question",
    query: "how many years in prison for misusing communications data",
    expected: privacyChecks,
  },
  {
    kind: "question",
    query: "why did Japan use police law instead of the military",
    expected: intlPolice,
  },
  { kind: "question", query: "does a judge approve warrants in Britain", expected: intlUk },
  {
    kind: "question",
    query: "how many months does a company have to notify a new system",
    expected: companyDuties,
  },
  {
    kind: "question",
    query: "what if a company ignores a corrective order",
    expected: companyComply,
  },
  { kind: "question", query: "who designates the companies", expected: companyDesignation },
  {
    kind: "question",
    query: "what are the 15 sectors",
    expected: [companyLists, "/glossary/#critical-infrastructure-sectors"],
  },
  {
    kind: "question",
    query: "will hospitals be added to the list",
    expected: [companyHospitals, nowHospitals, "/status/#medical-sector"],
  },
  { kind: "question", query: "what did US Cyber Command propose in 2018", expected: intlUs },
  {
    kind: "question",
    query: "what happened at JAXA",
    expected: [nowAttacks, "/timeline/#event-2023-11-29-jaxa-breach-confirmed"],
  },
  { kind: "question", query: "what did the Washington Post report", expected: nowVictims },
  { kind: "question", query: "what is Society 5.0", expected: history2015 },
  {
    kind: "question",
    query: "does acting on a server abroad violate sovereignty",
    expected: whoLaw,
  },
  {
    kind: "question",
    query: "will the law be reviewed after three years",
    expected: [privacyChecks, privacyOpen, acdWhen],
  },

  // Japanese: official names and everyday words that the English pages name.
  { kind: "japanese", query: "防衛省", expected: [strategyPillars, whoSdf] },
  {
    kind: "japanese",
    query: "参議院",
    expected: [acdMeans, privacyChecks, "/timeline/#event-2025-05-16-acd-laws-enacted"],
  },
  { kind: "japanese", query: "警察官職務執行法", expected: [whoPolice, acdWho] },
  {
    kind: "japanese",
    query: "経済安全保障推進法",
    expected: "/glossary/#economic-security-promotion-act",
  },
  { kind: "japanese", query: "閣議決定", expected: strategyAdopted },
  { kind: "japanese", query: "日弁連", expected: privacyCritics },
  { kind: "japanese", query: "ロシア", expected: [strategyThreats, history2021, nowAttacks] },
  {
    kind: "japanese",
    query: "サイバー対処能力強化法",
    expected: ["/glossary/#cyber-response-capability-enhancement-act", acdLaws],
  },
  {
    kind: "japanese",
    query: "特定侵害事象",
    expected: "/glossary/#specified-compromise-incidents",
  },

  // Romanised Japanese, with and without long vowels.
  { kind: "romanised", query: "keisatsukan shokumu shikkouhou", expected: [whoPolice, acdWho] },
  { kind: "romanised", query: "kakugi kettei", expected: strategyAdopted },
  {
    kind: "romanised",
    query: "sangiin",
    expected: [acdMeans, privacyChecks, "/timeline/#event-2025-05-16-acd-laws-enacted"],
  },
  {
    kind: "romanised",
    query: "tokutei juuyou denshi keisanki",
    expected: ["/glossary/#specified-important-computers", companyLists],
  },
  {
    kind: "romanised",
    query: "saiba taisho noryoku kyokaho",
    expected: ["/glossary/#cyber-response-capability-enhancement-act", acdLaws],
  },

  // Names of people and bodies.
  {
    kind: "name",
    query: "Sanae Takaichi",
    expected: ["/strategy/", companyHospitals, nowHospitals],
  },
  { kind: "name", query: "Tetsuya Shiokawa", expected: privacyCritics },
  { kind: "name", query: "Nippon Ishin", expected: acdMeans },
  { kind: "name", query: "Digital Minister", expected: strategyAdopted },
  { kind: "name", query: "Australian Signals Directorate", expected: intlAustralia },
  { kind: "name", query: "National Cyber Force", expected: intlUk },
  { kind: "name", query: "Kirishima hospital", expected: nowHospitals },

  // Dates.
  { kind: "date", query: "18 March 2025", expected: privacyCritics },
  {
    kind: "date",
    query: "9 January 2015",
    expected: [historyBasicAct, "/timeline/#event-2015-01-09-nisc-launched"],
  },
  { kind: "date", query: "19 February 2025", expected: privacyCritics },
  {
    kind: "date",
    query: "4 September 2015",
    expected: [history2015, "/timeline/#event-2015-09-04-cybersecurity-strategy-2015"],
  },

  // Legal references.
  { kind: "legal", query: "72 hours notification", expected: intlEu },
  { kind: "legal", query: "companion act", expected: ["/glossary/#companion-act", acdLaws] },
  { kind: "legal", query: "ransomware reporting form", expected: companyForms },

  // Typos and British spellings.
  { kind: "misspelling", query: "Kagosima bar association", expected: privacyCritics },
  {
    kind: "misspelling",
    query: "Nagoya prot ransomware",
    expected: [nowRansomware, nowAttacks, "/timeline/#event-2023-07-04-nagoya-port-ransomware"],
  },
  {
    kind: "misspelling",
    query: "comunications protection measures",
    expected: ["/glossary/#communications-protection-measures", whoSdf],
  },
  {
    kind: "misspelling",
    query: "informaton security policy council",
    expected: [
      "/glossary/#information-security-policy-council",
      "/history/#the-first-strategy-2013",
    ],
  },
  {
    kind: "british",
    query: "defence and deterrence",
    expected: ["/glossary/#state-led-defense-and-deterrence", strategyPillars],
  },
  { kind: "british", query: "defence buildup programme", expected: [acdMeans, history2022] },
  { kind: "british", query: "analysing IP addresses", expected: privacyLaw },

  // The tracker, the questions page, the timeline and the glossary.
  { kind: "topic", query: "what is planned but not yet in force", expected: "/status/" },
  {
    kind: "topic",
    query: "status of communications data collection",
    expected: "/status/#communications-data",
  },
  { kind: "topic", query: "is the 2025 strategy in force", expected: "/status/#strategy-2025" },
  { kind: "title", query: "questions readers ask", expected: "/questions/" },
  { kind: "title", query: "glossary", expected: "/glossary/" },
  { kind: "title", query: "timeline of events", expected: "/timeline/" },

  // Nothing on the site answers these.
  { kind: "none", query: "bitcoin price", expected: "none" },
  { kind: "none", query: "shinkansen timetable", expected: "none" },
  { kind: "none", query: "how to learn japanese", expected: "none" },
  { kind: "none", query: "cherry blossom season", expected: "none" },
];
