import type { Page } from "@playwright/test";

/** What one Tab press reached, and what is wrong with how it shows. */
export interface FocusStop {
  element: string;
  problem?: string;
}

/** Result of tabbing through a whole page. */
export interface FocusAudit {
  stops: FocusStop[];
  /** Interactive, visible elements that Tab never reached. */
  unreached: string[];
}

declare global {
  interface Window {
    __focusAudit?: { unfocused: Map<Element, string[]>; visited: Set<Element> };
  }
}

/**
 * Tabs through the page from the top (as a keyboard user does, so `:focus-visible`
 * applies) and checks each stop: its outline or box-shadow must differ from the same
 * element unfocused (WCAG 2.4.7), and it must be in the viewport and not covered by
 * anything else (2.4.11). Unfocused styles are read for every element before the first
 * Tab. Runs in one page; costs two round trips per focusable element.
 */
export async function auditFocus(page: Page, maxStops = 1_000): Promise<FocusAudit> {
  await page.evaluate(() => {
    const look = (el: Element) => {
      const s = getComputedStyle(el);
      return [s.outlineStyle, s.outlineWidth, s.outlineColor, s.boxShadow];
    };
    const unfocused = new Map<Element, string[]>();
    for (const el of document.querySelectorAll("*")) unfocused.set(el, look(el));
    window.__focusAudit = { unfocused, visited: new Set() };
    (document.activeElement as HTMLElement | null)?.blur();
  });
  const stops: FocusStop[] = [];
  for (let i = 0; i < maxStops; i++) {
    await page.keyboard.press("Tab");
    const stop = await page.evaluate(() => {
      let el = document.activeElement;
      while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
      if (!el || el === document.body || el === document.documentElement) return "end";
      const audit = window.__focusAudit!;
      if (audit.visited.has(el)) return "end";
      audit.visited.add(el);
      const name =
        `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""} ` +
        `"${(el.getAttribute("aria-label") ?? el.textContent ?? "").trim().slice(0, 40)}"`;
      const s = getComputedStyle(el);
      const now = [s.outlineStyle, s.outlineWidth, s.outlineColor, s.boxShadow];
      const before = audit.unfocused.get(el) ?? ["none", "0px", "", "none"];
      const transparent = (c: string) => c === "transparent" || /rgba\(.*,\s*0\)$/.test(c);
      const outline =
        now[0] !== "none" &&
        parseFloat(now[1]!) >= 1 &&
        !transparent(now[2]!) &&
        (now[0] !== before[0] || now[1] !== before[1] || now[2] !== before[2]);
      const shadow = now[3] !== "none" && now[3] !== before[3];
      if (!outline && !shadow) return { element: name, problem: "no visible focus indicator" };
      const rect = el.getClientRects()[0] ?? el.getBoundingClientRect();
      if (
        rect.width === 0 ||
        rect.height === 0 ||
        rect.bottom <= 0 ||
        rect.right <= 0 ||
        rect.top >= innerHeight ||
        rect.left >= innerWidth
      ) {
        return { element: name, problem: "focused but not in view" };
      }
      const x = Math.min(Math.max(rect.left + rect.width / 2, 0), innerWidth - 1);
      const y = Math.min(Math.max(rect.top + rect.height / 2, 0), innerHeight - 1);
      let hit = document.elementFromPoint(x, y);
      while (hit?.shadowRoot) {
        const inner = hit.shadowRoot.elementFromPoint(x, y);
        if (!inner || inner === hit) break;
        hit = inner;
      }
      if (hit && hit !== el && !el.contains(hit)) {
        return { element: name, problem: `obscured by ${hit.tagName.toLowerCase()}` };
      }
      return { element: name };
    });
    if (stop === "end") break;
    stops.push(stop);
  }
  const unreached = await page.evaluate(() => {
    const visited = window.__focusAudit!.visited;
    const selector =
      "a[href], button, input, select, textarea, summary, iframe, [tabindex], [contenteditable=true]";
    return [...document.querySelectorAll<HTMLElement>(selector)]
      .filter(
        (el) =>
          !visited.has(el) &&
          el.tabIndex >= 0 &&
          !(el as HTMLButtonElement).disabled &&
          !el.closest("[inert]") &&
          el.checkVisibility({ visibilityProperty: true }) &&
          el.getClientRects().length > 0,
      )
      .map((el) => `${el.tagName.toLowerCase()} "${(el.textContent ?? "").trim().slice(0, 40)}"`);
  });
  return { stops, unreached };
}

/** The stops that fail, as readable lines. */
export const focusProblems = (audit: FocusAudit): string[] => [
  ...audit.stops.filter((s) => s.problem).map((s) => `${s.element}: ${s.problem}`),
  ...audit.unreached.map((u) => `${u}: not reachable with Tab`),
];
