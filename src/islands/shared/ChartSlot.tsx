import type { ComponentChildren } from "preact";
import { useEffect, useLayoutEffect, useRef, useState } from "preact/hooks";
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
  // The slot's width as the last layout left it. Reading `clientWidth` while drawing forced a synchronous
  // layout of the whole page in the middle of every redraw (after the island's own DOM changes, and again
  // for each further chart of the widget: ~10 ms each in profiles); a ResizeObserver reports the width
  // after each layout instead, when reading it costs nothing.
  const width = useRef<number | null>(null);

  useEffect(() => {
    const parent = ref.current?.parentElement;
    if (!parent || typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver(() => {
      width.current = parent.clientWidth;
    });
    observer.observe(parent);
    return () => observer.disconnect();
  }, []);

  // The latest builder, for a redraw deferred to the next frame.
  const latest = useRef(build);
  latest.current = build;
  // `busy`: this slot has drawn since the last frame; `pending`: a redraw waiting for the next one.
  const frame = useRef({ busy: false, pending: 0 });

  const draw = () => {
    const node = ref.current;
    if (!node) return;
    // Before the observer's first report (a chart drawn at hydration), measure once.
    width.current ||= node.parentElement?.clientWidth || 0;
    const w = Math.round(width.current || 640);
    node.replaceChildren(fixMarkLabels(latest.current(Math.max(280, Math.min(w, 720)))));
    frame.current.busy = true;
    requestAnimationFrame(() => {
      frame.current.busy = false;
    });
  };

  // A layout effect runs in the same task as the render, before the browser paints: the new chart shows
  // in the frame that shows the slider's new position. (A plain effect waits for the next frame.)
  useLayoutEffect(() => {
    // Once drawn, keep drawing: after Reset the default state must replace the last live chart.
    if ((!live && !drawn) || !ref.current) return;
    const f = frame.current;
    if (f.busy) {
      // Inputs faster than frames (a fast drag): this frame already got a chart, which would be replaced
      // before anyone saw it. Draw the latest state once, in the next frame's animation callbacks, before
      // that frame paints (with the slider's position); a drag then builds at most one chart a frame.
      f.pending ||= requestAnimationFrame(() => {
        f.pending = 0;
        draw();
      });
      return;
    }
    draw();
    if (!drawn) setDrawn(true);
  }, [live, ...deps]);

  useEffect(() => () => cancelAnimationFrame(frame.current.pending), []);

  return (
    <div class="chart-slot">
      <div ref={ref} class="chart-live" />
      {!drawn && <div class="chart-ssr">{children}</div>}
    </div>
  );
}
