/**
 * Browser code shared by the search dialog and /search/: loads Pagefind and the
 * vocabulary once, runs a search on every keystroke (no debounce: the index is
 * fast, and stale answers are dropped) and renders results, filters and
 * "did you mean" into a root element.
 */
import { loadFullStyles, loadSearchStyles } from "../full-styles";
import type { PagefindApi } from "./pagefind-types";
import { searchSite, type SearchOutcome } from "./search-engine";
import { normaliseQuery, stopWords } from "../../lib/search/search-query";
import { hasJapanese } from "../../lib/search/search-text";
import { bridge, type ResultKind, type Vocabulary } from "../../lib/search/search-vocabulary";

// One file for the dialog and the search it opens: one request, not two.
export { openSearchDialog } from "./search-dialog";

const kinds: ResultKind[] = ["Explainer", "Glossary term", "Timeline event", "Page"];
const plural: Record<ResultKind, string> = {
  Explainer: "Explainers",
  "Glossary term": "Glossary terms",
  "Timeline event": "Timeline events",
  Page: "Other pages",
};

/** How a kind is written in the address (`/search/?q=…&kind=glossary`). */
export const kindParams: Record<ResultKind, string> = {
  Explainer: "explainers",
  "Glossary term": "glossary",
  "Timeline event": "timeline",
  Page: "pages",
};

/** The kind a `kind=` value in the address names, if any. */
export function kindFromParam(value: string | null): ResultKind | undefined {
  return kinds.find((k) => kindParams[k] === value);
}

/** Pages scored once the reader asks for more results (the first screen scores fewer). */
const moreScored = 16;

/** How long a query of one or two letters waits for the next key before it is searched, ms. */
const shortQueryPause = 300;

let engine: Promise<{ api: PagefindApi; vocab: Vocabulary }> | undefined;
let typos: Promise<Pick<Vocabulary, "words" | "english">> | undefined;

/**
 * The words typo correction needs, loaded the first time a word matches nothing. A word typed
 * half-way ("secrecy o") matches nothing too: the file (21 KiB) loads only once the reader has
 * paused, and not at all when `isStale` says they typed on.
 */
async function loadTypos(
  base: string,
  isStale: () => boolean,
): Promise<Pick<Vocabulary, "words" | "english">> {
  if (!typos) {
    await new Promise((resolve) => setTimeout(resolve, shortQueryPause));
    if (isStale()) return { words: [], english: [] };
    typos ??= fetch(`${base}search-typos.json`).then(
      (r) => r.json() as Promise<Pick<Vocabulary, "words" | "english">>,
    );
  }
  return typos;
}

/**
 * Pagefind on the main thread hands every result of a page the same object and rewrites its
 * `locations` on each `data()` call (a worker sends each its own copy): each result gets its own.
 */
function ownLocations(api: PagefindApi): PagefindApi {
  return {
    ...api,
    search: async (term, opts) => {
      const found = await api.search(term, opts);
      for (const result of found?.results ?? []) {
        const { data, words } = result;
        result.data = async () => ({ ...(await data()), locations: [...words] });
      }
      return found;
    },
  };
}

/**
 * Loads Pagefind and the vocabulary, once, and with them `styles`: results are built here, so
 * their CSS is not on the page. Pagefind's URL is built at runtime so Vite leaves it alone.
 */
export function loadSearch(
  base: string,
  styles: () => Promise<void> = loadFullStyles,
): Promise<{ api: PagefindApi; vocab: Vocabulary }> {
  return Promise.all([loadEngine(base), styles()]).then(([loaded]) => loaded);
}

function loadEngine(base: string): Promise<{ api: PagefindApi; vocab: Vocabulary }> {
  engine ??= (async () => {
    const [api, vocab] = await Promise.all([
      import(
        /* @vite-ignore */ new URL(`${base}pagefind/pagefind.js`, location.href).href
      ) as Promise<PagefindApi>,
      fetch(`${base}search-vocabulary.json`).then((r) => r.json() as Promise<Vocabulary>),
    ]);
    await api.options({
      // Search runs on the page: a worker costs its own 12 KiB script and start-up, and
      // a search of this small index takes a few milliseconds on the main thread.
      noWorker: true,
      baseUrl: base,
      excerptLength: 22,
      highlightParam: "highlight",
      // Measured with the quality suite (tests/e2e/search-quality.spec.ts); see README.
      ranking: {
        termFrequency: 0.6,
        pageLength: 0,
        termSimilarity: 1.0,
        metaWeights: { title: 6 },
      },
    });
    await api.init();
    return { api: ownLocations(api), vocab };
  })();
  return engine;
}

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className = "",
  text = "",
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text) node.textContent = text;
  return node;
}

