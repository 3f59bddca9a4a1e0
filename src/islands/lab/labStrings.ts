import type { Translate } from "../../i18n/index.ts";
import type { LabWords } from "../../widgets/labText.ts";
import type { WidgetStrings } from "../shared/widgetStrings.ts";
import { widgetStrings } from "../shared/widgetStrings.ts";

/** `widget.lab.*` keys besides the sentence templates of `LabWords` (labText.ts). */
const KEYS = [
  "preset", "experiment", "seed", "corpus", "widths", "budgets", "widthsHint", "budgetsHint",
  "presetQuick", "presetStandard", "presetThorough", "experimentSize", "experimentBudget", "corpusEn", "corpusZh", "corpusBoth",
  "start", "cancel", "resume", "restart", "statusRunning", "statusCancelling", "statusCancelled", "statusFinished", "statusKept",
  "progress", "elapsed", "eta", "tokensPerSecond", "flopsPerSecond", "mfu", "peak", "errorDetails",
  "curvesTitle", "curvesDescription", "axisTokens", "axisLoss", "legendSize", "legendBudget", "referenceLabel", "emptyLabel",
  "sizeTitle", "sizeDescription", "axisParams", "axisBudgetParams", "runsLabel", "fitLabel", "bandLabel", "kaplanLabel",
  "isoflopTitle", "isoflopDescription", "legendBudgetTitle", "minimumLabel", "edgeLabel", "chinchillaRatio", "besirogluRatio",
  "downloadRuns", "downloadCurves", "downloadNotebook", "fitThese", "notebookTitle", "notebookIntro",
  "tableCaption", "colRun", "colParams", "colTokens", "colLoss", "colSeconds", "failed", "referenceCaption",
] as const;

const WORD_KEYS = [
  "estimate", "problemTooSlow", "problemBudgetTooSmall", "problemWidthOutOfRange", "problemBudgetOutOfRange", "problemTooFewSizes", "problemOther",
  "errorNoBackend", "errorMemory", "errorCorpus", "errorCrash", "background", "backendRan", "fallback",
  "sizeFit", "sizeFitNone", "valley", "valleyEdge", "valleyCompare",
] as const satisfies readonly (keyof LabWords)[];

/** Citations the island shows beside the reader's numbers: label ("Kaplan et al., 2020") and link. */
export interface LabCites {
  kaplan: { label: string; href: string };
  hoffmann: { label: string; href: string };
  besiroglu: { label: string; href: string };
}

export type LabStrings = WidgetStrings & LabWords & Record<(typeof KEYS)[number], string> & { cites: LabCites };

/** Every string of the island, translated once by the Astro wrapper. */
export function labStrings(t: Translate, cites: LabCites): LabStrings {
  const words = Object.fromEntries([...KEYS, ...WORD_KEYS].map((k) => [k, t(`widget.lab.${k}`)]));
  return { ...widgetStrings(t), ...(words as Record<(typeof KEYS)[number] | (typeof WORD_KEYS)[number], string>), cites };
}
