/**
 * The lab's words: durations as people say them, the plan's problems and the worker's faults in the
 * reader's language, the readouts of a running experiment and the sentences that compare the reader's
 * result with the published one. Pure; the island only places them.
 */
import { fill } from "../i18n/fill.ts";
import { formatCount, formatDecimal, formatPercent, formatScientific } from "../i18n/format.ts";
import type { Locale } from "../i18n/locales.ts";
import type { LabProblem } from "../lab/presets.ts";
import type { LabBackend } from "../lab/protocol.ts";
import type { LabProgress } from "./labProgress.ts";

/** Every `widget.lab.*` template this file fills (unprefixed). */
export interface LabWords {
  estimate: string;
  problemTooSlow: string;
  problemBudgetTooSmall: string;
  problemWidthOutOfRange: string;
  problemBudgetOutOfRange: string;
  problemTooFewSizes: string;
  problemOther: string;
  errorNoBackend: string;
  errorMemory: string;
  errorCorpus: string;
  errorCrash: string;
  background: string;
  backendRan: string;
  fallback: string;
  sizeFit: string;
  sizeFitNone: string;
  valley: string;
  valleyEdge: string;
  valleyCompare: string;
}

/** `45 s`, `3 min 20 s`, `2 h 10 min` (zh `45 秒`, `3 分 20 秒`, `2 小时 10 分`), rounded as a person would. */
export function formatDuration(seconds: number, locale: Locale): string {
  const zh = locale === "zh";
  if (!Number.isFinite(seconds) || seconds < 0) return "—";
  const s = Math.round(seconds);
  if (s < 60) return zh ? `${s} 秒` : `${s} s`;
  if (s < 3600) {
    const m = Math.floor(s / 60);
    const r = s % 60;
    // Past ten minutes the seconds are noise.
    if (m >= 10 || r === 0) return zh ? `${Math.round(s / 60)} 分钟` : `${Math.round(s / 60)} min`;
    return zh ? `${m} 分 ${r} 秒` : `${m} min ${r} s`;
  }
  const totalMinutes = Math.round(s / 60);
  const h = Math.floor(totalMinutes / 60);
  const m = totalMinutes % 60;
  if (m === 0) return zh ? `${h} 小时` : `${h} h`;
  return zh ? `${h} 小时 ${m} 分` : `${h} h ${m} min`;
}

/** "6 runs. This would take about 2 h 10 min on this machine." */
export function estimateSentence(seconds: number, runs: number, words: LabWords, locale: Locale): string {
  return fill(words.estimate, { runs, time: formatDuration(seconds, locale) });
}

/** A problem of the plan, in the reader's language, with the numbers that make it fixable. */
export function problemMessage(problem: LabProblem, words: LabWords, locale: Locale): string {
  const p = problem as LabProblem & Record<string, unknown>;
  const num = (key: string) => (typeof p[key] === "number" ? (p[key] as number) : Number.NaN);
  switch (problem.code) {
    case "too-slow":
      return fill(words.problemTooSlow, { time: formatDuration(num("seconds"), locale) });
    case "budget-too-small":
      return fill(words.problemBudgetTooSmall, { budget: formatScientific(num("budget")), minimum: formatScientific(num("minimum")) });
    case "width-out-of-range":
      return fill(words.problemWidthOutOfRange, { width: String(num("width")), min: String(num("min")), max: String(num("max")) });
    case "budget-out-of-range":
      return fill(words.problemBudgetOutOfRange, { budget: formatScientific(num("budget")), min: formatScientific(num("min")), max: formatScientific(num("max")) });
    case "too-few-sizes":
      return fill(words.problemTooFewSizes, { count: String(num("count")), minimum: String(num("minimum")) });
    default:
      return fill(words.problemOther, { code: String((problem as { code: string }).code) });
  }
}

export type LabErrorKind = "no-backend" | "memory" | "corpus" | "crash";

