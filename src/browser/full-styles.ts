/**
 * Each page inlines only the CSS of its own markup (`build/page-styles.ts`). Scripts that build
 * markup later — the search dialog and results, definitions, the share panel's extra controls,
 * search highlights — first load the whole stylesheet, whose address the build put in
 * `<html data-styles>`; the search dialog loads only its own part. In `astro dev` there are no
 * such attributes: every style is already there.
 */
const loading = new Map<string, Promise<void>>();

/** Loads a stylesheet once; resolves when it applies (or failed to load). */
function loadStyles(href: string | undefined): Promise<void> {
  if (!href) return Promise.resolve();
  let loaded = loading.get(href);
  if (!loaded) {
    loaded = new Promise((resolve) => {
      const link = document.createElement("link");
      link.rel = "stylesheet";
      link.href = href;
      link.addEventListener("load", () => resolve());
      link.addEventListener("error", () => resolve());
      document.head.append(link);
    });
    loading.set(href, loaded);
  }
  return loaded;
}

/** Loads the whole stylesheet once; resolves when it applies (or failed to load). */
export function loadFullStyles(): Promise<void> {
  return loadStyles(document.documentElement.dataset["styles"]);
}

/**
 * Loads the search dialog's part of the stylesheet (`<html data-search-styles>`), scoped to
 * the dialog's root (`build/search/search-styles.ts`); the whole stylesheet where the build
 * wrote none or the browser cannot scope rules.
 */
export function loadSearchStyles(): Promise<void> {
  const href = document.documentElement.dataset["searchStyles"];
  return href && "CSSScopeRule" in window ? loadStyles(href) : loadFullStyles();
}
