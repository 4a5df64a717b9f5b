/**
 * Part of the development set (dev-queries.ts): a third batch of queries from readers' points of
 * view, written to find failure classes the first two batches miss — short phone queries, yes/no
 * questions, everyday and romanised Japanese ("ou"/"uu" spellings), full names, bare dates and
 * years, legal references, typos, British spellings, the tracker and questions page, and queries
 * the site cannot answer. Each expectation was decided from the pages' content, and the file was
 * committed before it was first run and before any tuning of the ranking against it.
 */
import type { QualityQuery } from "./queries.ts";

const whoPolice = "/who-decides/#the-police-come-first";
const whoChecks = "/who-decides/#two-checks-before-the-action";
const acdLaws = "/active-cyber-defense/#two-laws-not-one";
const acdMeans = "/active-cyber-defense/#what-active-cyber-defense-means";
const acdWho = "/active-cyber-defense/#what-police-and-the-sdf-may-do-and-who-approves";
const acdWhen = "/active-cyber-defense/#when-active-cyber-defense-takes-effect";
const privacyConstitution = "/privacy-safeguards/#what-the-constitution-protects";
const privacyLaw = "/privacy-safeguards/#what-the-law-allows-and-what-it-rules-out";
const privacyGovernment = "/privacy-safeguards/#what-the-government-says";
const privacyCritics = "/privacy-safeguards/#what-critics-say";
const privacyOpen = "/privacy-safeguards/#what-is-still-open";
const strategyAdopted = "/strategy/#what-the-cabinet-adopted-and-when";
const strategyThreats = "/strategy/#which-threats-the-2025-strategy-names";
const strategyNco = "/strategy/#the-national-cybersecurity-offices-role";
const strategySaid = "/strategy/#what-the-government-said-about-the-2025-strategy";
const history2021 = "/history/#the-2021-edition-naming-countries";
const history2022 = "/history/#2022-the-turning-point";
const historyNewOffice = "/history/#the-new-office-and-the-2025-edition";
const nowAttacks = "/why-now/#the-attacks-and-the-steps-that-followed";
const nowRansomware = "/why-now/#the-ransomware-that-changed-the-lists";
const nowVictims = "/why-now/#when-the-defenders-were-the-victims";
const nowAdversary = "/why-now/#a-named-adversary";
const companyDuties = "/company-duties/#the-three-duties";
const intlUk = "/international-comparison/#united-kingdom-a-cyber-force-and-a-double-lock";
const intlAustralia = "/international-comparison/#australia-acknowledged-and-funded";

