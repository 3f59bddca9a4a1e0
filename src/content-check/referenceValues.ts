import { ACCELERATORS, FITS, KAPLAN_2020, PUBLISHED_RUNS, REPORTED_MFU } from "../lib/scaling/index.ts";
import { NOTABLE_MODELS } from "../data/notableModels.ts";
import { MODEL_CONFIGS } from "../../content/data/models/index.ts";
import { nameStem } from "./rules/typedNumber.ts";
import type { ReferenceValue } from "./types.ts";

/** Every finite, non-zero number under `value`, labelled with its path from `label`. */
function collect(value: unknown, label: string, out: ReferenceValue[]): ReferenceValue[] {
  if (typeof value === "number") {
    if (Number.isFinite(value) && value !== 0) out.push({ value, label });
  } else if (Array.isArray(value)) value.forEach((v, i) => collect(v, `${label}[${i}]`, out));
  else if (value && typeof value === "object") for (const [k, v] of Object.entries(value)) collect(v, `${label}.${k}`, out);
  return out;
}

/**
 * The numbers the site holds in its module and data files, which prose must not retype without a
 * `<Cite>` (`typed-number`): published runs, reported MFU, accelerator peak FLOP/s and power, the published loss
 * fits and Kaplan's constants, the notable-models dataset (parameters, active parameters, tokens,
 * compute) and the parameter counts the model-config fixtures report.
 */
export function referenceValues(): ReferenceValue[] {
  const out: ReferenceValue[] = [];
  collect(PUBLISHED_RUNS, "PUBLISHED_RUNS", out);
  for (const r of collect(REPORTED_MFU, "REPORTED_MFU", [])) out.push({ ...r, percent: true });
  // Datasheet peaks and power only: memory and link bandwidths are written with units (`80 GB`, `900 GB/s`)
  // and their round values mostly coincide with unrelated sizes ("32 billion parameters").
  for (const [name, chip] of Object.entries(ACCELERATORS)) {
    collect(chip.peakFlopsPerSecond, `ACCELERATORS.${name}.peakFlopsPerSecond`, out);
    collect(chip.powerWatts, `ACCELERATORS.${name}.powerWatts`, out);
  }
  collect(FITS, "FITS", out);
  collect(KAPLAN_2020, "KAPLAN_2020", out);
  for (const m of NOTABLE_MODELS) {
    for (const key of ["params", "activeParams", "tokens", "compute"] as const) collect(m[key], `models.json ${m.id}.${key}`, out);
  }
  for (const [id, fixture] of Object.entries(MODEL_CONFIGS)) {
    collect(fixture.reportedParams, `content/data/models/${id}.json reportedParams`, out);
    collect(fixture.reportedActiveParams, `content/data/models/${id}.json reportedActiveParams`, out);
  }
  return out;
}

/** The stems of the models' names in the data (`GPT`, `Llama`, `Chinchilla`, `Qwen`), two letters or more. */
export function modelNameStems(): Set<string> {
  const names = [...NOTABLE_MODELS.map((m) => m.name), ...Object.values(MODEL_CONFIGS).map((f) => f.label.en)];
  return new Set(names.map((n) => nameStem(n)).filter((s) => s.length >= 2));
}
