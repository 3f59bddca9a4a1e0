import { getCollection, type CollectionEntry } from "astro:content";
import type { Locale } from "../i18n/locales.ts";

export type Essay = CollectionEntry<"essays">;

/** `en/power-law` → `power-law`. */
export function essaySlug(essay: Essay): string {
  return essay.id.split("/").slice(1).join("/");
}

/** `en/power-law` → `en`. */
export function essayLocale(essay: Essay): Locale {
  return essay.id.split("/")[0] as Locale;
}

/** One language's essays in reading order. */
export async function essaysIn(locale: Locale): Promise<Essay[]> {
  const all = await getCollection("essays", (e) => essayLocale(e) === locale);
  return all.sort((a, b) => a.data.order - b.data.order);
}
