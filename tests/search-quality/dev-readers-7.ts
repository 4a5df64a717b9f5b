/**
 * Part of the development set (dev-queries.ts): a seventh batch of queries, written for issue 14's
 * eighth round from readers unlike the earlier batches' — people who do not know the site's words
 * and paraphrase; long sentences pasted from a news report or a newsletter; a journalist checking
 * one figure, date or name; Japanese readers typing mixed Japanese and English, full- and
 * half-width forms, katakana loanwords, kanji without okurigana or the hiragana reading; phone
 * typing (no spaces, doubled letters, capitals, trailing punctuation or quotes, a name split in
 * two); and readers naming a section's idea rather than its heading. Each expectation was decided
 * from the pages' content (content/) and the built pages' anchors, and the file was committed
 * before it was first run and before any change to the ranking.
 */
import type { QualityQuery } from "./queries.ts";

const acdMeans = "/active-cyber-defense/#what-active-cyber-defense-means";
const acdLaws = "/active-cyber-defense/#two-laws-not-one";
const acdPillars = "/active-cyber-defense/#the-three-pillars-of-active-cyber-defense";
const acdWho = "/active-cyber-defense/#what-police-and-the-sdf-may-do-and-who-approves";
const acdWhen = "/active-cyber-defense/#when-active-cyber-defense-takes-effect";
const whoPolice = "/who-decides/#the-police-come-first";
const whoSdf = "/who-decides/#the-sdf-needs-the-prime-ministers-order";
const whoChecks = "/who-decides/#two-checks-before-the-action";
const whoNeutral = "/who-decides/#what-a-neutralization-is";
const whoHackBack = "/who-decides/#why-it-is-not-hack-back";
const privacyConstitution = "/privacy-safeguards/#what-the-constitution-protects";
const privacyLaw = "/privacy-safeguards/#what-the-law-allows-and-what-it-rules-out";
const privacyChecks = "/privacy-safeguards/#who-checks-and-what-happens-if-data-is-misused";
const privacyGovernment = "/privacy-safeguards/#what-the-government-says";
const privacyCritics = "/privacy-safeguards/#what-critics-say";
const privacyOpen = "/privacy-safeguards/#what-is-still-open";
const strategyAdopted = "/strategy/#what-the-cabinet-adopted-and-when";
const strategyCosts = "/strategy/#what-imposing-costs-on-attackers-means";
const strategyPillars = "/strategy/#the-three-pillars-of-the-2025-strategy";
const strategyNco = "/strategy/#the-national-cybersecurity-offices-role";
const strategySaid = "/strategy/#what-the-government-said-about-the-2025-strategy";
const history2021 = "/history/#the-2021-edition-naming-countries";
const history2022 = "/history/#2022-the-turning-point";
const historyNewOffice = "/history/#the-new-office-and-the-2025-edition";
const companyLists = "/company-duties/#three-lists-with-one-english-name";
const companyDuties = "/company-duties/#the-three-duties";
const companyHospitals = "/company-duties/#hospitals-next";
const nowAttacks = "/why-now/#the-attacks-and-the-steps-that-followed";
const nowAdversary = "/why-now/#a-named-adversary";
const nowArgument = "/why-now/#the-argument-the-attacks-made";
const nowHospitals = "/why-now/#hospitals-the-next-front";
const intlUk = "/international-comparison/#united-kingdom-a-cyber-force-and-a-double-lock";
const intlAustralia = "/international-comparison/#australia-acknowledged-and-funded";
const intlEu = "/international-comparison/#european-union-rules-for-reporting";
const gAcd = "/glossary/#active-cyber-defense";
const gOversight = "/glossary/#oversight-commission";
const gSecrecy = "/glossary/#secrecy-of-communication";
const gAccess = "/glossary/#access-and-neutralization";
const gCco = "/glossary/#cabinet-cyber-officer";
const budget = "/status/#budget-fy2026";
const event = (id: string) => `/timeline/#event-${id}`;

