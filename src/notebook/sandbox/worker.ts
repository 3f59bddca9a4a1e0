/**
 * The sandbox's Web Worker: where every cell runs. The runner frame (an opaque-origin
 * `sandbox="allow-scripts"` page whose Content-Security-Policy allows no connection and no script
 * from any server) starts it from a blob of code the page handed over, so the worker shares that
 * origin and policy: no cookies, no storage, no page, no network. The runner frame watches it with
 * heartbeats and terminates it when a cell keeps it busy too long (frame.ts).
 *
 * Before any cell runs, the worker keeps private references to `postMessage` and `importScripts` and
 * removes them (and `Worker`) from the global scope, so cells can neither forge messages nor load code.
 * The heavy parts (the DOM, Plot, KaTeX) arrive the same way as the worker did, when a cell first needs them.
 */
import "./prelude.ts";
import { NotebookEngine } from "../engine.ts";
import { createStdlib } from "../stdlib.ts";
import { isLocale } from "../../i18n/locales.ts";
import { CELL_TIME_LIMIT_MS, type CellOutput, type FromWorker, type SandboxPart, type ToWorker } from "../protocol.ts";

type Scope = {
  postMessage(message: unknown): void;
  importScripts(...urls: string[]): void;
  addEventListener(type: "message", listener: (event: MessageEvent) => void): void;
} & Record<string, unknown>;
const scope = self as unknown as Scope;
const post = scope.postMessage.bind(scope) as (message: FromWorker) => void;
const load = scope.importScripts.bind(scope);

function hide(name: string): void {
  for (let o: object | null = scope; o; o = Object.getPrototypeOf(o)) {
    if (Object.prototype.hasOwnProperty.call(o, name)) {
      try {
        delete (o as Record<string, unknown>)[name];
      } catch {
        // A non-configurable property stays; the CSP still applies.
      }
    }
  }
}
for (const name of ["postMessage", "importScripts", "Worker", "SharedWorker"]) hide(name);

let engine: NotebookEngine | null = null;
const width = { value: 640, listeners: new Set<(w: number) => void>() };

/** Parts loaded, or on their way. */
const parts = new Map<SandboxPart, { promise: Promise<void>; resolve(): void; reject(e: Error): void }>();
function ensure(part: SandboxPart): Promise<void> {
  let entry = parts.get(part);
  if (!entry) {
    let resolve!: () => void;
    let reject!: (e: Error) => void;
    const promise = new Promise<void>((res, rej) => ((resolve = res), (reject = rej)));
    entry = { promise, resolve, reject };
    parts.set(part, entry);
    post({ type: "need", part });
  }
  return entry.promise;
}
function receive(part: SandboxPart, code: string): void {
  const entry = parts.get(part);
  if (!entry) return;
  const url = URL.createObjectURL(new Blob([code], { type: "text/javascript" }));
  post({ type: "loading", done: false });
  try {
    load(url);
    entry.resolve();
  } catch (error) {
    entry.reject(new Error(`could not load ${part}: ${(error as Error).message}`));
  } finally {
    post({ type: "loading", done: true });
  }
}

// Outputs are sent at most every 30 ms, the latest per cell (a generator may yield thousands a second).
const queue = new Map<string, CellOutput>();
let flushing: ReturnType<typeof setTimeout> | null = null;
function send(id: string, output: CellOutput): void {
  queue.set(id, output);
  flushing ??= setTimeout(() => {
    flushing = null;
    const outputs = [...queue];
    queue.clear();
    post({ type: "outputs", outputs });
  }, 30);
}

scope.addEventListener("message", (event: MessageEvent) => {
  const m = event.data as ToWorker;
  if (!m || typeof m !== "object") return;
  switch (m.type) {
    case "ping":
      return post({ type: "pong", seq: m.seq });
    case "code":
      return receive(m.part, String(m.code));
    case "init": {
      if (engine) return;
      width.value = m.width;
      const locale = isLocale(m.locale) ? m.locale : "en";
      const g = self as unknown as Record<string, any>;
      const { builtins } = createStdlib({
        locale,
        loaders: {
          ensure,
          parseHTML: () => g.__nbDom.parseHTML,
          plot: () => g.__nbPlot,
          katex: () => g.__nbKatex,
        },
        width: {
          get value() {
            return width.value;
          },
          subscribe: (listener) => {
            width.listeners.add(listener);
            return () => width.listeners.delete(listener);
          },
        },
      });
      engine = new NotebookEngine({
        builtins,
        locale,
        timeLimitSeconds: CELL_TIME_LIMIT_MS / 1000,
        onOutput: send,
        onStart: (id) => post({ type: "start", id }),
        onEnd: (id) => post({ type: "end", id }),
      });
      return post({ type: "ready" });
    }
    case "define":
      return engine?.define(m.cells);
    case "input":
      return engine?.input(m.id, m.payload);
    case "width":
      width.value = m.width;
      for (const listener of width.listeners) listener(m.width);
      return;
  }
});
