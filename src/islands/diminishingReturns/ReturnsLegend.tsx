import { RETURNS_COLORS } from "../../charts/returnsChart.ts";
import type { DiminishingReturnsStrings } from "../../widgets/diminishingReturnsText.ts";

function Swatch({ color, opacity = 1 }: { color: string; opacity?: number }) {
  return (
    <svg width="14" height="12" viewBox="0 0 14 12" aria-hidden="true" class="legend-swatch">
      <rect x="1" y="1" width="12" height="10" fill={color} fill-opacity={opacity} />
    </svg>
  );
}

/** What the chart's three shades stand for, listed under it. */
export function ReturnsLegend({ strings }: { strings: Pick<DiminishingReturnsStrings, "legendIrreducible" | "legendReducible" | "legendDrop"> }) {
  return (
    <ul class="dr-legend">
      <li>
        <Swatch color={RETURNS_COLORS.irreducible} opacity={0.2} /> {strings.legendIrreducible}
      </li>
      <li>
        <Swatch color={RETURNS_COLORS.reducible} opacity={0.4} /> {strings.legendReducible}
      </li>
      <li>
        <Swatch color={RETURNS_COLORS.drop} /> {strings.legendDrop}
      </li>
    </ul>
  );
}
