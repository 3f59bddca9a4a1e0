/**
 * The lab's training speed in Debian's Chromium, through the real worker of the build (found in
 * dist/_astro by its protocol, never by a hand-written name) on a page of the site, under its CSP:
 * - per backend the browser offers here (each forced in turn): tokens/s and achieved FLOP/s training one
 *   mid-size model (width 32 of the quick preset), the backend's measured peak and the MFU that makes;
 * - time per preset and experiment with the backend the worker picks itself, against the preset's limit
 *   (quick ≤ 60 s; standard ≤ 300 s only with BENCH_LAB_STANDARD=1, it takes minutes).
 * `BENCH_PORT` moves the local server. Times on a shared machine are inflated: compare on a quiet one.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { chromium, type Page } from "@playwright/test";
import { labPlan, LAB_PRESETS, labShape, type LabPresetName } from "../src/lab/presets.ts";
import { LAB_BACKENDS, type FromWorker, type LabBackend, type LabRun } from "../src/lab/protocol.ts";
import { BASE, CHROMIUM, DIST, hasBuild, serve } from "./dist.ts";
import type { BenchRow } from "./types.ts";

/** The built worker: the one _astro chunk that speaks the lab protocol. */
function workerFile(): string | null {
  const dir = join(DIST, "_astro");
  const found = readdirSync(dir).filter((f) => f.endsWith(".js") && readFileSync(join(dir, f), "utf8").includes("peakFlopsPerSecond") && readFileSync(join(dir, f), "utf8").includes("setBackend"));
  return found[0] ?? null;
}

/** Runs a plan in a fresh worker on the page; resolves with every message (or the first error). */
async function runInWorker(tab: Page, url: string, runs: LabRun[], corpusUrl: string, backend: LabBackend | undefined, timeoutMs: number): Promise<{ messages: FromWorker[]; seconds: number }> {
  return tab.evaluate(
    ({ url, runs, corpusUrl, backend, timeoutMs }) =>
      new Promise((resolve) => {
        const worker = new Worker(url, { type: "module" });
        const messages: FromWorker[] = [];
        const t0 = performance.now();
        const end = () => {
          worker.terminate();
          resolve({ messages, seconds: (performance.now() - t0) / 1000 });
        };
        const timer = setTimeout(end, timeoutMs);
        worker.onmessage = (e: MessageEvent<FromWorker>) => {
          messages.push(e.data);
          if (e.data.type === "finished" || e.data.type === "error") {
            clearTimeout(timer);
            end();
          }
        };
        worker.onerror = (e) => {
          messages.push({ type: "error", kind: "crash", message: e.message });
          clearTimeout(timer);
          end();
        };
        worker.postMessage({ type: "start", runs, corpusUrl, corpus: "en", backend });
      }),
    { url, runs, corpusUrl, backend, timeoutMs },
  ) as Promise<{ messages: FromWorker[]; seconds: number }>;
}

export async function run(): Promise<BenchRow[]> {
  if (!hasBuild()) return [{ name: "lab (no build: run npm run build first)", value: NaN, unit: "" }];
  const file = workerFile();
  if (!file) return [{ name: "lab (no lab worker in the build)", value: NaN, unit: "" }];
  const rows: BenchRow[] = [];
  const port = Number(process.env.BENCH_PORT) || 4398;
  const origin = `http://localhost:${port}${BASE}`;
  const stop = await serve(port);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox", "--disable-background-networking"] });
  try {
    const tab = await (await browser.newContext()).newPage();
    // The lab's own page when it is built (its CSP is the one that matters), else the home page.
    const lab = await tab.goto(`${origin}en/lab/`);
    if (!lab?.ok()) await tab.goto(`${origin}en/`);
    const url = `${BASE}_astro/${file}`;
    const corpusUrl = `${BASE}lab-corpus/en.txt`;
    const quick = LAB_PRESETS.quick;
    const shape = labShape(32, quick);
    const probe: LabRun[] = [{ id: "probe", group: "size", spec: { shape, tokens: quick.batch * quick.context * 24, batch: quick.batch, peakRate: 0.003, seed: 1 } }];
    for (const backend of LAB_BACKENDS) {
      const { messages } = await runInWorker(tab, url, probe, corpusUrl, backend, 300_000);
      const ready = messages.find((m) => m.type === "ready");
      const done = messages.find((m) => m.type === "run-done");
      const error = messages.find((m) => m.type === "error");
      if (!ready || ready.type !== "ready" || !done || done.type !== "run-done") {
        rows.push({ name: `${backend}: tokens/s (width 32)`, value: NaN, unit: "tokens/s", note: error?.type === "error" ? error.message.slice(0, 120) : "did not finish" });
        continue;
      }
      const { result } = done;
      const flopsPerSecond = result.flops / result.seconds;
      rows.push({ name: `${backend}: tokens/s (width 32, quick shape)`, value: result.tokens / result.seconds, unit: "tokens/s", note: `${result.tokens} tokens in ${result.seconds.toFixed(1)} s` });
      rows.push({ name: `${backend}: achieved FLOP/s`, value: flopsPerSecond / 1e9, unit: "GFLOP/s", note: "6·N·tokens / s, N with the tied head" });
      rows.push({ name: `${backend}: peak FLOP/s (256² matmul)`, value: ready.peakFlopsPerSecond / 1e9, unit: "GFLOP/s" });
      rows.push({ name: `${backend}: MFU`, value: (100 * flopsPerSecond) / ready.peakFlopsPerSecond, unit: "%" });
    }
    const presets: LabPresetName[] = process.env.BENCH_LAB_STANDARD ? ["quick", "standard"] : ["quick"];
    for (const preset of presets) {
      for (const experiment of ["size", "budget"] as const) {
        const plan = labPlan({ preset, experiment, seed: 1, corpus: "en" });
        const limit = LAB_PRESETS[preset].maxSeconds;
        const { messages, seconds } = await runInWorker(tab, url, plan.runs, corpusUrl, undefined, 20 * limit * 1000);
        const ready = messages.find((m) => m.type === "ready");
        const finished = messages.some((m) => m.type === "finished");
        rows.push({
          name: `${preset} preset, ${experiment === "size" ? "loss against size" : "isoFLOP budgets"}`,
          value: finished ? seconds : NaN,
          unit: "s",
          budget: limit,
          note: `${ready?.type === "ready" ? ready.backend : "no backend"}; ${plan.runs.length} runs, estimated ${Math.round(plan.estimatedSeconds)} s`,
        });
      }
    }
  } finally {
    await browser.close();
    stop();
  }
  return rows;
}
