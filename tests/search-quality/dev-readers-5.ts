/**
 * Part of the development set (dev-queries.ts): a fifth batch of queries from readers' points of
 * view, written for issue 14's round after the overfitted one — questions members of the public
 * ask about every explainer, Japanese everyday and official names, romanised terms, people, dates,
 * law references, typos, British spellings, the explainers and the questions page by name, and
 * queries the site cannot answer. Each expectation was decided from the pages' content (content/),
 * and the file was committed before it was first run and before any change to the ranking.
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
const privacyConstitution = "/privacy-safeguards/#what-the-constitution-protects";
const privacyLaw = "/privacy-safeguards/#what-the-law-allows-and-what-it-rules-out";
const privacyChecks = "/privacy-safeguards/#who-checks-and-what-happens-if-data-is-misused";
const privacyGovernment = "/privacy-safeguards/#what-the-government-says";
const privacyCritics = "/privacy-safeguards/#what-critics-say";
const privacyOpen = "/privacy-safeguards/#what-is-still-open";
const strategyAdopted = "/strategy/#what-the-cabinet-adopted-and-when";
const strategyThreats = "/strategy/#which-threats-the-2025-strategy-names";
const strategyPillars = "/strategy/#the-three-pillars-of-the-2025-strategy";
const strategyNco = "/strategy/#the-national-cybersecurity-offices-role";
const strategySaid = "/strategy/#what-the-government-said-about-the-2025-strategy";
const historyFirst = "/history/#the-first-strategy-2013";
const historyBasicAct = "/history/#the-basic-act-and-a-new-headquarters-20142015";
const history2021 = "/history/#the-2021-edition-naming-countries";
const history2022 = "/history/#2022-the-turning-point";
const historyNewOffice = "/history/#the-new-office-and-the-2025-edition";
const companyLists = "/company-duties/#three-lists-with-one-english-name";
const companyDesignation = "/company-duties/#how-designation-works";
const companyDuties = "/company-duties/#the-three-duties";
const companyForms = "/company-duties/#forms-transition-and-start-dates";
const nowAttacks = "/why-now/#the-attacks-and-the-steps-that-followed";
const nowRansomware = "/why-now/#the-ransomware-that-changed-the-lists";
const nowVictims = "/why-now/#when-the-defenders-were-the-victims";
const nowArgument = "/why-now/#the-argument-the-attacks-made";
const intlUk = "/international-comparison/#united-kingdom-a-cyber-force-and-a-double-lock";
const intlAustralia = "/international-comparison/#australia-acknowledged-and-funded";
const intlGermany = "/international-comparison/#germany-a-constitutional-argument";
const intlOthers = "/international-comparison/#what-others-said-about-japan";
const gOversight = "/glossary/#oversight-commission";

export const readerQueries5: QualityQuery[] = [
  // Questions members of the public ask, about each explainer's sections.
  {
    kind: "question",
    query: "is the government allowed to break into computers in other countries",
    expected: [whoAbroad, acdWho, whoLaw],
  },
  {
    kind: "question",
    query: "who watches over the police cyber unit",
    expected: [whoChecks, privacyChecks, acdWho],
  },
  { kind: "question", query: "will the police read my messages", expected: privacyLaw },
  {
    kind: "question",
    query: "what does the commission have to tell the Diet",
    expected: [privacyChecks, privacyOpen],
  },
  {
    kind: "question",
    query: "how did police deal with botnets before",
    expected: whoNeutralization,
  },
  {
    kind: "question",
    query: "does the SDF defend the systems of US forces",
    expected: whoSdf,
  },
  {
    kind: "question",
    query: "what instructions did Takaichi give",
    expected: strategySaid,
  },
  {
    kind: "question",
    query: "does the strategy help small businesses",
    expected: [strategyPillars, historyNewOffice],
  },
  {
    kind: "question",
    query: "election interference and disinformation",
    expected: [strategyThreats, "/timeline/#event-2025-11-07-draft-strategy-public-comment"],
  },
  {
    kind: "question",
    query: "how many targets did MirrorFace attack",
    expected: [nowAttacks, "/timeline/#event-2025-01-08-mirrorface"],
  },
  {
    kind: "question",
    query: "how many email addresses were notified after the breach",
    expected: [nowAttacks, nowVictims, "/timeline/#event-2023-08-04-nisc-email-breach"],
  },
  {
    kind: "question",
    query: "what did the Yomiuri editorial say",
    expected: [nowArgument, nowVictims],
  },
  {
    kind: "question",
    query: "what decides whether a company is designated",
    expected: [companyDesignation, companyLists],
  },
  { kind: "question", query: "do IT vendors have to fix vulnerabilities", expected: companyDuties },
  {
    kind: "question",
    query: "is there a grace period for incident reports",
    expected: companyForms,
  },
  {
    kind: "question",
    query: "how many sectors were on the list before ports joined",
    expected: companyLists,
  },
  {
    kind: "question",
    query: "how did Australia use its cyber capability during the pandemic",
    expected: intlAustralia,
  },
  {
    kind: "question",
    query: "does Germany need to change its constitution",
    expected: intlGermany,
  },
  { kind: "question", query: "how far behind is Japan", expected: intlOthers },
  {
    kind: "question",
    query: "is it self-defense against an armed attack",
    expected: whoLaw,
  },
  {
    kind: "question",
    query: "what did the Defense Ministry's research institute say",
    expected: whoLaw,
  },
  {
    kind: "question",
    query: "which parties voted for the bills",
    expected: [acdMeans, privacyCritics],
  },

  // Japanese: official and everyday names that the English pages name.
  {
    kind: "japanese",
    query: "内閣府",
    expected: [strategyNco, privacyChecks, acdWho, gOversight],
  },
  {
    kind: "japanese",
    query: "当事者協定",
    expected: ["/glossary/#party-agreement", companyDuties],
  },
  {
    kind: "japanese",
    query: "サイバーセキュリティ基本法",
    expected: ["/glossary/#basic-act-on-cybersecurity", historyBasicAct],
  },
  {
    kind: "japanese",
    query: "名古屋港",
    expected: [nowRansomware, nowAttacks, "/timeline/#event-2023-07-04-nagoya-port-ransomware"],
  },
  { kind: "japanese", query: "石破茂", expected: privacyGovernment },
  { kind: "japanese", query: "日本国憲法", expected: privacyConstitution },
  { kind: "japanese", query: "自衛隊法", expected: [acdWho, acdLaws] },

  // Romanised Japanese.
  {
    kind: "romanised",
    query: "toujisha kyoutei",
    expected: ["/glossary/#party-agreement", companyDuties],
  },
  {
    kind: "romanised",
    query: "naikakufu",
    expected: [strategyNco, privacyChecks, acdWho, gOversight],
  },
  {
    kind: "romanised",
    query: "juyo infura",
    expected: ["/glossary/#critical-infrastructure-sectors", companyLists],
  },
  { kind: "romanised", query: "ishiba shigeru", expected: privacyGovernment },
  {
    kind: "romanised",
    query: "saibaa sekyuritii kihonhou",
    expected: ["/glossary/#basic-act-on-cybersecurity", historyBasicAct],
  },

  // Names of people, bodies and places.
  { kind: "name", query: "Cyber Special Investigation Department", expected: whoPolice },
  { kind: "name", query: "Ichigaya", expected: whoSdf },
  { kind: "name", query: "Financial Services Agency", expected: companyDuties },
  { kind: "name", query: "US National Security Agency", expected: nowVictims },

  // Dates.
  { kind: "date", query: "15 May 2025", expected: privacyCritics },
  {
    kind: "date",
    query: "28 September 2021",
    expected: [
      history2021,
      strategyAdopted,
      "/timeline/#event-2021-09-28-cybersecurity-strategy-2021",
    ],
  },
  {
    kind: "date",
    query: "6 November 2014",
    expected: [historyBasicAct, "/timeline/#event-2014-11-06-basic-act-on-cybersecurity"],
  },
  { kind: "date", query: "9 January 2026", expected: [acdWhen, companyForms] },
  { kind: "date", query: "2 August 2026", expected: companyForms },

  // Legal references.
  {
    kind: "legal",
    query: "Act on the Promotion of Ensuring National Security",
    expected: [companyDesignation, "/glossary/#economic-security-promotion-act"],
  },
  {
    kind: "legal",
    query: "Basic Policy under Act No. 42",
    expected: [strategyAdopted, historyNewOffice, "/status/#strategy-2025"],
  },
  { kind: "legal", query: "supplementary resolution", expected: [privacyChecks, privacyOpen] },

  // Typos and British spellings.
  {
    kind: "misspelling",
    query: "oversite comittee members",
    expected: [privacyChecks, gOversight],
  },
  {
    kind: "misspelling",
    query: "intrnational law soverignty",
    expected: whoLaw,
  },
  {
    kind: "misspelling",
    query: "goverment email leak",
    expected: [nowAttacks, nowVictims, "/timeline/#event-2023-08-04-nisc-email-breach"],
  },
  { kind: "misspelling", query: "Leveson indepedence", expected: intlUk },
  {
    kind: "british",
    query: "parties in favour of the bills",
    expected: [acdMeans, privacyCritics],
  },
  { kind: "british", query: "criminalising misuse of data", expected: privacyChecks },
  {
    kind: "british",
    query: "organisations that must report incidents",
    expected: companyDuties,
  },

  // The explainers and the questions page by name.
  { kind: "title", query: "who decides", expected: "/who-decides/" },
  { kind: "title", query: "why now", expected: "/why-now/" },
  { kind: "title", query: "international comparison", expected: "/international-comparison/" },
  { kind: "title", query: "company duties", expected: "/company-duties/" },
  { kind: "title", query: "questions and answers", expected: "/questions/" },
  { kind: "topic", query: "the 2022 turning point", expected: history2022 },
  {
    kind: "topic",
    query: "first strategy council decision",
    expected: [
      historyFirst,
      strategyAdopted,
      "/timeline/#event-2013-06-10-first-cybersecurity-strategy",
    ],
  },

  // Nothing on the site answers these.
  { kind: "none", query: "football world cup tickets", expected: "none" },
  { kind: "none", query: "tokyo apartment rent", expected: "none" },
  { kind: "none", query: "how to make miso soup", expected: "none" },
  { kind: "none", query: "apple watch battery", expected: "none" },
];
