/**
 * The few lines of share code that run at load: a "Share this section" button
 * after each section heading, and loading the panel's code (share-panel.ts)
 * only when a reader opens the panel or presses one of those buttons.
 */
import type { SharePanel } from "./share-panel";

export function bootSharePanel(): void {
  const panel = document.querySelector<HTMLDetailsElement>("details[data-share]");
  if (!panel) return;
  let started: Promise<SharePanel> | undefined;
  const start = () => (started ??= import("./share-panel").then((m) => m.startSharePanel(panel)));
  panel.addEventListener("toggle", () => void (panel.open && start()));
  for (const option of panel.querySelectorAll<HTMLOptionElement>("option[value]")) {
    const id = option.value === "in-short" ? "in-short-heading" : option.value;
    const heading = id && document.getElementById(id);
    if (!heading) continue;
    const button = document.createElement("button");
    button.type = "button";
    button.textContent = "Share this section";
    button.setAttribute("aria-describedby", heading.id);
    button.className =
      "not-prose mb-2 min-h-8 rounded border border-rule px-2 text-sm text-muted hover:bg-panel";
    heading.after(button);
    button.addEventListener("click", () => void start().then((p) => p.show(option.value, button)));
  }
}
