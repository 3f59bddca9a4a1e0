/**
 * A widget's view for any state a reader can reach: `build(state)`, or, when the scaling module refuses
 * the state (a `RangeError` or `TypeError` naming the bad parameter), the default state's view marked
 * `failed: true`, so the widget shows the default and says so instead of NaN or a blank chart. Any
 * other error is a bug and is thrown.
 */
export function safeView<S, V extends object>(build: (state: S) => V, state: S, defaults: S): V & { failed: boolean } {
  try {
    return { ...build(state), failed: false };
  } catch (error) {
    if (!(error instanceof RangeError || error instanceof TypeError)) throw error;
    return { ...build(defaults), failed: true };
  }
}
