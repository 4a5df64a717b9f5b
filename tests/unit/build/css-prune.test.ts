import { describe, expect, test } from "vitest";
import { pageAtoms, pruneCss } from "@/build/css-prune";

const css = [
  "@layer theme,base,utilities;",
  "@layer base{*,:before{box-sizing:border-box}a{color:inherit}table{border-collapse:collapse}}",
  "@layer utilities{",
  ".mt-4{margin-top:1rem}.mt-8{margin-top:2rem}",
  ".hover\\:underline:hover{text-decoration:underline}",
  ".dark\\:bg-ink:where([data-theme=dark],[data-theme=dark] *){background:black}",
  ".prose :where(ul>li):not(:where(.not-prose,.not-prose *)){padding:0}",
  ".prose :where(table):not(:where(.not-prose,.not-prose *)){width:100%}",
  "@media (width>=40rem){.sm\\:mt-8{margin-top:2rem}.sm\\:grid{display:grid}}",
  ".shadow{--tw-shadow:0 1px #000;box-shadow:var(--tw-shadow)}",
  "::-webkit-datetime-edit{padding:0}::placeholder{opacity:1}",
  "}",
  "@property --tw-shadow{syntax:'*';inherits:false}",
  "@property --tw-ring{syntax:'*';inherits:false}",
  ":root{--ink:#111;--unused:red}",
  "body{color:var(--ink)}",
].join("");

const page = (body: string) => `<!doctype html><html><head></head><body>${body}</body></html>`;

describe("pageAtoms", () => {
  test("collects classes, ids, elements, attributes and input types, decoding entities", () => {
    const atoms = pageAtoms(
      '<main id="m" class="a b&amp;c"><input type="search" placeholder="x"><a href="/">x</a></main>',
    );
    expect([...atoms.classes]).toEqual(["a", "b&c"]);
    expect([...atoms.ids]).toEqual(["m"]);
    expect([...atoms.tags]).toEqual(["main", "input", "a"]);
    expect(atoms.attributes.has("placeholder")).toBe(true);
    expect([...atoms.inputTypes]).toEqual(["search"]);
  });
});

describe("pruneCss", () => {
  const pruned = pruneCss(
    css,
    page('<div class="mt-4 sm:mt-8 hover:underline dark:bg-ink"></div>'),
  );

  test.each([
    [".mt-4{margin-top:1rem}", "a class on the page"],
    [".hover\\:underline:hover{", "a state of a class on the page"],
    [".dark\\:bg-ink:where(", "a dark-theme variant (data-theme is set by script)"],
    ["@media (width>=40rem){.sm\\:mt-8{", "a responsive variant inside its media query"],
    ["*,:before{box-sizing:border-box}", "universal rules"],
    ["body{color:var(--ink)}", "element rules for elements on the page"],
    [":root{--ink:#111}", "custom properties something uses"],
    ["@layer theme,base,utilities;", "the order of layers"],
  ])("keeps %s (%s)", (fragment) => {
    expect(pruned).toContain(fragment);
  });

  test.each([
    [".mt-8{", "a class not on the page"],
    [".sm\\:grid", "a variant of a class not on the page"],
    ["table{", "an element not on the page"],
    [".prose", "typography rules when there is no .prose"],
    ["--unused", "a custom property nothing refers to"],
    ["@property --tw-ring", "an @property nothing refers to"],
    ["@property --tw-shadow", "an @property of a dropped rule"],
    ["::-webkit-datetime-edit", "date-input parts when there is no date input"],
    ["::placeholder", "placeholder styles when nothing has a placeholder"],
  ])("drops %s (%s)", (fragment) => {
    expect(pruned).not.toContain(fragment);
  });

  test("keeps a :where() rule when one of its alternatives is on the page", () => {
    const prose = pruneCss(css, page('<div class="prose"><ul><li>x</li></ul></div>'));
    expect(prose).toContain(".prose :where(ul>li)");
    expect(prose).not.toContain(".prose :where(table)");
  });

  test("keeps custom properties that kept rules use, and their @property", () => {
    const shadow = pruneCss(css, page('<p class="shadow">x</p>'));
    expect(shadow).toContain("--tw-shadow:0 1px #000");
    expect(shadow).toContain("@property --tw-shadow");
  });

  test("drops a layered custom property that an unlayered rule with the same selector overrides", () => {
    const sheet =
      "@layer utilities{.prose{--tw-prose-body:gray;color:var(--tw-prose-body)}}" +
      ".prose{--tw-prose-body:var(--ink)}:root{--ink:#111}";
    const out = pruneCss(sheet, page('<div class="prose">x</div>'));
    expect(out).not.toContain("gray");
    expect(out).toContain("--tw-prose-body:var(--ink)");
    expect(out).toContain("color:var(--tw-prose-body)");
  });
});
