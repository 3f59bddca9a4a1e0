/**
 * Model-config fixtures: each file is a published Hugging Face `config.json` (the keys that matter,
 * with their published names and values) plus its source URL and the parameter count its authors report.
 * They are the test fixtures of `countParams` and the presets of the parameter-counter widget.
 * `gpt3-175b` is the exception: GPT-3 has no config.json, so it is Table 2.1 of Brown et al. 2020 in
 * the scaling module's explicit `ModelConfig` shape.
 */
import type { HfConfig } from "../../../src/lib/scaling/normalizeConfig.ts";
import type { ModelConfigInput } from "../../../src/lib/scaling/ModelConfig.ts";

import deepseekV2 from "./deepseek-v2.json" with { type: "json" };
import deepseekV3 from "./deepseek-v3.json" with { type: "json" };
import gemma29b from "./gemma-2-9b.json" with { type: "json" };
import gemma7b from "./gemma-7b.json" with { type: "json" };
import gpt2 from "./gpt2.json" with { type: "json" };
import gpt2Xl from "./gpt2-xl.json" with { type: "json" };
import gpt3175b from "./gpt3-175b.json" with { type: "json" };
import llama270b from "./llama-2-70b.json" with { type: "json" };
import llama27b from "./llama-2-7b.json" with { type: "json" };
import llama38b from "./llama-3-8b.json" with { type: "json" };
import llama31405b from "./llama-3.1-405b.json" with { type: "json" };
import mistral7b from "./mistral-7b.json" with { type: "json" };
import mixtral8x7b from "./mixtral-8x7b.json" with { type: "json" };
import qwen257bA14b from "./qwen2-57b-a14b.json" with { type: "json" };
import qwen27b from "./qwen2-7b.json" with { type: "json" };
import qwen2572b from "./qwen2.5-72b.json" with { type: "json" };
import qwen3235bA22b from "./qwen3-235b-a22b.json" with { type: "json" };
import qwen330bA3b from "./qwen3-30b-a3b.json" with { type: "json" };
import qwen38b from "./qwen3-8b.json" with { type: "json" };

/** One preset: a published config and where its numbers come from. */
export interface ModelFixture {
  /** Stable id, the file name without `.json`. */
  id: string;
  /** Display name per locale. */
  label: { en: string; zh: string };
  /** URL of the config as published (the Hugging Face `config.json`, or the paper for GPT-3). */
  source: string;
  /** Total parameters as the authors (or the model page's safetensors metadata) report them. */
  reportedParams: number;
  /** Active parameters per token as reported, for mixture-of-experts models. */
  reportedActiveParams?: number;
  /** URL of `reportedParams` (and `reportedActiveParams`). */
  reportedParamsSource: string;
  /** Caveats about the reported figure. */
  note?: string;
  /** The config: a Hugging Face `config.json` object, or a `ModelConfigInput` for `gpt3-175b`. */
  config: HfConfig | ModelConfigInput;
}

/** Every fixture by id, in alphabetical order. */
export const MODEL_CONFIGS: Readonly<Record<string, ModelFixture>> = {
  "deepseek-v2": deepseekV2,
  "deepseek-v3": deepseekV3,
  "gemma-2-9b": gemma29b,
  "gemma-7b": gemma7b,
  "gpt2": gpt2,
  "gpt2-xl": gpt2Xl,
  "gpt3-175b": gpt3175b,
  "llama-2-70b": llama270b,
  "llama-2-7b": llama27b,
  "llama-3-8b": llama38b,
  "llama-3.1-405b": llama31405b,
  "mistral-7b": mistral7b,
  "mixtral-8x7b": mixtral8x7b,
  "qwen2-57b-a14b": qwen257bA14b,
  "qwen2-7b": qwen27b,
  "qwen2.5-72b": qwen2572b,
  "qwen3-235b-a22b": qwen3235bA22b,
  "qwen3-30b-a3b": qwen330bA3b,
  "qwen3-8b": qwen38b,
};
