/**
 * An explainer (or one card of it) as email-safe HTML, plain text and feed
 * HTML. The page's rendered HTML is first reduced to a small, portable set of
 * elements — citations become numbers, glossary popovers become plain links,
 * drawn figures become their text version — and then written out three ways.
 *
 * types (the data) → reduce (portable elements) → blocks + document (email HTML),
 * text (plain text), feed (feed HTML).
 */
export type { EmailDoc, EmailPart, NumberedSource } from "./types";
export { toPortable } from "./reduce.ts";
export { toEmailHtml } from "./document.ts";
export { toEmailText } from "./text.ts";
export { toFeedHtml } from "./feed.ts";
export { ownNumbers, toPasteHtml } from "./paste.ts";
