/** Other English names for the things the pages name (see `planQuery`). */
/**
 * Other English names readers use for what the pages name: each set's names are searched
 * together, so a page that writes one is found by any. Spelling variants are folded elsewhere
 * (`foldSpelling`); these are different words for the same thing.
 */
export const englishSynonyms: readonly (readonly string[])[] = [
  ["uk", "united kingdom", "britain", "british", "great britain"],
  ["us", "united states", "america", "american", "usa"],
  ["sdf", "self-defense forces", "military", "armed forces", "japanese military"],
  [
    "hack back",
    "hackback",
    "hack-back",
    "hacking back",
    "counterattack",
    "counter-attack",
    "strike back",
  ],
  ["penalty", "penalties", "fine", "fines", "punishment", "punishments", "sanction", "sanctions"],
  // The Diet's houses, by their official names and the names the pages mostly use.
  ["upper house", "house of councillors"],
  ["lower house", "house of representatives"],
  // The pages spell the attack out; readers and the press write its abbreviation.
  ["denial-of-service", "ddos", "dos attack"],
  // In effect, as a law is: not the forces of "Self-Defense Forces" or "National Cyber Force".
  ["in force", "into force"],
];
