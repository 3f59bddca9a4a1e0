import { MODEL_CONFIGS, type ModelFixture } from "../../content/data/models/index.ts";
import { countParams, normalizeConfig, type HfConfig, type ModelConfigInput, type ParamCount } from "../lib/scaling/index.ts";
import type { ParamBreakdownData, ParamPart } from "../charts/paramBreakdownChart.ts";
import { texNumber } from "./texNumber.ts";
import type { FieldSpecs } from "./urlState.ts";
import { keywordField } from "./fieldSpecs.ts";

/** The parameter-counter widget: where a published model's parameters sit, and how the count compares with the reported one. */
export const PARAM_COUNTER_ID = "param-counter";

export interface ParamCounterState {
  /** Preset id, a key of `MODEL_CONFIGS` (`llama-3-8b`). A pasted config is never in the state: it would make the link too long. */
  model: string;
}

/** Roughly chronological, GPT-2 (2019) to Qwen3 (2025); fixtures not listed here follow in `MODEL_CONFIGS` order. */
const ORDER = [
  "gpt2", "gpt2-xl", "gpt3-175b", "llama-2-7b", "llama-2-70b", "mistral-7b", "mixtral-8x7b", "gemma-7b",
  "llama-3-8b", "deepseek-v2", "qwen2-7b", "qwen2-57b-a14b", "gemma-2-9b", "llama-3.1-405b", "qwen2.5-72b",
  "deepseek-v3", "qwen3-8b", "qwen3-30b-a3b", "qwen3-235b-a22b",
];

/** The presets in the order the select lists them. */
export const PARAM_COUNTER_PRESETS: readonly ModelFixture[] = [
  ...ORDER.filter((id) => Object.hasOwn(MODEL_CONFIGS, id)),
  ...Object.keys(MODEL_CONFIGS).filter((id) => !ORDER.includes(id)),
].map((id) => MODEL_CONFIGS[id]);

export const PARAM_COUNTER_FIELDS: FieldSpecs<ParamCounterState> = {
  model: keywordField("model", "llama-3-8b", PARAM_COUNTER_PRESETS.map((p) => p.id)),
};

/** The bars of the breakdown chart, top to bottom. */
export const PARAM_PARTS: readonly ParamPart[] = ["embedding", "attention", "mlp", "sharedExperts", "router", "norms", "outputHead"];

export interface ReportedComparison {
  /** Total as the authors report it, and (count − reported) / reported. */
  total: number;
  totalDiff: number;
  /** Active parameters as reported (mixture-of-experts models), and the relative difference. */
  active: number | null;
  activeDiff: number | null;
  /** Where the reported figure comes from. */
  source: string;
}

export interface ParamCounterView {
  /** The preset shown, or `null` for a pasted config. */
  preset: ModelFixture | null;
  /** `model_type` as `normalizeConfig` read it (`llama`, `deepseek_v3`, `custom`). */
  family: string;
  count: ParamCount;
  /** Mixture of experts: some routed experts sit idle for each token. */
  isMoe: boolean;
  chart: ParamBreakdownData;
  /** Comparison with the authors' count; `null` for a pasted config. */
  reported: ReportedComparison | null;
  /** The config counted, for "show your work". */
  config: HfConfig | ModelConfigInput;
}

/** Why a pasted config could not be counted: not JSON, or a field `countParams` rejects (its message names the field). */
export type PasteError = { kind: "json" | "config" | "tooLarge"; message: string };

export type PasteResult = { ok: true; view: ParamCounterView } | { ok: false; error: PasteError };

function viewFor(config: HfConfig | ModelConfigInput, preset: ModelFixture | null): ParamCounterView {
  const count = countParams(config);
  const values = [count.total, count.active, count.nonEmbedding, ...Object.values(count.breakdown)];
  if (!values.every(Number.isFinite)) throw new RangeError("invalid config: the counts overflow (a size field is far too large)");
  const b = count.breakdown;
  const idle = count.total - count.active;
  const chart: ParamBreakdownData = {
    total: count.total,
    rows: [
      { part: "embedding", active: b.embedding + b.positions, idle: 0 },
      { part: "attention", active: b.attention, idle: 0 },
      { part: "mlp", active: b.mlp + b.experts - idle, idle },
      { part: "sharedExperts", active: b.sharedExperts, idle: 0 },
      { part: "router", active: b.router, idle: 0 },
      { part: "norms", active: b.norms, idle: 0 },
      { part: "outputHead", active: b.outputHead, idle: 0 },
    ],
  };
  const reported: ReportedComparison | null = preset && {
    total: preset.reportedParams,
    totalDiff: count.total / preset.reportedParams - 1,
    active: preset.reportedActiveParams ?? null,
    activeDiff: preset.reportedActiveParams ? count.active / preset.reportedActiveParams - 1 : null,
    source: preset.reportedParamsSource,
  };
  return { preset, family: normalizeConfig(config).family, count, isMoe: idle > 0 || b.experts > 0, chart, reported, config };
}

