import type { Locale } from "../i18n/locales.ts";

/**
 * Minutes to read a text, rounded up: English at 230 words a minute, Chinese at 400 characters a
 * minute (common figures for adult silent reading). Code, math and MDX tags are not counted.
 */
export function readingMinutes(markdown: string, locale: Locale): number {
  const prose = markdown
    .replace(/^---[\s\S]*?---/, "")
    .replace(/```[\s\S]*?```/g, "")
    .replace(/\$\$[\s\S]*?\$\$/g, "")
    .replace(/^import .*$/gm, "")
    .replace(/<[^>]+>/g, " ");
  const count = locale === "zh" ? (prose.match(/[\u4e00-\u9fff]/g) ?? []).length + (prose.match(/[A-Za-z]+/g) ?? []).length : (prose.match(/\S+/g) ?? []).length;
  return Math.max(1, Math.ceil(count / (locale === "zh" ? 400 : 230)));
}
