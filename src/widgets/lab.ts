/**
 * The lab widget: train a family of small models in the reader's browser (the worker in src/lab/) and
 * watch a scaling law appear. This file holds what lives in the URL — so a teacher can send a class the
 * same experiment — and what a state plans: which runs, how long they should take here, and what is
 * wrong with it before anything starts.
 */
import { parseQuantity } from "../i18n/parseQuantity.ts";
import { estimateRunSeconds, flopParams, LAB_PRESET_NAMES, labPlan, type LabPresetName, type LabSettings } from "../lab/presets.ts";
import type { LabExperiment, LabRun } from "../lab/protocol.ts";
import { keywordField, numberField } from "./fieldSpecs.ts";
import type { FieldSpec, FieldSpecs } from "./urlState.ts";

export const LAB_ID = "lab";

export type LabCorpus = LabSettings["corpus"];
export const LAB_EXPERIMENTS: readonly LabExperiment[] = ["size", "budget"];
export const LAB_CORPORA: readonly LabCorpus[] = ["en", "zh", "both"];

export interface LabState {
  preset: LabPresetName;
  experiment: LabExperiment;
  seed: number;
  corpus: LabCorpus;
  /** Model widths for experiment 1; empty means the preset's. */
  widths: number[];
  /** FLOP budgets for experiment 2; empty means the preset's. */
  budgets: number[];
}

/** More items than any experiment could train in a tab; a longer list in a link is a mistake, not a plan. */
export const LIST_MAX_ITEMS = 16;

/**
 * A comma-separated list of positive numbers (`32,64,128`, `1e12, 3e12`, `1万`), written back plainly.
 * Malformed text (a word, a zero, too many items) is refused, so the URL state falls back and says so;
 * numbers out of the lab's range are kept, for the plan to explain in the reader's language.
 */
export function listField(key: string, { integer = false }: { integer?: boolean } = {}): FieldSpec<number[]> {
  return {
    key,
    default: [],
    parse: (text) => parseList(text, integer),
    format: (xs) => xs.map((x) => String(x)).join(","),
  };
}

/** The list in `text`, or `null` when any item is not a positive (whole, if `integer`) number. */
export function parseList(text: string, integer = false): number[] | null {
  const items = text.split(/[,，、;\s]+/).filter((s) => s !== "");
  if (items.length > LIST_MAX_ITEMS) return null;
  const xs: number[] = [];
  for (const item of items) {
    const x = parseQuantity(item);
    if (x === null || !Number.isFinite(x) || x <= 0 || (integer && !Number.isInteger(x))) return null;
    xs.push(x);
  }
  return xs;
}

export const LAB_FIELDS: FieldSpecs<LabState> = {
  preset: keywordField("preset", "quick", LAB_PRESET_NAMES),
  experiment: keywordField("experiment", "size", LAB_EXPERIMENTS),
  // Any 31-bit seed: the worker's seeded generator takes integers, and the URL stays short.
  seed: numberField("seed", 1, { min: 0, max: 2 ** 31 - 1, integer: true }),
  corpus: keywordField("corpus", "both", LAB_CORPORA),
  widths: listField("widths", { integer: true }),
  budgets: listField("budgets"),
};

export const LAB_DEFAULTS: LabState = {
  preset: LAB_FIELDS.preset.default,
  experiment: LAB_FIELDS.experiment.default,
  seed: LAB_FIELDS.seed.default,
  corpus: LAB_FIELDS.corpus.default,
  widths: LAB_FIELDS.widths.default,
  budgets: LAB_FIELDS.budgets.default,
};

/** The engine's settings for a state: an empty list leaves the preset's choice. */
export function labSettings(state: LabState): LabSettings {
  const settings: LabSettings = { preset: state.preset, experiment: state.experiment, seed: state.seed, corpus: state.corpus };
  if (state.widths.length) settings.widths = [...state.widths];
  if (state.budgets.length) settings.budgets = [...state.budgets];
  return settings;
}

/** A run's training compute by C ≈ 6ND before it runs, N counted as trainRun counts it after. */
export function plannedFlops(run: LabRun): number {
  return 6 * flopParams(run.spec.shape) * run.spec.tokens;
}

/**
 * The key under which a plan's finished runs are kept (sessionStorage): the same settings give the same
 * runs, so a reload or a Resume finds them; any change of settings starts afresh.
 */
export function planKey(state: LabState): string {
  const s = labSettings(state);
  return `lab:${s.experiment}:${s.preset}:${s.corpus}:${s.seed}:${(s.widths ?? []).join(",")}:${(s.budgets ?? []).join(",")}`;
}

export interface LabView {
  settings: LabSettings;
  runs: LabRun[];
  estimatedSeconds: number;
  problems: ReturnType<typeof labPlan>["problems"];
  /** Nothing stops a Start: every problem but "too slow" must be fixed first (a slow plan is the reader's call). */
  canStart: boolean;
  /**
   * Each run's share of the work, by id, for the progress bar and the time left: its estimated seconds,
   * not its FLOPs, because small models spend most of their time on per-step overhead, not arithmetic.
   */
  work: Map<string, number>;
}

/** What a state plans. Throws RangeError only for states no URL can produce (labPlan's programming errors). */
export function labView(state: LabState): LabView {
  const settings = labSettings(state);
  const plan = labPlan(settings);
  return {
    settings,
    runs: plan.runs,
    estimatedSeconds: plan.estimatedSeconds,
    problems: plan.problems,
    canStart: plan.runs.length > 0 && plan.problems.every((p) => p.code === "too-slow"),
    work: new Map(plan.runs.map((run) => [run.id, estimateRunSeconds(run.spec.shape, run.spec.tokens, run.spec.batch)])),
  };
}
