/**
 * Each page inlines only the CSS of its own markup (`build/page-styles.ts`). Scripts that build
 * markup later — the search dialog and results, definitions, the share panel's extra controls,
 * search highlights — first load the whole stylesheet, whose address the build put in
 * `<html data-styles>`. In `astro dev` there is no such attribute: every style is already there.
 */
let loading: Promise<void> | undefined;

/** Loads the whole stylesheet once; resolves when it applies (or failed to load). */
export function loadFullStyles(): Promise<void> {
  const href = document.documentElement.dataset["styles"];
  if (!href) return Promise.resolve();
  loading ??= new Promise((resolve) => {
    const link = document.createElement("link");
    link.rel = "stylesheet";
    link.href = href;
    link.addEventListener("load", () => resolve());
    link.addEventListener("error", () => resolve());
    document.head.append(link);
  });
  return loading;
}
