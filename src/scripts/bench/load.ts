/**
 * The preview server under load (issue 11): 2,000 requests, 50 at a time, to a server started
 * cold on a built site, every one a page or file of the site asked for as a browser would
 * (brotli accepted). Prints requests per second, p50, p99 and errors; errors must be zero.
 *
 *   node src/bench/load.ts [dist] [port]   # this part alone, e.g. node src/bench/load.ts dist 4424
 */
import { readdirSync } from "node:fs";
import { Agent, request } from "node:http";
import { join } from "node:path";
import type { Budget } from "./budgets.ts";
import { createStaticServer } from "../static-server.ts";

/** Errors under load: none allowed. */
export const loadErrorsBudget: Budget = {
  name: "errors under load",
  limit: 0,
  kind: "max",
  format: (n) => String(n),
};

export interface LoadResult {
  requests: number;
  concurrency: number;
  perSecond: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
  /** The first few errors, as "path: what happened". */
  samples: string[];
}

/** URL paths of every file a reader can ask for (no `.br`/`.gz`, no `_headers`). */
function sitePaths(dist: string): string[] {
  return readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && !/\.(br|gz)$/.test(d.name) && !d.name.startsWith("_headers"))
    .map((d) => join(d.parentPath, d.name).slice(dist.length).split("\\").join("/"))
    .map((p) => p.replace(/(^|\/)index\.html$/, "$1"))
    .sort();
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? 0;

/** Starts a server on `dist` at `port`, sends the load, stops the server. */
export async function benchLoad(
  dist: string,
  port: number,
  total = 2000,
  concurrency = 50,
): Promise<LoadResult> {
  const paths = sitePaths(dist);
  const server = createStaticServer(dist, "/").listen(port, "127.0.0.1");
  await new Promise((resolve) => server.once("listening", resolve));
  const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
  const times: number[] = [];
  const samples: string[] = [];
  let errors = 0;
  let next = 0;
  const one = (path: string) =>
    new Promise<void>((resolve) => {
      const started = performance.now();
      const fail = (what: string) => {
        errors++;
        if (samples.length < 5) samples.push(`${path}: ${what}`);
        resolve();
      };
      const req = request(
        {
          host: "127.0.0.1",
          port,
          path,
          agent,
          headers: { "Accept-Encoding": "br, gzip", Accept: "*/*" },
        },
        (res) => {
          res.on("data", () => {});
          res.on("error", (e) => fail(e.message));
          res.on("end", () => {
            times.push(performance.now() - started);
            if ((res.statusCode ?? 0) >= 400) fail(`status ${res.statusCode}`);
            else resolve();
          });
        },
      );
      req.setTimeout(30_000, () => req.destroy(new Error("timed out after 30 s")));
      req.on("error", (e) => fail(e.message));
      req.end();
    });
  const started = performance.now();
  try {
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (next < total) await one(paths[next++ % paths.length]!);
      }),
    );
  } finally {
    agent.destroy();
    server.close();
  }
  const seconds = (performance.now() - started) / 1000;
  const sorted = times.sort((a, b) => a - b);
  return {
    requests: total,
    concurrency,
    perSecond: total / seconds,
    p50Ms: percentile(sorted, 50),
    p99Ms: percentile(sorted, 99),
    errors,
    samples,
  };
}

/** The result as the bench prints it. */
export function formatLoad(r: LoadResult): string {
  return (
    `${r.requests.toLocaleString("en")} requests, ${r.concurrency} at a time, cold: ` +
    `${r.perSecond.toFixed(0)} requests/s, p50 ${r.p50Ms.toFixed(1)} ms, ` +
    `p99 ${r.p99Ms.toFixed(1)} ms, ${r.errors} errors`
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const result = await benchLoad(process.argv[2] ?? "dist", Number(process.argv[3] ?? 4424));
  console.log(formatLoad(result));
  for (const s of result.samples) console.log(`  ${s}`);
  process.exitCode = result.errors ? 1 : 0;
}