/** What went wrong in the worker, in the reader's language (the technical message is kept beside it). */
export function errorMessage(kind: LabErrorKind, words: LabWords): string {
  return { "no-backend": words.errorNoBackend, memory: words.errorMemory, corpus: words.errorCorpus, crash: words.errorCrash }[kind];
}

/** Which backend trained, and the ones that failed before it. */
export function backendSentence(backend: LabBackend, fallbacks: readonly { backend: LabBackend; reason: string }[], words: LabWords): string {
  const ran = fill(words.backendRan, { backend: BACKEND_NAMES[backend] });
  if (!fallbacks.length) return ran;
  return `${ran} ${fill(words.fallback, { backends: fallbacks.map((f) => BACKEND_NAMES[f.backend]).join(", ") })}`;
}

export const BACKEND_NAMES: Record<LabBackend, string> = { webgpu: "WebGPU", webgl: "WebGL", wasm: "WebAssembly", cpu: "CPU (JavaScript)" };

/** The live figures of a running experiment, formatted; "—" where nothing is measured yet. */
export function progressReadouts(p: LabProgress, locale: Locale) {
  const dash = "—";
  return {
    percent: formatPercent(p.fraction, locale, { digits: 2 }),
    elapsed: formatDuration(p.elapsedSeconds, locale),
    eta: p.etaSeconds === null ? dash : formatDuration(p.etaSeconds, locale),
    tokensPerSecond: p.tokensPerSecond === null ? dash : formatCount(p.tokensPerSecond, locale),
    flopsPerSecond: p.flopsPerSecond === null ? dash : formatScientific(p.flopsPerSecond),
    mfu: p.mfu === null ? dash : formatPercent(p.mfu, locale, { digits: 2 }),
  };
}

/** Kaplan et al. 2020's exponent of loss in non-embedding parameters, α_N (their Eq. 1.1). */
export const KAPLAN_ALPHA_N = 0.076;
/** Hoffmann et al. 2022's compute-optimal rule of thumb: about 20 tokens per parameter (their Table 3). */
export const CHINCHILLA_TOKENS_PER_PARAM = 20;

/** "Your models: α = 0.21 (90 % interval 0.15–0.27)." — or why there is no fit yet. */
export function sizeFitSentence(law: { alpha: number; alphaInterval: readonly [number, number]; level: number } | null, words: LabWords, locale: Locale): string {
  if (!law) return words.sizeFitNone;
  const d = (x: number) => formatDecimal(x, locale, { digits: 3 });
  return fill(words.sizeFit, {
    alpha: d(law.alpha),
    level: formatPercent(law.level, locale, { digits: 2 }),
    lo: d(law.alphaInterval[0]),
    hi: d(law.alphaInterval[1]),
    kaplan: d(KAPLAN_ALPHA_N),
  });
}

/** One isoFLOP valley's minimum: the size, the tokens and the ratio; marked when it sits at an edge. */
export function valleySentence(
  v: { budget: number; minimum: { params: number; tokens: number; loss: number }; tokensPerParam: number; interior: boolean },
  words: LabWords,
  locale: Locale,
): string {
  return fill(v.interior ? words.valley : words.valleyEdge, {
    budget: formatScientific(v.budget),
    params: formatCount(v.minimum.params, locale),
    tokens: formatCount(v.minimum.tokens, locale),
    ratio: formatDecimal(v.tokensPerParam, locale, { digits: 2 }),
    loss: formatDecimal(v.minimum.loss, locale, { digits: 3 }),
  });
}

/** The published ratios beside the reader's: Chinchilla's ~20 and Besiroglu et al.'s refit at the same budget. */
export function valleyCompareSentence(besiroglu: number, words: LabWords, locale: Locale): string {
  return fill(words.valleyCompare, { chinchilla: String(CHINCHILLA_TOKENS_PER_PARAM), besiroglu: formatDecimal(besiroglu, locale, { digits: 2 }) });
}
