/**
 * The few lines of share code that run at load: the "Share this section" buttons (in the
 * HTML after each section heading, shown only when scripts run) and loading the panel's code
 * (share-panel.ts) only when a reader opens the panel or presses one of those buttons.
 */
import type { SharePanel } from "./share-panel";

/**
 * The panel's link and embed-code fields come in a <noscript> (SharePanel.astro): text fields
 * in the closed panel make Chromium style and lay out all of it as the page loads. This puts
 * them in the panel, once, as it opens.
 */
function addFields(panel: HTMLDetailsElement): void {
  const kept = panel.querySelector("noscript[data-share-fields]");
  if (!kept) return;
  const template = document.createElement("template");
  template.innerHTML = kept.textContent ?? "";
  kept.replaceWith(template.content);
}

export function bootSharePanel(): void {
  const panel = document.querySelector<HTMLDetailsElement>("details[data-share]");
  if (!panel) return;
  let started: Promise<SharePanel> | undefined;
  // A click on the summary comes before the panel opens: the fields are there in its first frame.
  panel.querySelector("summary")?.addEventListener("click", () => addFields(panel));
  const start = () => {
    addFields(panel);
    return (started ??= Promise.all([
      import("./share-panel"),
      import("../full-styles").then((m) => m.loadFullStyles()),
    ]).then(([m]) => m.startSharePanel(panel)));
  };
  panel.addEventListener("toggle", () => void (panel.open && start()));
  for (const button of document.querySelectorAll<HTMLButtonElement>("[data-share-section]")) {
    const heading = button.previousElementSibling;
    if (!heading?.id) continue;
    button.setAttribute("aria-describedby", heading.id);
    const card = heading.id === "in-short-heading" ? "in-short" : heading.id;
    button.addEventListener("click", () => void start().then((p) => p.show(card, button)));
  }
}
