/**
 * The header's theme toggle. The button is shown by CSS as soon as the head script has set
 * `data-theme` (so it never pops in and moves the header); this wires it up: it flips the
 * theme and remembers the choice, the one thing the site stores.
 */
export function bootThemeToggle(): void {
  const button = document.querySelector<HTMLButtonElement>("[data-theme-toggle]");
  if (!button) return;
  const root = document.documentElement;
  const sync = () => button.setAttribute("aria-pressed", String(root.dataset["theme"] === "dark"));
  sync();
  button.addEventListener("click", () => {
    const next = root.dataset["theme"] === "dark" ? "light" : "dark";
    root.dataset["theme"] = next;
    try {
      localStorage.setItem("theme", next);
    } catch {
      // Storage can be blocked; the choice then lasts for this page only.
    }
    sync();
  });
}
