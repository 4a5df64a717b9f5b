import { existsSync } from "node:fs";
import { join, relative } from "node:path";
import type { Root, Node } from "mdast";
import { visit } from "unist-util-visit";
import { closestPassage, isVerbatim } from "../lib/quotes";
import { countWords, readingMinutes } from "../lib/reading";
import type { Registry } from "../lib/registry";

/** The part of an MDX JSX element this plugin reads and writes. */
interface JsxElement extends Node {
  type: "mdxJsxFlowElement" | "mdxJsxTextElement";
  name: string | null;
  attributes: { type: string; name?: string; value?: unknown }[];
  children: Node[];
}

interface VFileLike {
  path: string;
  data: { astro?: { frontmatter?: Record<string, unknown> } };
}

/** Thrown for bad content; the message is the one line a writer needs. */
export class ContentError extends Error {
  override name = "ContentError";
}

function attr(node: JsxElement, name: string): string | undefined {
  const found = node.attributes.find((a) => a.type === "mdxJsxAttribute" && a.name === name);
  return typeof found?.value === "string" ? found.value : undefined;
}

function setAttr(node: JsxElement, name: string, value: string): void {
  node.attributes = node.attributes.filter((a) => a.name !== name);
  node.attributes.push({ type: "mdxJsxAttribute", name, value });
}

function plainText(node: Node): string {
  if (node.type === "mdxjsEsm" || node.type === "mdxFlowExpression") return "";
  if ("value" in node && typeof node.value === "string") return node.value;
  if ("children" in node && Array.isArray(node.children))
    return (node.children as Node[]).map(plainText).join("");
  return "";
}

/** Frontmatter `sources` must name registry entries and `related` must name explainers. */
function checkFrontmatterIds(
  where: string,
  frontmatter: Record<string, unknown>,
  registry: Registry,
  root: string,
) {
  const list = (value: unknown) => (Array.isArray(value) ? value.map(String) : []);
  for (const id of list(frontmatter["sources"])) {
    if (!registry.sources.has(id))
      throw new ContentError(
        `${where}: frontmatter sources: "${id}" is not in content/sources.yaml`,
      );
  }
  for (const id of list(frontmatter["related"])) {
    if (!existsSync(join(root, "content/explainers", `${id}.mdx`))) {
      throw new ContentError(
        `${where}: frontmatter related: "${id}" is not an explainer in content/explainers/`,
      );
    }
  }
}

/**
 * Checks and numbers the writer's components in an explainer:
 * - `<Cite id>`: the id must be in the sources registry; numbered by first use.
 * - `<Quote source>` / `<Q source>`: the text must appear verbatim in the source's seed.
 * - `<Term id>`: the glossary must define the id.
 * Adds `citations`, `words` and `minutesRead` to the frontmatter for the layout.
 */
export function remarkExplainer(options: { root: string; registry: () => Registry }) {
  return (tree: Root, file: VFileLike) => {
    const where = relative(options.root, file.path);
    const registry = options.registry();
    const order: string[] = [];
    const uses = new Map<string, number>();
    const termUses = new Map<string, number>();

    visit(tree as Node, (node: Node) => {
      if (node.type !== "mdxJsxFlowElement" && node.type !== "mdxJsxTextElement") return;
      const el = node as JsxElement;
      if (el.name === "Cite") {
        const id = attr(el, "id");
        if (!id || !registry.sources.has(id)) {
          throw new ContentError(
            `${where}: <Cite id="${id ?? ""}"> names a source that is not in content/sources.yaml`,
          );
        }
        if (!order.includes(id)) order.push(id);
        const use = (uses.get(id) ?? 0) + 1;
        uses.set(id, use);
        setAttr(el, "n", String(order.indexOf(id) + 1));
        setAttr(el, "use", String(use));
      } else if (el.name === "Quote" || el.name === "Q") {
        const source = attr(el, "source") ?? "";
        const text = plainText(el).trim();
        const seed = registry.seedText(source);
        if (!registry.sources.has(source)) {
          throw new ContentError(
            `${where}: quote "${text}" names source "${source}", which is not in content/sources.yaml`,
          );
        }
        if (seed === undefined) {
          throw new ContentError(
            `${where}: quote "${text}" cannot be verified: source ${source} has no text in seeds/`,
          );
        }
        if (!isVerbatim(text, seed)) {
          throw new ContentError(
            `${where}: quote "${text}" not found in source ${source}; closest passage: "${closestPassage(text, seed)}"`,
          );
        }
      } else if (el.name === "Term") {
        const id = attr(el, "id") ?? "";
        if (!registry.glossaryIds.has(id)) {
          throw new ContentError(`${where}: <Term id="${id}"> is not defined in content/glossary/`);
        }
        const use = (termUses.get(id) ?? 0) + 1;
        termUses.set(id, use);
        setAttr(el, "use", String(use));
      }
    });

    const frontmatter = (file.data.astro ??= {}).frontmatter ?? {};
    checkFrontmatterIds(where, frontmatter, registry, options.root);
    const words = countWords(plainText(tree));
    file.data.astro.frontmatter = {
      ...frontmatter,
      citations: order,
      words,
      minutesRead: readingMinutes(words),
    };
  };
}