/** Builds the result area inside `root` and returns its parts. */
function scaffold(root: HTMLElement) {
  const status = el("p", "mt-3 font-medium");
  status.setAttribute("role", "status");
  const filters = el("div", "mt-3 flex flex-wrap gap-2");
  filters.setAttribute("role", "group");
  filters.setAttribute("aria-label", "Show only");
  const list = el("ol", "mt-4 space-y-5");
  list.setAttribute("aria-label", "Search results");
  const more = el(
    "button",
    "mt-5 min-h-11 rounded-md border border-rule px-3 text-sm",
    "More results",
  );
  more.type = "button";
  more.hidden = true;
  const help = el("div", "mt-4");
  root.replaceChildren(status, filters, list, more, help);
  return { status, filters, list, more, help };
}

/** Arrow keys move between the search box and the results' links. */
function arrowKeys(input: HTMLInputElement, list: HTMLOListElement): void {
  const links = () => [...list.querySelectorAll<HTMLAnchorElement>(":scope > li > a")];
  input.addEventListener("keydown", (event) => {
    if (event.key !== "ArrowDown") return;
    const first = links()[0];
    if (!first) return;
    event.preventDefault();
    first.focus();
  });
  list.addEventListener("keydown", (event) => {
    if (event.key !== "ArrowDown" && event.key !== "ArrowUp") return;
    const all = links();
    const at = all.indexOf(event.target as HTMLAnchorElement);
    if (at < 0) return;
    event.preventDefault();
    const next = event.key === "ArrowDown" ? all[Math.min(at + 1, all.length - 1)] : all[at - 1];
    (next ?? input).focus();
  });
}

/**
 * The filter buttons are one stop for Tab (the pressed one); arrow keys, Home
 * and End move between them, Enter or Space chooses.
 */
function rovingFocus(group: HTMLElement): void {
  group.addEventListener("keydown", (event) => {
    const buttons = [...group.querySelectorAll<HTMLButtonElement>("button")];
    const at = buttons.indexOf(event.target as HTMLButtonElement);
    if (at < 0) return;
    const to =
      event.key === "ArrowRight" || event.key === "ArrowDown"
        ? (at + 1) % buttons.length
        : event.key === "ArrowLeft" || event.key === "ArrowUp"
          ? (at - 1 + buttons.length) % buttons.length
          : event.key === "Home"
            ? 0
            : event.key === "End"
              ? buttons.length - 1
              : -1;
    if (to < 0) return;
    event.preventDefault();
    buttons.forEach((b, i) => (b.tabIndex = i === to ? 0 : -1));
    buttons[to]?.focus();
  });
}

function renderHits(list: HTMLOListElement, outcome: SearchOutcome): void {
  list.replaceChildren(
    ...outcome.hits.map((hit) => {
      const li = el("li");
      const link = el(
        "a",
        "font-serif text-lg font-semibold text-accent underline underline-offset-2",
        hit.title,
      );
      link.href = hit.url;
      const kind = el(
        "span",
        "ml-2 rounded border border-rule px-1.5 py-0.5 align-middle text-xs text-muted",
        hit.kind,
      );
      li.append(link, kind);
      if (hit.section) li.append(el("p", "mt-1 text-sm font-medium", `Section: ${hit.section}`));
      const excerpt = el("p", "mt-1 text-sm");
      if (hit.excerptIsHtml)
        excerpt.innerHTML = hit.excerpt; // Pagefind escapes page text; only <mark> is markup.
      else excerpt.textContent = hit.excerpt;
      li.append(excerpt);
      return li;
    }),
  );
}

function renderHelp(help: HTMLElement, outcome: SearchOutcome, base: string): void {
  help.replaceChildren();
  if (outcome.hits.length) return;
  const p = el("p");
  if (outcome.suggestions.length) {
    p.append("Did you mean ");
    outcome.suggestions.forEach((s, i) => {
      const a = el("a", "text-accent underline", s.label);
      a.href = `${base.replace(/\/$/, "")}${s.url}`;
      p.append(i === 0 ? "" : i === outcome.suggestions.length - 1 ? " or " : ", ", a);
    });
    p.append("? ");
  }
  const az = el("a", "text-accent underline", "the A–Z list of everything on this site");
  az.href = `${base}search/#az-heading`;
  p.append("You can also browse ", az, ".");
  help.append(p);
}

/**
 * Makes `input` search as the reader types, showing results in `root`. A new
 * query starts with all kinds shown; `onQuery` lets the host keep the address
 * (`?q=…&kind=…`) in step, and `initialKind` starts from a kind in the address.
 */