export const readerQueries7: QualityQuery[] = [
  // Readers who do not know the site's words and paraphrase.
  {
    kind: "question",
    query: "government hacking back",
    expected: [whoHackBack, whoNeutral, gAccess],
  },
  { kind: "question", query: "can they read my emails", expected: privacyLaw },
  { kind: "topic", query: "spying on internet traffic", expected: [privacyLaw, acdPillars] },
  {
    kind: "question",
    query: "who watches the watchers",
    expected: [privacyChecks, whoChecks, gOversight],
  },
  { kind: "topic", query: "mass surveillance", expected: [privacyLaw, privacyCritics] },
  { kind: "topic", query: "wiretapping without a warrant", expected: [privacyCritics, privacyLaw] },
  { kind: "question", query: "does the army get new cyber powers", expected: [whoSdf, acdWho] },
  {
    kind: "question",
    query: "what data do they keep about me",
    expected: [privacyLaw, privacyChecks],
  },
  { kind: "topic", query: "punishment for snooping officials", expected: privacyChecks },
  { kind: "topic", query: "taking down botnets", expected: whoNeutral },
  {
    kind: "topic",
    query: "hackers hitting hospitals",
    expected: [nowHospitals, companyHospitals, "/questions/#are-hospitals-covered"],
  },
  {
    kind: "topic",
    query: "privacy of correspondence in the constitution",
    expected: [privacyConstitution, gSecrecy],
  },
  {
    kind: "question",
    query: "who is the boss of japan's cyber agency",
    expected: [strategyNco, gCco],
  },
  { kind: "topic", query: "judges signing off on hacking in the UK", expected: intlUk },
  { kind: "question", query: "which police squad does the hacking", expected: [whoPolice, acdWho] },

  // Long sentences pasted from a news report or a newsletter.
  {
    kind: "question",
    query:
      "Japan's cabinet on Tuesday approved a new cybersecurity strategy that puts active cyber defense at its core",
    expected: [strategyAdopted, event("2025-12-23-cybersecurity-strategy-2025")],
  },
  {
    kind: "question",
    query:
      "the new law lets police and the military disable servers used in cyberattacks before damage is done",
    expected: [acdPillars, acdWho, whoNeutral, gAccess],
  },
  {
    kind: "question",
    query: "Tokyo says around 99 percent of cyberattacks targeting Japan originate overseas",
    expected: nowArgument,
  },
  {
    kind: "question",
    query: "the bar association warned against the state collecting internet data wholesale",
    expected: privacyCritics,
  },
  {
    kind: "question",
    query:
      "critics say the legislation violates the constitutional guarantee of secrecy of communications",
    expected: [privacyCritics, privacyConstitution],
  },
  {
    kind: "question",
    query:
      "Japan's parliament on Friday enacted legislation enabling active cyber defense, with the upper house approving the bills",
    expected: [acdMeans, acdLaws, event("2025-05-16-acd-laws-enacted")],
  },
  {
    kind: "question",
    query:
      "an independent panel will have to approve any collection of communications data without consent",
    expected: [privacyLaw, privacyChecks],
  },
  {
    kind: "question",
    query:
      "the government plans to launch the oversight body in April 2026 with a budget of 1.4 billion yen",
    expected: [
      budget,
      "/status/#oversight-commission",
      event("2026-04-01-oversight-commission-launch"),
    ],
  },
  {
    kind: "question",
    query:
      "Police said the Chinese hacking group MirrorFace carried out 210 cyberattacks on Japanese organizations",
    expected: [nowAttacks, nowAdversary, event("2025-01-08-mirrorface")],
  },
  {
    kind: "question",
    query:
      "companies operating critical infrastructure will be required to report cyberattacks to the government",
    expected: [companyDuties, acdPillars],
  },
  {
    kind: "question",
    query: "under the new strategy Japan will impose costs on attackers even in peacetime",
    expected: [strategyCosts, "/glossary/#imposing-costs"],
  },

  // A journalist checking one figure, date or name.
  { kind: "name", query: "1.4 billion yen", expected: budget },
  {
    kind: "name",
    query: "5,000 email addresses",
    expected: [nowAttacks, event("2023-08-04-nisc-email-breach")],
  },
  { kind: "name", query: "Australia 9.9 billion", expected: intlAustralia },
  { kind: "question", query: "how many jobs does REDSPICE add", expected: intlAustralia },
  { kind: "name", query: "vice-minister rank", expected: [strategyNco, gCco] },
  {
    kind: "legal",
    query: "18 months after promulgation",
    expected: [acdWhen, event("2026-10-01-main-provisions-take-effect")],
  },
  { kind: "name", query: "Japan Fair Trade Commission", expected: privacyChecks },
  { kind: "date", query: "13 March 2026", expected: budget },
  { kind: "question", query: "was Kihara a defense minister", expected: strategySaid },
  {
    kind: "name",
    query: "House of Councillors vote",
    expected: [event("2025-05-16-acd-laws-enacted"), acdMeans],
  },
  {
    kind: "name",
    query: "Official Gazette",
    expected: [event("2025-05-23-acd-laws-promulgated"), acdLaws],
  },
  {
    kind: "question",
    query: "who presented the strategy at the press conference",
    expected: strategyAdopted,
  },

  // Japanese readers: katakana loanwords, mixed scripts, widths, okurigana, readings.
  { kind: "japanese", query: "アクティブ・サイバー・ディフェンス", expected: [gAcd, acdMeans] },
  { kind: "japanese", query: "アクティブサイバーディフェンス", expected: [gAcd, acdMeans] },
  { kind: "japanese", query: "のうどうてきさいばーぼうぎょ", expected: [gAcd, acdMeans] },
  {
    kind: "japanese",
    query: "能動的サイバー防御とは",
    expected: [gAcd, acdMeans, "/questions/#what-is-active-cyber-defense-in-short"],
  },
  { kind: "abbreviation", query: "ＡＣＤ", expected: ["/active-cyber-defense/", gAcd] },
  { kind: "japanese", query: "通信の秘密 憲法21条", expected: privacyConstitution },
  { kind: "japanese", query: "監理委員会 members", expected: [privacyChecks, gOversight] },
  { kind: "japanese", query: "自衛隊 neutralize", expected: [whoSdf, acdWho] },
  { kind: "japanese", query: "持回り", expected: [strategyAdopted, historyNewOffice] },
  { kind: "japanese", query: "誰も取残さない", expected: history2021 },
  {
    kind: "japanese",
    query: "サイバーセキュリティー戦略",
    expected: ["/glossary/#cybersecurity-strategy", "/strategy/"],
  },
  { kind: "japanese", query: "ｻｲﾊﾞｰ防御", expected: "/active-cyber-defense/" },
  { kind: "japanese", query: "警察庁長官", expected: [whoPolice, acdWho] },
  { kind: "japanese", query: "ぼうえいしょう", expected: [strategyPillars, whoSdf] },

  // Phone typing: no spaces, doubled letters, capitals, punctuation, a name split in two.
  { kind: "misspelling", query: "activecyberdefense", expected: ["/active-cyber-defense/", gAcd] },
  { kind: "title", query: "ACTIVE CYBER DEFENSE LAW", expected: ["/active-cyber-defense/", gAcd] },
  { kind: "title", query: "who decides??", expected: "/who-decides/" },
  { kind: "term", query: '"secrecy of communication"', expected: [gSecrecy, privacyConstitution] },
  {
    kind: "misspelling",
    query: "mirror face hackers",
    expected: [nowAdversary, nowAttacks, event("2025-01-08-mirrorface")],
  },
  { kind: "misspelling", query: "egov ddos", expected: [nowAttacks, event("2022-09-e-gov-ddos")] },
  { kind: "name", query: "NIS 2 directive", expected: intlEu },
  {
    kind: "legal",
    query: "act no.42",
    expected: ["/glossary/#cyber-response-capability-enhancement-act", acdLaws],
  },
  {
    kind: "question",
    query: "WHAT IS ACD?",
    expected: [gAcd, acdMeans, "/questions/#what-is-active-cyber-defense-in-short"],
  },
  { kind: "misspelling", query: "postquantum cryptography", expected: strategyPillars },

  // A section's idea rather than its heading.
  {
    kind: "topic",
    query: "checks and balances on police hacking",
    expected: [whoChecks, privacyChecks],
  },
  { kind: "topic", query: "limits on what the government can collect", expected: privacyLaw },
  { kind: "topic", query: "phase-in schedule", expected: acdWhen },
  { kind: "topic", query: "reports to parliament", expected: [privacyChecks, privacyOpen] },
  {
    kind: "question",
    query: "was active cyber defense ever defined",
    expected: [acdMeans, history2022],
  },
  { kind: "topic", query: "why passive defense was not enough", expected: nowArgument },
  {
    kind: "question",
    query: "which businesses count as critical infrastructure",
    expected: companyLists,
  },
  {
    kind: "question",
    query: "how the government answers privacy worries",
    expected: privacyGovernment,
  },

  // Nothing on the site answers these.
  { kind: "none", query: "マイナンバーカード 更新", expected: "none" },
  { kind: "none", query: "TikTok ban", expected: "none" },
];
