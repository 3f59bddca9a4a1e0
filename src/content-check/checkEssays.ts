import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import * as scaling from "../lib/scaling/index.ts";
import { applyIgnoreMarkers } from "./checkIgnore.ts";
import { modelNameStems, referenceValues } from "./referenceValues.ts";
import { claimCheckCite } from "./rules/claimCheckCite.ts";
import { claimCheckClaim } from "./rules/claimCheckClaim.ts";
import { claimCheckVerdict } from "./rules/claimCheckVerdict.ts";
import { numPrecision } from "./rules/numPrecision.ts";
import { typedNumber } from "./rules/typedNumber.ts";
import type { Rule, RuleContext, Violation } from "./types.ts";

/** The content rules, by id. */
export const RULES: Readonly<Record<string, Rule>> = {
  "num-precision": numPrecision,
  "typed-number": typedNumber,
  "claim-check-verdict": claimCheckVerdict,
  "claim-check-claim": claimCheckClaim,
  "claim-check-cite": claimCheckCite,
};

/** The repository root (this file is `src/content-check/checkEssays.ts`). */
export const ROOT = fileURLToPath(new URL("../..", import.meta.url));

/** Runs every rule over one source, applies its `check-ignore` markers, and sorts by position. */
export function checkSource(file: string, source: string, context: RuleContext): Violation[] {
  const found = Object.values(RULES).flatMap((rule) => rule(source, context));
  return applyIgnoreMarkers(source, found)
    .map((v) => ({ file, ...v }))
    .sort((a, b) => a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId));
}

/** Every `.mdx` file under `content/essays/`, relative to the root, sorted. */
export function essayFiles(root: string = ROOT): string[] {
  const dir = join(root, "content/essays");
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".mdx"))
    .map((f) => relative(root, join(dir, f)))
    .sort();
}

/** Runs the content rules over `content/essays/**` and returns every violation. */
export function checkEssays(root: string = ROOT): Violation[] {
  const context: RuleContext = { references: referenceValues(), modelNames: modelNameStems(), globals: scaling };
  return essayFiles(root).flatMap((file) => checkSource(file, readFileSync(join(root, file), "utf8"), context));
}
