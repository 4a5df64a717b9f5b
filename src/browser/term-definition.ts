/**
 * The definition shown by a glossary term's "?" button on a page: one popover, filled from
 * `glossary.json` (fetched on first use) for the term asked about. It is a small non-modal
 * dialog: focus moves into it so screen readers read it; Escape, a click outside or the
 * button again closes it, and focus returns to the button.
 */
import { loadFullStyles } from "./full-styles";

interface Definition {
  term: string;
  japanese?: string;
  definition: string;
}

let definitions: Promise<Record<string, Definition>> | undefined;
let popover: HTMLElement | undefined;
let opener: HTMLButtonElement | undefined;
// A click on the open definition's own button first closes it (light dismiss, on pointerdown);
// that click must then not open it again.
let closed = { by: undefined as HTMLButtonElement | undefined, at: 0 };

function build(): HTMLElement {
  const el = document.createElement("div");
  el.id = "term-definition";
  el.popover = "auto";
  el.tabIndex = -1;
  el.setAttribute("role", "dialog");
  el.setAttribute("aria-labelledby", "term-definition-title");
  el.className =
    "m-auto max-w-sm rounded-lg border border-rule bg-paper p-4 text-base text-ink shadow-xl backdrop:bg-black/20";
  el.addEventListener("toggle", (event) => {
    if ((event as ToggleEvent).newState !== "closed" || !opener) return;
    opener.setAttribute("aria-expanded", "false");
    closed = { by: opener, at: performance.now() };
    // Back to the button, unless the reader has moved on (clicked a link or elsewhere).
    if (!document.activeElement || el.contains(document.activeElement)) opener.focus();
  });
  document.body.append(el);
  return el;
}

function fill(el: HTMLElement, entry: Definition, href: string): void {
  const title = document.createElement("strong");
  title.id = "term-definition-title";
  title.className = "block font-serif";
  title.textContent = entry.term;
  if (entry.japanese) {
    const ja = document.createElement("span");
    ja.lang = "ja";
    ja.className = "font-normal";
    ja.textContent = ` (${entry.japanese})`;
    title.append(ja);
  }
  const text = document.createElement("span");
  text.className = "mt-1 block";
  text.textContent = entry.definition;
  const link = document.createElement("a");
  link.href = href;
  link.className = "mt-2 inline-block text-sm text-accent underline";
  link.textContent = "Glossary entry";
  const hidden = document.createElement("span");
  hidden.className = "sr-only";
  hidden.textContent = ` for ${entry.term}`;
  link.append(hidden);
  el.replaceChildren(title, text, link);
}

/** Shows the definition for `button` (a `[data-term]` button), or hides it if it is showing. */
export async function toggleDefinition(button: HTMLButtonElement, base: string): Promise<void> {
  popover ??= build();
  if (closed.by === button && performance.now() - closed.at < 500) return;
  if (popover.matches(":popover-open")) {
    const same = opener === button;
    popover.hidePopover();
    if (same) return;
  }
  const id = button.dataset["term"] ?? "";
  definitions ??= fetch(`${base}glossary.json`).then(
    (r) => r.json() as Promise<Record<string, Definition>>,
  );
  const [all] = await Promise.all([definitions, loadFullStyles()]);
  const entry = all[id];
  if (!entry) return;
  fill(popover, entry, button.previousElementSibling?.getAttribute("href") ?? `${base}glossary/`);
  opener = button;
  button.setAttribute("aria-controls", popover.id);
  button.setAttribute("aria-expanded", "true");
  popover.showPopover();
  popover.focus();
}
