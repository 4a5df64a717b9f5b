import type { Root } from "hast";
import { sectionShareButton } from "../lib/section-share";

interface VFileLike {
  path: string;
}

/**
 * After each top-level `##` heading of an explainer, a "Share this section" button, in the
 * HTML from the start so that nothing moves when the page's script arrives.
 */
export function rehypeSectionShare() {
  return (tree: Root, file: VFileLike) => {
    if (!/content[\\/]explainers[\\/]/.test(file.path)) return;
    tree.children = tree.children.flatMap((node) =>
      node.type === "element" && node.tagName === "h2" ? [node, sectionShareButton()] : [node],
    );
  };
}
