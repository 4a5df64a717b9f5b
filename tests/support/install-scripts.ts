/** The parts of package-lock.json (lockfileVersion 3) that say who runs install scripts. */
export interface Lockfile {
  packages: Record<string, { version?: string; hasInstallScript?: boolean }>;
}

/** Name of the package installed at a lockfile path (`node_modules/@a/b` → `@a/b`). */
export const packageName = (path: string): string =>
  path.slice(path.lastIndexOf("node_modules/") + "node_modules/".length);

/**
 * Locked packages with an install script (preinstall, install, postinstall) that
 * package.json `allowScripts` neither approves nor denies — the ones `npm ci` with
 * `strict-allow-scripts=true` refuses to install. Keys may be `name` or `name@version`.
 */
export function uncoveredInstallScripts(
  lock: Lockfile,
  allowScripts: Record<string, boolean>,
): string[] {
  const keys = Object.keys(allowScripts);
  return Object.entries(lock.packages)
    .filter(([path, entry]) => path !== "" && entry.hasInstallScript)
    .map(([path, entry]) => ({ name: packageName(path), version: entry.version ?? "" }))
    .filter(({ name, version }) => !keys.some((k) => k === name || k === `${name}@${version}`))
    .map(({ name, version }) => `${name}@${version}`);
}
