/**
 * Part of the development set (dev-queries.ts): a sixth batch of queries from readers' points of
 * view, written for issue 14's seventh round from readers unlike the earlier batches' — a journalist
 * checking dates, numbers, article numbers and who said what; a student comparing Japan with other
 * countries and tracing the history since 2013; a company's compliance officer asking about duties,
 * deadlines and penalties; a privacy-minded citizen; a Japanese speaker typing Japanese or romaji;
 * and a newsletter writer asking about reuse. Each expectation was decided from the pages' content
 * (content/, src/pages/about.astro) and the built pages, and the file was committed before it was
 * first run and before any change to the ranking.
 */
import type { QualityQuery } from "./queries.ts";

const whoPolice = "/who-decides/#the-police-come-first";
const whoAbroad = "/who-decides/#servers-abroad-need-the-foreign-minister";
const whoSdf = "/who-decides/#the-sdf-needs-the-prime-ministers-order";
const whoLaw = "/who-decides/#the-international-law-questions";
const acdMeans = "/active-cyber-defense/#what-active-cyber-defense-means";
const acdLaws = "/active-cyber-defense/#two-laws-not-one";
const acdWho = "/active-cyber-defense/#what-police-and-the-sdf-may-do-and-who-approves";
const privacyConstitution = "/privacy-safeguards/#what-the-constitution-protects";
const privacyLaw = "/privacy-safeguards/#what-the-law-allows-and-what-it-rules-out";
const privacyChecks = "/privacy-safeguards/#who-checks-and-what-happens-if-data-is-misused";
const privacyGovernment = "/privacy-safeguards/#what-the-government-says";
const privacyCritics = "/privacy-safeguards/#what-critics-say";
const strategyThreats = "/strategy/#which-threats-the-2025-strategy-names";
const strategyNco = "/strategy/#the-national-cybersecurity-offices-role";
const strategySaid = "/strategy/#what-the-government-said-about-the-2025-strategy";
const historyBasicAct = "/history/#the-basic-act-and-a-new-headquarters-20142015";
const history2015 = "/history/#the-2015-and-2018-editions";
const history2021 = "/history/#the-2021-edition-naming-countries";
const history2022 = "/history/#2022-the-turning-point";
const companyLists = "/company-duties/#three-lists-with-one-english-name";
const companyDesignation = "/company-duties/#how-designation-works";
const companyDuties = "/company-duties/#the-three-duties";
const companyComply = "/company-duties/#what-happens-if-a-company-does-not-comply";
const companyForms = "/company-duties/#forms-transition-and-start-dates";
const nowAttacks = "/why-now/#the-attacks-and-the-steps-that-followed";
const nowVictims = "/why-now/#when-the-defenders-were-the-victims";
const intlPolice = "/international-comparison/#japans-choice-police-law";
const intlUk = "/international-comparison/#united-kingdom-a-cyber-force-and-a-double-lock";
const intlEu = "/international-comparison/#european-union-rules-for-reporting";
const intlGermany = "/international-comparison/#germany-a-constitutional-argument";
const intlOthers = "/international-comparison/#what-others-said-about-japan";
const gOversight = "/glossary/#oversight-commission";
const aboutLicence = "/about/#licence";

