import { describe, expect, it } from "vitest";
import en from "./en.json" with { type: "json" };
import { NOTES } from "./notes.ts";
import { placeholders } from "./fill.ts";

const keysOf = (keys: string | readonly string[]): readonly string[] => (typeof keys === "string" ? [keys] : keys);

describe("translator notes", () => {
  it("NOTES names only keys of en.json, each at most once", () => {
    const seen = NOTES.flatMap(([keys]) => keysOf(keys));
    expect(seen.filter((key) => !(key in en))).toEqual([]);
    expect(seen.filter((key, i) => seen.indexOf(key) !== i)).toEqual([]);
  });
  it("NOTES mentions only placeholders that its strings have", () => {
    const wrong = NOTES.flatMap(([keys, note]) => {
      const have = new Set(keysOf(keys).flatMap((key) => placeholders(en[key as keyof typeof en] ?? "")));
      return placeholders(note).filter((name) => !have.has(name)).map((name) => `${keysOf(keys).join(", ")}: {${name}}`);
    });
    expect(wrong).toEqual([]);
  });
});
