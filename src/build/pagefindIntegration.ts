import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import * as pagefind from "pagefind";

/**
 * Builds the search index into `<outDir>/pagefind/` after every `astro build`, so `npm run build` (or a
 * bare `astro build` on a host's CI) makes the site that is deployed, search included. Pagefind's Node
 * API runs the same binary as its CLI; the extended one, which segments Chinese words, is preferred.
 * One index per language, chosen by each page's `<html lang>`.
 */
export function pagefindIntegration(): AstroIntegration {
  return {
    name: "scaling-lab:pagefind",
    hooks: {
      "astro:build:done": async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({});
        if (!index) throw new Error(`pagefind: could not start: ${errors.join("; ")}`);
        const added = await index.addDirectory({ path: site });
        if (added.errors.length) throw new Error(`pagefind: ${added.errors.join("; ")}`);
        if (added.page_count === 0) throw new Error(`pagefind: no pages found in ${site}`);
        const written = await index.writeFiles({ outputPath: `${site}/pagefind` });
        if (written.errors.length) throw new Error(`pagefind: ${written.errors.join("; ")}`);
        await pagefind.close();
        logger.info(`${added.page_count} pages indexed → pagefind/`);
      },
    },
  };
}
