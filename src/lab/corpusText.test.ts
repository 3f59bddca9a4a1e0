import { readFileSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { corpusText, essayOrder, mdxToText } from "./corpusText.ts";

const sample = `---
title: "A test"
order: 3
---
import Num from "~/components/Num.astro";
export const big = {
  a: 1,
};
// a comment in the module block

## Loss falls [#loss]

The loss falls from <Num value={big.a} format="count" /> to <Cite key="k" note="Fig. 1" />nothing, as $L = c\\,N^{-\\alpha}$ says, it's {"an expression"} gone.

$$
L(N) = \\left(\\frac{N_c}{N}\\right)^{\\alpha_N}
$$

<Notebook id="x">

\`\`\`js
N = 1e9
\`\`\`

</Notebook>

See [the paper](https://arxiv.org/abs/2001.08361) — it costs $5 million.
`;

describe("mdxToText(source)", () => {
  const text = mdxToText(sample);
  it("drops frontmatter, imports, exports, comments and code blocks", () => {
    for (const gone of ["title:", "import", "export", "a: 1", "comment", "N = 1e9", "```"]) expect(text).not.toContain(gone);
  });
  it("drops tags and expressions but keeps the prose around them and TeX with its braces", () => {
    expect(text).not.toMatch(/<|Num|Cite|Notebook|an expression/);
    expect(text).toContain("The loss falls from to nothing");
    expect(text).toContain("$L = c\\,N^{-\\alpha}$");
    expect(text).toContain("\\left(\\frac{N_c}{N}\\right)^{\\alpha_N}");
    expect(text).toContain("it's");
  });
  it("keeps headings without their anchors and links as their text, and a lone dollar sign", () => {
    expect(text).toContain("## Loss falls\n");
    expect(text).toContain("See the paper — it costs $5 million.");
  });
});

describe("essayOrder(source)", () => {
  it("reads the frontmatter order, Infinity without one", () => {
    expect(essayOrder(sample)).toBe(3);
    expect(essayOrder("no frontmatter")).toBe(Infinity);
  });
});

describe("corpusText(essays, name)", () => {
  const read = (lang: string) =>
    readdirSync(new URL(`../../content/essays/${lang}/`, import.meta.url))
      .map((f) => readFileSync(new URL(`../../content/essays/${lang}/${f}`, import.meta.url), "utf8"))
      .sort((a, b) => essayOrder(a) - essayOrder(b));
  const essays = { en: read("en"), zh: read("zh") };

  it("turns the site's essays into tens of kilobytes of prose per language, without markup", () => {
    for (const name of ["en", "zh"] as const) {
      const text = corpusText(essays, name);
      expect(new TextEncoder().encode(text).length).toBeGreaterThan(50_000);
      expect(text).not.toMatch(/<[A-Z][A-Za-z]+[\s/>]|^import /m);
    }
  });

  it("mixes both languages into the last tenth when asked for both", () => {
    const both = corpusText(essays, "both");
    const tail = both.slice(Math.floor(both.length * 0.9));
    expect(tail).toMatch(/[a-z]{4,} [a-z]{4,}/);
    expect(tail).toMatch(/[\u4e00-\u9fff]{4,}/);
  });

  it("rejects an unknown corpus name", () => {
    expect(() => corpusText(essays, "fr" as never)).toThrow(/invalid corpus: fr/);
  });
});
