/** Rough width of a label in 12 px system-ui: CJK characters are square, others about half as wide. */
export function labelWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? 12.5 : 6.8;
  return w;
}

/**
 * An in-SVG legend's items laid out left to right, wrapping into rows within `width`: each item takes
 * its swatch (`swatchWidth` px), the label and an 18 px gap.
 */
export function legendLayout(labels: string[], width: number, swatchWidth: number): { label: string; x: number; row: number }[] {
  let x = 0;
  let row = 0;
  return labels.map((label) => {
    const w = swatchWidth + labelWidth(label) + 18;
    if (x > 0 && x + w > width) {
      x = 0;
      row++;
    }
    const item = { label, x, row };
    x += w;
    return item;
  });
}
