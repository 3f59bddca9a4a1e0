import {
  ACCELERATORS,
  ACCELERATOR_NAMES,
  DEFAULT_PRICE_USD_PER_HOUR,
  DEFAULT_PUE,
  PUBLISHED_RUNS,
  WORLD_GRID_KG_CO2_PER_KWH,
  impliedMfu,
  runEnergyMwh,
  trainingRun,
  usHouseholdYears,
  type AcceleratorName,
  type PublishedRun,
  type TrainingRun,
} from "../lib/scaling/index.ts";
import { formatScientific } from "../i18n/format.ts";
import type { CostChartData } from "../charts/costChart.ts";
import { keywordField, numberField, quantityField } from "./fieldSpecs.ts";
import type { LogRange } from "./logSlider.ts";
import { texNumber } from "./texNumber.ts";
import type { FieldSpec, FieldSpecs } from "./urlState.ts";

/** Whole numbers as written (2048, not 2050); anything else as `texNumber`. */
const texExact = (x: number, digits = 3) => (Number.isInteger(x) && Math.abs(x) < 1e7 ? String(x) : texNumber(x, digits));

/** The training-cost widget: what a run of N parameters on D tokens costs in time, money, energy and CO₂. */
export const TRAINING_COST_ID = "training-cost";

/**
 * Yuan per US dollar used to show prices and costs in CNY: 7.0809, the 2023 annual average of the
 * noon buying rates in New York (Federal Reserve statistical release G.5A, "Foreign Exchange Rates —
 * Annual", released 1 February 2024). Kept here, not in lib/scaling: it is a display convention, not a
 * scaling fact. Rental prices in China are often quoted in yuan; this is only a conversion.
 */
export const CNY_PER_USD = 7.0809;
/** Where `CNY_PER_USD` comes from. */
export const CNY_PER_USD_SOURCE = "https://www.federalreserve.gov/releases/g5a/20240201/";
/** Year the rate averages over. */
export const CNY_PER_USD_YEAR = 2023;

export const CURRENCIES = ["USD", "CNY"] as const;
export type Currency = (typeof CURRENCIES)[number];

/** What the bar chart compares. */
export const COST_METRICS = ["cost", "hours", "days", "energy", "co2"] as const;
export type CostMetric = (typeof COST_METRICS)[number];


export interface TrainingCostState {
  /** N, parameters (active parameters per token for a mixture of experts). */
  params: number;
  /** D, training tokens. */
  tokens: number;
  accelerator: AcceleratorName;
  /** Accelerators running at once. */
  count: number;
  /** Model FLOPs utilisation, a fraction in (0, 1]. */
  mfu: number;
  /** Price per accelerator-hour, in `currency`. */
  price: number;
  currency: Currency;
  /** Power usage effectiveness ≥ 1. */
  pue: number;
  /** Grid carbon intensity, kg CO₂e per kWh. */
  carbon: number;
  /** What the chart compares. */
  metric: CostMetric;
}

export const PARAMS_RANGE: LogRange = { min: 1e6, max: 1e13, step: 0.01 };
export const TOKENS_RANGE: LogRange = { min: 1e8, max: 1e15, step: 0.01 };
export const COUNT_RANGE = { min: 1, max: 1_000_000 };
/** MFU as the field shows it, in percent. */
export const MFU_PERCENT_RANGE = { min: 1, max: 100 };
export const PRICE_RANGE = { min: 0, max: 10_000 };
export const PUE_RANGE = { min: 1, max: 3 };
export const CARBON_RANGE = { min: 0, max: 1.5 };

/** Converts a price or cost between currencies with `CNY_PER_USD`. */
export function convert(amount: number, from: Currency, to: Currency): number {
  if (from === to) return amount;
  return from === "USD" ? amount * CNY_PER_USD : amount / CNY_PER_USD;
}

/** A preset: one of `PUBLISHED_RUNS` with every field the widget needs, and which of them the paper did not publish. */
export interface RunPreset {
  id: keyof typeof PUBLISHED_RUNS;
  run: PublishedRun;
  params: number;
  tokens: number;
  accelerator: AcceleratorName;
  count: number;
  /** MFU implied by the published accelerator-hours (`impliedMfu`), rounded to 4 significant digits. */
  mfu: number;
  priceUsd: number;
  pue: number;
  carbon: number;
  /** Fields we had to assume. */
  assumed: ("count" | "price" | "pue" | "carbon")[];
}

