import type { APIContext } from "astro";
import { LOCALES, LOCALE_TAGS, translator, type Locale } from "../../i18n/index.ts";
import { essaysIn, essaySlug } from "../../site/essays.ts";
import { localePath } from "../../site/paths.ts";

export function getStaticPaths() {
  return LOCALES.map((lang) => ({ params: { lang } }));
}

const escape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** Atom feed of one language's essays, in reading order, dated by the build. */
export async function GET({ params, site }: APIContext) {
  const locale = params.lang as Locale;
  const t = translator(locale);
  const home = new URL(localePath(locale), site).href;
  const updated = new Date().toISOString();
  const entries = (await essaysIn(locale)).map((e) => {
    const url = new URL(localePath(locale, essaySlug(e)), site).href;
    return `  <entry>
    <title>${escape(e.data.title)}</title>
    <link href="${url}"/>
    <id>${url}</id>
    <updated>${updated}</updated>
    <summary>${escape(e.data.description)}</summary>
  </entry>`;
  });
  const xml = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${LOCALE_TAGS[locale]}">
  <title>${escape(t("site.title"))}</title>
  <subtitle>${escape(t("site.tagline"))}</subtitle>
  <link href="${home}"/>
  <link rel="self" href="${new URL(`${localePath(locale)}feed.xml`, site).href}"/>
  <id>${home}</id>
  <updated>${updated}</updated>
  <author><name>${escape(t("site.title"))}</name></author>
${entries.join("\n")}
</feed>
`;
  return new Response(xml, { headers: { "content-type": "application/atom+xml; charset=utf-8" } });
}
