import katex from "katex";

/**
 * Renders TeX to HTML + MathML at build time, for a widget's default "show your work" formula.
 * Throws on bad TeX, as the essays' math does, so a broken formula fails the build.
 */
export function renderTex(tex: string): string {
  return katex.renderToString(tex, { displayMode: true, throwOnError: true, output: "htmlAndMathml" });
}
