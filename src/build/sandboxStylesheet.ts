import type { AstroIntegration } from "astro";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { NOTEBOOK_SANDBOX, htmlFiles, pagePath } from "../../scripts/csp.ts";

/**
 * The notebook sandbox (src/pages/[lang]/notebook-sandbox.astro) styles itself inline, and its
 * Content-Security-Policy allows nothing else (`style-src 'unsafe-inline'`, scripts/csp.ts). The site
 * ships one stylesheet (astro.config.mjs, `cssCodeSplit: false`), and Astro links that sheet from every
 * page it builds, the sandbox included, where the policy blocks it and each notebook frame would fetch
 * 18 KB it does not use. After the build, this takes the link out of the sandbox pages again.
 */
export function sandboxStylesheet(): AstroIntegration {
  return {
    name: "scaling-lab:sandbox-stylesheet",
    hooks: {
      "astro:build:done": ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        // The pages the sandbox's policy applies to, found as scripts/csp.ts finds them.
        const pages = htmlFiles(root).filter((file) => NOTEBOOK_SANDBOX.match(pagePath(file)));
        for (const page of pages) {
          const file = join(root, page);
          writeFileSync(file, withoutStylesheetLinks(readFileSync(file, "utf8")));
        }
        logger.info(`site stylesheet unlinked from ${pages.length} notebook sandbox page(s)`);
      },
    },
  };
}

/** `html` without its `<link rel="stylesheet">` elements; inline `<style>` and other links stay. */
export function withoutStylesheetLinks(html: string): string {
  return html.replace(/<link\b[^>]*\brel=["']?stylesheet["']?[^>]*>/gi, "");
}