export function mountSearch(
  root: HTMLElement,
  input: HTMLInputElement,
  base: string,
  onQuery?: (q: string, kind: ResultKind | undefined) => void,
  initialKind?: ResultKind,
) {
  const { status, filters, list, more, help } = scaffold(root);
  let kind: ResultKind | undefined = initialKind;
  // The first screen scores a few pages (each one's text is a fetch); "More results" scores more.
  let wide = false;
  let ticket = 0;
  // In the dialog, results take the dialog's own stylesheet; elsewhere (/search/), the whole one.
  const styles = () => (root.closest("[data-search-root]") ? loadSearchStyles() : loadFullStyles());
  arrowKeys(input, list);
  rovingFocus(filters);

  const renderFilters = (outcome: SearchOutcome) => {
    const buttons = [undefined, ...kinds.filter((k) => (outcome.counts[k] ?? 0) > 0)].map((k) => {
      const count = k ? (outcome.counts[k] ?? 0) : undefined;
      const button = el(
        "button",
        "min-h-8 rounded-full border border-rule px-3 text-sm aria-pressed:bg-ink aria-pressed:text-paper",
      );
      button.type = "button";
      button.textContent = k ? `${plural[k]} (${count})` : "All";
      button.setAttribute("aria-pressed", String(k === kind));
      button.tabIndex = k === kind ? 0 : -1;
      button.addEventListener("click", () => {
        kind = k;
        void run().then(() =>
          filters.querySelector<HTMLButtonElement>("[aria-pressed=true]")?.focus(),
        );
      });
      return button;
    });
    filters.replaceChildren(...(buttons.length > 2 || kind ? buttons : []));
  };

  const run = async () => {
    const query = normaliseQuery(input.value);
    const mine = ++ticket;
    onQuery?.(query, query ? kind : undefined);
    if (!query) {
      root.hidden = true;
      return;
    }
    // A query whose words that carry meaning are one or two letters matches, as a prefix, most
    // pages: searched at once, each key on the way to a longer query would load a dozen pages'
    // text that the next key makes useless. It is searched once the reader pauses; its part of
    // the index, which the longer query needs too, loads meanwhile. So is one of three letters
    // that names nothing ("pri" on the way to "privacy"; not "ACD"), and one of question and
    // stop words only ("what does the"). The pause starts once Pagefind is loaded: its start-up
    // holds the main thread, and a pause that ran out meanwhile would search the letter before
    // the keys typed since reach the box.
    const meaning = query
      .toLowerCase()
      .split(" ")
      .filter((w) => w && !stopWords.has(w))
      .join(" ");
    if (meaning.length <= 3 && !hasJapanese(query)) {
      const { api, vocab } = await loadSearch(base, styles);
      if (mine !== ticket) return;
      if (meaning.length <= 2 || !bridge(vocab, meaning).length) {
        void api.preload(meaning || query);
        await new Promise((resolve) => setTimeout(resolve, shortQueryPause));
        if (mine !== ticket) return;
      }
    }
    const { api, vocab } = await loadSearch(base, styles);
    // Keys typed while Pagefind loaded: only the last query is searched.
    if (mine !== ticket) return;
    const outcome = await searchSite(api, vocab, query, {
      kind,
      base,
      ...(wide ? { scored: moreScored, limit: 2 * moreScored } : {}),
      loadTypos: () => loadTypos(base, () => mine !== ticket),
      isStale: () => mine !== ticket,
    });
    if (mine !== ticket) return;
    renderHits(list, outcome);
    renderFilters(outcome);
    renderHelp(help, outcome, base);
    more.hidden = wide || !outcome.more;
    const n = outcome.total;
    const what = kind ? ` (${plural[kind].toLowerCase()})` : "";
    status.textContent =
      n === 0
        ? `No results${what} for “${query}”.`
        : `${n} result${n === 1 ? "" : "s"}${what} for “${outcome.correctedTo ?? query}”${outcome.correctedTo ? ` (no match for “${query}”)` : ""}.`;
    root.hidden = false;
  };

  input.addEventListener("input", () => {
    // A new query shows every kind: a filter chosen for the last one would hide results silently.
    kind = undefined;
    wide = false;
    void run();
  });
  more.addEventListener("click", () => {
    const shown = list.children.length;
    wide = true;
    // Focus moves to the first result that was not shown before.
    void run().then(() =>
      (list.querySelectorAll<HTMLAnchorElement>(":scope > li > a")[shown] ?? input).focus(),
    );
  });
  return { run };
}