/** Everything the widget shows for a preset, computed with `countParams`. An unknown id gives the default preset. */
export function paramCounterView({ model }: ParamCounterState): ParamCounterView {
  const preset = MODEL_CONFIGS[model] ?? MODEL_CONFIGS[PARAM_COUNTER_FIELDS.model.default];
  return viewFor(preset.config, preset);
}

/** Longest paste read (a real config.json is a few kilobytes). */
export const MAX_PASTE_CHARS = 200_000;

/**
 * Counts a pasted `config.json`. Never throws: bad JSON, a non-object, or a field `countParams` /
 * `normalizeConfig` rejects come back as an error whose `message` is the parser's or the module's own
 * (`invalid num_hidden_layers: 0 (must be an integer ≥ 1)`), for the widget to show after a localized line.
 */
export function pastedConfigView(text: string): PasteResult {
  if (text.length > MAX_PASTE_CHARS) return { ok: false, error: { kind: "tooLarge", message: `${text.length} characters` } };
  let config: unknown;
  try {
    config = JSON.parse(text);
  } catch (e) {
    return { ok: false, error: { kind: "json", message: e instanceof Error ? e.message : String(e) } };
  }
  try {
    return { ok: true, view: viewFor(config as HfConfig, null) };
  } catch (e) {
    return { ok: false, error: { kind: "config", message: e instanceof Error ? e.message : String(e) } };
  }
}

/** Keys of published configs that no count depends on (activations, epsilons, rotary settings, routing details). */
const IRRELEVANT_KEYS = new Set([
  "architectures", "hidden_act", "hidden_activation", "activation_function", "rms_norm_eps", "layer_norm_epsilon",
  "rope_theta", "rope_scaling", "router_aux_loss_coef", "sliding_window", "use_sliding_window", "max_window_layers",
  "norm_topk_prob", "routed_scaling_factor", "scoring_func", "n_group", "topk_group", "attn_logit_softcapping",
  "final_logit_softcapping", "query_pre_attn_scalar", "torch_dtype", "transformers_version", "bos_token_id",
  "eos_token_id", "pad_token_id", "initializer_range", "use_cache", "attention_dropout", "output_router_logits",
]);

/** The config without keys that do not change the count, so the code line stays short. */
export function relevantConfig(config: HfConfig | ModelConfigInput): Record<string, unknown> {
  return Object.fromEntries(Object.entries(config).filter(([key]) => !IRRELEVANT_KEYS.has(key)));
}

const SYMBOL: Record<ParamPart, string> = {
  embedding: "N_{\\text{emb}}",
  attention: "N_{\\text{attn}}",
  mlp: "N_{\\text{MLP}}",
  sharedExperts: "N_{\\text{shared}}",
  router: "N_{\\text{router}}",
  norms: "N_{\\text{norm}}",
  outputHead: "N_{\\text{head}}",
};

/** The sum behind the readouts, with this model's numbers (zero parts left out). */
export function paramCounterTex(view: ParamCounterView): string {
  const { count, chart } = view;
  const parts = chart.rows.map((r) => ({ part: r.part, value: r.active + r.idle })).filter((r) => r.value > 0);
  const lines = [
    `N &= ${parts.map((p) => SYMBOL[p.part]).join(" + ")}`,
    `&= ${parts.map((p) => texNumber(p.value)).join(" + ")} = ${texNumber(count.total)}`,
    `N_{\\text{Kaplan}} &= N - N_{\\text{emb}} - N_{\\text{head}} = ${texNumber(count.nonEmbedding)}`,
  ];
  if (view.isMoe) lines.push(`N_{\\text{active}} &= N - N_{\\text{idle experts}} = ${texNumber(count.total)} - ${texNumber(count.total - count.active)} = ${texNumber(count.active)}`);
  return `\\begin{aligned}${lines.join(" \\\\ ")}\\end{aligned}`;
}

/** The one-line call that reproduces the counts. */
export function paramCounterCode(view: ParamCounterView): string {
  return `scaling.countParams(${JSON.stringify(relevantConfig(view.config))})`;
}
