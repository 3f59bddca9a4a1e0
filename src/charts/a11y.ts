/**
 * Observable Plot labels each mark's `<g>` with `aria-label` ("line", "dot", "bar"), which ARIA does
 * not allow on a `<g>` without a role (axe: aria-prohibited-attr). Every chart already has an accessible
 * name and description on its `<svg>` and a data table beside it, so the mark groups are hidden from
 * assistive technology instead; the mark's name stays as `data-mark` for tests and styles. Applied wherever a chart reaches the page: server render and ChartSlot.
 */
export function fixMarkLabels<T extends Element>(chart: T): T {
  // Every svg in the chart (a figure may hold a legend swatch before the plot).
  for (const g of chart.querySelectorAll("g[aria-label]")) {
    if (g.hasAttribute("role")) continue;
    g.setAttribute("data-mark", g.getAttribute("aria-label")!);
    g.removeAttribute("aria-label");
    g.setAttribute("aria-hidden", "true");
  }
  return chart;
}
