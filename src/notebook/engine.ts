/**
 * Runs a notebook's cells on Observable's runtime: each cell becomes one or two runtime variables
 * whose inputs are the names it references (parseCell), so changing `N` recomputes every cell that
 * reads `N`, and only those. Each cell's state is reported as a `CellOutput`. Used in the sandbox's
 * Web Worker and, for the default outputs, at build time in Node.
 */
import { Runtime } from "@observablehq/runtime";
import type { Locale } from "../i18n/locales.ts";
import { inspect } from "./inspect.ts";
import { isInputView, type InputView } from "./inputSpec.ts";
import { parseCell, type CellParse, type ParsedCell } from "./parseCell.ts";
import type { CellOutput, CellSource, InputPayload } from "./protocol.ts";
import { isDomNode, serializeNode } from "./stdlib.ts";

/** Thrown in place of a cell that was stopped for running too long (until it is edited). */
export class CellStopped extends Error {
  readonly seconds: number;
  constructor(seconds: number) {
    super(`stopped after ${seconds} s`);
    this.name = "CellStopped";
    this.seconds = seconds;
  }
}

/** What a cell whose code does not parse gives the cells that read its names. */
class CellBroken extends Error {
  constructor(name: string) {
    super(`${name} could not be computed`);
    this.name = "CellBroken";
  }
}

interface RuntimeVariable {
  define(name: string | null, inputs: string[], definition: Function): RuntimeVariable;
  delete(): void;
}
interface RuntimeModule {
  variable(observer?: unknown): RuntimeVariable;
}

interface EngineCell {
  id: string;
  source: string;
  stopped: boolean;
  parsed: CellParse;
  variables: RuntimeVariable[];
  view?: InputView;
  /** Bumped on every redefinition, so late reports of the old definition are dropped. */
  version: number;
}

export interface EngineOptions {
  builtins: Record<string, unknown>;
  locale: Locale;
  onOutput(id: string, output: CellOutput): void;
  /** A cell's code starts or stops running synchronously (the sandbox's watchdog listens). */
  onStart?(id: string): void;
  onEnd?(id: string): void;
  /** Seconds after which a cell is stopped, for the message of a stopped cell. */
  timeLimitSeconds?: number;
}

const AsyncFunction = Object.getPrototypeOf(async function () {}).constructor as FunctionConstructor;
const GeneratorFunction = Object.getPrototypeOf(function* () {}).constructor as FunctionConstructor;
const AsyncGeneratorFunction = Object.getPrototypeOf(async function* () {}).constructor as FunctionConstructor;

/** Compiles a parsed cell to the function the runtime calls; its code is named `nb-<id>.js` in stack traces. */
export function compileCell(id: string, cell: ParsedCell): Function {
  const Ctor = cell.async ? (cell.generator ? AsyncGeneratorFunction : AsyncFunction) : cell.generator ? GeneratorFunction : Function;
  return new Ctor(...cell.references, `${cell.body}\n//# sourceURL=nb-${id}.js`);
}

/** Lines of a `new Function` body start at line 3 of its source. */
const FUNCTION_HEADER_LINES = 2;

/** The line in cell `id` where `error` was thrown (or where the cell called what threw it). */
export function errorLine(error: unknown, id: string): number | undefined {
  const stack = error && typeof error === "object" && typeof (error as Error).stack === "string" ? (error as Error).stack! : "";
  const m = new RegExp(`nb-${id.replace(/[^\w-]/g, "")}\\.js:(\\d+):\\d+`).exec(stack);
  if (!m) return undefined;
  const line = Number(m[1]) - FUNCTION_HEADER_LINES;
  return line >= 1 ? line : undefined;
}

