import { createHash } from "node:crypto";

/**
 * Runs in <head> before first paint so the page never flashes the wrong theme:
 * an explicit choice stored by the toggle wins, otherwise the system setting.
 * Kept tiny and dependency-free; its hash is allowed by the CSP.
 */
export const themeInitScript =
  "(()=>{try{var t=localStorage.getItem('theme')}catch(e){}" +
  "document.documentElement.dataset.theme=t==='dark'||t==='light'?t:" +
  "matchMedia('(prefers-color-scheme: dark)').matches?'dark':'light'})()";

/** CSP hash source for {@link themeInitScript}, e.g. `sha256-…`. */
export const themeInitHash = `sha256-${createHash("sha256").update(themeInitScript).digest("base64")}`;
