import { describe, expect, it } from "vitest";
import { claimCheckVerdict } from "./claimCheckVerdict.ts";

const ids = (source: string) => claimCheckVerdict(source).map((v) => `${v.line}:${v.column} ${v.ruleId} ${v.message}`);

describe("claimCheckVerdict(source)", () => {
  it("reports a <ClaimCheck> without a verdict at its opening tag", () => {
    expect(ids('Text.\n\n<ClaimCheck id="a" claim="x">\nBody <Cite key="k" />.\n</ClaimCheck>\n')).toEqual([
      '3:1 claim-check-verdict <ClaimCheck id="a"> has no verdict',
    ]);
  });

  it("reports a verdict that is not holds, partly or does-not-hold, or not a literal", () => {
    expect(ids('<ClaimCheck id="a" claim="x" verdict="mostly">b</ClaimCheck>')).toEqual([
      '1:30 claim-check-verdict <ClaimCheck id="a"> verdict "mostly" is not one of holds, partly, does-not-hold',
    ]);
    expect(ids('<ClaimCheck id="a" claim="x" verdict={v}>b</ClaimCheck>')).toHaveLength(1);
  });

  it("accepts the three verdicts, in any attribute order and across lines", () => {
    for (const verdict of ["holds", "partly", "does-not-hold"]) {
      expect(ids(`<ClaimCheck\n  verdict="${verdict}"\n  id="a"\n  claim="x > y"\n>\nb\n</ClaimCheck>`)).toEqual([]);
    }
  });

  it("ignores <ClaimCheck> in code", () => {
    expect(ids('```js\n<ClaimCheck id="a">\n```\n\nUse `<ClaimCheck id="b">`.')).toEqual([]);
  });
});
