/**
 * The few lines of search code every page runs: the header's Search control, `/` and
 * Ctrl/Cmd+K open the search dialog, whose code loads only then; and on a page reached from a
 * result (`?highlight=`), Pagefind's highlighter marks the words searched for.
 */
export function bootSearch(base: string): void {
  // Keys typed while the dialog's code loads are kept and replayed into its search box.
  let typed: string | undefined;
  const keep = (event: KeyboardEvent) => {
    if (typed !== undefined && event.key.length === 1 && !event.ctrlKey && !event.metaKey) {
      typed += event.key;
      event.preventDefault();
    }
  };
  const open = () => {
    typed ??= "";
    // The dialog's code is in the same file as the search code (search-ui re-exports it).
    return import("./search-ui").then(async (m) => {
      // Read once the dialog is up: keys typed while it was built count too.
      await m.openSearchDialog(base, () => typed ?? "");
      typed = undefined;
    });
  };
  const typing = (t: EventTarget | null) =>
    t instanceof HTMLElement &&
    (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName));

  for (const trigger of document.querySelectorAll<HTMLAnchorElement>("[data-search-open]")) {
    trigger.setAttribute("aria-haspopup", "dialog");
    trigger.addEventListener("click", (event) => {
      event.preventDefault();
      void open();
    });
  }
  addEventListener("keydown", (event) => {
    const shortcut =
      (event.key === "k" && (event.metaKey || event.ctrlKey)) ||
      (event.key === "/" && !typing(event.target));
    if (shortcut && typed === undefined) {
      event.preventDefault();
      void open();
    } else keep(event);
  });
  if (new URLSearchParams(location.search).has("highlight")) {
    const url = new URL(`${base}pagefind/pagefind-highlight.js`, location.href).href;
    // Our own <mark> style applies (from the whole stylesheet: the page had no <mark> to keep
    // its rule); the script's own <style> element would break the CSP.
    void Promise.all([
      import(/* @vite-ignore */ url),
      import("../full-styles").then((m) => m.loadFullStyles()),
    ]).then(([m]: [{ default: new (o: object) => unknown }, void]) => {
      new m.default({ highlightParam: "highlight", addStyles: false });
    });
  }
}
