import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import yaml from "js-yaml";

/**
 * Checks run before Astro reads any content (`astro:config:setup`), for the careless mistakes
 * that would otherwise build with exit 0, build something wrong, or fail without naming the
 * file: bytes that are not UTF-8, malformed YAML, impossible dates, duplicate source ids, an
 * explainer slug taken by a route, a component used in MDX but not imported, a heading that
 * gives an empty id, a `definedIn` naming no explainer, a glossary term or alias used twice.
 * Each problem is one line that starts with the file.
 */

/** Routes the site has besides its explainers and the folders the build writes beside them. */
const builtFolders = ["_astro", "og", "pagefind", "sitemap-index.xml", "sitemap-0.xml"];

/** True for `YYYY-MM-DD`, `YYYY-MM` or `YYYY` naming a day or month that exists. */
export function isCalendarDate(text: string): boolean {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text);
  if (!m) return false;
  const [year, month = 1, day = 1] = [Number(m[1]), Number(m[2] ?? 1), Number(m[3] ?? 1)];
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * The id a `##` heading gets (GitHub-style, as Astro's Markdown processor makes it): lower case,
 * letters, numbers, `-` and `_` kept, spaces to `-`, everything else dropped.
 */
export function headingId(text: string): string {
  return text
    .replace(/<[^>]*>/g, "")
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, "")
    .replace(/ /g, "-");
}

/** The first byte that is not UTF-8, as "line L, column C (byte 0xNN)", or undefined. */
export function firstNonUtf8(bytes: Uint8Array): string | undefined {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return undefined;
  } catch {
    // Find the offending byte by decoding growing prefixes at character boundaries.
    let good = 0;
    for (let i = 0; i < bytes.length; i++) {
      const b = bytes[i]!;
      const len = b < 0x80 ? 1 : b >> 5 === 6 ? 2 : b >> 4 === 14 ? 3 : b >> 3 === 30 ? 4 : 0;
      const chunk = bytes.subarray(i, i + len);
      try {
        if (!len || chunk.length < len) throw new Error();
        new TextDecoder("utf-8", { fatal: true }).decode(chunk);
        i += len - 1;
        good = i + 1;
      } catch {
        const before = Buffer.from(bytes.subarray(0, good)).toString("utf8").split("\n");
        const hex = b.toString(16).toUpperCase().padStart(2, "0");
        return `line ${before.length}, column ${before.at(-1)!.length + 1} (byte 0x${hex})`;
      }
    }
    return "somewhere";
  }
}

