import { FITS, chinchillaLoss, computeOptimal, countParams, isoFlopCurve, kaplanLoss } from "../lib/scaling/index.ts";
import { NOTABLE_MODELS } from "../data/notableModels.ts";
import { BRAIN } from "../data/brain.ts";
import { MODEL_CONFIGS } from "../../content/data/models/index.ts";
import type { ThumbnailData } from "../charts/thumbnailChart.ts";

/** Translated bar labels the figures need. */
export interface FigureWords {
  total: string;
  active: string;
  neurons: string;
  synapses: string;
}

const logspace = (lo: number, hi: number, n: number) => Array.from({ length: n }, (_, i) => 10 ** (lo + ((hi - lo) * i) / (n - 1)));

/** Years as a decimal, `2020-06` → 2020.42. */
const year = (date: string) => Number(date.slice(0, 4)) + (Number(date.slice(5, 7)) - 1) / 12;

/**
 * The data of each chapter's home-page figure, computed with the scaling module and the datasets, by
 * essay slug. Captions live in the i18n dictionaries (`home.figure.<slug>`).
 */
export function chapterFigure(slug: string, words: FigureWords): ThumbnailData | null {
  switch (slug) {
    case "why-parameters-grow":
      return { kind: "dots", logY: true, points: NOTABLE_MODELS.filter((m) => m.params !== null).map((m) => ({ x: year(m.date), y: m.params! })) };
    case "power-law":
      return { kind: "line", logX: true, logY: true, points: logspace(6, 12, 25).map((n) => ({ x: n, y: kaplanLoss({ params: n }) })) };
    case "compute-optimal":
      return { kind: "line", logX: true, points: isoFlopCurve(5.76e23, FITS.hoffmann2022, { points: 31, spanDecades: 1.5 }).map((p) => ({ x: p.params, y: p.loss })) };
    case "diminishing-returns":
      return {
        kind: "line",
        logX: true,
        rule: FITS.hoffmann2022.E,
        points: logspace(18, 28, 31).map((c) => {
          const o = computeOptimal(c, FITS.hoffmann2022);
          return { x: c, y: chinchillaLoss(o.params, o.tokens, FITS.hoffmann2022) };
        }),
      };
    case "beyond-dense-scaling":
      return {
        kind: "bars",
        logY: true,
        points: [["mixtral-8x7b", "Mixtral"], ["deepseek-v3", "DS-V3"]].flatMap(([id, name]) => {
          const c = countParams(MODEL_CONFIGS[id].config);
          // One label per model, under its pair of bars; the caption says which colour is which.
          return [{ x: `${name} ${words.total}`, y: c.total, series: "a", tick: name }, { x: `${name} ${words.active}`, y: c.active, series: "b", tick: "" }];
        }),
      };
    case "next-variable":
      return {
        kind: "bars",
        logY: true,
        points: [
          { x: "GPT-2", y: countParams(MODEL_CONFIGS["gpt2"].config).total },
          { x: "GPT-3", y: countParams(MODEL_CONFIGS["gpt3-175b"].config).total },
          { x: "DS-V3", y: countParams(MODEL_CONFIGS["deepseek-v3"].config).total },
          { x: words.neurons, y: BRAIN.neurons, series: "b" },
          { x: words.synapses, y: BRAIN.synapses, series: "b" },
        ],
      };
    default:
      return null;
  }
}
