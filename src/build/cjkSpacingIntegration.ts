import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { closeCjkGapsInHtml } from "../i18n/cjkSpacing.ts";

/**
 * Applies the Chinese spacing rule (src/i18n/cjkSpacing.ts) to every built page under `zh/`, where
 * essays place formatted numbers (`<Num>`) in sentences: `370亿 个` becomes `370亿个`, `1000 个` stays.
 * Runs before the CSP step, which hashes the pages' inline scripts (left untouched here anyway).
 */
export function cjkSpacingIntegration(): AstroIntegration {
  return {
    name: "scaling-lab:cjk-spacing",
    hooks: {
      "astro:build:done": ({ dir, logger }) => {
        const root = join(fileURLToPath(dir), "zh");
        let changed = 0;
        for (const file of readdirSync(root, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".html"))) {
          const path = join(root, file);
          const html = readFileSync(path, "utf8");
          const spaced = closeCjkGapsInHtml(html);
          if (spaced !== html) {
            writeFileSync(path, spaced);
            changed++;
          }
        }
        logger.info(`closed spaces between Chinese characters in ${changed} page(s)`);
      },
    },
  };
}
