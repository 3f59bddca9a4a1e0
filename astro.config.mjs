// @ts-check
import { defineConfig } from "astro/config";
import mdx from "@astrojs/mdx";
import preact from "@astrojs/preact";
import { unified } from "@astrojs/markdown-remark";
import remarkMath from "remark-math";
import rehypeKatex from "rehype-katex";
import { remarkExplicitIds } from "./src/markdown/remarkExplicitIds.ts";
import { rehypeKatexErrors } from "./src/markdown/rehypeKatexErrors.ts";

/** Sub-path the site is served under, e.g. `BASE=/scaling-lab/` for a course's web server. */
const base = process.env.BASE ?? "/";

/**
 * Adds `client:interact`, which hydrates an island on first touch, focus or key press.
 * @type {import("astro").AstroIntegration}
 */
const interactDirective = {
  name: "scaling-lab:client-interact",
  hooks: {
    "astro:config:setup": ({ addClientDirective }) => {
      addClientDirective({ name: "interact", entrypoint: "./src/directives/interact.ts" });
    },
  },
};

export default defineConfig({
  site: process.env.SITE ?? "https://scaling-lab.example.org",
  base,
  trailingSlash: "always",
  devToolbar: { enabled: false },
  markdown: {
    processor: unified({
      remarkPlugins: [remarkMath, remarkExplicitIds],
      rehypePlugins: [[rehypeKatex, { strict: "error", output: "htmlAndMathml" }], rehypeKatexErrors],
      smartypants: false,
    }),
  },
  integrations: [mdx(), preact(), interactDirective],
});
