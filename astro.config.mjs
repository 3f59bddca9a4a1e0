// @ts-check
import { fileURLToPath } from "node:url";
import { defineConfig } from "astro/config";
import mdx from "@astrojs/mdx";
import preact from "@astrojs/preact";
import { unified } from "@astrojs/markdown-remark";
import remarkMath from "remark-math";
import rehypeKatex from "rehype-katex";
import { remarkExplicitIds } from "./src/markdown/remarkExplicitIds.ts";
import { rehypeKatexErrors } from "./src/markdown/rehypeKatexErrors.ts";
import { writeCsp } from "./scripts/csp.ts";

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

/**
 * After every build, hashes the inline scripts and writes the Content-Security-Policy: `_headers`,
 * `_csp.nginx.conf` and a meta tag in each page (scripts/csp.ts, deploy/README.md).
 * @type {import("astro").AstroIntegration}
 */
const cspHeaders = {
  name: "scaling-lab:csp",
  hooks: {
    "astro:build:done": ({ dir, logger }) => {
      const result = writeCsp(fileURLToPath(dir), base);
      logger.info(`${result.pages} pages, ${result.hashes.length} inline script hash(es) → _headers, _csp.nginx.conf, meta`);
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
  integrations: [mdx(), preact(), interactDirective, cspHeaders],
});
