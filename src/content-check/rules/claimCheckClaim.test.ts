import { describe, expect, it } from "vitest";
import { claimCheckClaim } from "./claimCheckClaim.ts";

describe("claimCheckClaim(source)", () => {
  it("reports a <ClaimCheck> without a claim or with an empty one", () => {
    expect(claimCheckClaim('<ClaimCheck id="a" verdict="holds"><Cite key="k" /></ClaimCheck>')).toHaveLength(1);
    expect(claimCheckClaim('<ClaimCheck id="a" claim="  " verdict="holds"><Cite key="k" /></ClaimCheck>')[0]).toMatchObject({
      line: 1, column: 1, ruleId: "claim-check-claim",
    });
  });

  it("accepts a quoted claim", () => {
    expect(claimCheckClaim('<ClaimCheck id="a" claim="GPT-3 used 45TB of text" verdict="partly">b</ClaimCheck>')).toEqual([]);
  });
});
