import type { Element, ElementContent, Root, RootContent } from "hast";
import type { VFile } from "vfile";

/**
 * Wraps each `<h2>` of an essay and everything up to the next one in `<section class="essay-section">`,
 * so the browser can skip laying out the sections a reader has not scrolled to yet
 * (`content-visibility: auto`, in src/layouts/Essay.astro). A long essay is up to 10,000 elements; under
 * Lighthouse's mobile CPU its layout ran in long tasks after the first paint (issue #17): on
 * /zh/diminishing-returns/ Total Blocking Time fell from 530 to 180 ms with the sections skipped.
 *
 * A limit, traced: once the document is parsed, Chromium looks at every `<select>` and text field (its
 * autofill, by every sign: the task reads each select's options; `autocomplete="off"`, `inert` and
 * `display: none` do not stop it), and asking about a field lays out the section that holds it. So a
 * section with a widget was laid out at load after all: on /zh/diminishing-returns/ (five widgets) one
 * task of 0.5–0.7 s at 4× CPU slowdown, gone when the fields were taken out (an experiment). While the
 * page loads, each block of a section now skips its own layout as well (Essay.astro), so that task lays
 * out the fields' boxes and little else.
 *
 * What comes before the first `<h2>` stays as it is (it is on screen), and so do MDX's `import` and
 * `export` statements, which must stay at the top level of the document. Only essays
 * (`content/essays/`) are wrapped: their layout is the one that styles the sections.
 */
export function rehypeSections() {
  return (tree: Root, file?: VFile) => {
    if (file?.path && !/[\\/]content[\\/]essays[\\/]/.test(file.path)) return;
    const out: RootContent[] = [];
    let section: Element | null = null;
    for (const node of tree.children) {
      if (isStatement(node)) {
        out.push(node);
        continue;
      }
      if (node.type === "element" && node.tagName === "h2") {
        section = { type: "element", tagName: "section", properties: { className: ["essay-section"] }, children: [] };
        out.push(section);
      }
      if (section) section.children.push(node as ElementContent);
      else out.push(node);
    }
    tree.children = out;
  };
}

/** MDX's ESM (`import`, `export`) nodes, which only parse at the top level. */
function isStatement(node: RootContent): boolean {
  return (node.type as string) === "mdxjsEsm";
}
