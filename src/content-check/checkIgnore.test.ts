import { describe, expect, it } from "vitest";
import { applyIgnoreMarkers, ignoreMarkers } from "./checkIgnore.ts";

const v = (offset: number, ruleId = "typed-number") => ({ line: 1, column: 1, ruleId, message: "m", offset });

describe("ignoreMarkers(source) and applyIgnoreMarkers(source, violations)", () => {
  const source = "A 1,287 MWh {/* check-ignore typed-number: quoted from the article */}\n\nB 8,930 t";
  it("a marker silences its rule in its own paragraph only", () => {
    expect(ignoreMarkers(source)).toMatchObject([{ ruleId: "typed-number", reason: "quoted from the article", scope: [0, 70] }]);
    expect(applyIgnoreMarkers(source, [v(2), v(74)])).toEqual([v(74)]);
    expect(applyIgnoreMarkers(source, [v(2, "num-precision")])).toEqual([v(2, "num-precision")]);
  });

  it("a marker alone in its paragraph silences the next one", () => {
    const alone = "{/* check-ignore num-precision: table vs re-derived */}\n\nX\n\nY";
    expect(applyIgnoreMarkers(alone, [v(57, "num-precision"), v(60, "num-precision")])).toEqual([v(60, "num-precision")]);
  });

  it("reports a marker that gives no reason", () => {
    expect(applyIgnoreMarkers("X {/* check-ignore typed-number */}", [v(0)])).toMatchObject([
      { ruleId: "check-ignore-reason", line: 1, column: 3 },
    ]);
  });
});
