/**
 * The parallelism widget's words: which dictionary keys it needs, and the localized sentences, chart
 * options and table rows built from a view. Pure, shared by the island and its Astro wrapper.
 */
import { ACCELERATORS, BYTES_PER_GB, type AcceleratorName, type LayoutTraffic } from "../lib/scaling/index.ts";
import { formatCount, formatDecimal, formatScientific } from "../i18n/format.ts";
import { fill } from "../i18n/fill.ts";
import type { Locale } from "../i18n/locales.ts";
import type { WidgetStrings } from "../islands/shared/widgetStrings.ts";
import type { ParallelismChartOptions } from "../charts/parallelismChart.ts";
import type { Mismatch, ParallelismState, ParallelismView, Reason } from "./parallelism.ts";

/** Keys under `parallelism.` in the dictionaries. */
export const PARALLELISM_KEYS = [
  "title", "description", "model", "modelCustom", "params", "paramsFromModel", "gpus", "dp", "tp", "pp", "zero", "zeroOption",
  "recompute", "recomputeNone", "recomputeSelective", "recomputeFull", "microBatchTokens", "microBatches", "accelerator",
  "mismatch", "mismatchFix", "mismatchNoFix", "mismatchFailed", "failed", "readMemory", "readStep", "readMfu", "readBubble",
  "readTokens", "fits", "reasonHeads", "reasonLayers", "reasonMemory", "memoryTitle", "stepTitle", "memoryAxis", "stepAxis",
  "memoryRow", "stepRow", "syncRow", "partWeights", "partGradients", "partOptimizer", "partActivations", "partCompute", "partTp",
  "partPp", "partEp", "partBubble", "partDp", "deviceLabel", "gb", "seconds", "tableTraffic", "tableMemory", "columnKind",
  "columnBytes", "columnSeconds", "columnLink", "columnPart", "linkNvlink", "linkNetwork", "kindDp", "kindTp", "kindPp", "kindEp",
  "note", "customNote",
] as const;

export type ParallelismStrings = WidgetStrings & Record<(typeof PARALLELISM_KEYS)[number], string>;

/** GB (10⁹ bytes), localized: "80 GB", "1.88 GB". */
export const formatGb = (strings: ParallelismStrings, locale: Locale, bytes: number) =>
  fill(strings.gb, { value: formatDecimal(bytes / BYTES_PER_GB, locale, { digits: 3 }) });

/** Seconds, localized: "12.3 s", "0.004 s". */
export const formatSeconds = (strings: ParallelismStrings, locale: Locale, seconds: number) =>
  fill(strings.seconds, { value: seconds !== 0 && seconds < 1e-3 ? formatScientific(seconds, { digits: 2 }) : formatDecimal(seconds, locale, { digits: 3 }) });

/** The message beside the GPU fields when dp × tp × pp is not the GPU count. */
export function mismatchText(strings: ParallelismStrings, locale: Locale, state: ParallelismState, m: Mismatch): string {
  const n = (x: number) => formatDecimal(x, locale, { digits: 7 });
  const first = fill(strings.mismatch, { dp: n(state.dp), tp: n(state.tp), pp: n(state.pp), product: n(m.product), gpus: n(m.gpus) });
  return m.dp === null ? `${first} ${fill(strings.mismatchNoFix, { tpp: n(state.tp * state.pp) })}` : first;
}

/** One reason a layout does not fit, in the reader's language (the module's English when it is new to us). */
export function reasonText(strings: ParallelismStrings, locale: Locale, chip: AcceleratorName, r: Reason): string {
  const n = (x: number) => formatDecimal(x, locale, { digits: 7 });
  if (r.kind === "heads") return fill(strings.reasonHeads, { tp: n(r.tp), heads: n(r.heads) });
  if (r.kind === "layers") return fill(strings.reasonLayers, { pp: n(r.pp), layers: n(r.layers) });
  if (r.kind === "memory") {
    // Just over the capacity (80.05 of 80 GB) needs a fourth digit, or it reads "needs 80 GB … has 80 GB".
    const digits = Math.abs(r.needGb - r.haveGb) < 0.01 * r.haveGb ? 4 : 3;
    const gb = (x: number) => fill(strings.gb, { value: formatDecimal(x, locale, { digits }) });
    return fill(strings.reasonMemory, { need: gb(r.needGb), chip, have: gb(r.haveGb) });
  }
  return r.text;
}

/** Options of `parallelismChart` for a view. */
export function parallelismChartOptions(strings: ParallelismStrings, locale: Locale, chip: AcceleratorName, width: number, document?: Document): ParallelismChartOptions {
  return {
    width, locale, document,
    title: strings.title, description: strings.description,
    memoryTitle: strings.memoryTitle, stepTitle: strings.stepTitle,
    memoryAxis: strings.memoryAxis, stepAxis: strings.stepAxis,
    memoryRow: strings.memoryRow, stepRow: strings.stepRow, syncRow: strings.syncRow,
    partLabels: {
      weights: strings.partWeights, gradients: strings.partGradients, optimizer: strings.partOptimizer, activations: strings.partActivations,
      compute: strings.partCompute, tp: strings.partTp, pp: strings.partPp, ep: strings.partEp, bubble: strings.partBubble, dp: strings.partDp,
    },
    deviceLabel: fill(strings.deviceLabel, { chip, gb: formatGb(strings, locale, ACCELERATORS[chip].memoryBytes) }),
    formatGb: (gb) => formatDecimal(gb, locale),
    formatSeconds: (s) => formatDecimal(s, locale),
  };
}

/** The data tables: memory by part, and traffic by kind (bytes each GPU sends, seconds, which link). */
export function parallelismTables(strings: ParallelismStrings, locale: Locale, view: ParallelismView) {
  const l = view.layout;
  const gb = (b: number) => formatGb(strings, locale, b);
  const m = l.memory;
  const c = l.communication;
  const row = (kind: string, t: LayoutTraffic) => [kind, gb(t.bytes), formatSeconds(strings, locale, t.seconds), t.intraNode ? strings.linkNvlink : strings.linkNetwork];
  return [
    {
      summary: strings.tableMemory,
      caption: strings.tableMemory,
      columns: [strings.columnPart, strings.memoryAxis],
      rows: [
        [strings.partWeights, gb(m.weightsBytes)], [strings.partGradients, gb(m.gradientsBytes)], [strings.partOptimizer, gb(m.optimizerBytes)],
        [strings.partActivations, gb(m.activationsBytes)], [strings.readMemory, gb(m.totalBytes)],
      ],
    },
    {
      summary: strings.tableTraffic,
      caption: strings.tableTraffic,
      columns: [strings.columnKind, strings.columnBytes, strings.columnSeconds, strings.columnLink],
      rows: [row(strings.kindDp, c.dp), row(strings.kindTp, c.tp), row(strings.kindPp, c.pp), ...(c.ep.bytes > 0 ? [row(strings.kindEp, c.ep)] : [])],
    },
  ];
}

/** Tokens a step trains on, in the locale's words (16.8M, 1678万). */
export const formatTokens = (locale: Locale, tokens: number) => formatCount(tokens, locale, { digits: 3 });
