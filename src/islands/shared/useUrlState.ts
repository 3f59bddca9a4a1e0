import { useCallback, useEffect, useRef, useState } from "preact/hooks";
import { readState, writeState, type Fallback, type FieldSpecs } from "../../widgets/urlState.ts";

/**
 * A widget's state, kept in the URL query under its id. The first render uses the defaults (what the
 * server rendered); on mount the URL is read, and malformed values are returned as `fallbacks` so the
 * widget can say so. Every change replaces the URL (no history entry per slider step), once per task:
 * `history.replaceState` costs a few milliseconds, so a drag writes the last state after the chart has
 * been drawn rather than before each redraw (measured for issue #17).
 */
export function useUrlState<S>(id: string, specs: FieldSpecs<S>) {
  const defaults = Object.fromEntries(Object.entries(specs).map(([k, spec]) => [k, (spec as { default: unknown }).default])) as S;
  const [state, setStateRaw] = useState<S>(defaults);
  const [fallbacks, setFallbacks] = useState<Fallback[]>([]);
  const [fromUrl, setFromUrl] = useState(false);

  useEffect(() => {
    const read = readState(location.search, id, specs);
    setFallbacks(read.fallbacks);
    if (JSON.stringify(read.state) !== JSON.stringify(defaults)) {
      setStateRaw(read.state);
      setFromUrl(true);
    }
    // Read once on mount; specs and defaults are static per widget.
  }, []);

  const pending = useRef<S | null>(null);
  const setState = useCallback(
    (next: S) => {
      setStateRaw(next);
      if (pending.current === null) {
        setTimeout(() => {
          const query = writeState(location.search, id, specs, pending.current as S);
          pending.current = null;
          history.replaceState(history.state, "", location.pathname + query + location.hash);
        }, 0);
      }
      pending.current = next;
    },
    [id],
  );

  const reset = useCallback(() => {
    setFallbacks([]);
    setState(defaults);
  }, [setState]);

  return { specs, state, setState, reset, fallbacks, fromUrl, isDefault: JSON.stringify(state) === JSON.stringify(defaults) };
}
