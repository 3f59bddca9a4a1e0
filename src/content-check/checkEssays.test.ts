import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkEssays, checkSource, essayFiles, ROOT } from "./checkEssays.ts";
import { REPORT_FILE, readReportKeys, reportText, violationKey } from "./report.ts";
import { formatViolation } from "./types.ts";

describe("checkSource(file, source, context)", () => {
  it("runs every rule, applies markers and reports file:line:column rule-id message in order", () => {
    const source = [
      '<ClaimCheck id="a" claim="x">',
      "It drew 1,287 MWh. <Num value={r} digits={2} /> <Num value={r} />",
      "</ClaimCheck>",
    ].join("\n");
    const lines = checkSource("e.mdx", source, { references: [{ value: 1287, label: "E" }] }).map(formatViolation);
    expect(lines).toEqual([
      'e.mdx:1:1 claim-check-cite <ClaimCheck id="a"> has no <Cite> in its body',
      'e.mdx:1:1 claim-check-verdict <ClaimCheck id="a"> has no verdict',
      'e.mdx:2:9 typed-number "1,287" is typed but equals E (1287): compute it with <Num> or cite its source in this paragraph',
      "e.mdx:2:49 num-precision <Num value={r}> shows 3 significant digits here but 2 at 2:20",
    ]);
  });
});

describe("the content check over content/essays", () => {
  const violations = checkEssays();

  it("reads every essay in both languages", () => {
    const files = essayFiles();
    expect(files.some((f) => f.startsWith("content/essays/en/"))).toBe(true);
    expect(files.some((f) => f.startsWith("content/essays/zh/"))).toBe(true);
  });

  it(`finds no violation that ${REPORT_FILE} does not list (run src/content-check/cli.ts --write to refresh it)`, () => {
    const known = readReportKeys(join(ROOT, REPORT_FILE));
    expect(violations.filter((v) => !known.has(violationKey(v))).map(formatViolation)).toEqual([]);
  });

  it.skipIf(process.env.CONTENT_CHECK_STRICT !== "1")("finds no violation at all (CONTENT_CHECK_STRICT=1)", () => {
    expect(violations.map(formatViolation)).toEqual([]);
  });

  it("the report lists each violation on its own line", () => {
    expect(reportText(violations).split("\n").filter((l) => /^content\/essays\/\S+:\d+:\d+ /.test(l))).toHaveLength(violations.length);
  });
});
