import type { AstroIntegration } from "astro";
import { PLACEHOLDER_SITE } from "../site/publicUrl.ts";

/**
 * A production build without `SITE` cannot know its own address: canonical URLs, feeds and OpenGraph
 * tags then carry the placeholder origin. Say so loudly, naming the variable, instead of deploying
 * placeholder links in silence. (Cite boxes and embed snippets do not depend on it: they read the
 * page's own address in the browser.)
 */
export function siteWarning(site: string | undefined): AstroIntegration {
  return {
    name: "scaling-lab:site-warning",
    hooks: {
      "astro:config:setup": ({ command, logger }) => {
        if (command !== "build" || site) return;
        logger.warn(
          `SITE is not set: canonical URLs, Atom feeds and OpenGraph tags will point at the placeholder ${PLACEHOLDER_SITE}. ` +
            "For a deployment, build with SITE=https://your.host (and BASE=/sub/path/ if served below the root), " +
            "e.g. `SITE=https://example.edu BASE=/scaling-lab/ npm run build`.",
        );
      },
    },
  };
}
