import type { Heading, Root, Text } from "mdast";
import type { VFile } from "vfile";

/** A heading's explicit anchor, written at its end: `## The straight line [#straight-line]`. */
const ID_SUFFIX = /\s*\[#([a-z0-9][a-z0-9-]*)\]\s*$/;

/**
 * Section anchors must be the same in both languages, so essays give them explicitly instead of
 * letting a slugger derive them from (translated) heading text. This plugin moves the `[#id]` suffix
 * of a level-2 or level-3 heading into the heading's `id`. A heading without one, or a repeated id,
 * is reported with its location (rule `explicit-heading-id`), as remark-math reports bad math, and
 * fails the build: a missing anchor would break links that teachers share.
 */
export function remarkExplicitIds() {
  return (tree: Root, file: VFile) => {
    const seen = new Set<string>();
    visitHeadings(tree, (heading) => {
      if (heading.depth < 2 || heading.depth > 3) return;
      const last = heading.children.at(-1);
      const match = last?.type === "text" ? ID_SUFFIX.exec((last as Text).value) : null;
      if (!match) {
        file.fail("Heading has no explicit id; end it with ` [#some-id]`", heading, "scaling-lab:explicit-heading-id");
      }
      const id = match[1];
      if (seen.has(id)) file.fail(`Heading id \`${id}\` is used twice`, heading, "scaling-lab:explicit-heading-id");
      seen.add(id);
      (last as Text).value = (last as Text).value.replace(ID_SUFFIX, "");
      // `hProperties` is how mdast-util-to-hast carries attributes onto the <h2>/<h3> it makes.
      const data = (heading.data ?? {}) as { hProperties?: Record<string, unknown> };
      heading.data = { ...data, hProperties: { ...data.hProperties, id } } as Heading["data"];
    });
  };
}

function visitHeadings(node: Root | Root["children"][number], visit: (h: Heading) => void): void {
  if (node.type === "heading") visit(node);
  if ("children" in node) for (const child of node.children) visitHeadings(child as Root["children"][number], visit);
}
