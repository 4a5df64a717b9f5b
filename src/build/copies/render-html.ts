import { getContainerRenderer } from "@astrojs/mdx/container-renderer";
import type { AstroComponentFactory } from "astro/runtime/server/index.js";
import { experimental_AstroContainer as AstroContainer } from "astro/container";
import { loadRenderers } from "astro:container";

let container: Promise<AstroContainer> | undefined;

/**
 * Renders a component (an explainer's MDX `Content`) to an HTML string at build
 * time, with the MDX renderer loaded, so embeds, email and feeds can reuse the
 * page's own markup. One container serves the whole build. Components see
 * `Astro.locals.portable`, so they can render for copies that run no script (see Term).
 */
export async function renderToHtml(component: AstroComponentFactory): Promise<string> {
  container ??= loadRenderers([getContainerRenderer()]).then((renderers) =>
    AstroContainer.create({ renderers }),
  );
  return (await container).renderToString(component, { locals: { portable: true } });
}
