import type { APIContext } from "astro";
import { LOCALES, type Locale } from "../../../i18n/index.ts";
import { essaysIn, essaySlug, type Essay } from "../../../site/essays.ts";
import { localePath } from "../../../site/paths.ts";
import { ogCard } from "../../../site/og/ogCard.ts";
import { renderPng } from "../../../site/og/renderPng.ts";

/** One link-preview image per essay and language, rendered at build time (src/site/og/). */
export async function getStaticPaths() {
  const perLocale = await Promise.all(LOCALES.map(async (lang) => (await essaysIn(lang)).map((essay) => ({ params: { lang, slug: essaySlug(essay) }, props: { essay } }))));
  return perLocale.flat();
}

export async function GET({ params, props, site }: APIContext<{ essay: Essay }>) {
  const locale = params.lang as Locale;
  const { essay } = props;
  const page = new URL(localePath(locale, essaySlug(essay)), site);
  const svg = ogCard({ locale, slug: essaySlug(essay), order: essay.data.order, title: essay.data.title, description: essay.data.description, url: page.host + page.pathname });
  return new Response(await renderPng(svg), { headers: { "content-type": "image/png" } });
}
