// The bench's anchor: a stock Astro Starlight site holding the explainers' words, converted from
// the MDX by src/scripts/bench/anchor/convert.ts. Built and measured beside this site by
// `npm run bench`; its content is written into a copy of this folder, never here.
import starlight from "@astrojs/starlight";
import { defineConfig } from "astro/config";

export default defineConfig({
  site: process.env.SITE_URL || "http://127.0.0.1/",
  integrations: [
    starlight({
      title: "Japan's Cyber Strategy, Explained",
      sidebar: [{ label: "Explainers", items: [{ autogenerate: { directory: "." } }] }],
    }),
  ],
});
