import { findElements, lineColumn } from "../mdx.ts";
import type { Rule } from "../types.ts";

/** The verdicts `<ClaimCheck>` accepts (src/components/ClaimCheck.astro). */
export const VERDICTS = ["holds", "partly", "does-not-hold"] as const;

/**
 * `claim-check-verdict`: every `<ClaimCheck>` gives a verdict, written as a literal string, that is one
 * of `holds`, `partly`, `does-not-hold`: a reader must see the check's conclusion, and the parity check
 * compares it between languages.
 */
export const claimCheckVerdict: Rule = (source) =>
  findElements(source, "ClaimCheck").flatMap((el) => {
    const verdict = el.attributes.get("verdict");
    const at = (offset: number, message: string) => ({ ...lineColumn(source, offset), ruleId: "claim-check-verdict", message, offset });
    const id = el.attributes.get("id")?.value ?? "?";
    if (!verdict) return [at(el.start, `<ClaimCheck id="${id}"> has no verdict`)];
    if (verdict.kind !== "string") return [at(verdict.offset, `<ClaimCheck id="${id}"> verdict must be a literal string, one of ${VERDICTS.join(", ")}`)];
    if (!(VERDICTS as readonly string[]).includes(verdict.value))
      return [at(verdict.offset, `<ClaimCheck id="${id}"> verdict "${verdict.value}" is not one of ${VERDICTS.join(", ")}`)];
    return [];
  });
