import { describe, expect, it } from "vitest";
import { fitPowerLaw } from "../lib/scaling/index.ts";
import { NOTABLE_MODELS } from "../data/notableModels.ts";
import { readState, writeState } from "./urlState.ts";
import { TIMELINE_MODELS } from "./timelineModels.ts";
import {
  ALL_ORGANISATIONS,
  TIMELINE_ID,
  decimalYear,
  doublingTimeMonths,
  growthFit,
  pointTitle,
  shortUrl,
  timelineCode,
  timelineFields,
  timelineTex,
  timelineView as view,
} from "./timeline.ts";

const TIMELINE_FIELDS = timelineFields(NOTABLE_MODELS);
const timelineView = (state: Parameters<typeof view>[0]) => view(state, NOTABLE_MODELS);

const defaults = { metric: "compute" as const, color: "country" as const, org: ALL_ORGANISATIONS, openOnly: false };

describe("model timeline widget", () => {
  it("TIMELINE_MODELS, the island's copy of the dataset without the validator, equals the validated NOTABLE_MODELS", () => {
    expect(TIMELINE_MODELS).toEqual(NOTABLE_MODELS);
  });
  it("doublingTimeMonths(k) is 12·ln 2 / k: 12 months for ×2 a year, 24 for ×√2, null without growth", () => {
    expect(doublingTimeMonths(Math.LN2)).toBeCloseTo(12, 12);
    expect(doublingTimeMonths(Math.LN2 / 2)).toBeCloseTo(24, 12);
    expect(doublingTimeMonths(Math.log(10))).toBeCloseTo(3.61, 2);
    for (const k of [0, -0.3, NaN, Infinity, -Infinity]) expect(doublingTimeMonths(k)).toBeNull();
  });
  it("growthFit(points) recovers an exact exponential: ×4 a year doubles every 6 months", () => {
    const points = ["2019-01", "2020-01", "2021-01", "2022-01"].map((date, i) => ({ date, value: 1e22 * 4 ** i }));
    const fit = growthFit(points)!;
    expect(fit.factorPerYear).toBeCloseTo(4, 10);
    expect(fit.doublingMonths).toBeCloseTo(6, 10);
    expect(fit.r2).toBeCloseTo(1, 12);
    expect({ count: fit.count, from: fit.from, to: fit.to }).toEqual({ count: 4, from: 2019, to: 2022 });
    expect(growthFit([{ date: "2020-01", value: 1 }])).toBeNull();
    expect(growthFit([{ date: "2020-01", value: 1 }, { date: "2020-01", value: 2 }])).toBeNull();
  });
  it("timelineView(compute) fits the dataset with fitPowerLaw: compute doubles every 12–18 months, not every two years", () => {
    const view = timelineView(defaults);
    const withCompute = NOTABLE_MODELS.filter((m) => m.compute !== null);
    expect(view.points).toHaveLength(withCompute.length);
    const theirs = fitPowerLaw(
      withCompute.map((m) => Math.exp(decimalYear(m.date) - 2018)),
      withCompute.map((m) => m.compute!),
    );
    expect(view.fit!.rate).toBeCloseTo(theirs.exponent, 9);
    expect(view.fit!.doublingMonths).toBeCloseTo((12 * Math.LN2) / theirs.exponent, 9);
    // 14.5 months over the 34 models with a compute figure, 2019–2025 (small and large models alike; R² ≈ 0.27).
    expect(view.fit!.doublingMonths!).toBeGreaterThan(12);
    expect(view.fit!.doublingMonths!).toBeLessThan(18);
    expect(view.missing).toContain("GPT-4");
  });
  it("timelineView(compute) puts a 90% bootstrap interval around the fit, the same on every call, and a band that contains the trend line", () => {
    const a = timelineView(defaults);
    const { factorPerYear, doublingMonths } = a.fit!.interval;
    expect(a.fit!.interval.level).toBe(0.9);
    expect(factorPerYear[0]).toBeLessThan(a.fit!.factorPerYear);
    expect(factorPerYear[1]).toBeGreaterThan(a.fit!.factorPerYear);
    expect(doublingMonths[0]!).toBeLessThan(a.fit!.doublingMonths!);
    expect(doublingMonths[1]!).toBeGreaterThan(a.fit!.doublingMonths!);
    expect(timelineView(defaults).fit!.interval).toEqual(a.fit!.interval);
    expect(a.band.length).toBeGreaterThan(10);
    expect(a.band[0].year).toBeCloseTo(a.trend[0].year, 9);
    expect(a.band.at(-1)!.year).toBeCloseTo(a.trend[1].year, 9);
    expect(a.band[0].low).toBeLessThan(a.trend[0].value);
    expect(a.band[0].high).toBeGreaterThan(a.trend[0].value);
    expect(timelineView({ ...defaults, org: "OpenAI", openOnly: true }).band).toEqual([]);
  });
  it("timelineView gives the same fit and band for the same models however they are coloured, and after returning to a filter", () => {
    const byCountry = view(defaults, TIMELINE_MODELS);
    const byOpen = view({ ...defaults, color: "open" }, TIMELINE_MODELS);
    view({ ...defaults, org: "Meta" }, TIMELINE_MODELS);
    const again = view(defaults, TIMELINE_MODELS);
    expect(byOpen.fit).toEqual(byCountry.fit);
    expect(byOpen.band).toEqual(byCountry.band);
    expect(again.band).toEqual(byCountry.band);
    // A fresh copy of the list is computed afresh (not read from another list's cache) and agrees.
    const fresh = view(defaults, [...TIMELINE_MODELS]);
    expect(fresh.band).not.toBe(byCountry.band);
    expect(fresh.band).toEqual(byCountry.band);
    expect(fresh.fit).toEqual(byCountry.fit);
  });
  it("timelineView filters by organisation and open weights, and keeps colour groups stable", () => {
    const meta = timelineView({ ...defaults, metric: "params", org: "Meta" });
    expect(meta.points.every((p) => p.organisation === "Meta")).toBe(true);
    expect(meta.points.length).toBeGreaterThanOrEqual(4);
    expect(meta.groups).toEqual(timelineView(defaults).groups);
    expect(meta.groups.slice(0, 2)).toEqual(["US", "CN"]);
    const open = timelineView({ ...defaults, openOnly: true, color: "open" });
    expect(open.points.every((p) => p.openWeights && p.group === "open")).toBe(true);
    const none = timelineView({ ...defaults, org: "OpenAI", openOnly: true, metric: "compute" });
    expect(none.points).toEqual([]);
    expect(none.fit).toBeNull();
    expect(none.trend).toEqual([]);
  });
  it("the URL fields read metric, colour, organisation and open-only, and fall back on anything else", () => {
    const { state } = readState("?model-timeline.metric=params&model-timeline.org=DeepSeek&model-timeline.open=1&model-timeline.color=open", TIMELINE_ID, TIMELINE_FIELDS);
    expect(state).toEqual({ metric: "params", color: "open", org: "DeepSeek", openOnly: true });
    for (const [key, bad] of [["metric", "flops"], ["org", "Nobody"], ["open", "maybe"], ["color", "NaN"], ["metric", "Infinity"], ["open", "-1"]]) {
      const read = readState(`?model-timeline.${key}=${bad}`, TIMELINE_ID, TIMELINE_FIELDS);
      expect(read.state).toEqual(defaults);
      expect(read.fallbacks).toEqual([{ field: key, value: bad }]);
    }
    const query = writeState("", TIMELINE_ID, TIMELINE_FIELDS, { ...defaults, org: "Microsoft & NVIDIA" });
    expect(readState(query, TIMELINE_ID, TIMELINE_FIELDS).state.org).toBe("Microsoft & NVIDIA");
  });
  it("pointTitle(point) gives name, organisation, value and source, in both languages", () => {
    const view = timelineView({ ...defaults, metric: "params" });
    const v3 = view.points.find((p) => p.id === "deepseek-v3")!;
    const words = { active: "{active} active per token", estimated: "estimated as 6ND", source: "Source: {source}" };
    expect(pointTitle(v3, "params", "en", words)).toBe(`DeepSeek-V3\nDeepSeek · 2024-12\n671B parameters (37B active per token)\nSource: ${shortUrl(v3.source)}`);
    const gpt3 = timelineView(defaults).points.find((p) => p.id === "gpt-3")!;
    expect(pointTitle(gpt3, "compute", "zh", { ...words, source: "来源：{source}" })).toContain("3.14 × 10²³ FLOPs");
  });
  it("timelineTex and timelineCode reproduce the fit from the points shown", () => {
    const view = timelineView(defaults);
    expect(timelineTex(view)).toContain("T_2");
    const code = timelineCode(view);
    expect(code).toMatch(/^scaling\.fitPowerLaw\(\["2019-10", /);
    // Evaluate the code against the module: the exponent must be the one shown.
    const run = new Function("scaling", `return ${code};`) as (s: { fitPowerLaw: typeof fitPowerLaw }) => ReturnType<typeof fitPowerLaw>;
    expect(run({ fitPowerLaw }).exponent).toBe(view.fit!.rate);
  });
});