/** Accelerators running at once when the paper does not give it in `PUBLISHED_RUNS`. */
const ASSUMED_COUNT: Partial<Record<keyof typeof PUBLISHED_RUNS, { count: number; published: boolean }>> = {
  // "Llama 3 405B is trained on up to 16K H100 GPUs" (Dubey et al. 2024, arXiv:2407.21783, §3.3.1).
  llama3_405b: { count: 16_384, published: true },
  // Touvron et al. 2023 give GPU-hours per model, not how many A100s ran at once: an assumption.
  llama2_7b: { count: 2_048, published: false },
};

function preset(id: keyof typeof PUBLISHED_RUNS): RunPreset {
  const run: PublishedRun = PUBLISHED_RUNS[id];
  const assumed: RunPreset["assumed"] = [];
  const given = ASSUMED_COUNT[id];
  const count = run.count ?? given?.count ?? 1_000;
  if (run.count === undefined && !given?.published) assumed.push("count");
  if (run.pricePerHour === undefined) assumed.push("price");
  if (run.pue === undefined) assumed.push("pue");
  if (run.carbonIntensity === undefined) assumed.push("carbon");
  const mfu = Number(impliedMfu({ params: run.params, tokens: run.tokens, accelerator: run.accelerator, acceleratorHours: run.acceleratorHours }).toPrecision(4));
  return {
    id,
    run,
    params: run.params,
    tokens: run.tokens,
    accelerator: run.accelerator,
    count,
    mfu,
    priceUsd: run.pricePerHour ?? DEFAULT_PRICE_USD_PER_HOUR,
    pue: run.pue ?? DEFAULT_PUE,
    carbon: run.carbonIntensity ?? WORLD_GRID_KG_CO2_PER_KWH,
    assumed,
  };
}

/** The four published runs, oldest first. */
export const RUN_PRESETS: readonly RunPreset[] = (["gpt3", "llama2_7b", "llama3_405b", "deepseek_v3"] as const).map(preset);

export function presetById(id: string): RunPreset | undefined {
  return RUN_PRESETS.find((p) => p.id === id);
}

const DEFAULT_PRESET = presetById("deepseek_v3")!;

/** The fields a preset sets, in the reader's currency. */
export function applyPreset(p: RunPreset, state: TrainingCostState): TrainingCostState {
  return {
    ...state,
    params: p.params,
    tokens: p.tokens,
    accelerator: p.accelerator,
    count: p.count,
    mfu: p.mfu,
    price: Number(convert(p.priceUsd, "USD", state.currency).toPrecision(6)),
    pue: p.pue,
    carbon: p.carbon,
  };
}

/** The state in another currency, its price converted (six significant digits, as a preset's). */
export function withCurrency(state: TrainingCostState, currency: Currency): TrainingCostState {
  return { ...state, currency, price: Number(convert(state.price, state.currency, currency).toPrecision(6)) };
}

/** The preset whose fields the state matches, if any (the preset select shows it, else "custom"). */
export function matchingPreset(state: TrainingCostState): RunPreset | undefined {
  const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b), 1e-12);
  return RUN_PRESETS.find((p) => {
    const applied = applyPreset(p, state);
    return (["params", "tokens", "count", "mfu", "price", "pue", "carbon"] as const).every((k) => close(applied[k], state[k])) && applied.accelerator === state.accelerator;
  });
}

/** N and D in the link keep four significant digits, so a preset's 174.6B or 6.74B comes back exactly (a preset shows while the fields match it). */
const fourDigits = (x: number) => formatScientific(x, { style: "plain", digits: 4 });

export const TRAINING_COST_FIELDS: FieldSpecs<TrainingCostState> = {
  params: quantityField("n", DEFAULT_PRESET.params, PARAMS_RANGE, { format: fourDigits }),
  tokens: quantityField("d", DEFAULT_PRESET.tokens, TOKENS_RANGE, { format: fourDigits }),
  accelerator: keywordField("hw", DEFAULT_PRESET.accelerator, ACCELERATOR_NAMES),
  count: numberField("gpus", DEFAULT_PRESET.count, { ...COUNT_RANGE, integer: true }),
  mfu: numberField("mfu", DEFAULT_PRESET.mfu, { min: MFU_PERCENT_RANGE.min / 100, max: MFU_PERCENT_RANGE.max / 100, scale: 100 }),
  price: numberField("price", DEFAULT_PRESET.priceUsd, PRICE_RANGE),
  currency: keywordField("cur", "USD", CURRENCIES),
  pue: numberField("pue", DEFAULT_PRESET.pue, PUE_RANGE),
  carbon: numberField("co2", DEFAULT_PRESET.carbon, CARBON_RANGE),
  metric: keywordField("show", "cost", COST_METRICS),
};

