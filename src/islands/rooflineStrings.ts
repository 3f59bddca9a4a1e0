import type { Operation, RooflineLabelWords } from "../widgets/roofline.ts";
import type { WidgetStrings } from "./shared/widgetStrings.ts";

/** Translated words the roofline island needs; RooflineWidget.astro fills them from en.json / zh.json. */
export interface RooflineStrings extends WidgetStrings, RooflineLabelWords {
  op: string;
  ops: Record<Operation, string>;
  notes: Record<Operation, string>;
  accelerator: string;
  precision: string;
  m: string;
  k: string;
  n: string;
  model: string;
  batch: string;
  context: string;
  queries: string;
  title: string;
  description: string;
  axisIntensity: string;
  axisFlops: string;
  intensity: string;
  ridge: string;
  bound: string;
  boundCompute: string;
  boundMemory: string;
  time: string;
  fraction: string;
  tokensPerSecond: string;
  sentenceMemory: string;
  sentenceCompute: string;
  sentenceDecode: string;
  flops: string;
  bytes: string;
  computeTime: string;
  memoryTime: string;
  quantity: string;
  value: string;
  defaultNote: string;
  error: string;
}