export const readerQueries3: QualityQuery[] = [
  // Questions, yes/no and open.
  {
    kind: "question",
    query: "who pays for the oversight commission",
    expected: "/status/#budget-fy2026",
  },
  {
    kind: "question",
    query: "when will active cyber defense be fully running",
    expected: [
      "/timeline/#event-2027-full-operation-of-active-cyber-defense",
      "/status/#communications-data",
      acdWhen,
      whoChecks,
    ],
  },
  {
    kind: "question",
    query: "what did Kihara say about privacy",
    expected: [privacyGovernment, strategySaid],
  },
  {
    kind: "question",
    query: "why do critics call the law unconstitutional",
    expected: privacyCritics,
  },
  {
    kind: "question",
    query: "what happened to JAL in December 2024",
    expected: [nowAttacks, "/timeline/#event-2024-12-26-jal-mufg-ddos"],
  },
  {
    kind: "question",
    query: "who is the first Cabinet Cyber Officer",
    expected: [strategyNco, "/glossary/#cabinet-cyber-officer"],
  },
  {
    kind: "question",
    query: "which ministers review serious cases",
    expected: [whoChecks, "/glossary/#national-security-council"],
  },
  { kind: "question", query: "is traffic inside Japan monitored", expected: privacyLaw },
  {
    kind: "question",
    query: "how many cyberattacks come from abroad",
    expected: "/why-now/#the-argument-the-attacks-made",
  },
  {
    kind: "question",
    query: "who attacked e-Gov",
    expected: [nowAttacks, "/timeline/#event-2022-09-e-gov-ddos"],
  },
  {
    kind: "question",
    query: "what is a specified important computer",
    expected: [
      "/glossary/#specified-important-computers",
      "/company-duties/#three-lists-with-one-english-name",
    ],
  },
  {
    kind: "question",
    query: "do companies have to share data with the government",
    expected: [companyDuties, "/glossary/#party-agreement"],
  },
  {
    kind: "question",
    query: "where does the NCO sit in government",
    expected: [strategyNco, historyNewOffice, "/glossary/#national-cybersecurity-office"],
  },

  // Everyday Japanese.
  { kind: "japanese", query: "自民党", expected: acdMeans },
  { kind: "japanese", query: "憲法", expected: privacyConstitution },
  { kind: "japanese", query: "防衛大臣", expected: [whoChecks, strategySaid] },
  { kind: "japanese", query: "中国", expected: [strategyThreats, history2021, nowAdversary] },
  {
    kind: "japanese",
    query: "サイバーセキュリティ戦略本部",
    expected: "/glossary/#cybersecurity-strategic-headquarters",
  },
  {
    kind: "japanese",
    query: "特定社会基盤事業者",
    expected: "/glossary/#essential-infrastructure",
  },
  { kind: "japanese", query: "官房長官", expected: "/glossary/#chief-cabinet-secretary" },

  // Romanised Japanese.
  { kind: "romanised", query: "kenpou", expected: privacyConstitution },
  { kind: "romanised", query: "jimintou", expected: acdMeans },
  { kind: "romanised", query: "kanbou choukan", expected: "/glossary/#chief-cabinet-secretary" },
  { kind: "romanised", query: "bouei daijin", expected: [whoChecks, strategySaid] },
  {
    kind: "romanised",
    query: "saibaa sekyuritii senryaku honbu",
    expected: "/glossary/#cybersecurity-strategic-headquarters",
  },

  // Names.
  { kind: "name", query: "Minoru Kihara", expected: [strategySaid, privacyGovernment] },
  { kind: "name", query: "Shigeru Ishiba", expected: privacyGovernment },
  { kind: "name", query: "GCHQ", expected: intlUk },
  {
    kind: "name",
    query: "MUFG Bank",
    expected: [nowAttacks, "/timeline/#event-2024-12-26-jal-mufg-ddos"],
  },
  { kind: "name", query: "ISIS", expected: intlAustralia },

  // Dates.
  {
    kind: "date",
    query: "23 December 2025",
    expected: [
      "/timeline/#event-2025-12-23-cybersecurity-strategy-2025",
      strategyAdopted,
      historyNewOffice,
    ],
  },
  { kind: "date", query: "31 January 2023", expected: history2022 },
  {
    kind: "date",
    query: "2027",
    expected: [
      "/timeline/#event-2027-full-operation-of-active-cyber-defense",
      "/status/#communications-data",
    ],
  },
  { kind: "date", query: "7 June 2024", expected: history2022 },

  // Legal references.
  {
    kind: "legal",
    query: "Act No. 42 of 2025",
    expected: ["/glossary/#cyber-response-capability-enhancement-act", acdLaws],
  },
  { kind: "legal", query: "SDF Act amendment", expected: [acdWho, acdLaws] },
  {
    kind: "legal",
    query: "Article 6-2 of the Police Duties Execution Act",
    expected: [whoPolice, acdWho],
  },

  // Typos and British spellings.
  {
    kind: "misspelling",
    query: "secrecy of comunication",
    expected: ["/glossary/#secrecy-of-communication", privacyConstitution],
  },
  {
    kind: "misspelling",
    query: "Mirorface",
    expected: [nowAttacks, nowAdversary, "/timeline/#event-2025-01-08-mirrorface"],
  },
  {
    kind: "misspelling",
    query: "cabnet cyber officer",
    expected: "/glossary/#cabinet-cyber-officer",
  },
  {
    kind: "misspelling",
    query: "ransonware port",
    expected: [nowRansomware, nowAttacks, "/timeline/#event-2023-07-04-nagoya-port-ransomware"],
  },
  {
    kind: "british",
    query: "cybersecurity centre email breach",
    expected: ["/timeline/#event-2023-08-04-nisc-email-breach", nowVictims, nowAttacks],
  },
  {
    kind: "british",
    query: "authorised police officers",
    expected: [whoPolice, acdWho, "/glossary/#cyber-harm-prevention-officers"],
  },
  { kind: "british", query: "REDSPICE programme", expected: intlAustralia },

  // The tracker and the questions page.
  {
    kind: "topic",
    query: "is the NCO open",
    expected: ["/status/#nco", strategyNco, "/timeline/#event-2025-07-01-nco-established"],
  },
  {
    kind: "topic",
    query: "commission launch date",
    expected: [
      "/status/#oversight-commission",
      "/timeline/#event-2026-04-01-oversight-commission-launch",
      privacyOpen,
      whoChecks,
    ],
  },
  {
    kind: "topic",
    query: "national security strategy revision",
    expected: ["/status/#nss-revision", historyNewOffice],
  },

  // Nothing on the site answers these.
  { kind: "none", query: "iphone screen repair", expected: "none" },
  { kind: "none", query: "japan visa requirements", expected: "none" },
  { kind: "none", query: "nikkei stock index", expected: "none" },
  { kind: "none", query: "best ramen in kyoto", expected: "none" },
];
