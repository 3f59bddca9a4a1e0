/// <reference lib="webworker" />
/**
 * The lab's Web Worker: the only place TensorFlow.js loads in the browser. Thin: it wires the protocol's
 * messages to `chooseBackend`, the corpus fetch and `runPlan`. The WASM binaries are Vite `?url` imports,
 * so they are served by the site itself (no CDN, nothing but 'self' in connect-src). The threaded build
 * is not imported: it needs cross-origin isolation and a blob: worker, which the site's CSP does not allow.
 */
import wasmPlain from "@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm?url";
import wasmSimd from "@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-simd.wasm?url";
import { chooseBackend, measurePeakFlops, type BackendChoice } from "./backend.ts";
import { byteCorpus, type Corpus } from "./corpus.ts";
import type { FromWorker, ToWorker } from "./protocol.ts";
import { runPlan } from "./runPlan.ts";

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (message: FromWorker) => scope.postMessage(message);

// Kept across plans: a restart after Cancel neither re-probes backends nor re-downloads the corpus.
let choice: { backend: BackendChoice; peak: number } | null = null;
const corpora = new Map<string, Corpus>();
let controller: AbortController | null = null;

async function start(message: Extract<ToWorker, { type: "start" }>): Promise<void> {
  if (!choice || (message.backend && message.backend !== choice.backend.backend)) {
    try {
      const backend = await chooseBackend({ only: message.backend, wasmPaths: { "tfjs-backend-wasm.wasm": wasmPlain, "tfjs-backend-wasm-simd.wasm": wasmSimd } });
      choice = { backend, peak: await measurePeakFlops() };
    } catch (error) {
      post({ type: "error", kind: "no-backend", message: error instanceof Error ? error.message : String(error) });
      return;
    }
  }
  let corpus = corpora.get(message.corpusUrl);
  if (!corpus) {
    try {
      const response = await fetch(message.corpusUrl);
      if (!response.ok) throw new Error(`${message.corpusUrl}: HTTP ${response.status}`);
      corpus = byteCorpus(await response.text());
      corpora.set(message.corpusUrl, corpus);
    } catch (error) {
      post({ type: "error", kind: "corpus", message: error instanceof Error ? error.message : String(error) });
      return;
    }
  }
  post({ type: "ready", ...choice.backend, peakFlopsPerSecond: choice.peak, corpusBytes: { train: corpus.train.length, heldOut: corpus.heldOut.length } });
  controller = new AbortController();
  await runPlan(message.runs, corpus, post, { skip: message.done, signal: controller.signal });
}

let running: Promise<void> = Promise.resolve();
scope.onmessage = (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  if (message.type === "cancel") {
    controller?.abort();
    return;
  }
  // One plan at a time: a second Start waits for the first to finish (or be cancelled).
  running = running.then(() =>
    start(message).catch((error: unknown) => post({ type: "error", kind: "crash", message: error instanceof Error ? error.message : String(error) })),
  );
};
