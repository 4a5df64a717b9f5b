/**
 * Keeps, of the site's one stylesheet, the rules a page can use, so each page inlines only
 * its own CSS (the first view must arrive in one round trip). A rule stays when every class,
 * id, element and attribute its selector names occurs in the page's HTML: pseudo-classes
 * (`:hover`, `:focus-visible`, `:popover-open`) and pseudo-elements are left to the browser,
 * so states are kept; `:where()`/`:is()` need one of their alternatives, `:not()` and `:has()`
 * are ignored. That test is loose — a rule may stay whose combinators match nothing — but
 * never drops a rule the page's markup can match. Custom properties and `@property` rules
 * that nothing left refers to are dropped too.
 *
 * Markup that scripts create (the search dialog, results, definitions) is not in the HTML:
 * those scripts load the whole stylesheet first (`browser/full-styles.ts`).
 */
import postcss, { type AtRule, type ChildNode, type Declaration, type Rule } from "postcss";
import selectorParser from "postcss-selector-parser";

/** What a page's HTML contains: the names a selector can ask for. */
export interface PageAtoms {
  classes: Set<string>;
  ids: Set<string>;
  tags: Set<string>;
  attributes: Set<string>;
  /** `type` values of the page's <input> elements. */
  inputTypes: Set<string>;
}

/**
 * Attributes that scripts set on the page after it loads: the theme on <html>, a
 * disclosure's `open`, a toggle's state. Rules that test them always stay.
 */
const scriptAttributes = new Set(["data-theme", "open", "aria-pressed", "aria-expanded", "hidden"]);

