/** The browser the tests drive: the same one the build measures embeds in (src/build/chromium.ts). */
export { chromiumArgs, chromiumLaunchOptions, chromiumPath } from "../../src/build/chromium.ts";
