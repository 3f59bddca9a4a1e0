import { z } from "zod";
import en from "./en.json" with { type: "json" };
import { placeholders } from "./fill.ts";

/** The key of a UI string: a flat dotted key of `en.json`, such as `"essay.readingTime"`. */
export type MessageKey = keyof typeof en;

/** A dictionary of UI strings: one non-empty string per key of `en.json`. */
export type Dictionary = Record<MessageKey, string>;

const list = (names: string[]) => (names.length ? names.map((name) => `{${name}}`).join(", ") : "none");

/** One string of another language: not empty, and with exactly the placeholders of `en.json`'s string. */
function translationOf(english: string) {
  const expected = list(placeholders(english));
  return z
    .string()
    .min(1)
    .refine((text) => list(placeholders(text)) === expected, {
      error: (issue) => `placeholders ${list(placeholders(String(issue.input)))} differ from en.json's ${expected}`,
    });
}

/**
 * Every UI string of the site, derived from `en.json`: its keys are the keys, and each string's `{name}`
 * placeholders are the ones every language must use for that key. A dictionary with a missing key, an
 * extra key, an empty string or different placeholders fails, naming the key, so a string added in one
 * language and forgotten in the other fails the build and the unit tests. Notes for translators, where a
 * key needs context: `notes.ts`.
 */
export const DictionarySchema = z.strictObject(Object.fromEntries(Object.entries(en).map(([key, english]) => [key, translationOf(english)])));
