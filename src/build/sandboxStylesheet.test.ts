import { describe, expect, it } from "vitest";
import { withoutStylesheetLinks } from "./sandboxStylesheet.ts";

describe("withoutStylesheetLinks(html)", () => {
  it("removes a stylesheet link, quoted or not, wherever its rel attribute sits", () => {
    expect(withoutStylesheetLinks('<head><link rel="stylesheet" href="/_astro/style.a1.css"><title>x</title></head>')).toBe("<head><title>x</title></head>");
    expect(withoutStylesheetLinks("<link href=/_astro/style.a1.css rel=stylesheet>")).toBe("");
  });
  it("keeps inline styles and links that are not stylesheets", () => {
    const html = '<link rel="icon" href="/favicon.svg"><link rel="preload" href="/f.woff2" as="font"><style>main{margin:0}</style>';
    expect(withoutStylesheetLinks(html)).toBe(html);
  });
  it("returns an empty page unchanged", () => {
    expect(withoutStylesheetLinks("")).toBe("");
  });
});
