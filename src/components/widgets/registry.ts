import type { AstroComponentFactory } from "astro/runtime/server/index.js";
import PowerLawWidget from "./PowerLawWidget.astro";
import TrainingCostWidget from "./TrainingCostWidget.astro";
import MemoryWidget from "./MemoryWidget.astro";
import AttentionVsSsmWidget from "./AttentionVsSsmWidget.astro";
import ComputeOptimalWidget from "./ComputeOptimalWidget.astro";
import DiminishingReturnsWidget from "./DiminishingReturnsWidget.astro";
import DataConstrainedWidget from "./DataConstrainedWidget.astro";
import FitWidget from "./FitWidget.astro";
import TimelineWidget from "./TimelineWidget.astro";
import ParamCounterWidget from "./ParamCounterWidget.astro";
import MoeWidget from "./MoeWidget.astro";
import RooflineWidget from "./RooflineWidget.astro";
import InferenceWidget from "./InferenceWidget.astro";
import ParallelismWidget from "./ParallelismWidget.astro";
import LabWidget from "./LabWidget.astro";

/**
 * Every widget, by its stable id (the same in both languages, in URLs and in anchors). The embed
 * route `/{lang}/embed/<id>/` renders each one alone; `essay` is the slug of the page it lives on (an
 * essay, or `lab` for the lab), for the embed's link back. Add a line here when you add a widget.
 */
export const WIDGETS: Record<string, { component: AstroComponentFactory; essay: string }> = {
  "power-law": { component: PowerLawWidget, essay: "power-law" },
  "training-cost": { component: TrainingCostWidget, essay: "diminishing-returns" },
  "memory": { component: MemoryWidget, essay: "diminishing-returns" },
  "attention-vs-ssm": { component: AttentionVsSsmWidget, essay: "beyond-dense-scaling" },
  "fit": { component: FitWidget, essay: "compute-optimal" },
  "model-timeline": { component: TimelineWidget, essay: "why-parameters-grow" },
  "param-counter": { component: ParamCounterWidget, essay: "why-parameters-grow" },
  "moe": { component: MoeWidget, essay: "beyond-dense-scaling" },
  "compute-optimal": { component: ComputeOptimalWidget, essay: "compute-optimal" },
  "diminishing-returns": { component: DiminishingReturnsWidget, essay: "diminishing-returns" },
  "data-constrained": { component: DataConstrainedWidget, essay: "beyond-dense-scaling" },
  "roofline": { component: RooflineWidget, essay: "diminishing-returns" },
  "inference": { component: InferenceWidget, essay: "next-variable" },
  "parallelism": { component: ParallelismWidget, essay: "diminishing-returns" },
  "lab": { component: LabWidget, essay: "lab" },
};
