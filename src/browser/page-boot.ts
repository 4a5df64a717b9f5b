/**
 * The one script every page loads up front (a few hundred bytes): it wires the theme toggle,
 * the search shortcuts, the share panel and the glossary terms' "?" buttons. Everything else
 * loads when the reader asks for it.
 */
import { bootSearch } from "./search/search-boot";
import { bootSharePanel } from "./share/share-boot";
import { bootThemeToggle } from "./theme-toggle";

export function bootPage(): void {
  const base = document.body.dataset["base"] ?? "/";
  bootThemeToggle();
  bootSearch(base);
  bootSharePanel();
  document.addEventListener("click", (event) => {
    const button = (event.target as Element | null)?.closest<HTMLButtonElement>("[data-term]");
    if (button) void import("./term-definition").then((m) => m.toggleDefinition(button, base));
  });
}