/** Values of an input: its current value, then a new one after each `input` event (Observable's Generators.input). */
function* inputValues(view: EventTarget & { value?: unknown }): Generator<unknown> {
  let resolve: ((v: unknown) => void) | null = null;
  let changed = false;
  const listener = () => {
    if (resolve) {
      resolve(view.value);
      resolve = null;
    } else changed = true;
  };
  view.addEventListener("input", listener);
  try {
    yield view.value;
    for (;;) {
      if (changed) {
        changed = false;
        yield view.value;
      } else yield new Promise((r) => (resolve = r));
    }
  } finally {
    view.removeEventListener("input", listener);
  }
}

export class NotebookEngine {
  readonly #options: EngineOptions;
  readonly #runtime: { module(): RuntimeModule; dispose(): void };
  readonly #module: RuntimeModule;
  readonly #cells = new Map<string, EngineCell>();
  /** Which cells define each name. */
  #owners = new Map<string, string[]>();
  /** Input changes that arrived before their input existed (after a restart), applied when it does. */
  readonly #pendingInputs = new Map<string, InputPayload>();

  constructor(options: EngineOptions) {
    this.#options = options;
    this.#runtime = new (Runtime as unknown as new (builtins: Record<string, unknown>, global?: (name: string) => unknown) => { module(): RuntimeModule; dispose(): void })(
      options.builtins,
    );
    this.#module = this.#runtime.module();
  }

  /** Makes the notebook's cells these: new and changed cells are (re)defined, removed ones deleted. */
  define(sources: readonly CellSource[]): void {
    const keep = new Set(sources.map((s) => s.id));
    for (const [id, cell] of this.#cells) {
      if (!keep.has(id)) {
        this.#undefine(cell);
        this.#cells.delete(id);
      }
    }
    const changed: EngineCell[] = [];
    for (const { id, source, stopped = false } of sources) {
      const old = this.#cells.get(id);
      if (old && old.source === source && old.stopped === stopped) continue;
      if (old) this.#undefine(old);
      this.#pendingInputs.delete(id);
      const cell: EngineCell = { id, source, stopped, parsed: parseCell(source), variables: [], version: (old?.version ?? 0) + 1 };
      this.#cells.set(id, cell);
      changed.push(cell);
    }
    this.#owners = new Map();
    for (const cell of this.#cells.values()) for (const name of cell.parsed.defines) this.#owners.set(name, [...(this.#owners.get(name) ?? []), cell.id]);
    for (const cell of changed) this.#defineCell(cell);
  }

  /** The reader changed input `id` on the page. */
  input(id: string, payload: InputPayload): void {
    const view = this.#cells.get(id)?.view;
    if (view) view.receive(payload);
    else this.#pendingInputs.set(id, payload);
  }

  dispose(): void {
    this.#runtime.dispose();
  }

  #undefine(cell: EngineCell): void {
    cell.version++;
    for (const v of cell.variables) v.delete();
    cell.variables = [];
    cell.view = undefined;
  }

  #emit(cell: EngineCell, version: number, output: CellOutput): void {
    if (cell.version !== version || this.#cells.get(cell.id) !== cell) return;
    this.#options.onOutput(cell.id, output);
  }

  #defineCell(cell: EngineCell): void {
    const { parsed, id } = cell;
    const version = cell.version;
    const name = parsed.defines.length === 1 ? parsed.defines[0] : undefined;
    const named = name === undefined ? {} : { name };
    const module = this.#module;

    const fail = (error: Error, output: CellOutput) => {
      this.#emit(cell, version, output);
      for (const n of parsed.defines) {
        cell.variables.push(
          module.variable().define(n, [], () => {
            throw error;
          }),
        );
      }
    };

    if (cell.stopped) {
      const seconds = this.#options.timeLimitSeconds ?? 4;
      return fail(new CellStopped(seconds), { kind: "timeout", ...named, seconds });
    }
    if (!parsed.ok) {
      return fail(new CellBroken(name ?? "cell"), { kind: "error", ...named, message: `SyntaxError: ${parsed.error.message}`, line: parsed.error.line });
    }
    let fn: Function;
    try {
      fn = compileCell(id, parsed);
    } catch (error) {
      return fail(new CellBroken(name ?? "cell"), { kind: "error", ...named, message: String(error), line: 1 });
    }

    const { onStart, onEnd } = this.#options;
    const timed = (f: Function) =>
      function (this: unknown, ...args: unknown[]) {
        onStart?.(id);
        try {
          return f.apply(this, args);
        } finally {
          onEnd?.(id);
        }
      };
    let definition = timed(fn);
    if (parsed.generator) {
      // The runtime pulls a generator's values later: time each pull too.
      const make = definition;
      definition = function (this: unknown, ...args: unknown[]) {
        const g = make.apply(this, args) as Iterator<unknown> & { return(v?: unknown): unknown; throw(e?: unknown): unknown };
        return {
          next: timed((v: unknown) => g.next(v)),
          return: (v: unknown) => g.return(v),
          throw: (e: unknown) => g.throw(e),
          [Symbol.iterator]() {
            return this;
          },
        };
      };
    }

    const locale = this.#options.locale;
    const observer = {
      pending: () => this.#emit(cell, version, { kind: "pending", ...named }),
      fulfilled: (value: unknown) => {
        if (isInputView(value)) {
          cell.view = value;
          const pending = this.#pendingInputs.get(id);
          if (pending) {
            this.#pendingInputs.delete(id);
            value.receive(pending);
          }
          this.#emit(cell, version, { kind: "input", name: name ?? "", spec: value.spec, value: inspect(value.value, { locale }) });
        } else if (isDomNode(value)) {
          this.#emit(cell, version, { kind: "html", ...named, html: serializeNode(value) });
        } else if (parsed.kind === "empty") {
          this.#emit(cell, version, { kind: "empty" });
        } else {
          this.#emit(cell, version, { kind: "value", ...(parsed.viewof ? {} : named), value: inspect(value, { locale }) });
        }
      },
      rejected: (error: unknown) => this.#emit(cell, version, this.#errorOutput(cell, error)),
    };

    if (parsed.viewof && name) {
      cell.variables.push(module.variable(observer).define(`viewof ${name}`, parsed.references, definition));
      cell.variables.push(
        module.variable(true).define(name, [`viewof ${name}`], (view: unknown) =>
          view && typeof (view as EventTarget).addEventListener === "function" ? inputValues(view as EventTarget) : (view as { value?: unknown })?.value,
        ),
      );
    } else if (parsed.kind === "program") {
      const hidden = `cell ${id}`;
      cell.variables.push(module.variable(observer).define(hidden, parsed.references, definition));
      for (const n of parsed.defines) cell.variables.push(module.variable().define(n, [hidden], (o: Record<string, unknown>) => o[n]));
    } else {
      cell.variables.push(module.variable(observer).define(name ?? null, parsed.references, definition));
    }
  }

  #errorOutput(cell: EngineCell, error: unknown): CellOutput {
    const name = cell.parsed.defines.length === 1 ? cell.parsed.defines[0] : undefined;
    const named = name === undefined ? {} : { name };
    if (error instanceof CellStopped) return { kind: "timeout", ...named, seconds: error.seconds };
    const e = error as { name?: string; message?: string; input?: unknown } | null;
    if (e && e.name === "RuntimeError" && typeof e.input === "string") {
      const input = e.input;
      const owners = this.#owners.get(input);
      if (owners && !owners.includes(cell.id)) return { kind: "blocked", ...named, by: input };
      if (!owners) {
        const line = cell.parsed.ok ? cell.parsed.referenceLines[input] : undefined;
        return { kind: "error", ...named, message: `${input} is not defined`, ...(line ? { line } : {}) };
      }
    }
    if (e && e.name === "RuntimeError") return { kind: "error", ...named, message: String(e.message) };
    const message = error instanceof Error ? `${error.name}: ${error.message}` : `Error: ${String(error)}`;
    const line = errorLine(error, cell.id);
    return { kind: "error", ...named, message, ...(line ? { line } : {}) };
  }
}
