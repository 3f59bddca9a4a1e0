import { describe, expect, it } from "vitest";
import { blocks, findElements, lineColumn, proseOnly, withoutCode } from "./mdx.ts";

describe("mdx helpers", () => {
  it("lineColumn(source, offset) counts from 1", () => {
    expect(lineColumn("ab\ncd", 0)).toEqual({ line: 1, column: 1 });
    expect(lineColumn("ab\ncd", 4)).toEqual({ line: 2, column: 2 });
  });

  it("withoutCode(source) blanks frontmatter, ESM, fences, comments and inline code, keeping offsets", () => {
    const source = "---\ntitle: 1\n---\nimport X from 'y';\nexport const a = 1;\n\nText `1` {/* 2 */}\n\n```js\n3\n```\n";
    const out = withoutCode(source);
    expect(out).toHaveLength(source.length);
    expect(out.replace(/\s+/g, " ").trim()).toBe("Text");
  });

  it("findElements(source, name) reads attributes with strings, braces and arrows", () => {
    const [el] = findElements('<Num value={xs.map((x) => x > 1)} format="count" digits={2} />', "Num");
    expect(el.selfClosing).toBe(true);
    expect(el.attributes.get("value")).toMatchObject({ kind: "expression", value: "xs.map((x) => x > 1)" });
    expect(el.attributes.get("format")).toMatchObject({ kind: "string", value: "count" });
    const [body] = findElements('<ClaimCheck id="a">\nx\n</ClaimCheck>', "ClaimCheck");
    expect('<ClaimCheck id="a">\nx\n</ClaimCheck>'.slice(body.bodyStart, body.bodyEnd)).toBe("\nx\n");
  });

  it("proseOnly(source) drops tags, attributes, expressions and link targets, keeps text and math", () => {
    const out = proseOnly('A <Term id="t">term</Term> <Num value={1} /> [link](https://x/1) {"{"} $10^{23}$.');
    expect(out.replace(/\s+/g, " ")).toBe("A term [link] $10^{23}$.");
  });

  it("blocks(source) splits on blank lines", () => {
    expect(blocks("a\nb\n\n c\n")).toEqual([[0, 3], [5, 7]]);
  });
});
