/**
 * How a query is asked: as a question, and as a question that asks what something is. Pure, so
 * it is unit-tested.
 */
import { foldSpelling } from "./search-text.ts";

const questionOpeners = new Set(
  (
    "what whats who whom whose when where why how which can could does do did is are was were " +
    "will would should shall may might must has have"
  ).split(" "),
);

/** True when the query is asked as a question: it ends in "?" or opens with a question word. */
export function isQuestion(query: string): boolean {
  const first = foldSpelling(query).match(/[\p{L}']+/u)?.[0] ?? "";
  return /\?\s*$/.test(query) || questionOpeners.has(first.replace(/'s$/, ""));
}

/**
 * True when a question asks what something is ("what is the NCO", "who are the SDF", "what does
 * mechanical information mean"), which a glossary entry answers, rather than something about it.
 */
export function asksDefinition(query: string): boolean {
  const q = foldSpelling(query);
  return /^(?:what|who)(?:\s+(?:is|are)|'s|s)\b|\b(?:mean|means|meaning|define|definition)\b/.test(
    q,
  );
}
