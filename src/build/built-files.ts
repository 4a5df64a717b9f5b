import { readdirSync } from "node:fs";
import { join, relative, sep } from "node:path";

/** Paths (relative to `dir`, with `/`) of the built files under `dir` whose names end with `ending`. */
export function builtFiles(dir: string, ending: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && d.name.endsWith(ending))
    .map((d) => relative(dir, join(d.parentPath, d.name)).split(sep).join("/"));
}
