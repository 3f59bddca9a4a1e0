/**
 * The notable-models dataset, `content/data/models.json`: language models from 2018 on, with
 * their size, data and compute as their authors published them. Validated here at build time:
 * a bad entry fails the build with the path and the reason.
 *
 * Rules: unknown is `null`, never a guess; every non-null number has a source URL; compute is
 * the authors' figure (`computeMethod: "stated"`) or, when they give none but do give parameters
 * and tokens, 6·N·D with N the active parameters (`"6ND"`, see `trainingFlops`).
 */
import { z } from "zod";
import { trainingFlops } from "../lib/scaling/trainingFlops.ts";
import data from "../../content/data/models.json" with { type: "json" };

/** First and last month a model in the dataset may carry. */
export const NOTABLE_MODELS_DATE_RANGE = { min: "2018-01", max: "2026-12" } as const;

/** A positive count or `null` when it was not published. */
const count = z.number().positive().nullable();

/** One entry of `content/data/models.json`, with the cross-field rules of the module comment. */
export const NotableModelSchema = z
  .object({
    /** Stable id, lowercase kebab-case, e.g. `"llama-3.1-405b"`. Unique in the dataset. */
    id: z.string().regex(/^[a-z0-9]+(?:[.-][a-z0-9]+)*$/),
    /** Display name, e.g. `"Llama 3.1 405B"`. */
    name: z.string().min(1),
    /** The lab or company that trained it, e.g. `"Meta"`, `"DeepSeek"`. */
    organisation: z.string().min(1),
    /** ISO 3166-1 alpha-2 code of the organisation's headquarters, e.g. `"US"`, `"CN"`. */
    country: z.string().regex(/^[A-Z]{2}$/),
    /** Month of the first public release or paper, `YYYY-MM`, within `NOTABLE_MODELS_DATE_RANGE`. */
    date: z
      .string()
      .regex(/^\d{4}-(0[1-9]|1[0-2])$/)
      .refine((d) => d >= NOTABLE_MODELS_DATE_RANGE.min && d <= NOTABLE_MODELS_DATE_RANGE.max, "date out of range"),
    /** `"dense"`, `"moe"` (mixture of experts), or `null` when undisclosed. */
    architecture: z.enum(["dense", "moe"]).nullable(),
    /** Total parameters (for MoE: all experts), or `null`. */
    params: count,
    /** Parameters active per token, for MoE models only; `null` for dense models (all active) or when undisclosed. */
    activeParams: count,
    /** Pre-training tokens, or `null`. */
    tokens: count,
    /** Training compute in FLOPs, or `null` when neither stated nor computable. */
    compute: count,
    /** Where `compute` comes from: the authors (`"stated"`), 6·N·D from `activeParams ?? params` and `tokens` (`"6ND"`), or `null` with it. */
    computeMethod: z.enum(["stated", "6ND"]).nullable(),
    /** Whether the weights were released for download (possibly under a restrictive licence; see `note`). */
    openWeights: z.boolean(),
    /** Main reference: the paper (arXiv preferred), model card or announcement. */
    url: z.url(),
    /** Source URL of each non-null number; a 6ND `compute` needs none, its inputs have theirs. */
    sources: z
      .object({
        /** Source of `params`. */
        params: z.url().optional(),
        /** Source of `activeParams`. */
        activeParams: z.url().optional(),
        /** Source of `tokens`. */
        tokens: z.url().optional(),
        /** Source of a stated `compute`. */
        compute: z.url().optional(),
      })
      .strict(),
    /** Caveats, in English. */
    note: z.string().min(1).optional(),
  })
  .strict()
  .superRefine((m, ctx) => {
    const issue = (path: string[], message: string) => ctx.addIssue({ code: "custom", path, message });
    for (const key of ["params", "activeParams", "tokens"] as const) {
      if (m[key] !== null && m.sources[key] === undefined) issue(["sources", key], `${key} has no source`);
      if (m[key] === null && m.sources[key] !== undefined) issue(["sources", key], `source given for a null ${key}`);
    }
    if (m.activeParams !== null && m.architecture !== "moe") issue(["activeParams"], "activeParams is for MoE models only");
    if (m.params !== null && m.activeParams !== null && m.activeParams > m.params) issue(["activeParams"], "activeParams exceeds params");
    if ((m.compute === null) !== (m.computeMethod === null)) issue(["computeMethod"], "computeMethod must be null exactly when compute is");
    if (m.computeMethod === "stated" && m.sources.compute === undefined) issue(["sources", "compute"], "stated compute has no source");
    if (m.computeMethod !== "stated" && m.sources.compute !== undefined) issue(["sources", "compute"], "only a stated compute takes a source");
    const n = m.activeParams ?? m.params;
    if (m.computeMethod === "6ND" && (n === null || m.tokens === null || m.compute !== trainingFlops(n, m.tokens))) {
      issue(["compute"], "6ND compute must equal trainingFlops(activeParams ?? params, tokens)");
    }
    if (m.compute === null && n !== null && m.tokens !== null) issue(["compute"], "parameters and tokens are known: give the stated compute or 6ND");
  });

/** One notable model, as validated. */
export type NotableModel = z.infer<typeof NotableModelSchema>;

/** The whole dataset: entries in date order with unique ids. */
export const NotableModelsSchema = z.array(NotableModelSchema).superRefine((models, ctx) => {
  const seen = new Set<string>();
  models.forEach((m, i) => {
    if (seen.has(m.id)) ctx.addIssue({ code: "custom", path: [i, "id"], message: `duplicate id ${m.id}` });
    seen.add(m.id);
    if (i > 0 && m.date < models[i - 1].date) ctx.addIssue({ code: "custom", path: [i, "date"], message: "entries must be in date order" });
  });
});

/** Every notable model, parsed from `content/data/models.json` (throws at import if the file is invalid). */
export const NOTABLE_MODELS: readonly NotableModel[] = NotableModelsSchema.parse(data);