export const TRAINING_COST_DEFAULTS: TrainingCostState = Object.fromEntries(
  Object.entries(TRAINING_COST_FIELDS).map(([k, spec]) => [k, (spec as FieldSpec<unknown>).default]),
) as unknown as TrainingCostState;

export interface TrainingCostView {
  /** The reader's run, or `null` when the module refused the inputs (`error` says why). */
  run: TrainingRun | null;
  error: string | null;
  /** Cost in the reader's currency. */
  cost: number;
  /** US homes' yearly electricity (`usHouseholdYears`). */
  households: number;
  /** The chart: the four published setups and the reader's run, for `state.metric`. */
  chart: CostChartData;
}

/** A metric of a run, in the reader's currency for cost. */
export function metricValue(run: TrainingRun, metric: CostMetric, currency: Currency): number {
  switch (metric) {
    case "cost":
      return convert(run.costUsd, "USD", currency);
    case "hours":
      return run.acceleratorHours;
    case "days":
      return run.wallClockDays;
    case "energy":
      return run.energyMwh;
    case "co2":
      return run.emissionsTonnesCo2;
  }
}

function runOf(state: Omit<TrainingCostState, "metric">): TrainingRun {
  return trainingRun({
    params: state.params,
    tokens: state.tokens,
    accelerator: state.accelerator,
    count: state.count,
    mfu: state.mfu,
    pricePerHour: convert(state.price, state.currency, "USD"),
    pue: state.pue,
    carbonIntensity: state.carbon,
  });
}

/** Each preset's run as its authors set it up (price converted to `currency`). */
export function presetRuns(currency: Currency): { preset: RunPreset; run: TrainingRun }[] {
  return RUN_PRESETS.map((p) => ({ preset: p, run: runOf({ ...applyPreset(p, { ...TRAINING_COST_DEFAULTS, currency }), currency }) }));
}

/** Everything the widget shows for a state, computed with lib/scaling (`trainingRun`, `usHouseholdYears`). */
export function trainingCostView(state: TrainingCostState, readerLabel = "Your run"): TrainingCostView {
  let run: TrainingRun | null = null;
  let error: string | null = null;
  try {
    run = runOf(state);
    if (!Object.values(run).every(Number.isFinite)) throw new RangeError("non-finite result");
  } catch (e) {
    run = null;
    error = e instanceof Error ? e.message : String(e);
  }
  const rows: CostChartData["rows"] = presetRuns(state.currency).map(({ preset: p, run: r }) => ({ key: p.id as string, label: p.run.model, value: metricValue(r, state.metric, state.currency), reader: false }));
  if (run) rows.push({ key: "reader", label: readerLabel, value: metricValue(run, state.metric, state.currency), reader: true });
  return {
    run,
    error,
    cost: run ? convert(run.costUsd, "USD", state.currency) : NaN,
    households: run ? usHouseholdYears(run.energyMwh) : NaN,
    chart: { rows },
  };
}

/** The formulas with the reader's values, for "show your work". */
export function trainingCostTex(state: TrainingCostState): string {
  const chip = ACCELERATORS[state.accelerator];
  let run: TrainingRun;
  try {
    run = runOf(state);
  } catch {
    return "\\text{—}";
  }
  const priceUsd = convert(state.price, state.currency, "USD");
  const n = (x: number) => texNumber(x);
  return [
    "\\begin{aligned}",
    `C &= 6ND = 6 \\times ${n(state.params)} \\times ${n(state.tokens)} = ${n(run.flops)}\\ \\text{FLOPs}\\\\`,
    `t &= \\frac{C}{n_\\text{acc}\\,F_\\text{peak}\\,\\text{MFU}} = \\frac{${n(run.flops)}}{${texExact(state.count)} \\times ${texNumber(chip.peakFlopsPerSecond, 4)} \\times ${texExact(state.mfu, 4)}} = ${n(run.wallClockSeconds)}\\ \\text{s} = ${n(run.wallClockDays)}\\ \\text{d}\\\\`,
    `H &= n_\\text{acc}\\, t = ${n(run.acceleratorHours)}\\ \\text{h}\\\\`,
    `\\text{cost} &= H \\times p = ${n(run.acceleratorHours)} \\times ${texExact(priceUsd, 4)}\\ \\text{USD/h} = ${n(run.costUsd)}\\ \\text{USD}\\\\`,
    `E &= H \\times P \\times \\text{PUE} = ${n(run.acceleratorHours)} \\times ${texExact(chip.powerWatts)}\\ \\text{W} \\times ${texExact(state.pue)} = ${n(run.energyMwh)}\\ \\text{MWh}\\\\`,
    `\\text{CO}_2 &= E \\times ${texExact(state.carbon)}\\ \\text{t/MWh} = ${n(run.emissionsTonnesCo2)}\\ \\text{t}`,
    "\\end{aligned}",
  ].join("\n");
}

