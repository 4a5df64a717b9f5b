import { describe, expect, test } from "vitest";
import { searchMarkup, searchStyles } from "@/build/search/search-styles";

const css = [
  "@layer theme,base,utilities;",
  ":root{color-scheme:light;--ink:#111}",
  "@media (prefers-color-scheme:dark){:root{color-scheme:dark;--ink:#eee}}",
  "@layer base{*,:before{box-sizing:border-box}ol{list-style:none}table{border-collapse:collapse}}",
  "@layer utilities{.mt-3{margin-top:.75rem}.mt-9{margin-top:2rem}",
  "@media (width>=40rem){.sm\\:max-w-2xl{max-width:42rem}.sm\\:grid{display:grid}}",
  ".text-ink{color:var(--ink)}}",
  "@keyframes spin{from{rotate:0}to{rotate:1turn}}",
].join("");

// What the built scripts look like: class lists in strings and in template literals of markup.
const scripts = [
  'const a=document.createElement("ol");a.className="mt-3 text-ink";',
  'd.innerHTML=`<div class="sm:max-w-2xl">${x}</div>`;',
];

describe("searchStyles", () => {
  const out = searchStyles(css, scripts);

  test("keeps the rules the scripts' classes and elements can use, and drops the rest", () => {
    expect(out).toContain(".mt-3{");
    expect(out).toContain(".text-ink{");
    expect(out).toContain(".sm\\:max-w-2xl{");
    expect(out).toContain("ol{list-style:none}");
    expect(out).not.toContain(".mt-9");
    expect(out).not.toContain(".sm\\:grid");
    expect(out).not.toContain("table{");
  });

  test("scopes rules to the dialog's root, one block per run, and leaves variables global", () => {
    const scope = "@scope ([data-search-root])";
    expect(out).toContain(
      `@layer utilities{${scope}{.mt-3{margin-top:.75rem}}@media (width>=40rem){${scope}{.sm\\:max-w-2xl{max-width:42rem}}}${scope}{.text-ink{color:var(--ink)}}}`,
    );
    expect(out).toContain(`@layer base{${scope}{*,:before{box-sizing:border-box}ol{`);
    expect(out).toContain(
      ";:root{color-scheme:light;--ink:#111}@media (prefers-color-scheme:dark){:root{color-scheme:dark;--ink:#eee}}",
    );
  });

  test("the root element carries every word of the scripts as a class", () => {
    const markup = searchMarkup(scripts);
    expect(markup).toMatch(/^<div data-search-root class="[^"]*\bmt-3 text-ink\b/);
    expect(markup).toContain(" sm:max-w-2xl ");
  });
});
