import type { ComponentChildren } from "preact";
import { useLayoutEffect, useRef, useState } from "preact/hooks";
import { fixMarkLabels } from "../../charts/a11y.ts";

export interface ChartSlotProps {
  /** The server-rendered SVG of the default state (Astro slot content). */
  children?: ComponentChildren;
  /** Whether to replace the server SVG with a live one (after the first change, or state from the URL). */
  live: boolean;
  /** Builds the chart for a width in CSS pixels; called again when the inputs change. */
  build(width: number): Element;
  /** Anything the chart depends on; a change redraws. */
  deps: unknown[];
}

/**
 * Shows the server-rendered chart until the widget's state leaves its default, then draws the chart
 * with the pure builder into a node Preact never diffs (so Plot's DOM and Preact's don't collide).
 */
export function ChartSlot({ children, live, build, deps }: ChartSlotProps) {
  const ref = useRef<HTMLDivElement>(null);
  const [drawn, setDrawn] = useState(false);

  // A layout effect runs in the same task as the render, before the browser paints: the new chart shows
  // in the frame that shows the slider's new position. (A plain effect waits for the next frame.)
  useLayoutEffect(() => {
    // Once drawn, keep drawing: after Reset the default state must replace the last live chart.
    if ((!live && !drawn) || !ref.current) return;
    const width = Math.round(ref.current.parentElement?.clientWidth || 640);
    ref.current.replaceChildren(fixMarkLabels(build(Math.max(280, Math.min(width, 720)))));
    setDrawn(true);
  }, [live, ...deps]);

  return (
    <div class="chart-slot">
      <div ref={ref} class="chart-live" />
      {!drawn && <div class="chart-ssr">{children}</div>}
    </div>
  );
}
