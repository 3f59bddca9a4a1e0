/**
 * The site's URLs: `/{base}/{en|zh}/{slug}/`, built only through these functions.
 *
 * Why not Astro's `i18n` config and `astro:i18n` (`getRelativeLocaleUrl`, `getAbsoluteLocaleUrl`): they
 * would replace `localePath` and `withBase` (about ten lines) and `Astro.currentLocale` would replace
 * `localeFromPath`, but every page here is generated per language by a `[lang]` route's
 * `getStaticPaths`, which stays either way, and `switchLocale` (the same page in the other language,
 * query and hash kept) has no helper there. Turning the `i18n` config on also hands the root page's
 * redirect and the fallback rules to Astro, where ours picks the reader's language and lists both
 * languages without JavaScript. Every URL would stay the same, so the gain is a few lines against a
 * change of who owns routing: not taken. Revisit if the site gains a third language.
 */
import { LOCALES, type Locale, isLocale } from "../i18n/locales.ts";

/** The site's base path with one trailing slash, e.g. `/` or `/scaling-lab/` (from `BASE`). */
export const BASE = ((import.meta.env?.BASE_URL as string | undefined) ?? "/").replace(/\/?$/, "/");

/** Prefixes a site-relative path (`en/power-law/`) with the base path. */
export function withBase(path: string): string {
  return BASE + path.replace(/^\//, "");
}

/** `/en/` or `/en/power-law/` (with base). */
export function localePath(locale: Locale, slug?: string): string {
  return withBase(slug ? `${locale}/${slug}/` : `${locale}/`);
}

/** The locale a URL's path is in (`/zh/power-law/` → `zh`), or `en` when the path names none. */
export function localeFromPath(pathname: string): Locale {
  const first = pathname.slice(BASE.length).split("/")[0];
  return isLocale(first) ? first : "en";
}

/** The same page in another language: swaps the locale segment after the base, keeps the rest. */
export function switchLocale(pathname: string, to: Locale): string {
  const rest = pathname.slice(BASE.length).split("/");
  if (isLocale(rest[0])) rest[0] = to;
  else rest.unshift(to);
  return BASE + rest.join("/");
}

export { LOCALES };
