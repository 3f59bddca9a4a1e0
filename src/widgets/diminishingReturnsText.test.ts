import { describe, expect, it } from "vitest";
import { DIMINISHING_RETURNS_DEFAULTS, diminishingReturnsView, type DiminishingReturnsState } from "./diminishingReturns.ts";
import { claimText, lossReadouts, percent, returnsChartLabels, returnsTable, sizeFormatter, type DiminishingReturnsStrings } from "./diminishingReturnsText.ts";

const at = (patch: Partial<DiminishingReturnsState>): DiminishingReturnsState => ({ ...DIMINISHING_RETURNS_DEFAULTS, ...patch });

// Templates as in en.json, with their placeholders; the other words are their own keys.
const strings = new Proxy(
  {
    axisSize: { params: "Parameters", tokens: "Tokens", compute: "Compute (FLOPs)" },
    verdicts: { holds: "Holds.", partly: "Partly.", fails: "Fails." },
    irreducible: "irreducible E = {value}",
    lossStart: "Loss at {size}",
    lossEnd: "Loss at {size}",
    smallYes: "small {value} yes",
    smallNo: "small {value} no",
    largeYes: "large {value} yes",
    largeNo: "large {value} no",
    claimBasisFixed: "with {tokens} tokens",
  } as Record<string, unknown>,
  { get: (target, key: string) => target[key] ?? key },
) as unknown as DiminishingReturnsStrings;

describe("diminishingReturns text", () => {
  it("sizeFormatter writes parameters and tokens as counts in the locale's words, FLOPs as powers of ten", () => {
    expect(sizeFormatter("params", "en")(1e9)).toBe("1B");
    expect(sizeFormatter("tokens", "zh")(1e9)).toBe("10亿");
    expect(sizeFormatter("compute", "en")(1e21)).toBe("10²¹");
  });

  it("percent keeps two significant digits", () => {
    expect(percent(0.2734, "en")).toBe("27%");
    expect(percent(0.00623, "en")).toBe("0.62%");
  });

  it("returnsChartLabels labels the x axis and its ticks after the axis, and the band with the fit's E", () => {
    const view = diminishingReturnsView(DIMINISHING_RETURNS_DEFAULTS);
    const labels = returnsChartLabels("compute", view, strings, "en");
    expect(labels.xLabel).toBe("Compute (FLOPs)");
    expect(labels.formatX(1e20)).toBe("10²⁰");
    expect(labels.irreducibleLabel).toBe("irreducible E = 1.69");
  });

  it("lossReadouts shows the first and last column's loss, and the share of reducible loss removed", () => {
    const view = diminishingReturnsView(DIMINISHING_RETURNS_DEFAULTS);
    const [start, end, removed] = lossReadouts("params", view, strings, "en");
    expect(start).toMatchObject({ label: "Loss at 100M", testid: "diminishing-returns-start" });
    expect(end).toMatchObject({ label: "Loss at 10T", testid: "diminishing-returns-end" });
    expect(Number(start.value)).toBeCloseTo(view.points[0].loss, 3);
    expect(removed.value).toBe(percent(view.reducibleRemoved, "en"));
  });

  it("returnsTable leaves out the column of the axis itself and marks the first column's drops with a dash", () => {
    for (const [axis, omitted] of [["params", "colParams"], ["tokens", "colTokens"]] as const) {
      const state = at({ axis });
      const table = returnsTable(state, diminishingReturnsView(state), strings, "en");
      expect(table.columns).not.toContain(omitted);
      expect(table.columns).toHaveLength(5);
      expect(table.rows[0].slice(-2)).toEqual(["—", "—"]);
      expect(table.rows[1].at(-1)).toMatch(/^−\d/);
    }
    const compute = at({ axis: "compute" });
    const table = returnsTable(compute, diminishingReturnsView(compute), strings, "en");
    expect(table.columns).toEqual(["Compute (FLOPs)", "colParams", "colTokens", "colLoss", "colDrop", "colRelDrop"]);
    expect(table.rows).toHaveLength(6);
  });

  it("claimText picks each sentence by whether its half of the claim holds, and names fixed tokens", () => {
    const claim = { small: 0.053, large: 0.031, smallHolds: true, largeHolds: false, verdict: "partly" as const };
    const text = claimText(at({ hold: "fixed", fixedTokens: 1e8 }), claim, strings, "en");
    expect(text).toEqual({
      small: "5.3%",
      large: "3.1%",
      verdict: "Partly.",
      smallSentence: "small 5.3% yes",
      largeSentence: "large 3.1% no",
      basis: "with 100M tokens",
    });
    expect(claimText(at({ hold: "optimal" }), claim, strings, "en").basis).toBe("claimBasisOptimal");
  });
});
