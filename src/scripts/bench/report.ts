/**
 * How the bench prints: units, aligned tables, section headings, and the median and worst of runs.
 */
import { availableParallelism, loadavg } from "node:os";

export const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
export const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
export const secs = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
export const ms = (value: number) => `${value.toFixed(0)} ms`;
export const bytes = (n: number) => `${Math.round(n).toLocaleString("en")} B`;
/** A ratio, this site's figure over the anchor's: "0.35×" (or "–" when the anchor's is 0). */
export const ratio = (site: number, anchor: number) =>
  anchor > 0 ? `${(site / anchor).toFixed(2)}×` : "–";

/** The machine's one-minute load average and its cores: "machine load 11.5 on 2 cores". */
export const machineLoad = () =>
  `machine load ${loadavg()[0]!.toFixed(1)} on ${availableParallelism()} cores`;

export const print = (line = "") => console.log(line);
export const heading = (text: string) =>
  print(`\n== ${text} ${"=".repeat(Math.max(0, 76 - text.length))}`);

/** Prints rows as a table: the first column left-aligned, the others right-aligned. */
export function table(rows: string[][]): void {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? "").length)));
  for (const row of rows) {
    print(
      `  ${row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join("  ")}`,
    );
  }
}

/** The median of some figures (0 for none). */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  if (!sorted.length) return 0;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** "min–max" of some figures in a unit, or the one figure when they agree. */
export function spread(values: number[], unit: (n: number) => string): string {
  const lo = unit(Math.min(...values));
  const hi = unit(Math.max(...values));
  return lo === hi ? lo : `${lo}–${hi}`;
}
