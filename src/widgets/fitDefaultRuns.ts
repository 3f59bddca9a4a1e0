import { parseRunsCsv, type LossRun } from "../lib/scaling/index.ts";
import csv from "../../content/data/chinchilla-figure4-runs.csv?raw";
import { DEFAULT_DROPPED } from "./fit.ts";
import { dropHighestLoss } from "./fitData.ts";

/**
 * The widget's default data: the 245 runs Besiroglu et al. 2024 read off Hoffmann et al. 2022's
 * Figure 4 (content/data/chinchilla-figure4-runs.csv), minus the 5 highest-loss runs, as the
 * replication did — 240 runs. Imported as text with Vite's `?raw`, so the CSV is bundled into the
 * island's chunk and downloaded only when the widget hydrates; the static page needs none of it.
 */
export const DEFAULT_RUNS: readonly LossRun[] = dropHighestLoss(parseRunsCsv(csv), DEFAULT_DROPPED);

/** How many runs the CSV holds before the drop. */
export const DEFAULT_RUNS_TOTAL = DEFAULT_RUNS.length + DEFAULT_DROPPED;
