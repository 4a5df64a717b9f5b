/**
 * Browser code for /search/: reads `?q=`, loads Pagefind on first use, shows
 * results with their best-matching sections, and keeps the address shareable.
 */
import type { PagefindApi, PagefindResultData } from "./pagefind-types";

let pagefind: Promise<PagefindApi> | undefined;

/** Loads Pagefind once. The URL is built at runtime so Vite leaves it alone. */
export function loadPagefind(basePath: string): Promise<PagefindApi> {
  pagefind ??= (async () => {
    const url = new URL(`${basePath}pagefind.js`, location.href).href;
    const api = (await import(/* @vite-ignore */ url)) as PagefindApi;
    await api.options({ basePath, excerptLength: 24 });
    await api.init();
    return api;
  })();
  return pagefind;
}

function renderResult(data: PagefindResultData): HTMLLIElement {
  const li = document.createElement("li");
  const kind = data.meta["kind"] ?? "Page";
  const title = document.createElement("a");
  title.href = data.url;
  title.className = "font-serif text-xl font-semibold text-accent underline";
  title.textContent = data.meta["title"] ?? data.url;
  const badge = document.createElement("span");
  badge.className = "ml-2 rounded bg-panel px-2 py-0.5 align-middle text-xs text-muted";
  badge.textContent = kind;
  const excerpt = document.createElement("p");
  excerpt.className = "mt-1";
  excerpt.innerHTML = data.excerpt; // Pagefind escapes page text; only <mark> is markup.
  li.append(title, badge, excerpt);
  const sections = data.sub_results.filter((s) => s.url !== data.url).slice(0, 2);
  if (sections.length) {
    const ul = document.createElement("ul");
    ul.className = "mt-2 space-y-1 border-l border-rule pl-4 text-sm";
    for (const s of sections) {
      const item = document.createElement("li");
      const a = document.createElement("a");
      a.href = s.url;
      a.className = "underline";
      a.textContent = s.title;
      item.append(a);
      ul.append(item);
    }
    li.append(ul);
  }
  return li;
}

/** Wires the search page: runs `?q=` at load and searches as the reader types. */
export function startSearchPage(): void {
  const section = document.querySelector<HTMLElement>("[data-search-results-section]");
  const form = document.querySelector<HTMLFormElement>("[data-search-form]");
  const input = form?.querySelector<HTMLInputElement>("input[name=q]");
  const status = section?.querySelector<HTMLElement>("[data-search-status]");
  const list = section?.querySelector<HTMLOListElement>("[data-search-results]");
  if (!section || !form || !input || !status || !list) return;
  const basePath = section.dataset["pagefindBase"] ?? "/pagefind/";
  let latest = 0;

  const run = async (query: string) => {
    const ticket = ++latest;
    const url = new URL(location.href);
    if (query) url.searchParams.set("q", query);
    else url.searchParams.delete("q");
    history.replaceState(null, "", url);
    if (!query.trim()) {
      section.hidden = true;
      return;
    }
    const api = await loadPagefind(basePath);
    const search = await api.search(query);
    if (ticket !== latest || !search) return;
    const data = await Promise.all(search.results.slice(0, 10).map((r) => r.data()));
    if (ticket !== latest) return;
    list.replaceChildren(...data.map(renderResult));
    const n = search.results.length;
    status.textContent =
      n === 0 ? `No results for “${query}”.` : `${n} result${n === 1 ? "" : "s"} for “${query}”.`;
    section.hidden = false;
  };

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    void run(input.value);
  });
  input.addEventListener("input", () => void run(input.value));
  const initial = new URL(location.href).searchParams.get("q") ?? "";
  if (initial) {
    input.value = initial;
    void run(initial);
  }
}
