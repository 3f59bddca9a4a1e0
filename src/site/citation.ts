import type { Locale } from "../i18n/locales.ts";

export interface CitationInput {
  /** Essay title in the page's language. */
  title: string;
  /** Site name in the page's language ("Scaling Lab" / "尺度定律实验室"). */
  site: string;
  /** URL of the page, with a section anchor when citing a section: absolute, or its path (`/en/power-law/`) when the build does not know its address (publicUrl.ts). */
  url: string;
  /** Build date, `YYYY-MM-DD`: when the page's numbers were computed. */
  date: string;
  locale: Locale;
}

export interface Citations {
  bibtex: string;
  apa: string;
  /** GB/T 7714-2015 style, for Chinese readers (`[EB/OL]` for an online document). */
  gbt: string;
}

/** BibTeX key: `scalinglab2026powerlaw`. */
function bibKey(url: string, year: string): string {
  const slug = new URL(url, "http://localhost").pathname.split("/").filter(Boolean).pop() ?? "site";
  return `scalinglab${year}${slug.replace(/[^a-z0-9]/gi, "").toLowerCase()}`;
}

/** Citations of an essay page in three styles, from the same facts. */
export function citeEssay({ title, site, url, date, locale }: CitationInput): Citations {
  const year = date.slice(0, 4);
  const bibtex = [
    `@misc{${bibKey(url, year)},`,
    `  title        = {${title}},`,
    `  author       = {{${site}}},`,
    `  year         = {${year}},`,
    `  howpublished = {\\url{${url}}},`,
    `  note         = {${locale === "zh" ? "访问日期" : "Accessed"} ${date}},`,
    `  language     = {${locale === "zh" ? "chinese" : "english"}}`,
    `}`,
  ].join("\n");
  const apa = `${site}. (${year}). ${title}. ${site}. ${url}`;
  const gbt = `${site}. ${title}[EB/OL]. (${date})[${date}]. ${url}.`;
  return { bibtex, apa, gbt };
}
