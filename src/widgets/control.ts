/**
 * How a widget field is drawn, beside how it is stored in the URL (`FieldSpec`): the island's
 * `useFields` renders a field from this, so no island writes a slider, a number box or a select by hand.
 */
import type { LogRange } from "./logSlider.ts";

export type Control =
  /**
   * A quantity on a log slider with a text box that reads `70B`, `1.4T`, `7e10`, `700亿`; `digits` are the
   * significant digits the box shows (3 when absent).
   */
  | { kind: "quantity"; range: LogRange; digits?: number }
  /**
   * A linear number in a text box. `min`/`max` are in the units shown; `scale` multiplies the stored value
   * for display (100 shows a fraction as a percent).
   */
  | { kind: "number"; min: number; max: number; integer?: boolean; scale?: number }
  /** One of a fixed list of keywords, as a `<select>`. */
  | { kind: "choice"; options: readonly string[] };
