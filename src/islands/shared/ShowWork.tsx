import type { ComponentChildren } from "preact";
import { useEffect, useRef, useState } from "preact/hooks";

export interface ShowWorkProps {
  /** "Show your work", translated. */
  summary: string;
  /** The formula with the reader's current values substituted, as TeX. */
  tex: string;
  /** The one-line call to lib/scaling that reproduces the result, e.g. `scaling.kaplanLoss({ params: 1e9 })`. */
  code: string;
  /** The default state's formula, rendered with KaTeX at build time (Astro slot `work`). */
  ssr?: ComponentChildren;
  /** Whether the state has left its default; then the formula is rendered here with KaTeX. */
  live: boolean;
}

/**
 * "Show your work": the formula with current values, and the call that reproduces it. KaTeX is loaded
 * only when the reader opens the disclosure after changing the state, so reading costs no JavaScript.
 */
export function ShowWork({ summary, tex, code, ssr, live }: ShowWorkProps) {
  const [open, setOpen] = useState(false);
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!live || !open || !ref.current) return;
    let cancelled = false;
    void import("katex").then(({ default: katex }) => {
      if (cancelled || !ref.current) return;
      ref.current.innerHTML = katex.renderToString(tex, { displayMode: true, throwOnError: false, output: "htmlAndMathml" });
    });
    return () => {
      cancelled = true;
    };
  }, [live, open, tex]);

  return (
    <details class="show-work" onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}>
      <summary>{summary}</summary>
      {live ? <div ref={ref} class="show-work-math" /> : <div class="show-work-math">{ssr}</div>}
      <pre>
        <code>{code}</code>
      </pre>
    </details>
  );
}
