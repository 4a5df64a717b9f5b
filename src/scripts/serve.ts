/**
 * `npm run serve`: serves the built site like a static host (see static-server.ts).
 *
 *   npm run serve                    # dist/ at http://127.0.0.1:4321/
 *   npm run serve -- 4400            # another port
 *   npm run serve -- other-dist 4400 # another folder and port
 *
 * The last number given is the port, the last other word the folder (so arguments added after the
 * script's own defaults win); `--host` picks the interface (default 127.0.0.1).
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { siteConfig } from "../site.config.ts";
import { createStaticServer } from "./static-server.ts";

const { values, positionals } = parseArgs({
  options: { host: { type: "string", default: "127.0.0.1" } },
  allowPositionals: true,
});
const port = Number(positionals.findLast((a) => /^\d+$/.test(a)) ?? 4321);
const dir = positionals.findLast((a) => !/^\d+$/.test(a)) ?? "dist";
const host = values.host;

if (!existsSync(join(dir, "index.html"))) {
  console.error(`serve: ${dir}/index.html not found; build the site first (npm run build).`);
  process.exit(1);
}
const server = createStaticServer(dir, siteConfig.base);
server.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EADDRINUSE") {
    console.error(
      `serve: port ${port} is already in use; choose another, e.g. npm run serve -- ${port + 1}`,
    );
  } else {
    console.error(`serve: cannot listen on ${host}:${port}: ${error.message}`);
  }
  process.exit(1);
});
server.listen(port, host, () => {
  console.log(`Serving ${dir}/ at http://${host}:${port}${siteConfig.base} (Ctrl+C to stop)`);
});
