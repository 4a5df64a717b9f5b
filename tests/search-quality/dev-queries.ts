/**
 * The development set: the ranking may be tuned against these. It holds the
 * site's first quality suite (37 queries) and new queries of every kind, written
 * before any tuning alongside the held-out set.
 */
import { newPagesQueries } from "./dev-new-pages.ts";
import { firstSuite } from "./first-suite.ts";
import type { QualityQuery } from "./queries.ts";
import { variantQueries } from "./dev-variants.ts";
import { readerQueries } from "./dev-readers.ts";
import { readerQueries2 } from "./dev-readers-2.ts";
import { readerQueries3 } from "./dev-readers-3.ts";
import { readerQueries4 } from "./dev-readers-4.ts";
import { readerQueries5 } from "./dev-readers-5.ts";
import { readerQueries6 } from "./dev-readers-6.ts";
import { readerQueries7 } from "./dev-readers-7.ts";

const acdWho = "/active-cyber-defense/#what-police-and-the-sdf-may-do-and-who-approves";
const privacyLaw = "/privacy-safeguards/#what-the-law-allows-and-what-it-rules-out";
const privacyChecks = "/privacy-safeguards/#who-checks-and-what-happens-if-data-is-misused";
const privacyCritics = "/privacy-safeguards/#what-critics-say";
const privacyGovernment = "/privacy-safeguards/#what-the-government-says";
const privacyConstitution = "/privacy-safeguards/#what-the-constitution-protects";
const strategyNco = "/strategy/#the-national-cybersecurity-offices-role";
const strategyPillars = "/strategy/#the-three-pillars-of-the-2025-strategy";
const historyNewOffice = "/history/#the-new-office-and-the-2025-edition";

