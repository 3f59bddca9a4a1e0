import { describe, expect, it } from "vitest";
import { NOTABLE_MODELS } from "../data/notableModels.ts";
import { DICTIONARIES, translator, type Locale, type MessageKey } from "../i18n/index.ts";
import { widgetStrings } from "../islands/shared/widgetStrings.ts";
import { ALL_ORGANISATIONS, timelineView, type TimelineState } from "./timeline.ts";
import { timelineMissing, timelineReadout, timelineSentence, timelineTable, type TimelineStrings } from "./timelineText.ts";

/** The island's strings as the Astro wrapper builds them. */
function strings(locale: Locale): TimelineStrings {
  const t = translator(locale);
  const own = (Object.keys(DICTIONARIES[locale]) as MessageKey[]).filter((k) => k.startsWith("modelTimeline.")).map((k) => [k.slice(14), t(k)]);
  return { ...widgetStrings(t), ...Object.fromEntries(own) } as TimelineStrings;
}

const defaults: TimelineState = { metric: "compute", color: "country", org: ALL_ORGANISATIONS, openOnly: false };
const view = (state: Partial<TimelineState>) => timelineView({ ...defaults, ...state }, NOTABLE_MODELS);

describe("model timeline text", () => {
  it("the trend sentence quotes the fit's count, years, factor and doubling time, and compares compute with doubling every two years", () => {
    const v = view({});
    const en = timelineSentence(v, defaults, "en", strings("en"))!;
    expect(en).toContain(`Over the ${v.fit!.count} models shown (${v.fit!.from}–${v.fit!.to})`);
    expect(en).toMatch(/grew ×\d\.\d+ a year \(90% interval ×\d\.\d+–\d\.\d+\): a doubling every \d+(\.\d+)? months \(\d+(\.\d+)?–\d+(\.\d+)?\)\. For comparison/);
    const zh = timelineSentence(v, defaults, "zh", strings("zh"))!;
    expect(zh).toMatch(/90% 置信区间为 \d\.\d+–\d\.\d+ 倍/);
    expect(zh).toMatch(/个月）。作为对照/);
    const params = timelineSentence(view({ metric: "params" }), { ...defaults, metric: "params" }, "en", strings("en"))!;
    expect(params).toContain("parameter counts grew");
    expect(params).not.toContain("For comparison");
  });
  it("when the interval reaches no growth, the sentence says so instead of printing a doubling time with no upper end", () => {
    const v = view({});
    const flat = { ...v, fit: { ...v.fit!, interval: { ...v.fit!.interval, factorPerYear: [0.9, 2] as [number, number], doublingMonths: [10, null] as [number, null] } } };
    expect(timelineSentence(flat, defaults, "en", strings("en"))).toContain("but the 90% interval, ×0.9–2, includes no growth at all.");
    expect(timelineSentence(flat, defaults, "zh", strings("zh"))).toContain("连“不增长”也包括在内");
  });
  it("with no model there is no sentence and no readout; with one model, the no-trend note", () => {
    const none = view({ org: "OpenAI", openOnly: true });
    expect(timelineSentence(none, defaults, "en", strings("en"))).toBeNull();
    expect(timelineReadout(none, "en", strings("en"))).toEqual([]);
    const one = { ...view({}), fit: null };
    expect(timelineSentence(one, defaults, "en", strings("en"))).toBe(strings("en").noTrend);
  });
  it("the readout gives doubling time, factor a year, count and R², with the test ids the e2e tests read", () => {
    const items = timelineReadout(view({}), "en", strings("en"));
    expect(items.map((i) => i.testid)).toEqual(["timeline-doubling", undefined, "timeline-interval", "timeline-count", undefined]);
    expect(items[2].value).toMatch(/^×\d\.\d+–\d\.\d+$/);
    expect(items[0].value).toMatch(/^\d+(\.\d+)? months$/);
    expect(items[3].value).toBe(String(view({}).fit!.count));
  });
  it("the missing note lists models without a figure, joined as each language lists things, or is null", () => {
    expect(timelineMissing(view({}), "en", strings("en"))).toContain("GPT-4, ");
    expect(timelineMissing(view({}), "zh", strings("zh"))).toContain("、");
    expect(timelineMissing({ ...view({}), missing: [] }, "en", strings("en"))).toBeNull();
  });
  it("the data table has a row of seven cells per plotted model, with MoE active parameters and 6ND estimates marked", () => {
    const v = view({ metric: "params" });
    const table = timelineTable(v, { ...defaults, metric: "params" }, "en", strings("en"));
    expect(table.columns).toHaveLength(7);
    expect(table.rows).toHaveLength(v.points.length);
    expect(table.rows.every((r) => r.length === 7)).toBe(true);
    expect(table.rows.some((r) => r[5].includes("active per token"))).toBe(true);
    const compute = timelineTable(view({}), defaults, "zh", strings("zh"));
    expect(compute.rows.some((r) => r[5].includes(strings("zh").estimated))).toBe(true);
  });
});
