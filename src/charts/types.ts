import type { Locale } from "../i18n/locales.ts";

/** What every chart builder takes besides its data. */
export interface ChartOptions {
  /** Width in CSS pixels; the SVG keeps its viewBox and scales down with the page. */
  width: number;
  /** Language of tick labels (175B / 1750亿). */
  locale: Locale;
  /** A DOM document to build in: linkedom's at build time, `window.document` in the browser (default). */
  document?: Document;
}

/** Accessible name and description, already translated by the caller. */
export interface ChartText {
  /** Short name, read first by screen readers. */
  title: string;
  /** One or two sentences on what the chart shows. */
  description: string;
}
