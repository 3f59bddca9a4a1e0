import { parseHTML } from "linkedom";
import { fixMarkLabels } from "./a11y.ts";
import { compactSvg } from "./compactSvg.ts";

/** A fresh linkedom document for building charts at build time (no browser, no global `document`). */
export function ssrDocument(): Document {
  return parseHTML("<!doctype html><html><head></head><body></body></html>").document as unknown as Document;
}

/** Builds a chart in a linkedom document and returns its markup, coordinates rounded, for `set:html` in Astro. */
export function renderToString(build: (document: Document) => Element): string {
  return compactSvg(fixMarkLabels(build(ssrDocument()))).outerHTML;
}