const newQueries: QualityQuery[] = [
  // Questions.
  {
    kind: "question",
    query: "who can approve SDF cyber operations",
    // The "who decides" explainer is, as a whole, the page about who approves these measures.
    expected: [acdWho, "/who-decides/"],
  },
  {
    kind: "question",
    query: "when did the NCO open",
    expected: [strategyNco, historyNewOffice, "/timeline/#event-2025-07-01-nco-established"],
  },
  {
    kind: "question",
    query: "what are the pillars of the 2025 strategy",
    expected: [strategyPillars, historyNewOffice],
  },
  { kind: "question", query: "what did the bar association say", expected: privacyCritics },
  {
    kind: "question",
    query: "what is the secrecy of communication",
    expected: ["/glossary/#secrecy-of-communication", privacyConstitution],
  },
  {
    kind: "question",
    query: "what is mechanical information",
    expected: ["/glossary/#metadata", privacyLaw],
  },
  {
    kind: "question",
    query: "when was the first cybersecurity strategy adopted",
    expected: [
      "/history/#the-first-strategy-2013",
      "/timeline/#event-2013-06-10-first-cybersecurity-strategy",
    ],
  },
  {
    kind: "question",
    query: "what does imposing costs mean",
    expected: ["/glossary/#imposing-costs", "/strategy/#what-imposing-costs-on-attackers-means"],
  },
  {
    kind: "question",
    query: "are hospitals covered",
    expected: ["/questions/#are-hospitals-covered", "/company-duties/#hospitals-next"],
    awaits: "readers",
  },
  {
    kind: "question",
    query: "what must companies report",
    expected: [
      "/company-duties/#the-three-duties",
      "/questions/#to-whom-do-we-report-an-incident-and-how-fast",
      "/questions/#what-must-we-notify-and-by-when",
    ],
    awaits: "readers",
  },
  {
    kind: "question",
    query: "how does the UK oversee offensive cyber operations",
    expected: [
      "/international-comparison/#united-kingdom-a-cyber-force-and-a-double-lock",
      "/questions/#how-is-it-different-from-the-uk",
    ],
    awaits: "readers",
  },
  {
    kind: "question",
    query: "who signs off before police touch a server abroad",
    expected: [
      "/who-decides/#servers-abroad-need-the-foreign-minister",
      "/questions/#who-signs-off-before-police-touch-a-server-abroad",
    ],
    awaits: "readers",
  },
  {
    kind: "question",
    query: "when can the Self-Defense Forces act",
    expected: [
      acdWho,
      "/who-decides/#the-sdf-needs-the-prime-ministers-order",
      "/questions/#when-can-the-self-defense-forces-act",
    ],
  },
  {
    kind: "question",
    query: "what is the difference between Act 42 and Act 43",
    expected: "/active-cyber-defense/#two-laws-not-one",
  },
  {
    kind: "question",
    query: "how long does the 2025 strategy last",
    expected: ["/strategy/#what-the-cabinet-adopted-and-when", historyNewOffice],
  },
  {
    kind: "question",
    query: "when did NISC open",
    expected: [
      "/timeline/#event-2015-01-09-nisc-launched",
      "/history/#the-basic-act-and-a-new-headquarters-20142015",
      "/glossary/#nisc",
    ],
  },
  { kind: "question", query: "can police read the content of messages", expected: privacyLaw },
  {
    kind: "question",
    query: "what is still unknown about the commission",
    expected: "/privacy-safeguards/#what-is-still-open",
  },
  {
    kind: "question",
    query: "how is Japan different from the US",
    expected: [
      "/international-comparison/#united-states-defend-forward",
      "/questions/#how-is-this-different-from-what-the-us-does",
    ],
    awaits: "readers",
  },

  // Japanese.
  {
    kind: "japanese",
    query: "首相",
    expected: [
      "/strategy/",
      privacyGovernment,
      "/who-decides/#the-sdf-needs-the-prime-ministers-order",
      acdWho,
    ],
  },
  { kind: "japanese", query: "警察", expected: [acdWho, "/who-decides/#the-police-come-first"] },
  { kind: "japanese", query: "内閣官房長官", expected: "/glossary/#chief-cabinet-secretary" },
  { kind: "japanese", query: "内閣官房", expected: "/glossary/#cabinet-secretariat" },
  { kind: "japanese", query: "日本弁護士連合会", expected: privacyCritics },
  {
    kind: "japanese",
    query: "外務大臣",
    expected: "/who-decides/#servers-abroad-need-the-foreign-minister",
    awaits: "readers",
  },
  { kind: "japanese", query: "機械的情報", expected: ["/glossary/#metadata", privacyLaw] },
  {
    kind: "japanese",
    query: "アクセス・無害化措置",
    expected: "/glossary/#access-and-neutralization",
  },
  {
    kind: "japanese",
    query: "通信防護措置",
    expected: ["/glossary/#communications-protection-measures", acdWho],
  },
  {
    kind: "japanese",
    query: "基幹インフラ事業者",
    expected: "/glossary/#critical-infrastructure-operators",
  },
  { kind: "japanese", query: "持ち回り", expected: historyNewOffice },
  { kind: "japanese", query: "高市首相", expected: "/strategy/" },
  { kind: "japanese", query: "内閣サイバーセキュリティセンター", expected: "/glossary/#nisc" },
  { kind: "japanese", query: "官民連携", expected: "/glossary/#public-private-cooperation" },

  // Romanised Japanese.
  {
    kind: "romanised",
    query: "kokka saiba toukatsushitsu",
    expected: "/glossary/#national-cybersecurity-office",
  },
  {
    kind: "romanised",
    query: "nōdōteki saibā bōgyo",
    expected: ["/active-cyber-defense/", "/glossary/#active-cyber-defense"],
  },
  {
    kind: "romanised",
    query: "tsuushin no himitsu",
    expected: "/glossary/#secrecy-of-communication",
  },
  { kind: "romanised", query: "naikaku saibākan", expected: "/glossary/#cabinet-cyber-officer" },
  { kind: "romanised", query: "mugaika", expected: "/glossary/#access-and-neutralization" },
  {
    kind: "romanised",
    query: "gaigai tsushin",
    expected: "/glossary/#foreign-to-foreign-communications",
  },
  {
    kind: "romanised",
    query: "kokka anzen hoshou senryaku",
    expected: "/glossary/#national-security-strategy",
  },
  { kind: "romanised", query: "bōeishō", expected: strategyPillars },
  { kind: "romanised", query: "kokkai", expected: "/glossary/#diet" },

  // Nothing on the site answers these.
  { kind: "none", query: "sushi restaurants", expected: "none" },
  { kind: "none", query: "guitar chords", expected: "none" },
  { kind: "none", query: "mortgage rates", expected: "none" },
  { kind: "none", query: "volcano eruption", expected: "none" },
  { kind: "none", query: "marathon training plan", expected: "none" },
  { kind: "none", query: "pokemon cards", expected: "none" },

  // Names.
  { kind: "name", query: "Iida", expected: strategyNco },
  {
    kind: "name",
    query: "Hisashi Matsumoto",
    expected: "/strategy/#what-the-cabinet-adopted-and-when",
  },
  { kind: "name", query: "JCA-NET", expected: privacyCritics },
  { kind: "name", query: "Japanese Communist Party", expected: privacyCritics },
  { kind: "name", query: "Komeito", expected: "/active-cyber-defense/" },
  { kind: "name", query: "Constitutional Democratic Party", expected: privacyCritics },

  // Dates.
  {
    kind: "date",
    query: "1 July 2025",
    expected: ["/timeline/#event-2025-07-01-nco-established", historyNewOffice, strategyNco],
  },
  {
    kind: "date",
    query: "2022 national security strategy",
    expected: ["/glossary/#national-security-strategy", "/history/#2022-the-turning-point"],
  },
  {
    kind: "date",
    query: "April 2026",
    expected: [
      "/timeline/#event-2026-04-01-oversight-commission-launch",
      "/privacy-safeguards/#what-is-still-open",
    ],
  },
  {
    kind: "date",
    query: "7 February 2025",
    expected: ["/timeline/#event-2025-02-07-cabinet-approves-acd-bills", "/active-cyber-defense/"],
  },
  { kind: "date", query: "2035 quantum cryptography", expected: strategyPillars },

  // Legal references.
  {
    kind: "legal",
    query: "Act No. 43 of 2025",
    expected: ["/glossary/#companion-act", "/active-cyber-defense/#two-laws-not-one"],
  },
  { kind: "legal", query: "Article 2-2", expected: privacyChecks },
  {
    kind: "legal",
    query: "SDF Act",
    expected: [acdWho, "/active-cyber-defense/#two-laws-not-one"],
  },
  {
    kind: "legal",
    query: "Chapter X of Act No. 42",
    expected: [privacyChecks, "/glossary/#oversight-commission"],
  },
  {
    kind: "legal",
    query: "Act 42 Article 5 reporting",
    expected: "/company-duties/#the-three-duties",
    awaits: "readers",
  },

  // Misspellings.
  { kind: "misspelling", query: "oversigt comission", expected: "/glossary/#oversight-commission" },
  { kind: "misspelling", query: "privacy safegaurds", expected: "/privacy-safeguards/" },
  {
    kind: "misspelling",
    query: "critcal infrastructure operators",
    expected: "/glossary/#critical-infrastructure-operators",
  },
  { kind: "misspelling", query: "Shiokowa", expected: privacyCritics },
  { kind: "misspelling", query: "self defence froces", expected: "/glossary/#self-defense-forces" },
  { kind: "misspelling", query: "constituion article 21", expected: privacyConstitution },

  // British spellings.
  {
    kind: "british",
    query: "neutralise servers",
    // Since the "who decides" explainer, neutralization has a section of its own.
    expected: [
      "/glossary/#access-and-neutralization",
      "/active-cyber-defense/#the-three-pillars-of-active-cyber-defense",
      "/who-decides/#what-a-neutralization-is",
    ],
  },
  { kind: "british", query: "defence ministry", expected: strategyPillars },
  {
    kind: "british",
    query: "organised attack",
    expected: [acdWho, "/who-decides/#the-sdf-needs-the-prime-ministers-order"],
  },
  { kind: "british", query: "centre for incident readiness", expected: "/glossary/#nisc" },

  // Topics.
  {
    kind: "topic",
    query: "ransomware",
    expected: "/why-now/#the-ransomware-that-changed-the-lists",
    awaits: "readers",
  },
  {
    kind: "topic",
    query: "defend forward",
    expected: "/international-comparison/#united-states-defend-forward",
    awaits: "readers",
  },
  {
    kind: "topic",
    query: "three lists of critical infrastructure",
    expected: [
      "/company-duties/#three-lists-with-one-english-name",
      "/questions/#why-do-three-lists-all-get-called-critical-infrastructure",
    ],
    awaits: "readers",
  },
  { kind: "topic", query: "status tracker", expected: "/status/", awaits: "truth" },
  { kind: "topic", query: "Ise-Shima G7 summit", expected: "/history/#the-2015-and-2018-editions" },
  {
    kind: "topic",
    query: "free and open Indo-Pacific",
    expected: "/history/#the-2021-edition-naming-countries",
  },
];

export const devQueries: QualityQuery[] = [
  ...firstSuite,
  ...newQueries,
  ...newPagesQueries,
  ...variantQueries,
  ...readerQueries,
  ...readerQueries2,
  ...readerQueries3,
  ...readerQueries4,
  ...readerQueries5,
  ...readerQueries6,
  ...readerQueries7,
];
