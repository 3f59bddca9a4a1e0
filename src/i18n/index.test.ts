import { describe, expect, it } from "vitest";
import en from "./en.json" with { type: "json" };
import { DICTIONARIES, parseDictionary, translator, type MessageKey } from "./index.ts";
import { placeholders } from "./fill.ts";

describe("i18n dictionaries", () => {
  it("parseDictionary(locale, data) accepts both shipped dictionaries with the same keys and placeholders", () => {
    expect(Object.keys(DICTIONARIES.zh).sort()).toEqual(Object.keys(DICTIONARIES.en).sort());
    for (const key of Object.keys(en) as MessageKey[]) expect([key, placeholders(DICTIONARIES.zh[key])]).toEqual([key, placeholders(en[key])]);
  });
  it("parseDictionary(locale, data) names a missing key", () => {
    const { ["essay.toc"]: _dropped, ...missing } = en;
    expect(() => parseDictionary("xx", missing)).toThrow(/essay\.toc/);
  });
  it("parseDictionary(locale, data) rejects an extra key and an empty string", () => {
    expect(() => parseDictionary("xx", { ...en, "nope.extra": "x" })).toThrow(/nope\.extra/);
    expect(() => parseDictionary("xx", { ...en, "essay.toc": "" })).toThrow(/essay\.toc/);
  });
  it("parseDictionary(locale, data) names a key whose placeholders differ from en.json's", () => {
    expect(() => parseDictionary("xx", { ...en, "essay.readingTime": "{minute} min" })).toThrow(/essay\.readingTime: placeholders \{minute\} differ from en\.json's \{minutes\}/);
    expect(() => parseDictionary("xx", { ...en, "essay.readingTime": "a few minutes" })).toThrow(/essay\.readingTime: placeholders none/);
    expect(() => parseDictionary("xx", { ...en, "essay.toc": "{n} contents" })).toThrow(/essay\.toc: placeholders \{n\} differ from en\.json's none/);
  });
  it("parseDictionary(locale, data) accepts placeholders in another order or repeated", () => {
    expect(() => parseDictionary("xx", { ...en, "widget.outOfRange": "{max} … {min} … {max}" })).not.toThrow();
  });
  it("translator(locale) fills placeholders", () => {
    expect(translator("en")("essay.readingTime", { minutes: 7 })).toBe("7 min read");
    expect(translator("zh")("essay.readingTime", { minutes: 7 })).toBe("阅读约 7 分钟");
  });
  it("translator(locale) gives the template itself when called without values", () => {
    expect(translator("en")("essay.readingTime")).toBe("{minutes} min read");
  });
  it("translator(locale) throws on a placeholder without a value, naming the key", () => {
    expect(() => translator("en")("essay.readingTime", {})).toThrow(/^essay\.readingTime \(en\): invalid values: no \{minutes\}/);
    expect(() => translator("zh")("essay.readingTime", { minute: 7 })).toThrow(/^essay\.readingTime \(zh\): invalid values: no \{minutes\}/);
  });
  it("MessageKey is the union of en.json's keys", () => {
    const key: MessageKey = "essay.readingTime";
    // @ts-expect-error: not a key of en.json
    const unknown: MessageKey = "essay.noSuchKey";
    expect([key, unknown].map((k) => k in en)).toEqual([true, false]);
  });
});
