import { describe, expect, it } from "vitest";
import { claimCheckCite } from "./claimCheckCite.ts";

const at = (source: string) => claimCheckCite(source).map((v) => `${v.line}:${v.column} ${v.message}`);

describe("claimCheckCite(source)", () => {
  it("reports a <ClaimCheck> whose body has no <Cite>", () => {
    expect(at('<ClaimCheck id="a" claim="x" verdict="holds">\nThe module says <Num value={1} />.\n</ClaimCheck>')).toEqual([
      '1:1 <ClaimCheck id="a"> has no <Cite> in its body',
    ]);
  });

  it("does not count a <Cite> outside the body, before or after it", () => {
    const source = '<Cite key="k" />\n\n<ClaimCheck id="a" claim="x" verdict="holds">\nNo source.\n</ClaimCheck>\n\n<Cite key="k" />';
    expect(at(source)).toEqual(['3:1 <ClaimCheck id="a"> has no <Cite> in its body']);
  });

  it("accepts a body with a <Cite>, and checks each <ClaimCheck> on its own", () => {
    const source =
      '<ClaimCheck id="a" claim="x" verdict="holds">\nSee <Cite key="k" note="Table 1" />.\n</ClaimCheck>\n\n' +
      '<ClaimCheck id="b" claim="y" verdict="partly">\nNothing.\n</ClaimCheck>';
    expect(at(source)).toEqual(['5:1 <ClaimCheck id="b"> has no <Cite> in its body']);
  });
});
