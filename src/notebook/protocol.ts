/**
 * What crosses the sandbox's boundary. The page sends cells; the sandbox sends back, per cell, data
 * the page renders with its own code (values, inputs, errors) or HTML that only ever goes into a
 * sandboxed display frame. Nothing here is trusted by the page: `readOutput` checks every message.
 */
import type { Inspected } from "./inspect.ts";
import type { InputSpec } from "./inputSpec.ts";

export type CellOutput =
  /** Not computed yet (or computing). */
  | { kind: "pending"; name?: string }
  /** Computed, nothing to show (an empty cell). */
  | { kind: "empty"; name?: string }
  /** A value, shown with the inspector. */
  | { kind: "value"; name?: string; value: Inspected }
  /** DOM (a chart, `md`, `tex`, `html`), serialized. */
  | { kind: "html"; name?: string; html: string }
  /** An input (`viewof x = Inputs.range(…)`): the page builds the control from the spec. */
  | { kind: "input"; name: string; spec: InputSpec; value: Inspected }
  /** The cell threw, or does not parse; `line` is 1-based in the cell. */
  | { kind: "error"; name?: string; message: string; line?: number }
  /** The cell reads a name whose cell failed. */
  | { kind: "blocked"; name?: string; by: string }
  /** The cell ran too long and was stopped. */
  | { kind: "timeout"; name?: string; seconds: number };

/** What a reader's change of an input sends back: a value, or positions in the input's data. */
export type InputPayload = { value: unknown } | { index: number | null } | { indices: number[] };

/** One cell as the page sends it. `stopped`: the cell ran too long last time; do not run it until it changes. */
export interface CellSource {
  id: string;
  source: string;
  stopped?: boolean;
}

/** The parts of the runtime a worker loads on first use (the page fetches their code and hands it over). */
export type SandboxPart = "dom" | "plot" | "katex";
export const SANDBOX_PARTS: readonly SandboxPart[] = ["dom", "plot", "katex"];

export type ToWorker =
  | { type: "init"; locale: string; width: number }
  | { type: "code"; part: SandboxPart; code: string }
  | { type: "define"; cells: CellSource[] }
  | { type: "input"; id: string; payload: InputPayload }
  | { type: "width"; width: number }
  | { type: "ping"; seq: number };

export type FromWorker =
  | { type: "ready" }
  /** Outputs since the last message, the latest per cell. */
  | { type: "outputs"; outputs: [id: string, output: CellOutput][] }
  /** The worker needs a part's code (a cell read `Plot`, `md`, `tex`…). */
  | { type: "need"; part: SandboxPart }
  | { type: "start"; id: string }
  | { type: "end"; id: string }
  | { type: "loading"; done: boolean }
  | { type: "pong"; seq: number }
  /** The worker failed to start or threw outside any cell (the runner frame reports it). */
  | { type: "crashed"; message: string };

/** Page → runner frame. `code` is the worker's script (the sandbox may load nothing itself). */
export type ToRunner =
  | { type: "nb:boot"; code: string; locale: string; width: number }
  | { type: "nb:code"; part: SandboxPart; code: string }
  | { type: "nb:to-worker"; message: ToWorker }
  | { type: "nb:ping"; seq: number };

/** Runner frame → page. */
export type FromRunner =
  | { type: "nb:frame-ready"; role: "runner" | "display" }
  | { type: "nb:worker"; message: FromWorker }
  | { type: "nb:need"; part: SandboxPart }
  | { type: "nb:stopped"; id: string | null; seconds: number }
  | { type: "nb:restarted" }
  | { type: "nb:pong"; seq: number }
  | { type: "nb:height"; height: number };

/** Page → display frame. */
export interface ToDisplay {
  type: "nb:show";
  html: string;
  theme: Record<string, string>;
}

/** How long a cell may keep the runtime busy before it is stopped, in milliseconds. */
export const CELL_TIME_LIMIT_MS = 4000;

const str = (v: unknown, max = 10_000): string | undefined => (typeof v === "string" ? v.slice(0, max) : undefined);

/**
 * Checks an output that came from the sandbox and returns a clean copy, or `null` if it is malformed.
 * The page only ever renders what passes here (and escapes every string it renders).
 */
export function readOutput(value: unknown): CellOutput | null {
  if (!value || typeof value !== "object") return null;
  const o = value as Record<string, unknown>;
  const name = str(o.name, 200);
  const base = name === undefined ? {} : { name };
  switch (o.kind) {
    case "pending":
    case "empty":
      return { kind: o.kind, ...base };
    case "value":
      return o.value && typeof o.value === "object" ? { kind: "value", ...base, value: o.value as Inspected } : null;
    case "html":
      return typeof o.html === "string" ? { kind: "html", ...base, html: o.html.slice(0, 4_000_000) } : null;
    case "input":
      return name && o.spec && typeof o.spec === "object" ? { kind: "input", name, spec: o.spec as InputSpec, value: (o.value ?? { t: "undefined" }) as Inspected } : null;
    case "error": {
      const line = typeof o.line === "number" && Number.isInteger(o.line) && o.line > 0 ? o.line : undefined;
      return { kind: "error", ...base, message: str(o.message, 2000) ?? "Error", ...(line ? { line } : {}) };
    }
    case "blocked":
      return { kind: "blocked", ...base, by: str(o.by, 200) ?? "?" };
    case "timeout":
      return { kind: "timeout", ...base, seconds: typeof o.seconds === "number" && Number.isFinite(o.seconds) ? o.seconds : CELL_TIME_LIMIT_MS / 1000 };
    default:
      return null;
  }
}