/** MDX with code blocks and inline code blanked out (line numbers kept), for scanning tags. */
export function withoutCode(text: string): string {
  const blank = (s: string) => s.replace(/[^\n]/g, " ");
  return text.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, blank).replace(/`[^`\n]*`/g, blank);
}

const lineOf = (text: string, index: number) => text.slice(0, index).split("\n").length;

function parseYaml(file: string, text: string, problems: string[]): unknown {
  try {
    // The core schema keeps dates as the text written, so impossible ones can be caught.
    return yaml.load(text, { schema: yaml.CORE_SCHEMA, filename: file });
  } catch (error) {
    const e = error as { reason?: string; mark?: { line: number; column: number } };
    const where = e.mark ? ` at line ${e.mark.line + 1}, column ${e.mark.column + 1}` : "";
    problems.push(`${file}: malformed YAML${where}: ${e.reason ?? String(error)}`);
    return undefined;
  }
}

function checkDate(file: string, field: string, value: unknown, problems: string[]): void {
  if (typeof value !== "string" || !/^\d{4}(-\d{2}){0,2}$/.test(value)) return;
  if (!isCalendarDate(value)) problems.push(`${file}: ${field} "${value}" is not a real date`);
}

const list = (root: string, dir: string, ending: string) =>
  existsSync(join(root, dir))
    ? readdirSync(join(root, dir))
        .filter((f) => f.endsWith(ending))
        .sort()
        .map((f) => `${dir}/${f}`)
    : [];

/** Names a page route of the site takes (`search`, `404`, `rss.xml`, `embed`, …), with its file. */
export function routeNames(root: string): Map<string, string> {
  const names = new Map<string, string>(builtFolders.map((n) => [n, "the build's output"]));
  for (const f of readdirSync(join(root, "src/pages"))) {
    if (f.startsWith("[")) continue;
    names.set(f.replace(/\.(astro|ts|js|md|mdx)$/, ""), `src/pages/${f}`);
  }
  return names;
}

function checkMdx(file: string, text: string, exported: Set<string>, problems: string[]) {
  const front = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  const data = front ? parseYaml(file, front[1]!, problems) : undefined;
  if (data && typeof data === "object") {
    for (const field of ["published", "updated"])
      checkDate(file, field, (data as Record<string, unknown>)[field], problems);
  }
  const body = withoutCode(text.slice(front ? front[0].length : 0));
  const offset = front ? front[0].split("\n").length - 1 : 0;
  const imported = new Set<string>();
  for (const m of body.matchAll(
    /^import\s+(?:(\w+)\s*,?\s*)?(?:\{([^}]*)\})?\s*from\s*["']([^"']+)["']/gm,
  )) {
    if (m[1]) imported.add(m[1]);
    for (const part of (m[2] ?? "").split(",")) {
      const [name = "", alias] = part.trim().split(/\s+as\s+/);
      if (!name) continue;
      imported.add(alias ?? name);
      if (m[3] === "@/components/mdx" && exported.size && !exported.has(name)) {
        problems.push(
          `${file}: line ${offset + lineOf(body, m.index)}: "${name}" is not one of the components in @/components/mdx (${[...exported].join(", ")})`,
        );
      }
    }
  }
  for (const m of body.matchAll(/<([A-Z][\w.]*)/g)) {
    const name = m[1]!.split(".")[0]!;
    if (imported.has(name)) continue;
    problems.push(
      `${file}: line ${offset + lineOf(body, m.index)}: <${m[1]}> is not imported; import it from "@/components/mdx" (${[...exported].join(", ")})`,
    );
    imported.add(name); // once per name
  }
  for (const m of body.matchAll(/^(#{1,6})[ \t]+(.*?)[ \t#]*$/gm)) {
    if (!headingId(m[2]!)) {
      problems.push(
        `${file}: line ${offset + lineOf(body, m.index)}: heading "${m[0].trim()}" gives an empty id, so its section cannot be linked or shared; put a word in it`,
      );
    }
  }
}

/** Every problem the preflight finds under `root`, one line each; empty when the content is sound. */
export function preflightProblems(root: string): string[] {
  const problems: string[] = [];
  const read = (file: string): string | undefined => {
    const bytes = readFileSync(join(root, file));
    const bad = firstNonUtf8(bytes);
    if (bad) {
      problems.push(`${file}: not UTF-8 at ${bad}; save the file as UTF-8`);
      return undefined;
    }
    return bytes.toString("utf8");
  };
  const exportsFile = join(root, "src/components/mdx/index.ts");
  const exported = new Set(
    existsSync(exportsFile)
      ? [...readFileSync(exportsFile, "utf8").matchAll(/export \{ default as (\w+) \}/g)].map(
          (m) => m[1]!,
        )
      : [],
  );

  // Sources: YAML, dates, unique ids.
  const sourcesFile = "content/sources.yaml";
  const sourcesText = read(sourcesFile);
  const sources =
    sourcesText === undefined ? undefined : parseYaml(sourcesFile, sourcesText, problems);
  if (Array.isArray(sources)) {
    const seen = new Map<string, number>();
    sources.forEach((entry: Record<string, unknown> | null, i) => {
      const id = String(entry?.["id"]);
      checkDate(sourcesFile, `source "${id}" date`, entry?.["date"], problems);
      const first = seen.get(id);
      if (first !== undefined) {
        problems.push(
          `${sourcesFile}: source id "${id}" is used by entries ${first + 1} and ${i + 1}; ids must be unique`,
        );
      } else seen.set(id, i);
    });
  }

  // Explainers and pages: UTF-8, frontmatter, components, headings; explainer slugs vs routes.
  const routes = existsSync(join(root, "src/pages")) ? routeNames(root) : new Map();
  const explainers = list(root, "content/explainers", ".mdx");
  for (const file of [...explainers, ...list(root, "content/pages", ".mdx")]) {
    const text = read(file);
    if (text !== undefined) checkMdx(file, text, exported, problems);
  }
  const slugs = new Set(explainers.map((f) => f.replace(/^.*\/|\.mdx$/g, "")));
  for (const slug of slugs) {
    const route = routes.get(slug) ?? routes.get(slug.toLowerCase());
    if (route) {
      problems.push(
        `content/explainers/${slug}.mdx: the slug "${slug}" is taken by the site's own /${slug}/ (${route}); rename the file`,
      );
    }
  }

  // Glossary and timeline: YAML, dates, definedIn, unique terms and aliases.
  const names = new Map<string, string>();
  for (const file of list(root, "content/glossary", ".yaml")) {
    const text = read(file);
    const data = text === undefined ? undefined : parseYaml(file, text, problems);
    if (!data || typeof data !== "object") continue;
    const term = data as {
      term?: unknown;
      aliases?: unknown;
      parts?: unknown;
      definedIn?: unknown;
    };
    if (typeof term.definedIn === "string" && !slugs.has(term.definedIn)) {
      problems.push(
        `${file}: definedIn "${term.definedIn}" is not an explainer (no content/explainers/${term.definedIn}.mdx)`,
      );
    }
    const own = new Set<string>();
    const alsoNamed = [term.aliases, term.parts].flatMap((l) => (Array.isArray(l) ? l : []));
    for (const name of [term.term, ...alsoNamed]) {
      if (typeof name !== "string") continue;
      const key = name.trim().replace(/\s+/g, " ").toLowerCase();
      const other = names.get(key);
      if (other && other !== file) {
        problems.push(`${file}: "${name}" is already a term or alias in ${other}`);
      } else if (own.has(name.trim())) {
        problems.push(`${file}: "${name}" is listed twice`);
      }
      // Within one entry a variant in another case is allowed (official names vary in case).
      own.add(name.trim());
      names.set(key, file);
    }
  }
  for (const file of list(root, "content/timeline", ".yaml")) {
    const text = read(file);
    const data = text === undefined ? undefined : parseYaml(file, text, problems);
    if (data && typeof data === "object")
      checkDate(file, "date", (data as Record<string, unknown>)["date"], problems);
  }
  return problems;
}
