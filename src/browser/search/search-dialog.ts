/**
 * The search dialog opened from the header button, `/` or Ctrl/Cmd+K. Built on
 * first use (pages carry none of it up front) from a native <dialog>: focus is
 * trapped and Escape closes it, and focus returns to where the reader was.
 */
import { loadSearchStyles } from "../full-styles";
import { loadSearch, mountSearch } from "./search-ui";

let dialog: HTMLDialogElement | undefined;

function build(base: string): HTMLDialogElement {
  const d = document.createElement("dialog");
  d.setAttribute("aria-labelledby", "search-dialog-title");
  d.className =
    "m-0 h-dvh max-h-none w-full max-w-none bg-paper p-0 text-ink backdrop:bg-black/50 sm:mx-auto sm:mt-16 sm:bottom-auto sm:h-auto sm:max-h-[80vh] sm:max-w-2xl sm:rounded-xl sm:border sm:border-rule";
  d.innerHTML = `
    <div class="flex items-center justify-between gap-4 border-b border-rule px-4 py-3 sm:px-6">
      <h2 id="search-dialog-title" class="font-serif text-xl font-semibold">Search</h2>
      <button type="button" data-close class="inline-flex min-h-11 items-center rounded-md border border-rule px-3 text-sm">Close<span class="sr-only"> search</span></button>
    </div>
    <form role="search" method="get" class="px-4 pt-4 sm:px-6">
      <label for="search-dialog-q" class="block font-medium">Search the site</label>
      <input id="search-dialog-q" name="q" type="search" autocomplete="off" spellcheck="false"
        class="mt-2 min-h-11 w-full rounded-md border border-muted bg-paper px-3 text-lg" />
      <p class="mt-2 text-sm text-muted">Try “ACD”, “NISC”, “secrecy of communication” or 能動的サイバー防御. Press Enter for a page you can share.</p>
    </form>
    <section aria-label="Results" class="overflow-y-auto px-4 pb-6 sm:max-h-[55vh] sm:px-6" data-results hidden></section>`;
  const form = d.querySelector("form");
  const input = d.querySelector<HTMLInputElement>("input");
  const results = d.querySelector<HTMLElement>("[data-results]");
  if (!form || !input || !results) throw new Error("search dialog markup");
  form.action = `${base}search/`;
  mountSearch(results, input, base);
  d.querySelector("[data-close]")?.addEventListener("click", () => d.close());
  // A click on the backdrop (outside the panel) closes the dialog, as readers expect.
  d.addEventListener("click", (event) => {
    if (event.target === d) d.close();
  });
  // The root that the dialog's own stylesheet is scoped to (`loadSearchStyles`).
  const root = document.createElement("div");
  root.setAttribute("data-search-root", "");
  root.append(d);
  document.body.append(root);
  return d;
}

/**
 * Opens the dialog (building it the first time), starts loading the index, and types into it
 * what `typed` returns once it is open.
 */
export async function openSearchDialog(base: string, typed: () => string): Promise<void> {
  void loadSearch(base, loadSearchStyles);
  await loadSearchStyles(); // the dialog's markup is not on the page, nor its CSS
  dialog ??= build(base);
  if (!dialog.open) dialog.showModal();
  const input = dialog.querySelector<HTMLInputElement>("input");
  if (!input) return;
  input.focus();
  const initial = typed();
  if (initial) {
    input.value = initial;
    input.dispatchEvent(new Event("input"));
  } else input.select();
}
