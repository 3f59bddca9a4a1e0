import type { AstroComponentFactory } from "astro/runtime/server/index.js";
import PowerLawWidget from "./PowerLawWidget.astro";

/**
 * Every widget, by its stable id (the same in both languages, in URLs and in anchors). The embed
 * route `/{lang}/embed/<id>/` renders each one alone; `essay` is the slug of the essay it belongs to,
 * for the embed's link back. Add a line here when you add a widget.
 */
export const WIDGETS: Record<string, { component: AstroComponentFactory; essay: string }> = {
  "power-law": { component: PowerLawWidget, essay: "power-law" },
};
