import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BIBLIOGRAPHY } from "../data/bibliography.ts";
import { GLOSSARY } from "../data/glossary.ts";
import { findElements } from "./mdx.ts";

/**
 * Parity between the languages, checked on the MDX sources: every essay exists in both languages with
 * the same sections (explicit ids), widgets, notebooks, claim checks (and their verdicts) and citations,
 * and every citation and glossary link resolves. The e2e suite checks the same things on the built pages.
 */
const ROOT = join(import.meta.dirname, "../../content/essays");
const read = (lang: string, file: string) => readFileSync(join(ROOT, lang, file), "utf8");
const all = (source: string, pattern: RegExp) => [...source.matchAll(pattern)].map((m) => m[1]);

/**
 * Each notebook as `id: names of its cells`, the name a cell defines (`N = …`, `viewof N = …`) or `_`:
 * the code may differ between languages only in comments, labels and sentences, not in its cells.
 */
function notebooks(source: string): string[] {
  return [...source.matchAll(/<Notebook\b[^>]*\bid="([^"]+)"[^>]*>([\s\S]*?)<\/Notebook>/g)].map(([, id, body]) => {
    const cells = [...body.matchAll(/^```js\n([\s\S]*?)^```$/gm)].map(([, code]) => {
      const firstCode = code.split("\n").filter((line) => !/^\s*(\/\/.*)?$/.test(line)).join("\n");
      return /^(?:viewof\s+)?([A-Za-z_$][\w$]*)\s*=(?!=)/.exec(firstCode)?.[1] ?? "_";
    });
    return `${id}: ${cells.join(", ")}`;
  });
}

export function essayStructure(source: string) {
  return {
    order: /^order:\s*(\d+)/m.exec(source)?.[1],
    sections: all(source, /^#{2,3} .*\[#([a-z0-9-]+)\]\s*$/gm),
    widgets: all(source, /<([A-Z]\w*Widget)\b/g),
    notebooks: notebooks(source),
    claims: all(source, /<ClaimCheck\b[^>]*\bid="([^"]+)"/g),
    /** Each claim check's verdict, `id: verdict`: both languages reach the same conclusion. */
    verdicts: findElements(source, "ClaimCheck").map((el) => `${el.attributes.get("id")?.value}: ${el.attributes.get("verdict")?.value}`),
    citations: [...new Set(all(source, /<Cite\b[^>]*\bkey="([^"]+)"/g))].sort(),
    terms: [...new Set(all(source, /<Term\b[^>]*\bid="([^"]+)"/g))].sort(),
  };
}

const en = readdirSync(join(ROOT, "en")).filter((f) => f.endsWith(".mdx")).sort();
const zh = readdirSync(join(ROOT, "zh")).filter((f) => f.endsWith(".mdx")).sort();

describe("essays", () => {
  it("content/essays/en and content/essays/zh hold the same slugs", () => {
    expect(zh).toEqual(en);
  });

  for (const file of en.filter((f) => zh.includes(f))) {
    it(`${file}: both languages have the same order, sections, widgets, notebooks, claim checks, citations and glossary terms`, () => {
      const a = essayStructure(read("en", file));
      const b = essayStructure(read("zh", file));
      expect(b).toEqual(a);
      expect(a.sections.length).toBeGreaterThan(0);
    });

    it(`${file}: has at least one notebook, and every notebook has cells`, () => {
      const { notebooks } = essayStructure(read("en", file));
      expect(notebooks.length).toBeGreaterThan(0);
      for (const nb of notebooks) expect(nb).toMatch(/^[a-z0-9-]+: \S/);
    });

    for (const lang of ["en", "zh"]) {
      it(`${lang}/${file}: every <Cite> key is in content/bibliography.json and every <Term> id in content/glossary.json`, () => {
        const s = essayStructure(read(lang, file));
        const keys = new Set(BIBLIOGRAPHY.map((w) => w.id));
        const terms = new Set(GLOSSARY.map((t) => t.id));
        expect(s.citations.filter((k) => !keys.has(k))).toEqual([]);
        expect(s.terms.filter((t) => !terms.has(t))).toEqual([]);
      });
    }
  }

  it("essays' reading order is 1…n with no gaps or repeats", () => {
    const orders = en.map((f) => Number(essayStructure(read("en", f)).order)).sort((x, y) => x - y);
    expect(orders).toEqual(orders.map((_, i) => i + 1).slice(0, orders.length).map((x) => x + (orders[0] - 1)));
  });
});

describe("bibliography and glossary", () => {
  it("bibliography keys and glossary ids are unique", () => {
    const keys = BIBLIOGRAPHY.map((w) => w.id);
    expect(new Set(keys).size).toBe(keys.length);
    const ids = GLOSSARY.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
