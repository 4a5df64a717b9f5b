import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import yaml from "js-yaml";
import { sourceSchema, type Source } from "../schemas/source.ts";

/**
 * Read-only access to the content registries from plain Node (the MDX plugins,
 * build checks, tests), where `astro:content` is not available.
 */
export interface Registry {
  sources: Map<string, Source>;
  glossaryIds: Set<string>;
  /** The explainers' slugs (file names in `content/explainers/` without `.mdx`). */
  explainerIds: Set<string>;
  /** The full text of a seeded source, or undefined for a source without a seed. */
  seedText(id: string): string | undefined;
}

/** The names of the files in `dir` ending in `extension`, without it (none if `dir` is missing). */
function idsIn(dir: string, extension: string): Set<string> {
  if (!existsSync(dir)) return new Set();
  const files = readdirSync(dir).filter((f) => f.endsWith(extension));
  return new Set(files.map((f) => f.slice(0, -extension.length)));
}

/** Loads `content/sources.yaml` and the glossary and explainer ids under `root`. */
export function loadRegistry(root: string): Registry {
  const file = "content/sources.yaml";
  const raw = yaml.load(readFileSync(join(root, file), "utf8"));
  if (!Array.isArray(raw)) throw new Error(`${file}: expected a list of sources`);
  const sources = new Map<string, Source>();
  for (const item of raw) {
    const parsed = sourceSchema.safeParse(item);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new Error(
        `${file}: source "${String(item?.id)}" field "${issue?.path.join(".")}": ${issue?.message}`,
      );
    }
    sources.set(parsed.data.id, parsed.data);
  }
  const glossaryIds = idsIn(join(root, "content/glossary"), ".yaml");
  const explainerIds = idsIn(join(root, "content/explainers"), ".mdx");
  const seedCache = new Map<string, string>();
  return {
    sources,
    glossaryIds,
    explainerIds,
    seedText(id) {
      const seed = sources.get(id)?.seed;
      if (!seed) return undefined;
      if (!seedCache.has(id)) seedCache.set(id, readFileSync(join(root, seed.file), "utf8"));
      return seedCache.get(id);
    },
  };
}

const registries = new Map<string, { key: string; registry: Registry }>();

/**
 * {@link loadRegistry}, loaded again only when `content/sources.yaml`, the glossary folder or the
 * explainers folder has changed (a file added or removed): the MDX checks ask for it once per page,
 * and parsing it each time cost 1 ms a page.
 */
export function cachedRegistry(root: string): Registry {
  const mtime = (path: string) => (existsSync(path) ? statSync(path).mtimeMs : 0);
  const key = ["content/sources.yaml", "content/glossary", "content/explainers"]
    .map((path) => mtime(join(root, path)))
    .join(":");
  const cached = registries.get(root);
  if (cached?.key === key) return cached.registry;
  const registry = loadRegistry(root);
  registries.set(root, { key, registry });
  return registry;
}

/** One message per seed whose bytes no longer match the SHA-256 in the registry. */
export function verifySeeds(root: string, sources: Map<string, Source>): string[] {
  const problems: string[] = [];
  for (const source of sources.values()) {
    if (!source.seed) continue;
    const path = join(root, source.seed.file);
    if (!existsSync(path)) {
      problems.push(
        `content/sources.yaml: source ${source.id}: seed file ${source.seed.file} is missing`,
      );
      continue;
    }
    const actual = createHash("sha256").update(readFileSync(path)).digest("hex");
    if (actual !== source.seed.sha256) {
      problems.push(
        `content/sources.yaml: source ${source.id}: SHA-256 of ${source.seed.file} is ${actual}, expected ${source.seed.sha256} (the seed changed)`,
      );
    }
  }
  return problems;
}

/**
 * One message per unknown source id in the data collections (glossary,
 * timeline), whose YAML does not pass through the MDX checks.
 */
export function verifyDataSources(root: string, sources: Map<string, Source>): string[] {
  const problems: string[] = [];
  for (const dir of ["content/glossary", "content/timeline", "content/status"]) {
    const full = join(root, dir);
    if (!existsSync(full)) continue;
    for (const name of readdirSync(full).filter((f) => f.endsWith(".yaml"))) {
      const data = yaml.load(readFileSync(join(full, name), "utf8")) as {
        sources?: unknown;
      } | null;
      const ids = Array.isArray(data?.sources) ? data.sources : [];
      for (const id of ids) {
        if (!sources.has(String(id)))
          problems.push(`${dir}/${name}: source "${String(id)}" is not in content/sources.yaml`);
      }
    }
  }
  return problems;
}

/** Every YAML file of a content folder, parsed, with its id (file name without `.yaml`). */
export function readYamlFolder(
  root: string,
  dir: string,
): { id: string; data: Record<string, unknown> }[] {
  const full = join(root, dir);
  if (!existsSync(full)) return [];
  return readdirSync(full)
    .filter((f) => f.endsWith(".yaml"))
    .sort()
    .map((f) => ({
      id: f.replace(/\.yaml$/, ""),
      data: (yaml.load(readFileSync(join(full, f), "utf8")) ?? {}) as Record<string, unknown>,
    }));
}

/**
 * One message per registry source that nothing cites: no `<Cite id>` or frontmatter `sources`
 * in the MDX under content/, and no `sources` in the glossary, timeline or status YAML.
 */
export function unusedSources(root: string, sources: Map<string, Source>): string[] {
  const used = new Set<string>();
  const mdxDirs = ["content/explainers", "content/pages"];
  for (const dir of mdxDirs) {
    const full = join(root, dir);
    if (!existsSync(full)) continue;
    for (const name of readdirSync(full).filter((f) => f.endsWith(".mdx"))) {
      const text = readFileSync(join(full, name), "utf8");
      for (const m of text.matchAll(/<Cite\b[^>]*\bid="([^"]+)"/g)) used.add(m[1] ?? "");
      const front = text.match(/^---\n([\s\S]*?)\n---/)?.[1] ?? "";
      const data = (yaml.load(front) ?? {}) as { sources?: unknown };
      if (Array.isArray(data.sources)) for (const id of data.sources) used.add(String(id));
    }
  }
  for (const dir of ["content/glossary", "content/timeline", "content/status"]) {
    for (const { data } of readYamlFolder(root, dir)) {
      if (Array.isArray(data["sources"])) for (const id of data["sources"]) used.add(String(id));
    }
  }
  return [...sources.keys()]
    .filter((id) => !used.has(id))
    .map((id) => `content/sources.yaml: source ${id} is not cited anywhere (cite it or remove it)`);
}
