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
import { rehypeSections } from "./src/markdown/rehypeSections.ts";
import { writeCsp } from "./scripts/csp.ts";
import { pagefindIntegration } from "./src/build/pagefindIntegration.ts";
import { cjkSpacingIntegration } from "./src/build/cjkSpacingIntegration.ts";
import { siteWarning } from "./src/build/siteWarning.ts";
import { islandStubs } from "./src/build/islandStubs.ts";
import { sandboxStylesheet } from "./src/build/sandboxStylesheet.ts";
import { contentCheck } from "./src/content-check/integration.ts";
import { PLACEHOLDER_SITE } from "./src/site/publicUrl.ts";

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
 * `_csp.nginx.conf` and a meta tag in each page (scripts/csp.ts, deploy/README.md). Astro's own
 * `security.csp` is deliberately not set: it cannot cover us (scripts/csp.ts's header says why).
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
  // Absolute URLs made at build time (canonical, feeds, OpenGraph) need the address the site is served
  // from; a build without SITE says so (siteWarning). Reader-facing links (cite box, embed snippets) use
  // the page's own address at run time, so they are right wherever the build is served.
  site: process.env.SITE || PLACEHOLDER_SITE,
  base,
  trailingSlash: "always",
  devToolbar: { enabled: false },
  // Stylesheets stay external (Astro inlines only those under 4 KB). Inlining all of them (tried for issue
  // #17) moved an essay's first paint from 1.8 to 1.3 s under Lighthouse's mobile throttling, but the page
  // then laid itself out in many long tasks after that paint: Total Blocking Time rose from 150 to 700 ms
  // on /zh/compute-optimal/ and the score fell from 97 to 82 (medians of 3, 2026-12-07). Tried again once
  // essays skipped their off-screen sections (rehypeSections.ts): still worse, mean score of 18 pages 97.4
  // inlined against 98.9 external, /zh/diminishing-returns/ 88 against 97. External sheets are also cached
  // from page to page.
  build: { inlineStylesheets: "auto" },
  markdown: {
    processor: unified({
      remarkPlugins: [remarkMath, remarkExplicitIds],
      rehypePlugins: [[rehypeKatex, { strict: "error", output: "htmlAndMathml" }], rehypeKatexErrors, rehypeSections],
      smartypants: false,
    }),
  },
  vite: {
    build: {
      // One stylesheet for the whole site (about 18 KB gzipped) instead of three per essay (14 KB): the
      // first paint waits for every stylesheet, and under Lighthouse's mobile throttling each extra one
      // costs a connection and a round trip. Essays' first paint 1.8 → 1.5–1.7 s; 14 of 18 pages at
      // 100, the other four at 99 (medians of 3, issue #17). The home page and embeds now download the
      // essay and notebook rules too, once, and every later page finds the sheet cached. The order of
      // the rules is fixed by src/styles/global.css, which imports KaTeX's sheet before overriding it.
      cssCodeSplit: false,
      rolldownOptions: {
        treeshake: {
          // The scaling module is pure by design (no DOM, no globals; README "the rooms"). Saying so lets
          // the bundler drop the parts of it an island does not call: without it, every module behind
          // lib/scaling/index.ts that has a top-level call (a frozen table, a computed constant) rode in the
          // chunk every island loads.
          moduleSideEffects: (id) => !/[\\/]src[\\/]lib[\\/]scaling[\\/]/.test(id),
        },
      },
    },
  },
  // islandStubs: Plot's d3-geo and d3-scale-chromatic, which no island chart reaches, left out of the
  // island bundles (≈ 16 KB gzip of every island; src/build/islandStubs.ts says why that is safe).
  integrations: [siteWarning(process.env.SITE), contentCheck(), mdx(), preact(), islandStubs(), interactDirective, cjkSpacingIntegration(), sandboxStylesheet(), cspHeaders, pagefindIntegration()],
});
