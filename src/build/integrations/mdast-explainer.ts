import { relative } from "node:path";
import { fileURLToPath } from "node:url";
import {
  defineMdastPlugin,
  type MdastVisitorContext,
  type MdxJsxFlowElement,
  type MdxJsxTextElement,
  type PluginFactoryContext,
} from "satteri";
import { denseSentences, maxCitesPerSentence } from "../../lib/citation-density.ts";
import { closestPassage, isVerbatim } from "../../lib/quotes.ts";
import { countWords, readingMinutes } from "../../lib/reading.ts";
import type { Registry } from "../registry.ts";

type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

/** Thrown for bad content; the message is the one line a writer needs. */
export class ContentError extends Error {
  override name = "ContentError";
}

function attr(node: JsxElement, name: string): string | undefined {
  const found = node.attributes.find((a) => a.type === "mdxJsxAttribute" && a.name === name);
  return typeof found?.value === "string" ? found.value : undefined;
}

/** A copy of the element with attributes `values` set (replacing any the writer gave), for
 * the visitor to return in its place: Sätteri cannot set `attributes` in place. */
function withAttrs<E extends JsxElement>(node: E, values: Record<string, string>): E {
  const attributes = [
    ...node.attributes.filter((a) => a.type !== "mdxJsxAttribute" || !(a.name in values)),
    ...Object.entries(values).map(([name, value]) => ({
      type: "mdxJsxAttribute" as const,
      name,
      value,
    })),
  ];
  return { ...node, attributes };
}

/** Frontmatter `sources` must name registry entries and `related` must name explainers. */
function checkFrontmatterIds(
  where: string,
  frontmatter: Record<string, unknown>,
  registry: Registry,
) {
  const list = (value: unknown) => (Array.isArray(value) ? value.map(String) : []);
  for (const id of list(frontmatter["sources"])) {
    if (!registry.sources.has(id))
      throw new ContentError(
        `${where}: frontmatter sources: "${id}" is not in content/sources.yaml`,
      );
  }
  for (const id of list(frontmatter["related"])) {
    if (!registry.explainerIds.has(id)) {
      throw new ContentError(
        `${where}: frontmatter related: "${id}" is not an explainer in content/explainers/`,
      );
    }
  }
}

/**
 * Checks and numbers the writer's components in an explainer (a Sätteri mdast plugin, so the
 * Markdown is parsed natively; the unified pipeline cost 10 ms a page):
 * - `<Cite id>`: the id must be in the sources registry; numbered by first use.
 * - `<Quote source>` / `<Q source>`: the text must appear verbatim in the source's seed.
 * - `<Term id>`: the glossary must define the id.
 * Adds `citations`, `words` and `minutesRead` to the frontmatter for the layout.
 */
export function mdastExplainer(options: { root: string; registry: () => Registry }) {
  return (file: PluginFactoryContext) => {
    const where = file.fileURL
      ? relative(options.root, fileURLToPath(file.fileURL))
      : "(unnamed MDX)";
    const registry = options.registry();
    const order: string[] = [];
    const uses = new Map<string, number>();
    const termUses = new Map<string, number>();

    const element = <E extends JsxElement>(el: E, ctx: MdastVisitorContext): E | undefined => {
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
        const n = String(order.indexOf(id) + 1);
        return withAttrs(el, { n, use: String(use) });
      } else if (el.name === "Quote" || el.name === "Q") {
        const source = attr(el, "source") ?? "";
        const text = ctx.textContent(el).trim();
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
        return withAttrs(el, { use: String(use) });
      }
      return undefined; // left as it is
    };

    return defineMdastPlugin({
      name: "explainer",
      mdxJsxFlowElement: element,
      mdxJsxTextElement: element,
      after(root, ctx) {
        const astro = ctx.data.astro;
        const frontmatter = astro?.frontmatter ?? {};
        checkFrontmatterIds(where, frontmatter, registry);
        if (file.fileURL) {
          // The source as the parser was given it (Astro blanks the frontmatter to spaces), not
          // the file read again.
          const dense = denseSentences(file.source);
          if (dense.length)
            throw new ContentError(
              `${where}: more than ${maxCitesPerSentence} citations in one sentence (cite once per claim, at the end): ${dense.join("; ")}`,
            );
        }
        const words = countWords(ctx.textContent(root));
        if (astro)
          astro.frontmatter = {
            ...frontmatter,
            citations: order,
            words,
            minutesRead: readingMinutes(words),
          };
      },
    });
  };
}
