/**
 * The origin `astro.config.mjs` falls back to when `SITE` is not set at build time. Absolute URLs made
 * at build time (canonical, feeds, OpenGraph) then carry it, and the build warns (src/build/siteWarning.ts).
 */
export const PLACEHOLDER_SITE = "https://scaling-lab.example.org";

/**
 * The URL a reader should copy for a site path (`/en/power-law/#ten-x`, base included), as written
 * into the HTML: absolute when the build knows its address (`SITE`), else the path alone, which is
 * right on any host. In the browser, elements marked `data-public-path` are completed with the page's
 * own origin (`livePublicUrl`), so cite boxes and snippets carry the address the reader is on.
 */
export function publicUrl(path: string, site: URL | string | undefined): string {
  if (!site || new URL(site).origin === PLACEHOLDER_SITE) return path;
  return new URL(path, site).href;
}

/** In the browser: the absolute URL of a site path on the host the reader is on. */
export function livePublicUrl(path: string, location: { href: string }): string {
  return new URL(path, location.href).href;
}
