import { parseRunsCsv, type LossRun } from "../lib/scaling/index.ts";
import { parseQuantity } from "../i18n/parseQuantity.ts";

/**
 * What a reader pastes or uploads into the "fit it yourself" widget, read leniently: training runs
 * (N, D, loss — or N, C, loss) for the Chinchilla form, or plain (x, y) pairs for a power law.
 * Commas, semicolons, tabs or spaces separate cells; a header is optional; numbers are read as people
 * write them (70B, 1.4T, 7e10, 700亿). Anything else is refused with the line it is on, so the widget
 * can say where the problem is.
 */

/** One (x, y) pair for a power-law fit. */
export interface XyPoint {
  x: number;
  y: number;
}

export type FitData = { kind: "runs"; runs: LossRun[] } | { kind: "xy"; points: XyPoint[] };

/** Why a text could not be read; `line` is 1-based, counting every line of the text (blank ones too). */
export type FitDataError =
  | { code: "empty" }
  | { code: "header"; line: number; value: string }
  | { code: "columns"; line: number; expected: number; found: number }
  | { code: "value"; line: number; value: string }
  | { code: "tooFew"; count: number; min: number }
  | { code: "tooMany"; count: number; max: number };

export type FitDataResult = { ok: true; data: FitData } | { ok: false; error: FitDataError };

/** Fewest rows anything can be fitted to (a straight line needs two points). */
export const MIN_ROWS = 2;
/** Most rows accepted: the Chinchilla fit's cost grows with rows; 5 000 still fits in about a second. */
export const MAX_ROWS = 5000;

type Role = "params" | "tokens" | "flops" | "loss" | "x" | "y";

/** Header names understood, after lower-casing, dropping quotes and units in brackets. */
const ALIASES: Record<string, Role> = {
  n: "params", params: "params", parameters: "params", "model size": "params", "model params": "params", 参数量: "params", 参数: "params",
  d: "tokens", tokens: "tokens", "training tokens": "tokens", data: "tokens", 词元: "tokens", 数据量: "tokens",
  c: "flops", flops: "flops", flop: "flops", compute: "flops", "training flop": "flops", "training flops": "flops", 算力: "flops",
  l: "loss", loss: "loss", "final loss": "loss", 损失: "loss",
  x: "x", y: "y",
};

function splitter(line: string): (line: string) => string[] {
  const sep = line.includes("\t") ? /\t/ : line.includes(";") ? /;/ : line.includes(",") ? /,/ : line.includes("，") ? /，/ : /\s+/;
  return (l) => l.trim().split(sep).map((cell) => cell.trim().replace(/^["'](.*)["']$/, "$1").trim());
}

function roleOf(name: string): Role | undefined {
  const key = name.toLowerCase().replace(/[（(\[].*?[)）\]]/g, "").replace(/[_-]+/g, " ").replace(/\s+/g, " ").trim();
  return ALIASES[key];
}

/** A positive finite number read as people write it, or null. */
function positiveQuantity(cell: string | undefined): number | null {
  if (cell === undefined) return null;
  const x = parseQuantity(cell);
  return x !== null && Number.isFinite(x) && x > 0 ? x : null;
}

/**
 * Reads runs or (x, y) pairs from pasted CSV text. With a header, columns are found by name (`N`/
 * `params`/`Model Size`, `D`/`tokens`, `C`/`flops`/`Training FLOP`, `loss`, `x`, `y`); runs win when
 * both are present. Without a header, three columns are N, D, loss and two are x, y. Runs are finally
 * read by the scaling module's `parseRunsCsv`, from a clean CSV rebuilt here.
 */
export function parseFitData(text: string): FitDataResult {
  const lines = text.replace(/^\uFEFF/, "").split(/\r\n|\r|\n/);
  const rows = lines.map((line, i) => ({ line, number: i + 1 })).filter((r) => r.line.trim() !== "" && !r.line.trim().startsWith("#"));
  if (rows.length === 0) return { ok: false, error: { code: "empty" } };
  const split = splitter(rows[0].line);
  const first = split(rows[0].line);
  const hasHeader = first.some((cell) => parseQuantity(cell) === null);

  let columns: Partial<Record<Role, number>>;
  let kind: FitData["kind"];
  if (hasHeader) {
    columns = {};
    first.forEach((name, i) => {
      const role = roleOf(name);
      if (role !== undefined && columns[role] === undefined) columns[role] = i;
    });
    if (columns.params !== undefined && columns.loss !== undefined && (columns.tokens !== undefined || columns.flops !== undefined)) kind = "runs";
    else if (columns.x !== undefined && columns.y !== undefined) kind = "xy";
    else return { ok: false, error: { code: "header", line: rows[0].number, value: rows[0].line.trim().slice(0, 80) } };
  } else if (first.length === 3) {
    columns = { params: 0, tokens: 1, loss: 2 };
    kind = "runs";
  } else if (first.length === 2) {
    columns = { x: 0, y: 1 };
    kind = "xy";
  } else {
    return { ok: false, error: { code: "columns", line: rows[0].number, expected: 3, found: first.length } };
  }

  const body = hasHeader ? rows.slice(1) : rows;
  if (body.length > MAX_ROWS) return { ok: false, error: { code: "tooMany", count: body.length, max: MAX_ROWS } };
  const used = Object.values(columns) as number[];
  const needed = Math.max(...used) + 1;
  const values: Partial<Record<Role, number>>[] = [];
  for (const { line, number } of body) {
    const cells = split(line);
    if (cells.length < needed) return { ok: false, error: { code: "columns", line: number, expected: needed, found: cells.length } };
    const row: Partial<Record<Role, number>> = {};
    for (const [role, index] of Object.entries(columns) as [Role, number][]) {
      const x = positiveQuantity(cells[index]);
      if (x === null) return { ok: false, error: { code: "value", line: number, value: cells[index].slice(0, 40) } };
      row[role] = x;
    }
    values.push(row);
  }
  if (values.length < MIN_ROWS) return { ok: false, error: { code: "tooFew", count: values.length, min: MIN_ROWS } };

  if (kind === "xy") return { ok: true, data: { kind, points: values.map((v) => ({ x: v.x!, y: v.y! })) } };
  const clean = [
    columns.tokens !== undefined ? "params,tokens,loss" : "params,flops,loss",
    ...values.map((v) => `${v.params},${columns.tokens !== undefined ? v.tokens : v.flops},${v.loss}`),
  ].join("\n");
  return { ok: true, data: { kind, runs: parseRunsCsv(clean) } };
}

/** Removes the `drop` highest-loss runs, as Besiroglu et al. 2024 did with Hoffmann et al.'s Figure 4 runs. */
export function dropHighestLoss(runs: readonly LossRun[], drop: number): LossRun[] {
  return [...runs].sort((p, q) => q.loss - p.loss).slice(drop);
}
