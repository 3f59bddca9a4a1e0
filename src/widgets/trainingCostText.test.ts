import { describe, expect, it } from "vitest";
import { translator, type Locale, type MessageKey } from "../i18n/index.ts";
import { widgetStrings } from "../islands/shared/widgetStrings.ts";
import { RUN_PRESETS, TRAINING_COST_DEFAULTS, applyPreset, publishedComparison, trainingCostView, withCurrency } from "./trainingCost.ts";
import {
  TRAINING_COST_KEYS,
  computeSentence,
  costFormats,
  costTable,
  presetNote,
  presetOptions,
  publishedFigure,
  rateNote,
  reasonText,
  type TrainingCostStrings,
} from "./trainingCostText.ts";

function stringsFor(locale: Locale): TrainingCostStrings {
  const t = translator(locale);
  return { ...widgetStrings(t), ...Object.fromEntries(TRAINING_COST_KEYS.map((k) => [k, t(`trainingCost.${k}` as MessageKey)])) } as TrainingCostStrings;
}
const en = stringsFor("en");
const zh = stringsFor("zh");
const preset = (id: string) => RUN_PRESETS.find((p) => p.id === id)!;

describe("training-cost text", () => {
  it("costFormats writes money in the state's currency: $5.58M, or yuan in Chinese units", () => {
    expect(costFormats(en, "en", "USD").money(5.576e6)).toBe("$5.58M");
    expect(costFormats(zh, "zh", "CNY").money(3.95e7)).toBe("3950万元");
  });
  it("withCurrency converts the price at CNY_PER_USD to six digits and back", () => {
    const cny = withCurrency(TRAINING_COST_DEFAULTS, "CNY");
    expect(cny).toMatchObject({ currency: "CNY", price: 14.1618 });
    expect(withCurrency(cny, "USD").price).toBe(2);
    expect(withCurrency(TRAINING_COST_DEFAULTS, "USD")).toEqual(TRAINING_COST_DEFAULTS);
  });
  it("presetOptions offers 'custom' only when no preset matches", () => {
    expect(presetOptions(en, preset("gpt3")).map((o) => o.value)).toEqual(["deepseek_v3", "llama3_405b", "llama2_7b", "gpt3"]);
    expect(presetOptions(en, undefined).map((o) => o.value)).toEqual(["custom", "deepseek_v3", "llama3_405b", "llama2_7b", "gpt3"]);
  });
  it("costTable has a row per preset and one for the reader's run only when there is one", () => {
    const view = trainingCostView(TRAINING_COST_DEFAULTS, en.readerBar);
    const table = costTable(en, "en", TRAINING_COST_DEFAULTS, view.run);
    expect(table.columns[3]).toBe(`${en.readCost} (USD)`);
    expect(table.rows.map((r) => r[0])).toEqual([...RUN_PRESETS.map((p) => p.run.model), en.readerBar]);
    expect(costTable(en, "en", TRAINING_COST_DEFAULTS, null).rows).toHaveLength(4);
    expect(costTable(zh, "zh", { ...TRAINING_COST_DEFAULTS, currency: "CNY" }, null).columns[3]).toBe(`${zh.readCost}（CNY）`);
  });
  it("computeSentence joins its two sentences with a space in English and none in Chinese", () => {
    const view = trainingCostView(TRAINING_COST_DEFAULTS);
    expect(computeSentence(en, "en", view.run!, view)).toMatch(/\. That electricity/);
    expect(computeSentence(zh, "zh", view.run!, view)).toMatch(/。这些电/);
  });
  it("presetNote lists what the paper did not publish; none for custom settings", () => {
    const llama2 = applyPreset(preset("llama2_7b"), TRAINING_COST_DEFAULTS);
    expect(presetNote(en, "en", llama2)).toMatch(/^Llama 2 7B: .* Not published, assumed here: 2,048 accelerators at once, a price of \$2 per hour, /);
    expect(presetNote(en, "en", { ...TRAINING_COST_DEFAULTS, count: 1 })).toBeNull();
  });
  it("rateNote shows only while the widget counts in yuan", () => {
    expect(rateNote(en, "en", TRAINING_COST_DEFAULTS)).toBeNull();
    expect(rateNote(en, "en", { ...TRAINING_COST_DEFAULTS, currency: "CNY" })).toMatch(/7\.0809.*2023/);
  });
  it("publishedFigure keeps the digits asked for; reasonText names both values of the input that differs", () => {
    expect(publishedFigure(en, "en", "USD", "energy", 1287, 4)).toBe("1,287 MWh");
    expect(publishedFigure(en, "en", "USD", "co2", 552.4, 3)).toBe("552 t CO₂");
    const gpt3 = publishedComparison(applyPreset(preset("gpt3"), TRAINING_COST_DEFAULTS))!;
    expect(reasonText(en, "en", gpt3.reasons.find((r) => r.kind === "power")!)).toMatch(/300 W.*330 W/);
    expect(reasonText(en, "en", { kind: "pue", estimate: 1.1, published: null })).toContain("1.1");
  });
});
