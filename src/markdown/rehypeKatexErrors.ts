import type { Element, Root } from "hast";
import type { VFile } from "vfile";

/**
 * rehype-katex renders bad TeX as a red `.katex-error` span and only warns. On a site whose point is
 * the formulas, a broken formula is a broken page, so this plugin (run after rehype-katex) turns every
 * such span into a build failure with the file, the location and KaTeX's own message.
 */
export function rehypeKatexErrors() {
  return (tree: Root, file: VFile) => {
    const walk = (node: Root | Element) => {
      for (const child of node.children) {
        if (child.type !== "element") continue;
        const classes = child.properties?.className;
        if (Array.isArray(classes) && classes.includes("katex-error")) {
          const message = String(child.properties?.title ?? "KaTeX could not render this formula");
          file.fail(message, child, "scaling-lab:katex-error");
        }
        walk(child);
      }
    };
    walk(tree);
  };
}
