/**
 * The email rules that caniemail does not check (it passes inline SVG, data:
 * URIs, relative URLs, CSS variables and modern colour functions): one message
 * per problem, empty when the file is fine.
 */
import type { Element, Root, RootContent } from "hast";
import { parseDocument } from "../sections";

export interface EmailCheckOptions {
  /**
   * Origin of the configured site (from SITE_URL). Links to it may use plain
   * http only when it is itself http on a loopback host (a local build);
   * everything else must be https.
   */
  siteOrigin: string;
  /** Largest file in bytes; Gmail clips messages over about 102 KB. Default 100 000. */
  maxBytes?: number;
}

const forbiddenTags = new Set([
  "script",
  "svg",
  "link",
  "iframe",
  "object",
  "embed",
  "form",
  "input",
  "button",
  "video",
  "audio",
  "canvas",
  "math",
]);
const colourFunctions = /\b(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch|color|color-mix|light-dark)\(/i;
const colourProperties =
  /^(?:color|background-color|border(?:-(?:top|right|bottom|left))?(?:-color)?)$/;
const hexOnly = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;

function isLoopbackHttp(origin: string): boolean {
  const url = new URL(origin);
  return url.protocol === "http:" && /^(?:localhost|127(?:\.\d+){3}|\[::1\])$/.test(url.hostname);
}

function checkUrl(value: string, where: string, options: EmailCheckOptions): string | undefined {
  if (/^mailto:/i.test(value)) return undefined;
  if (/^data:/i.test(value)) return `${where}: data: URI`;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return `${where}: relative URL "${value}" (email needs absolute URLs)`;
  }
  if (url.protocol === "https:") return undefined;
  if (url.protocol === "http:" && url.origin === options.siteOrigin && isLoopbackHttp(url.origin))
    return undefined;
  return `${where}: "${value}" is not https`;
}

function checkStyle(style: string, where: string): string[] {
  const problems: string[] = [];
  if (/var\(|--[\w-]+\s*:/.test(style)) problems.push(`${where}: CSS variable in style`);
  if (colourFunctions.test(style)) problems.push(`${where}: colour function in style (hex only)`);
  if (/url\(/i.test(style)) problems.push(`${where}: url() in style`);
  if (/@font-face|@import/i.test(style)) problems.push(`${where}: web font in style`);
  if (/\d(?:rem|vw|vh)\b|calc\(/.test(style))
    problems.push(`${where}: rem, viewport unit or calc()`);
  if (/display\s*:\s*(?:flex|grid)|position\s*:/i.test(style))
    problems.push(`${where}: flex, grid or position (Outlook ignores them)`);
  for (const declaration of style.split(";")) {
    const colon = declaration.indexOf(":");
    if (colon < 0) continue;
    const property = declaration.slice(0, colon).trim().toLowerCase();
    const value = declaration.slice(colon + 1).trim();
    if (colourProperties.test(property)) {
      const colour =
        property.startsWith("border") && !property.endsWith("-color")
          ? value.split(/\s+/).find((t) => !/^\d|^(?:solid|dashed|dotted|none|double)$/i.test(t))
          : value;
      if (colour && !hexOnly.test(colour))
        problems.push(`${where}: ${property} "${value}" is not a hex colour`);
    }
    const px = /^(?:max-)?width$/.test(property) ? /^(\d+)px$/.exec(value) : null;
    if (px && Number(px[1]) > 600)
      problems.push(`${where}: ${property} ${value} is wider than 600px`);
  }
  return problems;
}

/**
 * The one stylesheet an email may have: in the `<head>`, only `color-scheme` and dark colours
 * under `prefers-color-scheme: dark`, hex only, nothing fetched. The light file is all inline.
 */
function checkStyleSheet(el: Element, inHead: boolean): string[] {
  const css = el.children.map((c) => (c.type === "text" ? c.value : "")).join("");
  const problems: string[] = [];
  if (!inHead) problems.push("<style>: outside the <head>");
  const rest = css
    .replace(/^:root\{color-scheme:light dark;supported-color-schemes:light dark\}/, "")
    .replace(/^@media \(prefers-color-scheme: dark\)\{([\s\S]*)\}$/, "$1");
  if (rest === css || /@media|@import|@font-face|url\(/i.test(rest))
    problems.push("<style>: anything but color-scheme and a prefers-color-scheme: dark block");
  for (const [, colour] of rest.matchAll(/(?:color|background-color):([^;}!]+)/g))
    if (!hexOnly.test((colour ?? "").trim()))
      problems.push(`<style>: colour "${(colour ?? "").trim()}" is not hex`);
  return problems;
}

function describe(el: Element): string {
  const id = el.properties["href"] ?? el.properties["src"];
  return `<${el.tagName}${id ? ` ${String(id)}` : ""}>`;
}

/** Every way `html` breaks the site's email rules (see the module comment). */
export function checkEmailHtml(html: string, options: EmailCheckOptions): string[] {
  const problems: string[] = [];
  const max = options.maxBytes ?? 100_000;
  const bytes = Buffer.byteLength(html);
  if (bytes > max) problems.push(`file is ${bytes} bytes, over ${max} (Gmail clips long messages)`);
  if (/data:[a-z]+\/[a-z0-9.+-]+[;,]/i.test(html)) problems.push("data: URI in the file");
  const root: Root = parseDocument(html);
  let inHead = false;
  const visit = (node: Root | RootContent) => {
    if (node.type === "element" && node.tagName === "head") inHead = true;
    if (node.type === "element" && node.tagName === "body") inHead = false;
    if (node.type === "element") {
      const el = node;
      const where = describe(el);
      if (forbiddenTags.has(el.tagName)) problems.push(`${where}: not allowed in email`);
      if (el.tagName === "style") problems.push(...checkStyleSheet(el, inHead));
      for (const [name, value] of Object.entries(el.properties)) {
        if (/^on[a-z]/i.test(name)) problems.push(`${where}: event handler ${name}`);
        if (name === "className" && [value].flat().some((c) => !String(c).startsWith("x-")))
          problems.push(`${where}: class other than the dark scheme's x-… (inline styles only)`);
        if (name === "style") problems.push(...checkStyle(String(value), where));
        if (name === "bgColor" && !hexOnly.test(String(value)))
          problems.push(`${where}: bgcolor "${String(value)}" is not a hex colour`);
        if (name === "width" && /^\d+$/.test(String(value)) && Number(value) > 600)
          problems.push(`${where}: width ${String(value)} is wider than 600`);
      }
      for (const attr of ["href", "src"] as const) {
        const value = el.properties[attr];
        if (typeof value === "string") {
          const problem = checkUrl(value, where, options);
          if (problem) problems.push(problem);
        }
      }
      if (el.tagName === "table") {
        const isData = JSON.stringify(el).includes('"tagName":"th"');
        if (el.properties["role"] !== "presentation" && !isData)
          problems.push(`${where}: layout table without role="presentation"`);
      }
      if (el.tagName === "img") {
        const src = String(el.properties["src"] ?? "");
        if (!/\.png(?:[?#].*)?$/i.test(src)) problems.push(`${where}: image is not a PNG`);
        for (const attr of ["alt", "width", "height"])
          if (el.properties[attr] === undefined) problems.push(`${where}: image without ${attr}`);
      }
    }
    if (node.type === "element" || node.type === "root") node.children.forEach(visit);
  };
  visit(root);
  return problems;
}
