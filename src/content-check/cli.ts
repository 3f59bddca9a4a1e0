/**
 * Runs the content check over `content/essays/**` and prints every violation, one per line:
 *   scripts/with-node.sh node src/content-check/cli.ts           # print; exit 1 when any
 *   scripts/with-node.sh node src/content-check/cli.ts --write   # also refresh content/referee/CHECK.md
 *   … --dist dist-<name>   # also list numbers a built site shows at two precisions (warnings, see renderedPrecision.ts)
 */
import { join } from "node:path";
import { checkEssays, ROOT } from "./checkEssays.ts";
import { REPORT_FILE, writeReport } from "./report.ts";
import { renderedWarnings } from "./integration.ts";
import { formatViolation } from "./types.ts";

const violations = checkEssays();
for (const v of violations) console.log(formatViolation(v));
const distAt = process.argv.indexOf("--dist");
const warnings = distAt === -1 ? [] : renderedWarnings(join(ROOT, process.argv[distAt + 1]));
for (const w of warnings) console.log(w);
if (process.argv.includes("--write")) {
  writeReport(violations, join(ROOT, REPORT_FILE), warnings);
  console.error(`${violations.length} violation(s) → ${REPORT_FILE}`);
} else console.error(`${violations.length} violation(s)`);
process.exitCode = violations.length > 0 ? 1 : 0;
