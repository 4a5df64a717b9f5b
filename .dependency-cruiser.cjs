// Where code runs decides what it may import (`npm run lint:deps`, part of `npm test`).
//   src/browser/  ships to readers: imports only browser code and the pure helpers in src/lib/
//   src/lib/      pure helpers both sides use: imports only src/lib/ (no node:*, no packages)
//   src/build/    build-time work, src/scripts/ and src/serve.ts: anything but the browser entry
// Components, layouts and pages (.astro) render at build time; their <script> tags import the
// browser entry, which Astro bundles. A failure names the rule and both files:
//   error browser-imports-browser-or-lib: src/browser/x.ts → src/build/y.ts
const path = require("node:path");

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "browser-imports-browser-or-lib",
      comment:
        "Code in src/browser/ ships to readers: it may import only src/browser/ and the pure helpers in src/lib/ — no build code, no node:* modules, no packages.",
      severity: "error",
      from: { path: "^src/browser/" },
      to: { pathNot: "^src/(browser|lib)/" },
    },
    {
      name: "lib-imports-only-lib",
      comment:
        "src/lib/ holds pure helpers that both sides import: they import only each other — nothing from src/browser/ or src/build/, no node:* modules, no packages.",
      severity: "error",
      from: { path: "^src/lib/" },
      to: { pathNot: "^src/lib/" },
    },
    {
      name: "browser-entry-is-not-imported",
      comment:
        "src/browser/page-boot.ts is the browser entry: only the page's <script> loads it; no module imports it.",
      severity: "error",
      from: {},
      to: { path: "^src/browser/page-boot\\.ts$" },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    // Type-only imports count too: a browser module has no business knowing build types.
    tsPreCompilationDeps: true,
    // Absolute, so the rules' own test can cruise a fixture tree from its folder.
    tsConfig: { fileName: path.join(__dirname, "tsconfig.json") },
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["import", "require", "node", "default", "types"],
      extensions: [".ts", ".mjs", ".js", ".json"],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
