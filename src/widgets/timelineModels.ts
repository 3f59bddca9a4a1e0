import type { NotableModel } from "../data/notableModels.ts";
import data from "../../content/data/models.json" with { type: "json" };

/**
 * The notable-models dataset for the browser: the same `content/data/models.json` as `NOTABLE_MODELS`,
 * without the zod validator that comes with it (≈ 15 KB gzip of island JavaScript). The data are
 * validated all the same: the build imports `NOTABLE_MODELS` (the timeline's build-time render does),
 * which throws on a bad entry, and `timeline.test.ts` checks that the two are equal.
 */
export const TIMELINE_MODELS = data as readonly NotableModel[];
