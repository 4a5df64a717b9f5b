/**
 * Part of the development set (dev-queries.ts): 34 queries written from readers' points of view
 * after reading the explainers, glossary, timeline, questions page and status tracker — questions
 * asked in a reader's own words, questions whose answer is one section of a page, everyday and
 * romanised Japanese, years and months, legal references, names, and queries the site cannot
 * answer. Each expectation was decided from the pages' content, and the file was committed before
 * it was first run and before any tuning of the ranking against it.
 */
import type { QualityQuery } from "./queries.ts";

const whoPolice = "/who-decides/#the-police-come-first";
const whoAbroad = "/who-decides/#servers-abroad-need-the-foreign-minister";
const whoSdf = "/who-decides/#the-sdf-needs-the-prime-ministers-order";
const acdWho = "/active-cyber-defense/#what-police-and-the-sdf-may-do-and-who-approves";
const privacyConstitution = "/privacy-safeguards/#what-the-constitution-protects";
const privacyLaw = "/privacy-safeguards/#what-the-law-allows-and-what-it-rules-out";
const privacyChecks = "/privacy-safeguards/#who-checks-and-what-happens-if-data-is-misused";
const privacyCritics = "/privacy-safeguards/#what-critics-say";
const historyFirst = "/history/#the-first-strategy-2013";
const historyBasicAct = "/history/#the-basic-act-and-a-new-headquarters-20142015";
const history2015 = "/history/#the-2015-and-2018-editions";
const history2021 = "/history/#the-2021-edition-naming-countries";
const history2022 = "/history/#2022-the-turning-point";
const nowRansomware = "/why-now/#the-ransomware-that-changed-the-lists";
const nowAttacks = "/why-now/#the-attacks-and-the-steps-that-followed";

export const readerQueries: QualityQuery[] = [
  // Questions in a reader's own words.
  {
    kind: "question",
    query: "can the police hack a server abroad",
    expected: [whoAbroad, "/questions/#who-signs-off-before-police-touch-a-server-abroad"],
  },
  {
    kind: "question",
    query: "when does the law start",
    expected: [
      "/active-cyber-defense/#when-active-cyber-defense-takes-effect",
      "/company-duties/#forms-transition-and-start-dates",
      "/timeline/#event-2026-10-01-main-provisions-take-effect",
      "/status/",
    ],
  },
  { kind: "question", query: "how many members does the commission have", expected: privacyChecks },
  { kind: "question", query: "what happens if an official leaks data", expected: privacyChecks },
  { kind: "question", query: "does the law cover domestic traffic", expected: privacyLaw },
  {
    kind: "question",
    query: "why did the Communist Party oppose the bill",
    expected: privacyCritics,
  },
  {
    kind: "question",
    query: "who leads the National Cybersecurity Office",
    expected: [
      "/strategy/#the-national-cybersecurity-offices-role",
      "/glossary/#cabinet-cyber-officer",
    ],
  },
  {
    kind: "question",
    query: "how long did earlier strategies last",
    expected: [
      "/strategy/#what-the-cabinet-adopted-and-when",
      "/history/#the-new-office-and-the-2025-edition",
      history2015,
    ],
  },
  { kind: "question", query: "who was behind the Nagoya port attack", expected: nowRansomware },
  // Questions whose answer is one section of a page.
  { kind: "question", query: "what does the Basic Act require", expected: historyBasicAct },
  { kind: "question", query: "where is the joint police and SDF base", expected: whoSdf },
  {
    kind: "question",
    query: "what did the first strategy aim for",
    expected: [historyFirst, "/timeline/#event-2013-06-10-first-cybersecurity-strategy"],
  },

  // Everyday Japanese.
  { kind: "japanese", query: "自衛隊", expected: "/glossary/#self-defense-forces" },
  { kind: "japanese", query: "警察庁", expected: [whoPolice, acdWho] },
  { kind: "japanese", query: "監理委員会", expected: "/glossary/#oversight-commission" },
  {
    kind: "japanese",
    query: "有識者会議",
    expected: [
      "/timeline/#event-2024-11-29-expert-panel-recommendations",
      "/active-cyber-defense/#what-active-cyber-defense-means",
      history2022,
      "/international-comparison/#japans-choice-police-law",
    ],
  },

  // Romanised Japanese.
  { kind: "romanised", query: "jieitai", expected: "/glossary/#self-defense-forces" },
  {
    kind: "romanised",
    query: "keizai anzen hosho suishinho",
    expected: "/glossary/#economic-security-promotion-act",
  },
  { kind: "romanised", query: "nichibenren", expected: privacyCritics },

  // Years and months.
  {
    kind: "date",
    query: "2018 strategy",
    expected: ["/timeline/#event-2018-07-27-cybersecurity-strategy-2018", history2015],
  },
  {
    kind: "date",
    query: "June 2013",
    expected: ["/timeline/#event-2013-06-10-first-cybersecurity-strategy", historyFirst],
  },
  {
    kind: "date",
    query: "September 2021",
    expected: ["/timeline/#event-2021-09-28-cybersecurity-strategy-2021", history2021],
  },
  {
    kind: "date",
    query: "January 2015",
    expected: ["/timeline/#event-2015-01-09-nisc-launched", historyBasicAct],
  },

  // Legal references.
  { kind: "legal", query: "Article 12 of the Basic Act", expected: historyBasicAct },
  {
    kind: "legal",
    query: "Act No. 104 of 2014",
    expected: ["/glossary/#basic-act-on-cybersecurity", historyBasicAct],
  },
  { kind: "legal", query: "Article 21(2)", expected: privacyConstitution },
  {
    kind: "legal",
    query: "Police Duties Execution Act",
    expected: [whoPolice, acdWho, "/international-comparison/#japans-choice-police-law"],
  },

  // Names.
  { kind: "name", query: "LockBit", expected: nowRansomware },
  {
    kind: "name",
    query: "Chris Inglis",
    expected: "/international-comparison/#what-others-said-about-japan",
  },
  { kind: "name", query: "Reiwa Shinsengumi", expected: privacyCritics },
  {
    kind: "name",
    query: "Japan Airlines",
    expected: [nowAttacks, "/timeline/#event-2024-12-26-jal-mufg-ddos"],
  },

  // Nothing on the site answers these.
  { kind: "none", query: "weather forecast tokyo", expected: "none" },
  { kind: "none", query: "cheap flights to osaka", expected: "none" },
  { kind: "none", query: "how to bake bread", expected: "none" },
];
