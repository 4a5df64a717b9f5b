/**
 * What the first search fetches, file by file: one first search (as the bench measures it) on a
 * built site, printed as each path with its transferred bytes. For finding what to cut; the bench
 * itself prints only the totals.
 *
 *   node src/scripts/bench/search-fetches.ts [dist] [--anchor] [--query ACD] [--path /strategy/]
 *
 * `--anchor` drives the site as the anchor's (Starlight's) search UI.
 */
import type { AddressInfo } from "node:net";
import { parseArgs } from "node:util";
import { createStaticServer } from "../static-server.ts";
import { launchBrowser } from "./page-metrics.ts";
import { budgets, formatJudged, judge } from "./budgets.ts";
import { kib } from "./report.ts";
import { anchorSearchUi, searchOnce, siteSearchUi } from "./search-timing.ts";

const { values, positionals } = parseArgs({
  options: {
    anchor: { type: "boolean", default: false },
    query: { type: "string", default: "ACD" },
    path: { type: "string", default: "/strategy/" },
  },
  allowPositionals: true,
});
const server = createStaticServer(positionals[0] ?? "dist").listen(0, "127.0.0.1");
await new Promise((resolve) => server.once("listening", resolve));
const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const browser = await launchBrowser();
try {
  const run = await searchOnce(
    browser,
    origin,
    values.path,
    values.anchor ? anchorSearchUi : siteSearchUi,
    { first: values.query, warm: "privacy" },
  );
  for (const f of run.fetches) console.log(`${String(f.bytes).padStart(8)}  ${f.path}`);
  console.log(
    `${kib(run.bytes)} in ${run.requests} requests; first search ${Math.round(run.firstMs)} ms, warm ${Math.round(run.warmMs)} ms`,
  );
  if (!values.anchor)
    for (const line of formatJudged([judge(values.query, budgets.firstSearchBytesMax, run.bytes)]))
      console.log(line);
} finally {
  await browser.close();
  server.close();
}
