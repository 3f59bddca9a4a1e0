import { useEffect, useRef, useState } from "preact/hooks";
import { countParams } from "../../lib/scaling/index.ts";
import { labModelConfig } from "../../lab/labModel.ts";
import type { FromWorker, LabRun, ToWorker } from "../../lab/protocol.ts";
import { withBase } from "../../site/paths.ts";
import type { LabCorpus } from "../../widgets/lab.ts";
import type { LabRecord, PartialCurve } from "../../widgets/labCharts.ts";
import type { LabErrorKind } from "../../widgets/labText.ts";
import { loadRuns, saveRuns } from "./labStore.ts";

export type LabStatus = "idle" | "running" | "cancelling" | "cancelled" | "finished" | "error";
type Ready = Extract<FromWorker, { type: "ready" }>;
type Progress = Extract<FromWorker, { type: "progress" }>;

/** A worker that has not stopped this long after Cancel is stuck in a step: it is terminated. */
const CANCEL_GRACE_MS = 3000;

/**
 * The training worker and what it has reported. The worker (and TensorFlow.js with it) is created only
 * when the reader presses Start, kept between plans, and terminated when it fails or the widget goes away. Finished
 * runs are kept per plan (`key`) in sessionStorage, so Resume trains only what is missing.
 */
export function useLabWorker(runs: LabRun[], key: string, corpus: LabCorpus) {
  const [records, setRecords] = useState<Record<string, LabRecord>>({});
  const [status, setStatus] = useState<LabStatus>("idle");
  const [error, setError] = useState<{ kind: LabErrorKind; message: string } | null>(null);
  const [ready, setReady] = useState<Ready | null>(null);
  const [current, setCurrent] = useState<Progress | null>(null);
  const [partial, setPartial] = useState<Record<string, PartialCurve>>({});
  const [sessionDone, setSessionDone] = useState<ReadonlySet<string>>(new Set());
  const [startedAt, setStartedAt] = useState<number | null>(null);
  const [now, setNow] = useState(0);
  const [background, setBackground] = useState(false);
  const worker = useRef<Worker | null>(null);
  const cancelTimer = useRef<ReturnType<typeof setTimeout>>();

  // Runs of this plan finished earlier in this tab (before a reload, a crash or a change of settings).
  // (Not while a worker runs: a Start pressed before hydration is replayed before this first effect.)
  useEffect(() => {
    if (busy.current) return;
    setRecords(loadRuns(key));
    setPartial({});
    setStatus("idle");
  }, [key]);

  const active = status === "running" || status === "cancelling";
  useEffect(() => {
    if (!active) return;
    const tick = setInterval(() => setNow(performance.now()), 1000);
    // Browsers throttle timers and workers in hidden tabs: say so rather than look stuck.
    const seen = () => document.visibilityState === "hidden" && setBackground(true);
    document.addEventListener("visibilitychange", seen);
    return () => {
      clearInterval(tick);
      document.removeEventListener("visibilitychange", seen);
    };
  }, [active]);

  /** Between plans the worker is kept (TensorFlow.js, the chosen backend and the corpus stay loaded); `kill` ends it. */
  // The last progress message stays after the plan ends: the readouts keep the speed this machine reached.
  const idle = () => {
    clearTimeout(cancelTimer.current);
    setNow(performance.now());
  };
  const kill = () => {
    idle();
    worker.current?.terminate();
    worker.current = null;
  };
  const busy = useRef(false);
  useEffect(() => kill, []);

  const start = (fresh = false) => {
    if (busy.current) return;
    idle();
    if (fresh) saveRuns(key, {});
    const kept = fresh ? {} : loadRuns(key);
    const todo = runs.filter((run) => !kept[run.id]);
    const byId = new Map(runs.map((run) => [run.id, run]));
    const planKey = key;
    setRecords(kept);
    setCurrent(null);
    setPartial({});
    setError(null);
    setBackground(document.visibilityState === "hidden");
    setSessionDone(new Set());
    setStartedAt(performance.now());
    setNow(performance.now());
    if (!todo.length) return setStatus("finished");
    setStatus("running");
    busy.current = true;
    const nonEmbedding = (id: string) => {
      const run = byId.get(id);
      return run ? countParams(labModelConfig(run.spec.shape)).nonEmbedding : Number.NaN;
    };
    const w = worker.current ?? new Worker(new URL("../../lab/worker.ts", import.meta.url), { type: "module" });
    worker.current = w;
    w.onmessage = (event: MessageEvent<FromWorker>) => {
      if (worker.current !== w) return;
      const m = event.data;
      if (m.type === "ready") setReady(m);
      else if (m.type === "progress") {
        setCurrent(m);
        setPartial((p) => {
          const was = p[m.runId];
          const curve = [...(was?.curve ?? []), m.point];
          return { ...p, [m.runId]: { id: m.runId, group: byId.get(m.runId)?.group ?? "", nonEmbeddingParams: nonEmbedding(m.runId), curve, running: true } };
        });
      } else if (m.type === "run-done") {
        if (m.cancelled) {
          setPartial((p) => ({ ...p, [m.runId]: { id: m.runId, group: byId.get(m.runId)?.group ?? "", nonEmbeddingParams: nonEmbedding(m.runId), curve: m.result.curve, running: false } }));
          return;
        }
        const record: LabRecord = { id: m.runId, group: byId.get(m.runId)?.group ?? "", ...m.result };
        setRecords((r) => {
          const next = { ...r, [m.runId]: record };
          saveRuns(planKey, next);
          return next;
        });
        setSessionDone((s) => new Set([...s, m.runId]));
      } else if (m.type === "finished") {
        busy.current = false;
        idle();
        setStatus(m.cancelled ? "cancelled" : "finished");
      } else if (m.type === "error") {
        busy.current = false;
        kill();
        setError({ kind: m.kind, message: m.message });
        setStatus("error");
      }
    };
    w.onerror = (event) => {
      if (worker.current !== w) return;
      event.preventDefault();
      busy.current = false;
      kill();
      setError({ kind: "crash", message: event.message || "worker error" });
      setStatus("error");
    };
    w.postMessage({ type: "start", runs: todo, corpusUrl: withBase(`lab-corpus/${corpus}.txt`), corpus } satisfies ToWorker);
  };

  const cancel = () => {
    const w = worker.current;
    if (!w || !busy.current) return;
    setStatus("cancelling");
    w.postMessage({ type: "cancel" } satisfies ToWorker);
    cancelTimer.current = setTimeout(() => {
      if (worker.current !== w) return;
      busy.current = false;
      kill();
      setStatus("cancelled");
    }, CANCEL_GRACE_MS);
  };

  return {
    records,
    status,
    error,
    ready,
    current,
    partial: Object.values(partial),
    sessionDone,
    elapsedSeconds: startedAt === null ? 0 : Math.max(0, (now - startedAt) / 1000),
    background,
    start: () => start(false),
    restart: () => start(true),
    cancel,
  };
}

export type LabWorkerState = ReturnType<typeof useLabWorker>;
