import { build } from "esbuild";
import type { Page } from "@playwright/test";
import { fileURLToPath } from "node:url";

/** Path of the editors' test page on the site's origin (answered by the browser, not the server). */
export const editorsPath = "/__editors__/";

let bundle: Promise<string> | undefined;

/** editors.ts and the editors it imports, bundled once per test worker. */
function bundleEditors(): Promise<string> {
  bundle ??= build({
    entryPoints: [fileURLToPath(new URL("./editors.ts", import.meta.url))],
    bundle: true,
    format: "esm",
    write: false,
    minify: false,
    target: "chrome120",
    logLevel: "silent",
  }).then((result) => result.outputFiles[0]?.text ?? "");
  return bundle;
}

/**
 * Opens the editors' page on the site's own origin, so it reads the clipboard the site's
 * page wrote. Each editor is a contenteditable element with `data-editor` = its name.
 */
export async function openEditors(page: Page): Promise<void> {
  const script = await bundleEditors();
  await page.route(`**${editorsPath}editors.js`, (route) =>
    route.fulfill({ contentType: "text/javascript", body: script }),
  );
  await page.route(`**${editorsPath}`, (route) =>
    route.fulfill({
      contentType: "text/html",
      body: `<!doctype html><html lang="en"><meta charset="utf-8"><title>Editors</title><body><script type="module" src="${editorsPath}editors.js"></script></body></html>`,
    }),
  );
  await page.goto(editorsPath);
  await page.locator("body[data-ready]").waitFor({ state: "attached" });
}

/** The element a reader types into, for each editor. */
export const editorSelectors = {
  tiptap: '[data-editor="tiptap"] .ProseMirror',
  quill: '[data-editor="quill"] .ql-editor',
  lexical: '[data-editor="lexical"]',
} as const;
