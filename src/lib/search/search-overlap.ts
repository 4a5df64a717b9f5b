/**
 * A page word belongs to one term of a query: "force" in "is SDF neutralization in force" is not
 * found in "Self-Defense Forces", which is where the term "SDF" stands. Pure, so it is unit-tested.
 */
import { phraseAt, type TermMatch } from "./search-match.ts";

type Term = Pick<TermMatch, "locations" | "names" | "fold">;

/** The word positions a term's names of several words cover where they stand on the page. */
export function phrasePositions(term: Term, words: string[]): Set<number> {
  const covered = new Set<number>();
  for (const at of term.locations)
    for (const name of term.names.filter((n) => n.length > 1)) {
      const places = phraseAt(name, words, at, term.fold ?? true);
      if (!places) continue;
      for (let i = at; i <= (places.at(-1) ?? at); i++) covered.add(i);
    }
  return covered;
}

/**
 * The terms, each single-word term without the places where its word is part of another term's
 * name; a term whose every place is inside such names is not on the page. A term matched
 * outside the text (no places) stays as it is.
 */
export function withoutCovered<T extends Term>(terms: T[], words: string[]): T[] {
  const covered = terms.map((t) => phrasePositions(t, words));
  return terms.flatMap((term, i) => {
    if (!term.locations.length || term.names.some((n) => n.length > 1)) return [term];
    const locations = term.locations.filter((l) => !covered.some((c, j) => j !== i && c.has(l)));
    return locations.length ? [{ ...term, locations }] : [];
  });
}
