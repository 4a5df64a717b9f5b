/**
 * Part of the development set (dev-queries.ts): queries about the pages added
 * after the suite was first written (what companies must do, who decides, how
 * Japan compares, why now, the questions page and the status tracker), written
 * from readers' points of view from the pages' content, before being run.
 */
import type { QualityQuery } from "./queries.ts";

const duties = "/company-duties/#the-three-duties";
const dutiesLists = "/company-duties/#three-lists-with-one-english-name";
const whoChecks = "/who-decides/#two-checks-before-the-action";
const whoNeutralization = "/who-decides/#what-a-neutralization-is";
const whoHackBack = "/who-decides/#why-it-is-not-hack-back";
const whoLaw = "/who-decides/#the-international-law-questions";
const whoSdf = "/who-decides/#the-sdf-needs-the-prime-ministers-order";
const nowAttacks = "/why-now/#the-attacks-and-the-steps-that-followed";
const nowRansomware = "/why-now/#the-ransomware-that-changed-the-lists";
const nowAdversary = "/why-now/#a-named-adversary";
const comparedUk = "/international-comparison/#united-kingdom-a-cyber-force-and-a-double-lock";
const comparedAustralia = "/international-comparison/#australia-acknowledged-and-funded";
const comparedEu = "/international-comparison/#european-union-rules-for-reporting";

export const newPagesQueries: QualityQuery[] = [
  // Questions.
  {
    kind: "question",
    query: "does the law apply to my company",
    expected: [dutiesLists, "/company-duties/#how-designation-works"],
  },
  { kind: "question", query: "how fast must an incident be reported", expected: duties },
  {
    kind: "question",
    query: "who designates the police officers",
    expected: "/who-decides/#the-police-come-first",
  },
  { kind: "question", query: "why is it not hack back", expected: whoHackBack },
  {
    kind: "question",
    query: "what is a neutralization",
    expected: [whoNeutralization, "/glossary/#access-and-neutralization"],
  },
  { kind: "question", query: "who reviews serious cases in advance", expected: whoChecks },
  {
    kind: "question",
    query: "is neutralization legal under international law",
    expected: whoLaw,
  },
  { kind: "question", query: "which attacks led to the law", expected: nowAttacks },
  {
    kind: "question",
    query: "what happened at Nagoya port",
    expected: [nowRansomware, nowAttacks],
  },
  {
    kind: "question",
    query: "how does Australia use offensive cyber capabilities",
    expected: comparedAustralia,
  },
  {
    kind: "question",
    query: "what is the fine for not reporting",
    expected: "/company-duties/#what-happens-if-a-company-does-not-comply",
  },
  {
    kind: "question",
    query: "when do company duties start",
    expected: "/company-duties/#forms-transition-and-start-dates",
  },
  {
    kind: "question",
    query: "is the oversight commission running yet",
    expected: ["/status/#oversight-commission", whoChecks],
  },
  { kind: "question", query: "what is in force now", expected: "/status/" },
  {
    kind: "question",
    query: "has the neutralization power been used",
    expected: [whoChecks, "/status/#police-neutralization", "/status/#sdf-neutralization"],
  },

  // Topics and names on the new pages.
  { kind: "name", query: "MirrorFace", expected: [nowAdversary, nowAttacks] },
  { kind: "topic", query: "JAXA breach", expected: nowAttacks },
  { kind: "name", query: "Killnet", expected: nowAttacks },
  { kind: "legal", query: "NIS2 Article 23", expected: comparedEu },
  { kind: "legal", query: "Investigatory Powers Act", expected: comparedUk },
  { kind: "name", query: "REDSPICE", expected: comparedAustralia },
  {
    kind: "topic",
    query: "National Security Council review",
    expected: [whoChecks, "/glossary/#national-security-council"],
  },
  { kind: "name", query: "Gameover ZeuS botnet", expected: whoNeutralization },
  { kind: "legal", query: "Unauthorized Computer Access Act", expected: whoHackBack },
  {
    kind: "topic",
    query: "essential infrastructure list",
    expected: [dutiesLists, "/glossary/#essential-infrastructure"],
  },
  {
    kind: "topic",
    query: "ports added to the infrastructure list",
    expected: [nowRansomware, dutiesLists],
  },
  {
    kind: "topic",
    query: "hospital cyberattacks",
    expected: ["/why-now/#hospitals-the-next-front", "/company-duties/#hospitals-next"],
  },
  {
    kind: "topic",
    query: "data-sharing agreement",
    expected: ["/glossary/#party-agreement", duties],
  },
  { kind: "topic", query: "UN Charter", expected: whoLaw },
  {
    kind: "topic",
    query: "consulting the Foreign Minister",
    expected: "/who-decides/#servers-abroad-need-the-foreign-minister",
  },
  { kind: "name", query: "US Forces Japan", expected: whoSdf },
  { kind: "name", query: "Keidanren", expected: duties },
  { kind: "name", query: "APT10", expected: nowAdversary },
  { kind: "name", query: "Brian Leveson", expected: comparedUk },
  {
    kind: "name",
    query: "Nobukatsu Kanehara",
    expected: "/international-comparison/#what-others-said-about-japan",
  },
  {
    kind: "name",
    query: "Faeser",
    expected: "/international-comparison/#germany-a-constitutional-argument",
  },

  // Japanese, misspellings, dates, and nothing to find.
  {
    kind: "japanese",
    query: "重要インフラ",
    expected: ["/glossary/#critical-infrastructure-sectors", dutiesLists],
  },
  {
    kind: "japanese",
    query: "基幹インフラ",
    expected: ["/glossary/#essential-infrastructure", dutiesLists],
  },
  { kind: "misspelling", query: "ransomeware nagoya", expected: [nowRansomware, nowAttacks] },
  // The attacks became timeline events after these were written: a date leads to its event too.
  {
    kind: "date",
    query: "4 July 2023",
    expected: [nowRansomware, nowAttacks, "/timeline/#event-2023-07-04-nagoya-port-ransomware"],
  },
  {
    kind: "date",
    query: "26 December 2024",
    expected: [nowAttacks, "/timeline/#event-2024-12-26-jal-mufg-ddos"],
  },
  { kind: "none", query: "tokyo olympics tickets", expected: "none" },
  { kind: "none", query: "anime streaming sites", expected: "none" },
];
