/**
 * The geometry attributes whose numbers Plot writes at full double precision (`cy="32.26992896805753"`).
 * Text, labels and descriptions are left alone: a number a reader reads is formatted where it is made.
 */
const GEOMETRY = new Set(["d", "points", "transform", "x", "y", "x1", "x2", "y1", "y2", "cx", "cy", "r", "rx", "ry", "width", "height", "dx", "dy", "viewBox"]);

/** Decimal places kept: a hundredth of an SVG unit, far below a pixel at any size a chart is drawn. */
const DIGITS = 2;

/**
 * Rounds the coordinates of a chart's markup, in place, to `DIGITS` decimal places, and returns it.
 * Used on the charts drawn at build time, where every byte is in the page a reader downloads before
 * the first paint: on /en/compute-optimal/ full-precision coordinates were a fifth of the gzipped page
 * (87 KB → 71 KB, issue #17). Charts redrawn in the browser are never serialized, so they keep Plot's.
 */
export function compactSvg<T extends Element>(root: T): T {
  for (const el of [root, ...root.querySelectorAll("*")]) {
    for (const name of el.getAttributeNames()) {
      if (!GEOMETRY.has(name)) continue;
      const value = el.getAttribute(name)!;
      const rounded = value.replace(/-?\d*\.\d+/g, round);
      if (rounded !== value) el.setAttribute(name, rounded);
    }
  }
  return root;
}

function round(number: string): string {
  if (number.split(".")[1].length <= DIGITS) return number;
  const value = Number(Number(number).toFixed(DIGITS));
  return String(value === 0 ? 0 : value); // never "-0"
}
