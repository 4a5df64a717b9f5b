import { createHash } from "node:crypto";

/** CSP hash source of an inline script or style's text: `'sha256-…'`. */
export function cspHash(text: string): string {
  return `'sha256-${createHash("sha256").update(text).digest("base64")}'`;
}

const metaPattern = /<meta http-equiv="content-security-policy" content="([^"]*)"\s*\/?>/i;

/** The texts of the page's inline elements `tag` (scripts without `src`, or styles). */
function inlineTexts(html: string, tag: "script" | "style"): string[] {
  const pattern = new RegExp(`<${tag}(\\s[^>]*)?>([\\s\\S]*?)</${tag}>`, "gi");
  return [...html.matchAll(pattern)]
    .filter((m) => !/\ssrc=/i.test(m[1] ?? ""))
    .map((m) => m[2] ?? "");
}

/**
 * Rewrites the page's meta Content-Security-Policy so that `script-src` and `style-src`
 * allow, by hash, exactly the inline scripts and styles this page has: no more (Astro lists
 * every script of the whole site on every page) and no fewer (after a build step has
 * changed an inline style). Other sources in those directives stay as they are.
 */
export function withExactHashes(html: string): string {
  const meta = html.match(metaPattern);
  if (!meta) return html;
  const hashes = {
    "script-src": [...new Set(inlineTexts(html, "script").map(cspHash))],
    "style-src": [...new Set(inlineTexts(html, "style").map(cspHash))],
  };
  const policy = meta[1]!
    .split(";")
    .map((d) => d.trim())
    .filter(Boolean)
    .map((directive) => {
      const [name, ...sources] = directive.split(/\s+/);
      if (name !== "script-src" && name !== "style-src") return directive;
      const kept = sources.filter((s) => !s.startsWith("'sha256-"));
      return [name, ...kept, ...hashes[name]].join(" ");
    })
    .join("; ");
  return html.replace(
    metaPattern,
    `<meta http-equiv="content-security-policy" content="${policy}">`,
  );
}
