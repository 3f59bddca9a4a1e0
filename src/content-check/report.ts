import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { formatViolation, type Violation } from "./types.ts";

/** Where the current violations in the essays are listed for the chapter editors. */
export const REPORT_FILE = "content/referee/CHECK.md";

/**
 * The report: what the check is, how to re-run it, then one violation per line, and the warnings of a
 * built site (`num-rendered-precision`) when given.
 */
export function reportText(violations: readonly Violation[], warnings: readonly string[] = []): string {
  const lines = violations.map(formatViolation);
  return [
    "# Content check: current violations",
    "",
    "Written by `scripts/with-node.sh node src/content-check/cli.ts --write [--dist dist-<name>]` (rules: `src/content-check/README.md`).",
    "Do not edit by hand; fix the essay, or opt out where the number is right as it is with",
    "`{/* check-ignore <rule-id>: <reason> */}` in the paragraph, and re-run.",
    "",
    `${lines.length} violation(s), as \`file:line:column rule-id message\`:`,
    "",
    "```text",
    ...lines,
    "```",
    "",
    ...(warnings.length === 0
      ? []
      : [
          `Warnings from a built site (\`--dist\`): the same computed number shown at two precisions, found in the`,
          "HTML (the source line is not known; search the essay for the texts). Fix, or leave where on purpose:",
          "",
          "```text",
          ...warnings,
          "```",
          "",
        ]),
  ].join("\n");
}

/** Writes `reportText(violations)` to `file` (creating its folder). */
export function writeReport(violations: readonly Violation[], file: string, warnings: readonly string[] = []): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, reportText(violations, warnings));
}

/**
 * A violation's identity without its position, `file rule-id message` with positions in the message
 * dropped too: what stays the same while the lines above it are edited.
 */
export function violationKey(v: Pick<Violation, "file" | "ruleId" | "message">): string {
  return `${v.file} ${v.ruleId} ${v.message.replace(/ at \d+:\d+/g, "")}`;
}

/** The keys (`violationKey`) of the violations a report lists; none when the file does not exist. */
export function readReportKeys(file: string): Set<string> {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch {
    return new Set();
  }
  const keys = new Set<string>();
  for (const m of text.matchAll(/^(\S+?):\d+:\d+ ([a-z0-9-]+) (.*)$/gm)) keys.add(violationKey({ file: m[1], ruleId: m[2], message: m[3] }));
  return keys;
}
