/**
 * The `_headers` file of static hosts (Cloudflare Pages semantics): every rule
 * whose pattern matches a path applies, in file order; a repeated header is
 * joined with a comma; `! Name` removes a header set by an earlier rule.
 */
export interface HeaderRule {
  pattern: string;
  set: [string, string][];
  detach: string[];
}

/** Parses the text of a `_headers` file. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim() || line.trim().startsWith("#")) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), set: [], detach: [] });
      continue;
    }
    const rule = rules.at(-1);
    if (!rule) throw new Error(`_headers: header line before any path: ${line.trim()}`);
    const body = line.trim();
    if (body.startsWith("!")) rule.detach.push(body.slice(1).trim().toLowerCase());
    else {
      const colon = body.indexOf(":");
      if (colon < 1) throw new Error(`_headers: not a "Name: value" line: ${body}`);
      rule.set.push([body.slice(0, colon).trim(), body.slice(colon + 1).trim()]);
    }
  }
  return rules;
}

/** True when a `_headers` pattern (with `*` splats and `:name` segments) matches `path`. */
export function matchesPattern(pattern: string, path: string): boolean {
  const regex = pattern
    .split("*")
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, "\\$&").replace(/:[A-Za-z]\w*/g, "[^/]+"))
    .join(".*");
  return new RegExp(`^${regex}$`).test(path);
}

/** The headers a host would send for `path`, lower-cased names. */
export function resolveHeaders(rules: HeaderRule[], path: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const rule of rules) {
    if (!matchesPattern(rule.pattern, path)) continue;
    for (const name of rule.detach) out.delete(name);
    for (const [name, value] of rule.set) {
      const key = name.toLowerCase();
      const prior = out.get(key);
      out.set(key, prior ? `${prior}, ${value}` : value);
    }
  }
  return out;
}
