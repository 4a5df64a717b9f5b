/**
 * The code a host pastes to embed an explainer or a section: an iframe and a
 * few lines that size it from the embed's height message. Plain strings, no
 * dependencies: the share panel builds the same code in the browser.
 */

/** The `type` of the message an embed sends its parent with its height. */
export const embedMessageType = "explainer-embed";

/** Default and maximum width of an embed, in CSS pixels. */
export const embedWidth = 600;

/**
 * The sandbox the site recommends: scripts for the height message, popups so a
 * link can open the full page in a new tab. Never `allow-same-origin` with
 * `allow-scripts`: together they let the frame lift its own sandbox.
 */
export const embedSandbox = "allow-scripts allow-popups allow-popups-to-escape-sandbox";

export interface IframeInput {
  /** Absolute URL of the embed page. */
  src: string;
  /** Accessible name of the frame. */
  title: string;
  height: number;
}

function escapeAttr(text: string): string {
  return text.replaceAll("&", "&amp;").replaceAll('"', "&quot;").replaceAll("<", "&lt;");
}

/** The single `<iframe>` of an embed (also the `html` of its oEmbed). */
export function iframeHtml({ src, title, height }: IframeInput): string {
  return (
    `<iframe src="${escapeAttr(src)}" title="${escapeAttr(title)}" width="${embedWidth}" ` +
    `height="${height}" style="border:0;width:100%;max-width:${embedWidth}px" loading="lazy" ` +
    `sandbox="${embedSandbox}" data-explainer-embed></iframe>`
  );
}

/**
 * The host page's half of the height message: sets the height of the frame
 * that sent it. It trusts only frames marked `data-explainer-embed` and
 * checks `event.source`, because a sandboxed frame's origin is "null".
 */
export const hostScript =
  `<script>addEventListener("message",function(e){var d=e.data;` +
  `if(!d||d.type!=="${embedMessageType}")return;` +
  `document.querySelectorAll("iframe[data-explainer-embed]").forEach(function(f){` +
  `if(f.contentWindow===e.source)f.height=String(Math.min(Math.max(d.height|0,100),1e5))})})</script>`;

/** The embed code a host pastes: the iframe and the few lines that size it. */
export function embedCode(input: IframeInput): string {
  return `${iframeHtml(input)}\n${hostScript}`;
}
