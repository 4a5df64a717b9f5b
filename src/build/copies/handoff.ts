/**
 * Hands the explainers' portable parts from the build's page rendering (portable.ts, inside
 * Astro's prerender bundle) to the step that writes the copies at `astro:build:done`
 * (integrations/copies.ts), which runs in the same process but outside that bundle: a
 * process-wide slot keyed by a registered symbol, so both copies of this module find it.
 */
import type { PortableExplainer } from "./portable-route";

const slot = Symbol.for("japan-cyber-explainer:portable-explainers");
type Slot = { [slot]?: PortableExplainer[] };

/** Called by the build with every explainer's portable parts, in reading order. */
export function handOver(list: PortableExplainer[]): void {
  (globalThis as Slot)[slot] = list;
}

/** The explainers handed over by this build, once (the slot is emptied); undefined if none. */
export function takeOver(): PortableExplainer[] | undefined {
  const list = (globalThis as Slot)[slot];
  delete (globalThis as Slot)[slot];
  return list;
}
