import { findElements, lineColumn, withoutCode } from "../mdx.ts";
import type { Rule } from "../types.ts";

/**
 * `claim-check-cite`: the body of every `<ClaimCheck>` cites its evidence with at least one `<Cite>`.
 * A check whose evidence is the module's own computation still names the paper its constants come from.
 */
export const claimCheckCite: Rule = (source) => {
  const mask = withoutCode(source);
  const cites = findElements(source, "Cite", mask).map((cite) => cite.start);
  return findElements(source, "ClaimCheck", mask)
    .filter((el) => !cites.some((at) => at >= el.bodyStart && at < el.bodyEnd))
    .map((el) => ({
      ...lineColumn(source, el.start),
      ruleId: "claim-check-cite",
      message: `<ClaimCheck id="${el.attributes.get("id")?.value ?? "?"}"> has no <Cite> in its body`,
      offset: el.start,
    }));
};
