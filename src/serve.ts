// Serves dist/ like a static host (applying _headers): `npm start` and the browser tests use it.
import { createStaticServer } from "./lib/static-server.ts";
import { siteConfig } from "./site.config.ts";

const dir = process.argv[2] ?? "dist";
const port = Number(process.argv[3] ?? 4321);
const host = process.argv[4] ?? "127.0.0.1";
createStaticServer(dir, siteConfig.base).listen(port, host, () => {
  console.log(`Serving ${dir}/ at http://localhost:${port}${siteConfig.base} (Ctrl+C to stop)`);
});
