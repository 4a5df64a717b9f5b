import { execFile } from "node:child_process";
import { createRequire } from "node:module";
import { promisify } from "node:util";

const run = promisify(execFile);

/** The Nu HTML Checker's jar, shipped inside the vnu-jar package (its install script is denied). */
export const vnuJar = createRequire(import.meta.url).resolve("vnu-jar/build/dist/vnu.jar");

interface VnuMessage {
  type: string;
  url?: string;
  lastLine?: number;
  message: string;
  extract?: string;
}

/**
 * The checker (26.9) allows `blocking` on a `<link>` only with `rel="stylesheet"`; the HTML
 * Standard also allows it with `rel="expect"` (#link-type-expect), which the explainers use to
 * hold their first paint until the contents column is parsed. Only that pairing is let through.
 */
function outdatedRule(m: VnuMessage): boolean {
  return (
    m.message.includes("“blocking” attribute must have a “rel” attribute") &&
    /<link\b[^>]*\brel="expect"/.test(m.extract ?? "")
  );
}

/**
 * Validates HTML files or folders with the Nu HTML Checker (the W3C's checker, `java -jar
 * vnu.jar`) and returns its errors as `file:line: message`. Messages from its CSS checker are
 * filtered out: it predates Tailwind 4's output (`@property`, `@layer`, `margin-trim`) and
 * reports valid modern CSS as errors; the HTML itself must be clean.
 */
export async function validateHtml(targets: string[]): Promise<string[]> {
  const args = ["-jar", vnuJar, "--errors-only", "--skip-non-html", "--format", "json"];
  args.push("--filterpattern", "CSS: .*", ...targets);
  // vnu exits 1 when it finds errors; its report is on stderr either way.
  const result = await run(process.env["JAVA"] ?? "java", args, {
    maxBuffer: 64 * 1024 * 1024,
  }).catch((error: { stderr?: string; code?: number }) => {
    if (typeof error.stderr !== "string" || !error.stderr.startsWith("{")) throw error;
    return { stderr: error.stderr };
  });
  const report = JSON.parse(result.stderr) as { messages: VnuMessage[] };
  return report.messages
    .filter((m) => m.type === "error" || m.type === "non-document-error")
    .filter((m) => !outdatedRule(m))
    .map((m) => `${(m.url ?? "").replace(/^file:/, "")}:${m.lastLine ?? 0}: ${m.message}`);
}

/** Raw-text elements whose contents are not markup (a script may mention "onclick="). */
const rawText = /<(script|style|textarea|title)\b[^>]*>[\s\S]*?<\/\1\s*>|<!--[\s\S]*?-->/gi;
const startTag =
  /<[a-zA-Z][\w:-]*((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/g;
const attribute = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

/**
 * Script in markup that a strict CSP would have to allow with 'unsafe-inline' (or
 * 'unsafe-hashes'): inline event handler attributes (`onclick=…`) and `javascript:` URLs.
 */
export function inlineScriptAttributes(html: string): string[] {
  const found: string[] = [];
  for (const tag of html.replace(rawText, "").matchAll(startTag)) {
    for (const [, name = "", ...values] of (tag[1] ?? "").matchAll(attribute)) {
      const value = values.find((v) => v !== undefined) ?? "";
      if (/^on/i.test(name)) found.push(`${name}="${value.slice(0, 40)}"`);
      else if (/^\s*javascript:/i.test(value)) found.push(`${name}="${value.slice(0, 40)}"`);
    }
  }
  return found;
}