export const readerQueries6: QualityQuery[] = [
  // A journalist checking facts: dates, numbers, article numbers, who said what.
  {
    kind: "question",
    query: "when was Act No. 42 promulgated",
    expected: [acdLaws, "/timeline/#event-2025-05-23-acd-laws-promulgated"],
  },
  {
    kind: "question",
    query: "how many members does the oversight commission have",
    expected: [privacyChecks, gOversight],
  },
  {
    kind: "question",
    query: "who said Japan was 30 years behind",
    expected: intlOthers,
  },
  { kind: "name", query: "Chris Inglis", expected: intlOthers },
  {
    kind: "quote",
    query: "highest level of vigilance in the world",
    expected: strategySaid,
  },
  {
    kind: "question",
    query: "what is the fine for officials who leak the data",
    expected: privacyChecks,
  },
  {
    kind: "legal",
    query: "Act No. 104 of 2014",
    expected: [historyBasicAct, "/glossary/#basic-act-on-cybersecurity"],
  },
  { kind: "legal", query: "Article 12 of the Basic Act", expected: historyBasicAct },
  { kind: "legal", query: "Article 2(3) of Act No. 42", expected: companyLists },
  {
    kind: "question",
    query: "when did the Upper House pass the bills",
    expected: [acdMeans, "/timeline/#event-2025-05-16-acd-laws-enacted"],
  },
  {
    kind: "date",
    query: "27 July 2018",
    expected: [history2015, "/timeline/#event-2018-07-27-cybersecurity-strategy-2018"],
  },
  {
    kind: "date",
    query: "12 November 2014",
    expected: [historyBasicAct, "/glossary/#basic-act-on-cybersecurity"],
  },
  {
    kind: "date",
    query: "13 June 2023",
    expected: [nowAttacks, "/timeline/#event-2023-08-04-nisc-email-breach"],
  },
  {
    kind: "question",
    query: "who is Yoichi Iida",
    expected: [strategyNco, "/glossary/#cabinet-cyber-officer"],
  },

  // A student writing an essay: comparisons and history since 2013.
  {
    kind: "question",
    query: "how does Japan's approach compare with Britain's",
    expected: [intlUk, "/questions/#how-is-it-different-from-the-uk"],
  },
  {
    kind: "question",
    query: "does the European Union have anything like this",
    expected: [intlEu, "/questions/#does-the-eu-have-anything-similar"],
  },
  {
    kind: "question",
    query: "how has Japan's cybersecurity strategy changed since 2013",
    expected: "/history/",
  },
  {
    kind: "question",
    query: "which strategy first named China as a threat",
    expected: [history2021, strategyThreats],
  },
  { kind: "topic", query: "Cybersecurity for All", expected: history2021 },
  { kind: "topic", query: "hackbacks in Germany", expected: intlGermany },
  { kind: "term", query: "double lock", expected: intlUk },
  {
    kind: "question",
    query: "why does Japan rely on the police without a court warrant",
    expected: intlPolice,
  },

  // A compliance officer: duties, deadlines, penalties, which businesses.
  {
    kind: "question",
    query: "what is the deadline to notify a new critical computer system",
    expected: companyDuties,
  },
  {
    kind: "question",
    query: "is signing the data-sharing agreement mandatory",
    expected: [companyDuties, "/glossary/#party-agreement"],
  },
  {
    kind: "question",
    query: "who receives incident reports from banks",
    expected: companyDuties,
  },
  {
    kind: "question",
    query: "can the minister order us to file a missing report",
    expected: companyComply,
  },
  { kind: "topic", query: "electronic bond recording threshold", expected: companyDesignation },
  {
    kind: "name",
    query: "Specified Essential Infrastructure Service Providers",
    expected: companyDesignation,
  },
  { kind: "topic", query: "common reporting form for denial-of-service", expected: companyForms },

  // A privacy-minded citizen.
  { kind: "question", query: "is my IP address collected", expected: privacyLaw },
  {
    kind: "question",
    query: "does the government keep the content of my emails",
    expected: privacyLaw,
  },
  {
    kind: "question",
    query: "do they need a court warrant to collect my data",
    expected: [privacyLaw, privacyCritics],
  },
  {
    kind: "question",
    query: "does the constitution protect who I talk to",
    expected: privacyConstitution,
  },

  // Japanese: everyday and official names the pages and the glossary support.
  { kind: "japanese", query: "木原稔", expected: [strategySaid, privacyGovernment] },
  {
    kind: "japanese",
    query: "国家サイバー統括室",
    expected: "/glossary/#national-cybersecurity-office",
  },
  { kind: "japanese", query: "監理委員会", expected: gOversight },
  {
    kind: "japanese",
    query: "通信の秘密",
    expected: ["/glossary/#secrecy-of-communication", privacyConstitution],
  },
  {
    kind: "japanese",
    query: "能動的サイバー防御法",
    expected: ["/active-cyber-defense/", "/glossary/#active-cyber-defense"],
  },
  { kind: "japanese", query: "国会", expected: "/glossary/#diet" },
  { kind: "japanese", query: "警察庁", expected: [whoPolice, acdWho] },
  {
    kind: "japanese",
    query: "サイバーセキュリティ戦略",
    expected: ["/glossary/#cybersecurity-strategy", "/strategy/"],
  },
  {
    kind: "japanese",
    query: "有識者会議",
    expected: [acdMeans, history2022, "/timeline/#event-2024-11-29-expert-panel-recommendations"],
  },
  { kind: "japanese", query: "立憲民主党", expected: privacyCritics },
  { kind: "japanese", query: "防衛研究所", expected: whoLaw },
  {
    kind: "japanese",
    query: "特別社会基盤事業者",
    expected: ["/glossary/#special-infrastructure-operators", companyLists],
  },

  // Romanised Japanese.
  { kind: "romanised", query: "kihara minoru", expected: [strategySaid, privacyGovernment] },
  { kind: "romanised", query: "nichibenren", expected: privacyCritics },
  { kind: "romanised", query: "keisatsuchou", expected: [whoPolice, acdWho] },
  { kind: "romanised", query: "gaimu daijin", expected: whoAbroad },
  { kind: "romanised", query: "jieitai", expected: "/glossary/#self-defense-forces" },

  // Typos, British spellings and the other way round.
  {
    kind: "misspelling",
    query: "oversight commision approvel",
    expected: [privacyChecks, gOversight, acdWho],
  },
  { kind: "misspelling", query: "Kiahra press conference", expected: strategySaid },
  { kind: "misspelling", query: "Chris Ingliss", expected: intlOthers },
  {
    kind: "british",
    query: "authorisation from the prime minister for the SDF",
    expected: [whoSdf, acdWho],
  },
  {
    kind: "variant",
    // The page says "defence networks"; American readers type "defense".
    query: "classified defense networks hacked",
    expected: nowVictims,
  },

  // A newsletter writer: reuse and the site itself.
  { kind: "question", query: "can I quote this site in my newsletter", expected: aboutLicence },
  { kind: "variant", query: "license to reuse the text", expected: aboutLicence },
  { kind: "topic", query: "corrections policy", expected: "/about/#corrections" },
  { kind: "question", query: "does this site use cookies", expected: "/about/#privacy" },

  // Nothing on the site answers these.
  { kind: "none", query: "best hiking trails in hokkaido", expected: "none" },
  { kind: "none", query: "wedding dress rental", expected: "none" },
  { kind: "none", query: "how to cancel a netflix subscription", expected: "none" },
];
