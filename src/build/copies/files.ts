/**
 * The files the copies for other sites are written to, per explainer and per card (a
 * {@link PortableRoute}): the embed, email HTML and plain text, the paste copy and its plain
 * text, oEmbed JSON and, for a card, its share link. Written once at the end of the build
 * (integrations/copies.ts), not as Astro routes: at 1,000 explainers these are about 57,000 files.
 */
import { embedDocument, type EmbedShell } from "./embed-page.ts";
import { ownNumbers, type EmailDoc, toEmailHtml, toEmailText, toPasteHtml } from "./email/index.ts";
import { oembedJson } from "./oembed.ts";
import { emailDoc, type PortableRoute } from "./portable-route.ts";
import { shareFile, sharePage } from "./share-page.ts";

/** A file to write: its path in the build (relative to the base path) and its text. */
export interface CopyFile {
  path: string;
  text: string;
}

/** Where the embed of a route is written. */
export function embedFile(route: PortableRoute): string {
  return `embed/${route.path}/index.html`;
}

/** The copies of one explainer or card, its embed with Astro's `shell` and a card's share
 * link with Astro's `sharePolicy`; throws naming the file when one cannot be made. */
export function copyFiles(
  route: PortableRoute,
  shell: EmbedShell,
  sharePolicy: string,
): CopyFile[] {
  let doc: EmailDoc | undefined;
  const email = () => (doc ??= emailDoc(route));
  const makers: [string, () => string][] = [
    [embedFile(route), () => embedDocument(route, shell)],
    [`email/${route.path}.html`, () => toEmailHtml(email())],
    [`email/${route.path}.txt`, () => toEmailText(email())],
    [`paste/${route.path}.html`, () => toPasteHtml(email())],
    [`paste/${route.path}.txt`, () => toEmailText(ownNumbers(email()))],
    [`oembed/${route.path}.json`, () => oembedJson(route)],
  ];
  const share = shareFile(route);
  if (share) makers.push([share, () => sharePage(route, sharePolicy)]);
  return makers.map(([path, make]) => {
    try {
      return { path, text: make() };
    } catch (error) {
      throw new Error(`${path}: ${error instanceof Error ? error.message : String(error)}`, {
        cause: error,
      });
    }
  });
}
