import { caniemail, formatIssue, rawData } from "caniemail";

/** caniemail's client names (its type for them is not exported). */
type EmailClientGlobs = Parameters<typeof caniemail>[0]["clients"][number];

/**
 * Features an email file uses although some clients lack them, each because a client
 * without it still shows the file whole and readable: the light scheme is all inline
 * styles and attributes, so dropping the dark scheme (`<style>`, `@media`, `color-scheme`,
 * classes) leaves the light file; the rest are ignored harmlessly.
 */
export const degradesGracefully: Record<string, string> = {
  "<style> element": "only the dark scheme is in it; without it the light file shows",
  "@media": "the dark scheme's prefers-color-scheme block; without it the light file shows",
  "color-scheme CSS property": "a hint for dark mode; without it the client picks its own",
  "color-scheme meta tag": "a hint for dark mode; without it the client picks its own",
  "supported-color-schemes meta tag": "as color-scheme, for older Apple Mail",
  "!important": "only in the dark scheme, to win over the inline light colours",
  "class attribute": "only the dark scheme's x-… classes; the light file needs none",
  "<body> element": "clients that drop <body> keep the full-width table that carries its colour",
  "lang attribute": "the language of the text; a client without it reads it as its own",
  "role attribute": 'role="presentation" on layout tables, for screen readers only',
  "width attribute": "the 600-pixel column also has max-width:600px in its style",
  "text-decoration": "links keep their colour when the underline (or its removal) is lost",
};

/** Every mail client caniemail has data for (`family.platform`), from its own tables. */
export const allClients: EmailClientGlobs[] = (() => {
  const names = new Set<string>();
  for (const feature of rawData.data)
    for (const [family, platforms] of Object.entries(feature.stats ?? {}))
      for (const platform of Object.keys(platforms ?? {})) names.add(`${family}.${platform}`);
  // `family.platform` names read from caniemail's own data are its client names.
  return [...names].sort() as EmailClientGlobs[];
})();

/**
 * caniemail's errors for `html` in every client it knows, except the features in
 * {@link degradesGracefully}; and the clients it has too little data to check (it stops
 * at the first feature it has no entry for on a client).
 */
export function emailClientErrors(html: string): { errors: string[]; unchecked: string[] } {
  const errors: string[] = [];
  const unchecked: string[] = [];
  for (const client of allClients) {
    let result;
    try {
      result = caniemail({ clients: [client], html });
    } catch (error) {
      if (error instanceof RangeError) {
        unchecked.push(`${client} (${error.message})`);
        continue;
      }
      throw error;
    }
    for (const [name, issues] of result.issues.errors)
      for (const issue of [issues].flat())
        if (!(issue.title in degradesGracefully))
          errors.push(formatIssue({ client: name, issue, issueType: "error" }).message);
  }
  return { errors: [...new Set(errors)], unchecked };
}
