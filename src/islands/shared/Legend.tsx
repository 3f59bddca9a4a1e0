import type { ComponentChildren } from "preact";

/** A dot (filled, hollow, or ringed over the background), a line (solid, dashed or dotted) or a star. */
export type SwatchKind = "dot" | "hollow" | "ring" | "line" | "dash" | "dotted" | "star";

/** Stroke of the line kinds; the dashes are fainter, as the charts draw their guides. */
const LINES = {
  line: { width: "2.5", dash: undefined, opacity: undefined },
  dash: { width: "1.5", dash: "5,3", opacity: 0.7 },
  dotted: { width: "1.5", dash: "1,3", opacity: 0.8 },
} as const;

/** A legend swatch drawn like the chart's mark; `opacity` overrides a line's stroke opacity. */
export function Swatch({ kind, color, opacity }: { kind: SwatchKind; color: string; opacity?: number }) {
  const line = kind === "line" || kind === "dash" || kind === "dotted" ? LINES[kind] : null;
  return (
    <svg width="18" height="12" viewBox="0 0 18 12" aria-hidden="true" class="legend-swatch">
      {kind === "dot" && <circle cx="9" cy="6" r="4.5" fill={color} />}
      {kind === "hollow" && <circle cx="9" cy="6" r="4" fill="none" stroke={color} stroke-width="1.8" />}
      {kind === "ring" && <circle cx="9" cy="6" r="4" fill="var(--bg, white)" stroke={color} stroke-width="1.8" />}
      {line && <line x1="1" y1="6" x2="17" y2="6" stroke={color} stroke-width={line.width} stroke-dasharray={line.dash} stroke-opacity={opacity ?? line.opacity} />}
      {kind === "star" && <path d="M9 0.8l1.6 3.4 3.7.4-2.8 2.5.8 3.7L9 8.9l-3.3 1.9.8-3.7-2.8-2.5 3.7-.4z" fill={color} />}
    </svg>
  );
}

export interface LegendItem {
  swatch: SwatchKind;
  color: string;
  /** Stroke opacity of a line swatch, when the chart's differs from the default. */
  opacity?: number;
  label: ComponentChildren;
}

/** A legend beside a chart, as HTML: it wraps with the page's text at any width. */
export function Legend({ class: extra, items }: { class: string; items: (LegendItem | false)[] }) {
  return (
    <ul class={extra}>
      {items.map(
        (item) =>
          item && (
            <li>
              <Swatch kind={item.swatch} color={item.color} opacity={item.opacity} /> {item.label}
            </li>
          ),
      )}
    </ul>
  );
}
