/**
 * Build time: runs a notebook's cells in Node with the same engine and library as the sandbox, so
 * the page shows every cell's default output (values, charts, inputs) before any JavaScript loads.
 */
import { parseHTML } from "linkedom";
import * as Plot from "@observablehq/plot";
import katex from "katex";
import type { Locale } from "../../i18n/locales.ts";
import { NotebookEngine } from "../engine.ts";
import type { CellOutput } from "../protocol.ts";
import { createStdlib } from "../stdlib.ts";

/** The width of the text column the build renders charts for (the sandbox uses the real width). */
export const BUILD_WIDTH = 640;

/** Cell ids of a notebook: `c1`, `c2`, … in order. */
export function cellIds(count: number, start = 1): string[] {
  return Array.from({ length: count }, (_, i) => `c${start + i}`);
}

/**
 * Every cell's first settled output (a generator's first value). Cells still pending after
 * `timeoutMs` (a promise that never settles) are reported as pending.
 */
export async function evaluateNotebook(cells: readonly string[], { locale, width = BUILD_WIDTH, timeoutMs = 10_000 }: { locale: Locale; width?: number; timeoutMs?: number }): Promise<CellOutput[]> {
  const ids = cellIds(cells.length);
  const outputs = new Map<string, CellOutput>();
  const { builtins } = createStdlib({
    locale,
    loaders: { ensure: () => {}, parseHTML: () => parseHTML as never, plot: () => Plot, katex: () => katex },
    width: { value: width, subscribe: null },
  });
  const engine = new NotebookEngine({ builtins, locale, onOutput: (id, output) => outputs.set(id, output) });
  engine.define(ids.map((id, i) => ({ id, source: cells[i] })));
  const settled = () => ids.every((id) => outputs.has(id) && outputs.get(id)!.kind !== "pending");
  const deadline = Date.now() + timeoutMs;
  while (!settled() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 2));
  engine.dispose();
  return ids.map((id) => outputs.get(id) ?? { kind: "pending" });
}
