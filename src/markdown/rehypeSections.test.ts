import { describe, expect, it } from "vitest";
import type { Element, Root, RootContent } from "hast";
import type { VFile } from "vfile";
import { rehypeSections } from "./rehypeSections.ts";

const el = (tagName: string, text = ""): Element => ({ type: "element", tagName, properties: {}, children: text ? [{ type: "text", value: text }] : [] });
const esm = (value: string) => ({ type: "mdxjsEsm", value }) as unknown as RootContent;
const run = (children: RootContent[]): Root => {
  const tree: Root = { type: "root", children };
  rehypeSections()(tree);
  return tree;
};
/** The tree as tag names, with a section's children in brackets. */
const shape = (nodes: RootContent[]): string[] =>
  nodes.map((n) => (n.type === "element" ? (n.tagName === "section" ? `section[${shape(n.children).join(" ")}]` : n.tagName) : n.type));

describe("rehypeSections()", () => {
  it("wraps each h2 and what follows it, up to the next h2, in a section", () => {
    const tree = run([el("h2", "A"), el("p"), el("figure"), el("h2", "B"), el("p")]);
    expect(shape(tree.children)).toEqual(["section[h2 p figure]", "section[h2 p]"]);
    const section = tree.children[0] as Element;
    expect(section.properties.className).toEqual(["essay-section"]);
  });

  it("leaves what comes before the first h2 unwrapped", () => {
    const tree = run([el("p", "intro"), el("hr"), el("h2"), el("p")]);
    expect(shape(tree.children)).toEqual(["p", "hr", "section[h2 p]"]);
  });

  it("keeps h3 and deeper headings inside their h2's section", () => {
    const tree = run([el("h2"), el("h3"), el("p"), el("h4"), el("p")]);
    expect(shape(tree.children)).toEqual(["section[h2 h3 p h4 p]"]);
  });

  it("keeps MDX import and export statements at the top level, in order", () => {
    const tree = run([esm("import A from 'a'"), el("h2"), el("p"), esm("export const b = 1"), el("p")]);
    expect(shape(tree.children)).toEqual(["mdxjsEsm", "section[h2 p p]", "mdxjsEsm"]);
    expect((tree.children[2] as unknown as { value: string }).value).toBe("export const b = 1");
  });

  it("wraps only essays (content/essays/), when it is told which file it has", () => {
    const tree = (): Root => ({ type: "root", children: [el("h2"), el("p")] });
    const essay = tree();
    rehypeSections()(essay, { path: "/site/content/essays/en/power-law.mdx" } as VFile);
    expect(shape(essay.children)).toEqual(["section[h2 p]"]);
    const lab = tree();
    rehypeSections()(lab, { path: "/site/src/components/lab/en.mdx" } as VFile);
    expect(shape(lab.children)).toEqual(["h2", "p"]);
  });

  it("returns a document without an h2 as it was, and an empty one empty", () => {
    expect(shape(run([el("p"), el("p")]).children)).toEqual(["p", "p"]);
    expect(run([]).children).toEqual([]);
  });
});
