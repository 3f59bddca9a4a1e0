import { describe, expect, it } from "vitest";
import { DATA_COLORS } from "../charts/dataConstrainedChart.ts";
import { translator } from "../i18n/index.ts";
import { DATA_CONSTRAINED_DEFAULTS, TABLE_EPOCHS, dataConstrainedView } from "./dataConstrained.ts";
import {
  chartTexts,
  dataConstrainedChartOptions,
  dataConstrainedLegend,
  dataConstrainedReadouts,
  dataConstrainedSentence,
  dataConstrainedStrings,
  dataConstrainedTable,
} from "./dataConstrainedText.ts";

const en = dataConstrainedStrings(translator("en"));
const zh = dataConstrainedStrings(translator("zh"));
const defaults = DATA_CONSTRAINED_DEFAULTS;
const view = dataConstrainedView(defaults);

describe("data-constrained text", () => {
  it("dataConstrainedReadouts: 4 epochs of 100B unique tokens are worth 373B new ones, 93% (3730亿 in Chinese)", () => {
    const r = dataConstrainedReadouts(en, view, "en");
    expect(r.data.map((i) => [i.label, i.value])).toEqual([
      [en.effective, "373B"],
      [en.worth, "93%"],
      [en.marginal, expect.stringMatching(/%$/)],
    ]);
    expect(r.data.map((i) => i.testid)).toEqual(["data-constrained-effective", "data-constrained-worth", undefined]);
    expect(r.loss.map((i) => i.testid)).toEqual(["data-constrained-loss", undefined]);
    expect(dataConstrainedReadouts(zh, view, "zh").data[0].value).toBe("3730亿");
  });

  it("the loss readouts and the loss chart's marker agree with the view to their digits", () => {
    const r = dataConstrainedReadouts(en, view, "en");
    expect(Number(r.loss[0].value)).toBeCloseTo(view.loss, 3);
    expect(Number(r.loss[1].value)).toBeCloseTo(view.lossFresh, 3);
    expect(Number(chartTexts(en, defaults, view, "en").lossMarker)).toBeCloseTo(view.loss, 2);
  });

  it("dataConstrainedChartOptions gives each chart its title, axis and marker; descriptions name the unique data", () => {
    const effective = dataConstrainedChartOptions("effective", en, defaults, view, "en", 640);
    const loss = dataConstrainedChartOptions("loss", en, defaults, view, "en", 340);
    expect(effective).toMatchObject({ width: 640, title: en.effectiveTitle, yLabel: en.axisEffective, markerLabel: "373B (93%)" });
    expect(loss).toMatchObject({ width: 340, title: en.lossTitle, yLabel: en.axisLoss, xLabel: en.axisEpochs });
    expect(effective.description).toContain("100B");
    expect(loss.description).toContain("10B");
  });

  it("dataConstrainedLegend draws the ceiling only under the effective-data chart, in the repeated data's colour", () => {
    expect(dataConstrainedLegend(en, "effective").map((i) => i.swatch)).toEqual(["line", "dash", "dotted"]);
    expect(dataConstrainedLegend(en, "loss").map((i) => i.swatch)).toEqual(["line", "dash"]);
    expect(dataConstrainedLegend(en, "effective")[2]).toMatchObject({ color: DATA_COLORS.repeated, label: en.legendCeiling });
  });

  it("dataConstrainedTable has the round epochs plus the reader's, one epoch worth 100% of new data", () => {
    const table = dataConstrainedTable(en, { ...defaults, epochs: 3 }, dataConstrainedView({ ...defaults, epochs: 3 }), "en");
    expect(table.rows.map((r) => r[0])).toEqual(["1", "2", "3", "4", "10", "20", "40", "100"]);
    expect(table.rows[0].slice(1, 4)).toEqual(["100B", "100B", "100%"]);
    expect(table.columns).toHaveLength(table.rows[0].length);
    expect(dataConstrainedTable(en, defaults, view, "en").rows).toHaveLength(TABLE_EPOCHS.length);
  });

  it("dataConstrainedSentence fills every figure, in Chinese units for Chinese readers", () => {
    expect(dataConstrainedSentence(en, defaults, view, "en")).toMatch(/^400B tokens \(4 passes over 100B unique tokens\) are worth 373B/);
    expect(dataConstrainedSentence(zh, defaults, view, "zh")).toContain("3730亿");
  });
});
