import { beforeAll, describe, expect, it } from "vitest";
import "@tensorflow/tfjs-backend-cpu";
import * as tf from "@tensorflow/tfjs-core";
import { byteCorpus } from "./corpus.ts";
import type { FromWorker, LabRun } from "./protocol.ts";
import { isOutOfMemory, runPlan } from "./runPlan.ts";

const corpus = byteCorpus("The loss falls as a power law of the parameters. 损失随参数按幂律下降。".repeat(40));
// Tiny on purpose: context 8, batch 4, 6 steps — the loop is under test, not the model.
const plan = (ids: string[], steps = 6): LabRun[] =>
  ids.map((id, i) => ({ id, group: "size", spec: { shape: { width: 8, layers: 1, heads: 1, context: 8 }, tokens: 32 * steps, batch: 4, peakRate: 0.01, seed: i + 1 } }));

async function collect(runs: LabRun[], options: Parameters<typeof runPlan>[3] = {}) {
  const messages: FromWorker[] = [];
  await runPlan(runs, corpus, (m) => messages.push(m), { evaluations: 3, ...options });
  return messages;
}

beforeAll(async () => {
  await tf.setBackend("cpu");
});

describe("runPlan(runs, corpus, post)", () => {
  it("trains the runs not already done, in order, then says finished", async () => {
    const messages = await collect(plan(["a", "b", "c"]), { skip: ["b"], progressIntervalMs: 0 });
    const done = messages.filter((m) => m.type === "run-done");
    expect(done.map((m) => m.runId)).toEqual(["a", "c"]);
    for (const m of done) expect(m.cancelled).toBe(false);
    expect(messages.at(-1)).toEqual({ type: "finished", cancelled: false });
    const progress = messages.filter((m) => m.type === "progress");
    expect(progress.filter((m) => m.runId === "a").map((m) => m.done)).toEqual([1 / 3, 2 / 3, 1]);
    for (const m of progress) {
      expect(m.tokensPerSecond).toBeGreaterThan(0);
      expect(m.flopsPerSecond).toBeGreaterThan(m.tokensPerSecond);
    }
  }, 60_000);

  it("posts at most one progress message per interval, but always the last", async () => {
    const messages = await collect(plan(["a"]), { progressIntervalMs: 1e9 });
    const progress = messages.filter((m) => m.type === "progress");
    expect(progress.map((m) => m.done)).toEqual([1 / 3, 1]);
  }, 60_000);

  it("on cancel keeps the partial run, flagged cancelled, and trains nothing after it", async () => {
    const controller = new AbortController();
    const messages: FromWorker[] = [];
    await runPlan(plan(["a", "b"], 30), corpus, (m) => {
      messages.push(m);
      if (m.type === "progress") controller.abort();
    }, { signal: controller.signal, evaluations: 10, progressIntervalMs: 0 });
    const done = messages.filter((m) => m.type === "run-done");
    expect(done).toHaveLength(1);
    expect(done[0]).toMatchObject({ runId: "a", cancelled: true });
    if (done[0].type === "run-done") expect(done[0].result.tokens).toBeLessThan(32 * 30);
    expect(messages.at(-1)).toEqual({ type: "finished", cancelled: true });
  }, 60_000);

  it("reports a failing run as an error naming it, and stops", async () => {
    const runs = plan(["a", "b"]);
    runs[0].spec.tokens = 0;
    const messages = await collect(runs);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ type: "error", kind: "crash", runId: "a" });
  });

  it("rejects a negative or NaN progress interval", async () => {
    await expect(collect(plan(["a"]), { progressIntervalMs: -1 })).rejects.toThrow(/invalid progressIntervalMs: -1/);
    await expect(collect(plan(["a"]), { progressIntervalMs: NaN })).rejects.toThrow(/invalid progressIntervalMs: NaN/);
  });
});

describe("isOutOfMemory(error)", () => {
  it("recognises the ways backends say memory ran out, and nothing else", () => {
    expect(isOutOfMemory(new RangeError("Array buffer allocation failed"))).toBe(true);
    expect(isOutOfMemory(new Error("Aborted(Cannot enlarge memory arrays to size 2147483648 bytes (OOM))"))).toBe(true);
    expect(isOutOfMemory(new Error("Failed to allocate texture"))).toBe(true);
    expect(isOutOfMemory("WebAssembly.Memory(): could not allocate memory")).toBe(true);
    expect(isOutOfMemory(new RangeError("invalid tokens: 0"))).toBe(false);
    expect(isOutOfMemory(undefined)).toBe(false);
  });
});
