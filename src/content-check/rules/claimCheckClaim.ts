import { findElements, lineColumn } from "../mdx.ts";
import type { Rule } from "../types.ts";

/**
 * `claim-check-claim`: every `<ClaimCheck>` quotes the claim it checks, a non-empty `claim="…"`.
 */
export const claimCheckClaim: Rule = (source) =>
  findElements(source, "ClaimCheck")
    .filter((el) => {
      const claim = el.attributes.get("claim");
      return !claim || claim.kind === "boolean" || claim.value.trim() === "";
    })
    .map((el) => ({
      ...lineColumn(source, el.start),
      ruleId: "claim-check-claim",
      message: `<ClaimCheck id="${el.attributes.get("id")?.value ?? "?"}"> does not quote the claim it checks (claim="…")`,
      offset: el.start,
    }));
