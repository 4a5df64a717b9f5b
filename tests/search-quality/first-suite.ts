/** Part of the development set (dev-queries.ts): the site's first quality suite, 37 queries. */
import type { QualityQuery } from "./queries.ts";

/** The first suite, which the ranking was tuned against before issue 14. */
export const firstSuite: QualityQuery[] = [
  { kind: "title", query: "Active cyber defense", expected: "/active-cyber-defense/" },
  { kind: "title", query: "Privacy safeguards", expected: "/privacy-safeguards/" },
  { kind: "title", query: "History of the strategy", expected: "/history/" },
  { kind: "title", query: "The 2025 strategy", expected: "/strategy/" },
  { kind: "abbreviation", query: "ACD", expected: "/active-cyber-defense/" },
  { kind: "abbreviation", query: "NCO", expected: "/glossary/#national-cybersecurity-office" },
  { kind: "abbreviation", query: "NISC", expected: "/glossary/#nisc" },
  { kind: "abbreviation", query: "SDF", expected: "/glossary/#self-defense-forces" },
  { kind: "abbreviation", query: "NSS", expected: "/glossary/#national-security-strategy" },
  {
    kind: "term",
    query: "secrecy of communication",
    expected: "/glossary/#secrecy-of-communication",
  },
  { kind: "term", query: "Cabinet Cyber Officer", expected: "/glossary/#cabinet-cyber-officer" },
  { kind: "term", query: "oversight commission", expected: "/glossary/#oversight-commission" },
  {
    kind: "term",
    query: "Basic Act on Cybersecurity",
    expected: "/glossary/#basic-act-on-cybersecurity",
  },
  {
    kind: "term",
    query: "National Cybersecurity Office",
    expected: "/glossary/#national-cybersecurity-office",
  },
  { kind: "variant", query: "active cyber defence", expected: "/active-cyber-defense/" },
  {
    kind: "variant",
    query: "cyber security strategy",
    expected: "/glossary/#cybersecurity-strategy",
  },
  { kind: "variant", query: "Self-Defence Forces", expected: "/glossary/#self-defense-forces" },
  {
    kind: "variant",
    query: "access and neutralisation",
    expected: "/glossary/#access-and-neutralization",
  },
  { kind: "japanese", query: "能動的サイバー防御", expected: "/active-cyber-defense/" },
  { kind: "japanese", query: "通信の秘密", expected: "/glossary/#secrecy-of-communication" },
  {
    kind: "japanese",
    query: "国家サイバー統括室",
    expected: "/glossary/#national-cybersecurity-office",
  },
  { kind: "japanese", query: "内閣サイバー官", expected: "/glossary/#cabinet-cyber-officer" },
  { kind: "japanese", query: "サイバー防御", expected: "/active-cyber-defense/" },
  { kind: "quote", query: "continuously impose costs", expected: "/strategy/" },
  { kind: "quote", query: "realm of interstate competition", expected: "/history/" },
  { kind: "quote", query: "highest level of vigilance", expected: "/strategy/" },
  { kind: "misspelling", query: "Kihra", expected: "/strategy/" },
  // Since the "who decides" explainer, neutralization has a page of its own.
  { kind: "misspelling", query: "nuetralize servers", expected: "/who-decides/" },
  { kind: "misspelling", query: "metdata", expected: "/glossary/#metadata" },
  {
    kind: "misspelling",
    query: "cybersecurty strategy",
    expected: "/glossary/#cybersecurity-strategy",
  },
  { kind: "name", query: "Takaichi", expected: "/strategy/" },
  { kind: "name", query: "Yoichi Iida", expected: "/strategy/" },
  { kind: "name", query: "Shiokawa", expected: "/privacy-safeguards/" },
  { kind: "name", query: "Japan Federation of Bar Associations", expected: "/privacy-safeguards/" },
  {
    kind: "date",
    query: "2013 strategy",
    expected: "/timeline/#event-2013-06-10-first-cybersecurity-strategy",
  },
  { kind: "legal", query: "Article 21", expected: "/privacy-safeguards/" },
];
