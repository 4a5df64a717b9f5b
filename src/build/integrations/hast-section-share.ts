import { fileURLToPath } from "node:url";
import { defineHastPlugin, type PluginFactoryContext } from "satteri";
import { sectionShareButton } from "../section-share.ts";

const isExplainer = (ctx: PluginFactoryContext) =>
  !!ctx.fileURL && /content[\\/]explainers[\\/]/.test(fileURLToPath(ctx.fileURL));

/**
 * After each top-level `##` heading of an explainer, a "Share this section" button, in the
 * HTML from the start so that nothing moves when the page's script arrives.
 */
export function hastSectionShare(ctx: PluginFactoryContext) {
  if (!isExplainer(ctx)) return null;
  return defineHastPlugin({
    name: "section-share",
    element: {
      filter: ["h2"],
      visit(node, visit) {
        if (visit.parent(node)?.type === "root") visit.insertAfter(node, sectionShareButton());
      },
    },
  });
}
