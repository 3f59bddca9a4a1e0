/**
 * The lab's reference run: a preset's two experiments trained in Node by the same code the reader's
 * worker runs (trainRun, runPlan, the presets), written to src/data/labReference.json with the seed,
 * the backend and the machine named. The lab page draws it at build time, before Start and without
 * JavaScript.
 *
 *   npm run lab:reference [-- --preset standard --seed 1 --corpus both --backend wasm --out src/data/labReference.json]
 *
 * Plain Node cannot import tfjs's ES-module builds unaided: `npm run lab:reference` registers
 * scripts/lab-node-hooks.mjs first. The WASM backend runs in Node too (its binaries are read from
 * node_modules), so the reference trains on the same kernels as most readers' browsers; `--backend cpu`
 * is the fallback.
 */
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { cpus, loadavg, release, type } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { chooseBackend } from "../src/lab/backend.ts";
import { byteCorpus } from "../src/lab/corpus.ts";
import { corpusText, essayOrder, type CorpusName } from "../src/lab/corpusText.ts";
import { labPlan, type LabPresetName } from "../src/lab/presets.ts";
import type { LabBackend, LabExperiment } from "../src/lab/protocol.ts";
import { runPlan } from "../src/lab/runPlan.ts";
import type { LabReference, LabRunRecord } from "../src/lab/labAnalysis.ts";


const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const { values } = parseArgs({
  options: {
    preset: { type: "string", default: "standard" },
    seed: { type: "string", default: "1" },
    corpus: { type: "string", default: "both" },
    backend: { type: "string", default: "wasm" },
    out: { type: "string", default: "src/data/labReference.json" },
    experiments: { type: "string", default: "size,budget" },
  },
});

const essays = (lang: "en" | "zh") =>
  readdirSync(join(root, "content/essays", lang))
    .filter((f) => f.endsWith(".mdx"))
    .map((f) => readFileSync(join(root, "content/essays", lang, f), "utf8"))
    .sort((a, b) => essayOrder(a) - essayOrder(b));

const preset = values.preset as LabPresetName;
if (!["quick", "standard", "thorough"].includes(preset)) throw new RangeError(`invalid --preset: ${preset}`);
const seed = Number(values.seed);
const corpusName = values.corpus as CorpusName;
const corpus = byteCorpus(corpusText({ en: essays("en"), zh: essays("zh") }, corpusName));
let backend: LabBackend;
try {
  backend = (await chooseBackend({ only: values.backend as LabBackend })).backend;
} catch (error) {
  console.warn(`lab:reference: ${values.backend} did not start (${error instanceof Error ? error.message : error}); using cpu`);
  backend = (await chooseBackend({ only: "cpu" })).backend;
}
const load = loadavg();
const start = performance.now();
const experiments: Record<LabExperiment, LabRunRecord[]> = { size: [], budget: [] };
for (const experiment of values.experiments.split(",") as LabExperiment[]) {
  const plan = labPlan({ preset, experiment, seed, corpus: corpusName });
  if (plan.problems.length) console.warn(`lab:reference: ${experiment}: ${JSON.stringify(plan.problems)}`);
  console.log(`${experiment}: ${plan.runs.length} runs, estimated ${Math.round(plan.estimatedSeconds)} s`);
  await runPlan(plan.runs, corpus, (message) => {
    if (message.type === "error") throw new Error(`${message.runId}: ${message.message}`);
    if (message.type !== "run-done") return;
    const run = plan.runs.find((r) => r.id === message.runId)!;
    const { result } = message;
    experiments[experiment].push({
      id: run.id,
      group: run.group,
      shape: run.spec.shape,
      tokens: result.tokens,
      nonEmbeddingParams: result.nonEmbeddingParams,
      params: result.params,
      flops: result.flops,
      finalLoss: result.finalLoss,
      seconds: Math.round(result.seconds * 10) / 10,
      curve: result.curve.map((p) => ({ tokens: p.tokens, loss: Math.round(p.loss * 1e4) / 1e4 })),
    });
    console.log(`  ${run.id}: loss ${result.finalLoss.toFixed(4)} in ${result.seconds.toFixed(1)} s`);
  });
}
const seconds = Math.round((performance.now() - start) / 100) / 10;
const reference: LabReference = {
  preset,
  seed,
  corpus: corpusName,
  corpusBytes: { train: corpus.train.length, heldOut: corpus.heldOut.length },
  backend,
  machine: { cpu: cpus()[0]?.model ?? "unknown", cores: cpus().length, os: `${type()} ${release()}`, node: process.version, loadAverage: load.map((l) => Math.round(l * 100) / 100) },
  date: new Date().toISOString().slice(0, 10),
  seconds,
  experiments,
};
writeFileSync(resolve(root, values.out), `${JSON.stringify(reference, null, 1)}\n`);
console.log(`wrote ${values.out}: ${seconds} s on ${backend}`);
