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

/** The rules for a site under `base` (`/japan-cyber/`): every pattern starts with the base. */
export function withBase(rules: HeaderRule[], base: string): HeaderRule[] {
  const prefix = base.replace(/\/$/, "");
  return rules.map((rule) => ({ ...rule, pattern: prefix + rule.pattern }));
}

/** The text of a `_headers` file for `rules`, after a comment block (`# …` lines). */
export function formatHeadersFile(rules: HeaderRule[], comment: string[] = []): string {
  const blocks = rules.map((rule) =>
    [
      rule.pattern,
      ...rule.detach.flatMap((name) => {
        const set = rule.set.filter(([n]) => n.toLowerCase() === name);
        return [`  ! ${set[0]?.[0] ?? name}`, ...set.map(([n, v]) => `  ${n}: ${v}`)];
      }),
      ...rule.set
        .filter(([n]) => !rule.detach.includes(n.toLowerCase()))
        .map(([n, v]) => `  ${n}: ${v}`),
    ].join("\n"),
  );
  return `${comment.map((line) => `# ${line}`.trimEnd()).join("\n")}\n${blocks.join("\n\n")}\n`;
}

/** The literal start of a pattern, before its first `*` or `:placeholder`. */
const literalPrefix = (pattern: string) => pattern.split(/[*:]/)[0] ?? "";

/** Paths a pattern matches: placeholders filled in, splats empty, one and two segments. */
const samples = (pattern: string) =>
  ["", "x", "x/y"].map((splat) => pattern.replace(/:[A-Za-z]\w*/g, "x").replace(/\*/g, splat));

/** True when some path may match both patterns (a sample path of one matches the other). */
function mayOverlap(a: string, b: string): boolean {
  return (
    samples(a).some((path) => matchesPattern(b, path)) ||
    samples(b).some((path) => matchesPattern(a, path))
  );
}

/**
 * Why `rules` would not mean the same on Cloudflare Pages (all matching rules apply, a header
 * set twice is joined with a comma, `! Name` removes one) and on Netlify (no `! Name`; a later
 * matching rule's value replaces an earlier one); empty when they do. A rule that removes a
 * header must set it again, and a rule that sets a header an earlier overlapping rule sets must
 * remove it first.
 */
export function hostNeutralProblems(rules: HeaderRule[]): string[] {
  const problems: string[] = [];
  rules.forEach((rule, i) => {
    const sets = new Set(rule.set.map(([n]) => n.toLowerCase()));
    for (const name of rule.detach) {
      if (!sets.has(name))
        problems.push(
          `${rule.pattern}: removes ${name} without setting it again (Netlify cannot remove a header)`,
        );
    }
    for (const name of sets) {
      if (rule.detach.includes(name)) continue;
      const earlier = rules
        .slice(0, i)
        .find(
          (r) =>
            mayOverlap(r.pattern, rule.pattern) && r.set.some(([n]) => n.toLowerCase() === name),
        );
      if (earlier)
        problems.push(
          `${rule.pattern}: sets ${name}, which ${earlier.pattern} sets too, without "! ${name}" first (Cloudflare would join the two values, Netlify keep the later)`,
        );
    }
  });
  return problems;
}

/** An nginx string literal. */
const nginxString = (value: string) => `"${value.replace(/["\\$]/g, (c) => `\\${c}`)}"`;

/**
 * The same headers as nginx `location` blocks, to include in a `server { }` block. Each
 * location carries the whole set for its paths (nginx's `add_header` in a location replaces the
 * ones it would inherit), with `always` so error pages get them too. Patterns must be a literal
 * start followed by placeholders and splats; rules that share a start must give the same set.
 */
export function toNginx(rules: HeaderRule[]): string {
  const locations = new Map<string, Map<string, string>>();
  for (const rule of rules) {
    const location = literalPrefix(rule.pattern);
    if (!location.endsWith("/"))
      throw new Error(`_headers: ${rule.pattern}: nginx needs a pattern that starts with a folder`);
    const sample = rule.pattern.replace(/:[A-Za-z]\w*/g, "x").replace(/\*/g, "x");
    const headers = resolveHeaders(rules, sample);
    const before = locations.get(location);
    if (before && JSON.stringify([...before]) !== JSON.stringify([...headers]))
      throw new Error(
        `_headers: rules under ${location} give different headers; nginx cannot tell them apart`,
      );
    locations.set(location, headers);
  }
  const names = new Map(rules.flatMap((r) => r.set.map(([n]) => [n.toLowerCase(), n] as const)));
  return [...locations]
    .map(([location, headers]) =>
      [
        `location ${location} {`,
        ...[...headers].map(
          ([name, value]) =>
            `    add_header ${names.get(name) ?? name} ${nginxString(value)} always;`,
        ),
        "}",
      ].join("\n"),
    )
    .join("\n\n")
    .concat("\n");
}