const entities: Record<string, string> = { amp: "&", quot: '"', "#39": "'", lt: "<", gt: ">" };
const decode = (s: string) => s.replace(/&(amp|quot|#39|lt|gt);/g, (_, e: string) => entities[e]!);

const tagPattern = /<([a-zA-Z][\w-]*)([^>]*)>/g;
const attributePattern = /([^\s"'=<>/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;

/** Collects the classes, ids, element and attribute names of an HTML document. */
export function pageAtoms(html: string): PageAtoms {
  const atoms: PageAtoms = {
    classes: new Set(),
    ids: new Set(),
    tags: new Set(),
    attributes: new Set(),
    inputTypes: new Set(),
  };
  // A tag written the same way again adds nothing new (a third of a page's tags).
  const seen = new Set<string>();
  tagPattern.lastIndex = 0;
  for (let tag = tagPattern.exec(html); tag; tag = tagPattern.exec(html)) {
    if (seen.has(tag[0])) continue;
    seen.add(tag[0]);
    const tagName = tag[1]!.toLowerCase();
    atoms.tags.add(tagName);
    const attributes = tag[2]!;
    attributePattern.lastIndex = 0;
    for (let attr = attributePattern.exec(attributes); attr;) {
      const name = attr[1]!.toLowerCase();
      const raw = attr[2] ?? attr[3] ?? attr[4] ?? "";
      const value = raw.includes("&") ? decode(raw) : raw;
      atoms.attributes.add(name);
      if (name === "class") for (const c of value.split(/\s+/)) if (c) atoms.classes.add(c);
      if (name === "id") atoms.ids.add(value);
      if (name === "type" && tagName === "input") atoms.inputTypes.add(value);
      attr = attributePattern.exec(attributes);
    }
  }
  return atoms;
}

type Test = (atoms: PageAtoms) => boolean;
const always: Test = () => true;

const anyInput =
  (...types: string[]): Test =>
  (a) =>
    types.some((t) => a.inputTypes.has(t));
/** Pseudo-elements that exist only inside some form controls (most of Tailwind's preflight). */
const pseudoElementNeeds: [RegExp, Test][] = [
  [/^::file-selector-button$/, anyInput("file")],
  [/^::-webkit-(inner|outer)-spin-button$/, anyInput("number")],
  [/^::-webkit-search-/, anyInput("search")],
  [
    /^::-webkit-(datetime-edit|date-and-time-value|calendar-picker-indicator)/,
    anyInput("date", "time", "datetime-local", "month", "week"),
  ],
  [/^::placeholder$/, (a) => a.attributes.has("placeholder")],
];

/** A test for one compound-and-combinator selector (`a.b > .c:hover`). */
function compileSelector(selector: selectorParser.Selector): Test {
  const tests: Test[] = [];
  selector.each((node) => {
    if (node.type === "class") {
      const name = node.value;
      tests.push((a) => a.classes.has(name));
    } else if (node.type === "id") {
      const name = node.value;
      tests.push((a) => a.ids.has(name));
    } else if (node.type === "tag") {
      const name = node.value.toLowerCase();
      tests.push((a) => a.tags.has(name));
    } else if (node.type === "attribute") {
      const name = node.attribute.toLowerCase();
      if (scriptAttributes.has(name)) return;
      // Typography's `[class~="lead"]` asks for a class.
      if (name === "class" && node.operator === "~=" && node.value) {
        const cls = node.value;
        tests.push((a) => a.classes.has(cls));
      } else tests.push((a) => a.attributes.has(name));
    } else if (node.type === "pseudo" && /^:(where|is|matches|any)$/i.test(node.value)) {
      const alternatives = node.nodes.map(compileSelector);
      tests.push((a) => alternatives.some((t) => t(a)));
    } else if (node.type === "pseudo") {
      const needs = pseudoElementNeeds.find(([pattern]) => pattern.test(node.value));
      if (needs) tests.push(needs[1]);
    }
  });
  return tests.length ? (a) => tests.every((t) => t(a)) : always;
}

const compiled = new Map<string, Test>();

/** A test for one selector of a rule's list, compiled once per distinct selector. */
function selectorTest(selector: string): Test {
  let test = compiled.get(selector);
  if (!test) {
    const alternatives: Test[] = [];
    selectorParser((root) => {
      root.each((s) => {
        alternatives.push(compileSelector(s));
      });
    }).processSync(selector);
    test = (a) => alternatives.some((t) => t(a));
    compiled.set(selector, test);
  }
  return test;
}

const varRefs = (text: string) => [...text.matchAll(/var\(\s*(--[\w-]+)/g)].map((m) => m[1]!);

/** A stylesheet, parsed once, that can be pruned for many pages. */
interface Sheet {
  nodes: ChildNode[];
  /**
   * Custom properties set by unlayered, unconditional rules, by selector. The same property
   * in a layered rule with the same selector can never win (unlayered styles beat layers),
   * so it is dropped: this is how the typography plugin's default colours give way to ours.
   */
  overridden: Map<string, Set<string>>;
  /** Whether any selector names an id; if none does, ids do not matter to the result. */
  usesIds: boolean;
  /** Pruned CSS by what a page contains: pages built from the same parts share one result. */
  results: Map<string, string>;
}

const sheets = new Map<string, Sheet>();

function parse(css: string): Sheet {
  let sheet = sheets.get(css);
  if (!sheet) {
    const root = postcss.parse(css);
    root.walkComments((c) => void c.remove());
    const overridden = new Map<string, Set<string>>();
    for (const node of root.nodes) {
      if (node.type !== "rule") continue;
      const props = overridden.get(node.selector) ?? new Set<string>();
      node.each((d) => {
        if (d.type === "decl" && d.prop.startsWith("--") && !d.important) props.add(d.prop);
      });
      overridden.set(node.selector, props);
    }
    let usesIds = false;
    root.walkRules((r) => {
      usesIds ||= r.selector.includes("#");
    });
    sheet = { nodes: root.nodes, overridden, usesIds, results: new Map() };
    sheets.set(css, sheet);
  }
  return sheet;
}

const isKeyframes = (node: ChildNode) =>
  node.type === "atrule" && /keyframes$/i.test((node as AtRule).name);

/** The rules of `nodes` that stay for the page, as [rule, kept selectors]. */
function keptRules(nodes: ChildNode[], atoms: PageAtoms, out: Map<Rule, string[]>): void {
  for (const node of nodes) {
    if (node.type === "rule") {
      const kept = node.selectors.filter((s) => selectorTest(s)(atoms));
      if (kept.length) out.set(node, kept);
      keptRules(node.nodes, atoms, out); // nested rules, should the CSS ever use nesting
    } else if (node.type === "atrule" && node.nodes && !isKeyframes(node)) {
      keptRules(node.nodes, atoms, out);
    }
  }
}

function printDecl(d: Declaration): string {
  return `${d.prop}:${d.value}${d.important ? "!important" : ""}`;
}

/** What printing needs besides the nodes. */
interface PrintContext {
  kept: Map<Rule, string[]>;
  refs: Set<string>;
  overridden: Map<string, Set<string>>;
}

/** Prints `nodes`, keeping only kept rules and referenced custom properties. */
function print(nodes: ChildNode[], context: PrintContext, layered = false): string {
  const { kept, refs } = context;
  let out = "";
  for (const node of nodes) {
    if (node.type === "decl") {
      if (!node.prop.startsWith("--") || refs.has(node.prop)) out += `${printDecl(node)};`;
    } else if (node.type === "rule") {
      const selectors = kept.get(node);
      if (!selectors) continue;
      const beaten = layered ? context.overridden.get(node.selector) : undefined;
      const own = beaten?.size
        ? node.nodes.filter((d) => !(d.type === "decl" && !d.important && beaten.has(d.prop)))
        : node.nodes;
      const body = print(own, context, layered).replace(/;$/, "");
      if (body) out += `${selectors.join(",")}{${body}}`;
    } else if (node.type === "atrule") {
      if (node.name === "property") {
        if (refs.has(node.params.trim())) out += node.toString();
      } else if (!node.nodes) {
        out += `@${node.name} ${node.params};`;
      } else if (isKeyframes(node)) {
        if (refs.has(`@${node.params.trim()}`)) out += node.toString();
      } else {
        const body = print(node.nodes, context, layered || node.name === "layer");
        // An empty @layer still fixes the order of layers; other empty at-rules go.
        if (body || node.name === "layer") out += `@${node.name} ${node.params}{${body}}`;
      }
    }
  }
  return out;
}

/**
 * The custom properties (and keyframes, as `@name`) the page can use: those referred to by
 * kept declarations or by the HTML (inline styles), and those that referred-to properties
 * refer to in turn.
 */
function referenced(kept: Map<Rule, string[]>, html: string): Set<string> {
  const refs = new Set(varRefs(html));
  const custom = new Map<string, string[]>();
  for (const rule of kept.keys()) {
    rule.walkDecls((d) => {
      if (d.prop.startsWith("--")) {
        custom.set(d.prop, [...(custom.get(d.prop) ?? []), ...varRefs(d.value)]);
      } else {
        for (const r of varRefs(d.value)) refs.add(r);
        if (/^animation(-name)?$/.test(d.prop))
          for (const name of d.value.split(/[\s,]+/)) refs.add(`@${name}`);
      }
    });
  }
  const queue = [...refs];
  while (queue.length) {
    for (const r of custom.get(queue.pop()!) ?? []) {
      if (!refs.has(r)) {
        refs.add(r);
        queue.push(r);
      }
    }
  }
  return refs;
}

/** The part of `css` that the page with this `html` can use, minified. */
export function pruneCss(css: string, html: string): string {
  const sheet = parse(css);
  const atoms = pageAtoms(html);
  const sorted = (set: Set<string>) => [...set].sort().join(" ");
  const key = [
    sorted(atoms.classes),
    sorted(atoms.tags),
    sorted(atoms.attributes),
    sorted(atoms.inputTypes),
    sheet.usesIds ? sorted(atoms.ids) : "",
    sorted(new Set(varRefs(html))),
  ].join("\n");
  let result = sheet.results.get(key);
  if (result === undefined) {
    const kept = new Map<Rule, string[]>();
    keptRules(sheet.nodes, atoms, kept);
    result = print(sheet.nodes, {
      kept,
      refs: referenced(kept, html),
      overridden: sheet.overridden,
    });
    sheet.results.set(key, result);
  }
  return result;
}
