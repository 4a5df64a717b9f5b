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
export { toPortable } from "./reduce";
export { toEmailHtml } from "./document";
export { toEmailText } from "./text";
export { toFeedHtml } from "./feed";
export { ownNumbers, toPasteHtml } from "./paste";
