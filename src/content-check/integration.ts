import type { AstroIntegration } from "astro";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { checkEssays, ROOT } from "./checkEssays.ts";
import { renderedPrecision } from "./renderedPrecision.ts";
import { writeReport } from "./report.ts";
import { formatViolation } from "./types.ts";

/** Options of `contentCheck`. */
export interface ContentCheckOptions {
  /**
   * Fail `astro build` when an essay breaks a content rule (`true`, the default), or only log the
   * violations as warnings (`false`, while the essays are being brought into line). `astro dev` only warns.
   */
  failOnViolation?: boolean;
  /** Also write the violations to this file, relative to the repository root, e.g. `"content/referee/CHECK.md"`. */
  reportFile?: string;
}

/**
 * Runs the content rules (`src/content-check/README.md`) over `content/essays/**` when Astro sets up
 * its config, logs every violation as `file:line:column rule-id message`, and fails the build when
 * asked to. Register in `astro.config.mjs`: `integrations: [..., contentCheck({ failOnViolation: false })]`.
 */
export function contentCheck({ failOnViolation = true, reportFile }: ContentCheckOptions = {}): AstroIntegration {
  return {
    name: "scaling-lab:content-check",
    hooks: {
      "astro:config:setup": ({ command, logger }) => {
        const violations = checkEssays();
        if (reportFile) writeReport(violations, join(ROOT, reportFile));
        if (violations.length === 0) {
          logger.info("content check: no violations");
          return;
        }
        const list = violations.map(formatViolation).join("\n");
        if (failOnViolation && command === "build") {
          throw new Error(`content check: ${violations.length} violation(s) in content/essays\n${list}`);
        }
        logger.warn(`content check: ${violations.length} violation(s) in content/essays\n${list}`);
      },
      "astro:build:done": ({ dir, logger }) => {
        const warnings = renderedWarnings(fileURLToPath(dir));
        if (warnings.length > 0) logger.warn(`content check: ${warnings.length} number(s) shown at two precisions\n${warnings.join("\n")}`);
      },
    },
  };
}

/**
 * `num-rendered-precision` over the built essay pages under `dist` (`<lang>/<slug>/index.html`), as
 * `path:line:column num-rendered-precision message` lines. Warnings only (see `renderedPrecision`).
 */
export function renderedWarnings(dist: string): string[] {
  const out: string[] = [];
  const essays = join(ROOT, "content/essays");
  for (const lang of readdirSync(essays)) {
    for (const file of readdirSync(join(essays, lang)).filter((f) => f.endsWith(".mdx")).sort()) {
      const page = join(lang, file.replace(/\.mdx$/, ""), "index.html");
      if (!existsSync(join(dist, page))) continue;
      for (const n of renderedPrecision(readFileSync(join(dist, page), "utf8"))) {
        out.push(
          `${page}:${n.line}:${n.column} num-rendered-precision the value ${n.value} (content/essays/${lang}/${file}) ` +
            `is shown as "${n.text}" here but "${n.first.text}" at ${n.first.line}:${n.first.column}`,
        );
      }
    }
  }
  return out;
}
