import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";

/**
 * One KaTeX renders and styles every formula. Essays are rendered by the copy that `rehype-katex`
 * resolves (build time), widgets and notebooks by the direct dependency, and the stylesheet comes from
 * the direct dependency (src/layouts/Base.astro). package.json's `overrides` makes them one package;
 * this fails when an update brings a second copy back.
 */
const require = createRequire(import.meta.url);
const versionFrom = (from: string) => JSON.parse(readFileSync(createRequire(require.resolve(from)).resolve("katex/package.json"), "utf8")).version as string;
const styled = JSON.parse(readFileSync(require.resolve("katex/package.json"), "utf8")).version as string;

describe("KaTeX", () => {
  for (const renderer of ["rehype-katex", "micromark-extension-math"]) {
    it(`${renderer} renders with the KaTeX whose stylesheet the site loads (${styled})`, () => {
      expect(versionFrom(renderer)).toBe(styled);
    });
  }
});