/** The one-line call that reproduces the readout. */
export function trainingCostCode(state: TrainingCostState): string {
  const priceUsd = Number(convert(state.price, state.currency, "USD").toPrecision(6));
  const f = (x: number) => formatScientific(x, { style: "plain", digits: 4 });
  return `scaling.trainingRun({ params: ${f(state.params)}, tokens: ${f(state.tokens)}, accelerator: ${JSON.stringify(state.accelerator)}, count: ${state.count}, mfu: ${state.mfu}, pricePerHour: ${priceUsd}, pue: ${state.pue}, carbonIntensity: ${state.carbon} })`;
}

/** A figure the authors published for a preset, beside the widget's estimate of it (cost in the reader's currency). */
export interface PublishedRow {
  metric: "energy" | "co2" | "cost";
  estimate: number;
  published: number;
}

/** One input where the widget's method differs from the authors', with both values. */
export type PublishedReason =
  /** Watts per accelerator: the widget uses the rated power (TDP); the authors measured or used another figure. */
  | { kind: "power"; estimate: number; published: number }
  /** PUE: `published` is `null` when the authors fold overhead into their power figure and apply none. */
  | { kind: "pue"; estimate: number; published: number | null }
  /** Grid kg CO₂e/kWh: `implied` when the authors do not state it and it is computed from their total. */
  | { kind: "carbon"; estimate: number; published: number; implied: boolean };

export interface PublishedComparison {
  preset: RunPreset;
  rows: PublishedRow[];
  /** Empty when the estimate and the published figures use the same inputs. */
  reasons: PublishedReason[];
}

/**
 * For a state that matches a preset whose paper published energy, emissions or cost: those figures beside
 * the widget's estimate, and the inputs that make them differ (power drawn vs TDP, PUE, grid factor).
 * `null` for custom settings, for a preset without published figures, or for a state the module refuses.
 */
export function publishedComparison(state: TrainingCostState): PublishedComparison | null {
  const preset = matchingPreset(state);
  if (!preset) return null;
  let run: TrainingRun;
  try {
    run = runOf(state);
  } catch {
    return null;
  }
  const r = preset.run;
  const rows: PublishedRow[] = [];
  if (r.energyMwh !== undefined) rows.push({ metric: "energy", estimate: run.energyMwh, published: r.energyMwh });
  if (r.emissionsTonnesCo2 !== undefined) rows.push({ metric: "co2", estimate: run.emissionsTonnesCo2, published: r.emissionsTonnesCo2 });
  if (r.costUsd !== undefined) rows.push({ metric: "cost", estimate: convert(run.costUsd, "USD", state.currency), published: convert(r.costUsd, "USD", state.currency) });
  if (rows.length === 0) return null;
  const reasons: PublishedReason[] = [];
  if (rows.some((row) => row.metric !== "cost")) {
    const chipWatts = ACCELERATORS[state.accelerator].powerWatts;
    if (r.powerWatts !== undefined && r.powerWatts !== chipWatts) reasons.push({ kind: "power", estimate: chipWatts, published: r.powerWatts });
    if (r.pueInPower) reasons.push({ kind: "pue", estimate: state.pue, published: null });
    else if (r.pue !== undefined && r.pue !== state.pue) reasons.push({ kind: "pue", estimate: state.pue, published: r.pue });
    if (r.carbonIntensity !== undefined) {
      if (r.carbonIntensity !== state.carbon) reasons.push({ kind: "carbon", estimate: state.carbon, published: r.carbonIntensity, implied: false });
    } else if (r.emissionsTonnesCo2 !== undefined && r.powerWatts !== undefined) {
      // t CO₂ per MWh is kg per kWh.
      const implied = Number((r.emissionsTonnesCo2 / runEnergyMwh({ acceleratorHours: r.acceleratorHours, powerWatts: r.powerWatts, pue: r.pue ?? 1 })).toPrecision(3));
      reasons.push({ kind: "carbon", estimate: state.carbon, published: implied, implied: true });
    }
  }
  return { preset, rows, reasons };
}

/** Significant digits a published figure is printed with (1,287 → 4; 552 → 3; 8,930 → 3), at most 6. */
export function printedDigits(x: number): number {
  for (let k = 1; k < 6; k++) if (Number(x.toPrecision(k)) === x) return k;
  return 6;
}
