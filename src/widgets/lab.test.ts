import { describe, expect, it } from "vitest";
import { readState, writeState } from "./urlState.ts";
import reference from "../data/labReference.json";
import { LAB_DEFAULTS, LAB_FIELDS, LAB_ID, labSettings, labView, parseList, planKey, plannedFlops } from "./lab.ts";

describe("lab URL state", () => {
  it("reads a teacher's link: preset, experiment, seed, corpus and widths", () => {
    const { state, fallbacks } = readState("?lab.preset=standard&lab.experiment=size&lab.seed=7&lab.corpus=zh&lab.widths=8,16,32", LAB_ID, LAB_FIELDS);
    expect(fallbacks).toEqual([]);
    expect(state).toEqual({ ...LAB_DEFAULTS, preset: "standard", seed: 7, corpus: "zh", widths: [8, 16, 32] });
  });

  it("defaults to the reference run's corpus (both languages), so a reader's first run compares with it", () => {
    expect(LAB_DEFAULTS.corpus).toBe(reference.corpus);
    expect(LAB_DEFAULTS.corpus).toBe("both");
  });

  it("round-trips lists and drops defaults from the link", () => {
    const state = { ...LAB_DEFAULTS, budgets: [3e10, 1e11], experiment: "budget" as const };
    const query = writeState("", LAB_ID, LAB_FIELDS, state);
    expect(query).not.toContain("lab.preset");
    expect(readState(query, LAB_ID, LAB_FIELDS).state).toEqual(state);
    expect(writeState("", LAB_ID, LAB_FIELDS, LAB_DEFAULTS)).toBe("");
  });

  it("falls back to the default for malformed values and reports each", () => {
    const { state, fallbacks } = readState("?lab.preset=huge&lab.seed=1.5&lab.widths=8,abc&lab.corpus=fr", LAB_ID, LAB_FIELDS);
    expect(state).toEqual(LAB_DEFAULTS);
    expect(fallbacks.map((f) => f.field).sort()).toEqual(["corpus", "preset", "seed", "widths"]);
  });

  it("refuses list items that are zero, negative, NaN, Infinity or fractional widths", () => {
    for (const bad of ["0", "-8", "NaN", "Infinity", "8,,x"]) expect(parseList(bad, true)).toBeNull();
    expect(parseList("8.5", true)).toBeNull();
    expect(parseList("8.5")).toEqual([8.5]);
    expect(parseList("")).toEqual([]);
    expect(parseList("1e11， 3e11")).toEqual([1e11, 3e11]);
    expect(parseList(Array(40).fill("8").join(","))).toBeNull();
  });

  it("keeps widths out of the lab's range for the plan to explain", () => {
    expect(parseList("8,4096", true)).toEqual([8, 4096]);
    const view = labView({ ...LAB_DEFAULTS, widths: [8, 16, 32, 4096] });
    expect(view.problems.some((p) => p.code === "width-out-of-range")).toBe(true);
    expect(view.canStart).toBe(false);
  });
});

describe("lab plan", () => {
  it("leaves the preset's sizes when the list is empty", () => {
    expect(labSettings(LAB_DEFAULTS).widths).toBeUndefined();
    expect(labSettings({ ...LAB_DEFAULTS, widths: [8, 16, 24] }).widths).toEqual([8, 16, 24]);
  });

  it("plans the quick preset as startable, with every run's share of the work", () => {
    const view = labView(LAB_DEFAULTS);
    expect(view.canStart).toBe(true);
    expect(view.runs.length).toBeGreaterThanOrEqual(6);
    for (const run of view.runs) expect(view.work.get(run.id)).toBeGreaterThan(0);
    for (const run of view.runs) expect(plannedFlops(run)).toBeGreaterThan(0);
  });

  it("keys stored runs by everything that changes them", () => {
    expect(planKey(LAB_DEFAULTS)).toBe(planKey({ ...LAB_DEFAULTS }));
    expect(planKey({ ...LAB_DEFAULTS, seed: 2 })).not.toBe(planKey(LAB_DEFAULTS));
    expect(planKey({ ...LAB_DEFAULTS, widths: [8, 16, 32] })).not.toBe(planKey(LAB_DEFAULTS));
    expect(planKey({ ...LAB_DEFAULTS, corpus: "zh" })).not.toBe(planKey(LAB_DEFAULTS));
  });
});
