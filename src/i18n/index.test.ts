import { describe, expect, it } from "vitest";
import en from "./en.json" with { type: "json" };
import { DICTIONARIES, parseDictionary, translator } from "./index.ts";

describe("i18n dictionaries", () => {
  it("parseDictionary(locale, data) accepts both shipped dictionaries with the same keys", () => {
    expect(Object.keys(DICTIONARIES.zh).sort()).toEqual(Object.keys(DICTIONARIES.en).sort());
  });
  it("parseDictionary(locale, data) names a missing key", () => {
    const { ["essay.toc"]: _dropped, ...missing } = en;
    expect(() => parseDictionary("xx", missing)).toThrow(/essay\.toc/);
  });
  it("parseDictionary(locale, data) rejects an extra key and an empty string", () => {
    expect(() => parseDictionary("xx", { ...en, "nope.extra": "x" })).toThrow(/nope\.extra/);
    expect(() => parseDictionary("xx", { ...en, "essay.toc": "" })).toThrow(/essay\.toc/);
  });
  it("translator(locale) fills placeholders and leaves unknown ones visible", () => {
    expect(translator("en")("essay.readingTime", { minutes: 7 })).toBe("7 min read");
    expect(translator("zh")("essay.readingTime", { minutes: 7 })).toBe("阅读约 7 分钟");
    expect(translator("en")("essay.readingTime")).toBe("{minutes} min read");
  });
});
