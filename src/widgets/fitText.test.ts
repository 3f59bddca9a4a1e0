import { describe, expect, it } from "vitest";
import { DICTIONARIES, translator, type Locale, type MessageKey } from "../i18n/index.ts";
import { fitChinchilla } from "../lib/scaling/index.ts";
import { DEFAULT_BUDGET, fitView } from "./fit.ts";
import { DEFAULT_RUNS } from "./fitDefaultRuns.ts";
import {
  TABLE_ROWS,
  chinchillaReadout,
  constantRows,
  dataErrorMessage,
  fitChartText,
  fitSource,
  fitTable,
  optimalSentence,
  powerLawReadout,
  powerLawSentence,
  residualChartText,
  truncatedNote,
  type FitWords,
} from "./fitText.ts";

/** The `fit.*` words as the Astro wrapper passes them. */
function words(locale: Locale): FitWords {
  const t = translator(locale);
  const keys = (Object.keys(DICTIONARIES[locale]) as MessageKey[]).filter((k) => k.startsWith("fit."));
  return Object.fromEntries(keys.map((k) => [k.slice(4), t(k)])) as FitWords;
}

const en = words("en");
const zh = words("zh");
const runs = { kind: "runs" as const, runs: [...DEFAULT_RUNS] };
const fitted = fitChinchilla(DEFAULT_RUNS);
const chinchilla = fitView(runs, { model: "chinchilla", budget: DEFAULT_BUDGET }, fitted);
const powerLaw = fitView(runs, { model: "powerlaw", budget: 1e24 }, null);
const pairs = fitView({ kind: "xy", points: [1, 10, 100, 1000].map((x) => ({ x, y: 3 * x ** -0.5 })) }, { model: "powerlaw", budget: 1e24 }, null);

describe("fit text", () => {
  it("dataErrorMessage names the line and the value at fault, in both languages", () => {
    expect(dataErrorMessage({ code: "value", line: 4, value: "abc" }, zh)).toBe("第 4 行：“abc”不是正数。");
    expect(dataErrorMessage({ code: "columns", line: 2, found: 1, expected: 3 }, en)).toBe("Line 2: 1 cells, but 3 are needed.");
    expect(dataErrorMessage({ code: "empty" }, en)).toBe(en.errorEmpty);
    expect(dataErrorMessage({ code: "tooMany", count: 6000, max: 5000 }, en)).toContain("6000");
  });
  it("fitChartText labels runs as loss against FLOPs and pairs as y against x", () => {
    expect(fitChartText(chinchilla, en)).toMatchObject({ xLabel: en.axisFlops, yLabel: en.axisLoss, yFormat: "loss", description: en.chartDescription });
    expect(fitChartText(powerLaw, en)).toMatchObject({ xLabel: en.axisFlops, description: en.chartDescriptionPowerLaw });
    expect(fitChartText(pairs, en)).toMatchObject({ xLabel: en.axisX, yLabel: en.axisY, yFormat: "count" });
    expect(residualChartText(pairs, en).xLabel).toBe(en.axisX);
  });
  it("fitSource says the default constants were fitted at build time only while they are the ones shown", () => {
    expect(fitSource(chinchilla, en, "en", { pasted: false, built: true })).toBe(
      "Data: the 240 runs Besiroglu et al. (2024) read off Hoffmann et al.'s Figure 4 (245 minus the 5 highest losses, as the replication did). " + en.sourceBuilt,
    );
    expect(fitSource(chinchilla, zh, "zh", { pasted: false, built: true })).toMatch(/。“本次拟合”/);
    expect(fitSource(chinchilla, en, "en", { pasted: false, built: false })).not.toContain(en.sourceBuilt);
    expect(fitSource(powerLaw, en, "en", { pasted: false, built: true })).not.toContain(en.sourceBuilt);
  });
  it("fitSource counts the reader's runs or pairs", () => {
    expect(fitSource(chinchilla, en, "en", { pasted: true, built: false })).toBe("Data: your 240 runs, fitted in this browser. They are not in the link.");
    expect(fitSource(pairs, en, "en", { pasted: true, built: false })).toContain("your 4 (x, y) pairs");
  });
  it("fitTable shows a dash for the fitted value and residual before a fit exists", () => {
    const waiting = fitTable(fitView(runs, { model: "chinchilla", budget: DEFAULT_BUDGET }, null), en, "en");
    expect(waiting.columns).toHaveLength(6);
    expect(waiting.rows[0].slice(4)).toEqual(["—", "—"]);
    expect(fitTable(chinchilla, en, "en").rows[0][5]).toMatch(/%$/);
    expect(fitTable(pairs, en, "en").columns).toEqual([en.axisX, en.axisY, en.colFitted, en.colResidual]);
  });
  it("fitTable lists at most TABLE_ROWS rows, and truncatedNote says so only when rows were left out", () => {
    const many = { kind: "xy" as const, points: Array.from({ length: TABLE_ROWS + 1 }, (_, i) => ({ x: i + 1, y: 2 / (i + 1) })) };
    const view = fitView(many, { model: "powerlaw", budget: 1e24 }, null);
    expect(fitTable(view, en, "en").rows).toHaveLength(TABLE_ROWS);
    expect(truncatedNote(view, en)).toBe(`The table lists the first ${TABLE_ROWS} of ${TABLE_ROWS + 1} rows.`);
    expect(truncatedNote(chinchilla, en)).toBeNull();
  });
  it("chinchillaReadout and optimalSentence give the split at the budget under the reader's fit", () => {
    const ch = chinchilla.chinchilla!;
    expect(chinchillaReadout(ch, en, "en").map((i) => i.testid)).toEqual(["fit-params", "fit-tokens", "fit-ratio", undefined]);
    expect(chinchillaReadout(ch, en, "en")[2].value).toBe("17.9");
    expect(optimalSentence(ch, DEFAULT_BUDGET, en, "en")).toMatch(/^With this fit, 5\.76 × 10²³ FLOPs is best spent/);
  });
  it("constantRows lists E, A, B, α, β with this fit's and the published values", () => {
    const rows = constantRows(chinchilla.chinchilla!.fit, "en");
    expect(rows.map((r) => r.name)).toEqual(["E", "A", "B", "α", "β"]);
    expect(rows[0]).toMatchObject({ key: "E", value: "1.817", published: "1.82" });
  });
  it("powerLawReadout shows the loss at the budget for runs only, and a huge or tiny coefficient in scientific notation", () => {
    expect(powerLawReadout(powerLaw.powerLaw!, en, "en").map((i) => i.label)).toEqual([en.exponent, en.coefficient, en.r2, en.atBudget]);
    expect(powerLawReadout(pairs.powerLaw!, en, "en")).toHaveLength(3);
    expect(powerLawReadout(pairs.powerLaw!, en, "en")[1].value).toBe("3");
    const huge = { ...pairs.powerLaw!, fit: { ...pairs.powerLaw!.fit, coefficient: 2e5 } };
    expect(powerLawReadout(huge, en, "en")[1].value).toBe("2 × 10⁵");
  });
  it("powerLawSentence says whether the line was fitted to the frontier or to every pair", () => {
    expect(powerLawSentence(powerLaw.powerLaw!, en)).toMatch(/^Fitted to the \d+ runs on the compute frontier/);
    expect(powerLawSentence(pairs.powerLaw!, en)).toBe("Fitted to all 4 pairs as a straight line in log–log space.");
  });
});
