/**
 * A notebook's runner: a hidden sandbox frame (see ../sandbox/frame.ts) whose Web Worker runs the
 * cells. Two watchdogs: the frame stops a worker that a cell keeps busy too long; this page stops the
 * frame itself, and starts a new one, if it ever stops answering heartbeats (it runs no reader code,
 * but a frame that hangs must not take the notebook with it).
 */
import workerUrl from "../sandbox/worker.ts?worker&url";
import domUrl from "../sandbox/chunkDom.ts?worker&url";
import plotUrl from "../sandbox/chunkPlot.ts?worker&url";
import katexUrl from "../sandbox/chunkKatex.ts?worker&url";
import { onFrameMessage, sandboxFrame } from "./frames.ts";
import { readOutput, SANDBOX_PARTS, type CellOutput, type SandboxPart, type ToWorker } from "../protocol.ts";

/** The sandbox's scripts: built by Vite as classic scripts, fetched by the page (same site), handed over. */
export const SCRIPT_URLS: Record<"worker" | SandboxPart, string> = { worker: workerUrl, dom: domUrl, plot: plotUrl, katex: katexUrl };
const code = new Map<string, Promise<string>>();
export function scriptCode(part: "worker" | SandboxPart): Promise<string> {
  let p = code.get(part);
  if (!p) {
    p = fetch(SCRIPT_URLS[part]).then((r) => {
      if (!r.ok) throw new Error(`${SCRIPT_URLS[part]}: HTTP ${r.status}`);
      return r.text();
    });
    p.catch(() => code.delete(part));
    code.set(part, p);
  }
  return p;
}

export interface RunnerEvents {
  /** The worker is ready for cells (first start, after a cell was stopped, after the frame was replaced). */
  ready(): void;
  outputs(outputs: [string, CellOutput][]): void;
  stopped(id: string | null, seconds: number): void;
  crashed(message: string): void;
}

const FRAME_PING_MS = 1000;
const FRAME_SILENCE_MS = 8000;

export class Runner {
  #frame: HTMLIFrameElement | null = null;
  #unlisten: (() => void) | null = null;
  #ready = false;
  #queue: ToWorker[] = [];
  #lastPong = 0;
  #timer: ReturnType<typeof setInterval> | null = null;
  #seq = 0;
  readonly #host: HTMLElement;
  readonly #src: string;
  readonly #locale: string;
  readonly #events: RunnerEvents;
  readonly #title: string;
  width: number;

  constructor(host: HTMLElement, src: string, { locale, width, title }: { locale: string; width: number; title: string }, events: RunnerEvents) {
    this.#host = host;
    this.#src = src;
    this.#locale = locale;
    this.width = width;
    this.#title = title;
    this.#events = events;
    this.#start();
  }

  #start(): void {
    // Fetch the runtime while the frame loads (and the DOM and Plot, which nearly every notebook reads).
    for (const part of ["worker", "dom", "plot"] as const) void scriptCode(part).catch(() => {});
    const frame = sandboxFrame(this.#src, { title: this.#title, hidden: true });
    frame.className = "nb-runner";
    this.#frame = frame;
    this.#ready = false;
    this.#host.append(frame);
    this.#unlisten = onFrameMessage(frame, (data) => this.#receive(data));
    this.#lastPong = performance.now();
    this.#timer = setInterval(() => this.#watch(), FRAME_PING_MS);
  }

  #post(message: unknown): void {
    this.#frame?.contentWindow?.postMessage(message, "*");
  }

  #watch(): void {
    this.#post({ type: "nb:ping", seq: ++this.#seq });
    if (performance.now() - this.#lastPong > FRAME_SILENCE_MS) {
      this.#stop();
      this.#start();
    }
  }

  #receive(data: unknown): void {
    const m = data as { type?: unknown; message?: any; id?: unknown; seconds?: unknown; part?: unknown };
    if (!m || typeof m.type !== "string") return;
    this.#lastPong = performance.now();
    switch (m.type) {
      case "nb:frame-ready":
        scriptCode("worker").then(
          (worker) => this.#post({ type: "nb:boot", code: worker, locale: this.#locale, width: this.width }),
          (error) => this.#events.crashed(String(error)),
        );
        return;
      case "nb:need": {
        const part = SANDBOX_PARTS.find((p) => p === m.part);
        if (part) scriptCode(part).then((c) => this.#post({ type: "nb:code", part, code: c }), (error) => this.#events.crashed(String(error)));
        return;
      }
      case "nb:stopped":
        this.#ready = false;
        return this.#events.stopped(typeof m.id === "string" ? m.id : null, typeof m.seconds === "number" ? m.seconds : 4);
      case "nb:worker": {
        const w = m.message;
        if (!w || typeof w !== "object") return;
        if (w.type === "ready") {
          this.#ready = true;
          this.#events.ready();
          for (const q of this.#queue.splice(0)) this.send(q);
        } else if (w.type === "outputs" && Array.isArray(w.outputs)) {
          const outputs: [string, CellOutput][] = [];
          for (const pair of w.outputs.slice(0, 1000)) {
            const output = Array.isArray(pair) && typeof pair[0] === "string" ? readOutput(pair[1]) : null;
            if (output) outputs.push([pair[0], output]);
          }
          this.#events.outputs(outputs);
        } else if (w.type === "crashed") this.#events.crashed(String(w.message ?? "").slice(0, 500));
        return;
      }
    }
  }

  /** Sends to the worker (queued until it is ready; a define replaces any queued define). */
  send(message: ToWorker): void {
    if (!this.#ready) {
      if (message.type === "define") this.#queue = this.#queue.filter((q) => q.type !== "define");
      this.#queue.push(message);
      return;
    }
    this.#post({ type: "nb:to-worker", message });
  }

  #stop(): void {
    if (this.#timer) clearInterval(this.#timer);
    this.#timer = null;
    this.#unlisten?.();
    this.#frame?.remove();
    this.#frame = null;
    this.#ready = false;
  }

  dispose(): void {
    this.#stop();
    this.#queue = [];
  }
}
