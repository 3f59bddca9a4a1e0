import { parseCell as parseObservable, peekId } from "@observablehq/parser";
import type { Node } from "acorn";

/**
 * Parses one notebook cell: which name it defines, which names it reads, and the body of the function
 * that computes its value, with lines kept where they were so an error can name its line.
 *
 * A cell is written in Observable JavaScript or in plain JavaScript (Notebook Kit's style):
 *
 * | Cell                               | Defines | Value                         |
 * | ---------------------------------- | ------- | ----------------------------- |
 * | `N = 70e9`                         | `N`     | the expression                |
 * | `D = { const r = 20; return r*N }` | `D`     | what the block returns        |
 * | `viewof N = Inputs.range([1, 9])`  | `N`     | the input (its value is `N`)  |
 * | `function f(x) { … }`, `class K {}`| `f`, `K`| the function or class         |
 * | `const N = 70e9`                   | `N`     | the initializer               |
 * | `const N = view(Inputs.range(…))`  | `N`     | the same as `viewof N = …`    |
 * | `Plot.plot({…})`, `{ … }`          | —       | the expression / block        |
 * | several statements                 | every top-level declaration | an object of them |
 *
 * As in Observable, `x = { … }` is a block: write `x = ({ a: 1 })` for an object literal.
 *
 * Observable's own parser, `@observablehq/parser`, reads Observable JavaScript: the cell's name,
 * `viewof`, blocks, the free names it reads, top-level `await`/`yield`, and assignments to names the
 * cell does not declare. It reads cells as Observable does, in strict mode. What it cannot read is
 * plain JavaScript with declarations or several statements (`const N = 70e9`, Notebook Kit's style):
 * such a cell is parsed by the same library as the block `{ … }` of its statements, and only the
 * rest is ours — which names a program declares, `view(…)` as an input, the function body with its
 * lines kept, and errors phrased for readers. `mutable`, reading `viewof x`, and `import` are
 * Observable syntax this notebook does not run, so they are errors here.
 */

export type CellKind = "empty" | "expression" | "block" | "function" | "class" | "program";

export interface CellSyntaxError {
  message: string;
  /** 1-based line in the cell. */
  line: number;
  /** 0-based column. */
  column: number;
}

export interface ParsedCell {
  ok: true;
  kind: CellKind;
  /** The names this cell defines: one for `N = …`, none for an anonymous cell, several for a program. */
  defines: string[];
  /** `viewof N = …`: the cell's value is an input, and `N` is the input's value. */
  viewof: boolean;
  /** Free names the cell reads — other cells or built-ins — each once, in order of first use. JavaScript's own globals (`Math`, `JSON`, …) are left out. */
  references: string[];
  /** The 1-based line where each reference first appears. */
  referenceLines: Record<string, number>;
  /** The body uses `await` at its top level. */
  async: boolean;
  /** The body uses `yield` at its top level: the value is a generator. */
  generator: boolean;
  /** The body of the function computing the value; its line n is the cell's line n. */
  body: string;
  /** Where the value's expression or block (braces included) is in the source, if the cell has one. */
  value: { start: number; end: number } | null;
}

export interface UnparsedCell {
  ok: false;
  error: CellSyntaxError;
  /** The name the cell seems to define (`N = 70e9 +` → `N`), so other cells can say what they wait for. */
  defines: string[];
  viewof: boolean;
}

export type CellParse = ParsedCell | UnparsedCell;

/** JavaScript's standard globals: reading them does not make a cell depend on another. */
export const JS_GLOBALS: ReadonlySet<string> = new Set(
  (
    "Array ArrayBuffer AggregateError Atomics BigInt BigInt64Array BigUint64Array Boolean DataView Date Error EvalError " +
    "FinalizationRegistry Float32Array Float64Array Function Infinity Int8Array Int16Array Int32Array Intl Iterator JSON Map Math " +
    "NaN Number Object Promise Proxy RangeError ReferenceError Reflect RegExp Set SharedArrayBuffer String Symbol SyntaxError " +
    "TypeError URIError Uint8Array Uint8ClampedArray Uint16Array Uint32Array WeakMap WeakRef WeakSet decodeURI " +
    "decodeURIComponent encodeURI encodeURIComponent globalThis isFinite isNaN parseFloat parseInt undefined console " +
    "structuredClone queueMicrotask setTimeout clearTimeout setInterval clearInterval TextEncoder TextDecoder URL " +
    "URLSearchParams performance Event EventTarget AbortController Blob arguments"
  ).split(" "),
);

const IDENT = "[A-Za-z_$][\\w$]*";
/** Cells that can only be Observable JavaScript (`viewof x = …`, `x = { … }`): their errors are Observable's. */
const OBSERVABLE_HEAD = new RegExp(`^\\s*(?:(?:viewof|mutable)\\s+${IDENT}|${IDENT}\\s*=\\s*\\{)`);
const VIEWOF_HEAD = new RegExp(`^\\s*viewof\\s+${IDENT}\\s*=(?![=>])`);
const DECLARATION_HEAD = new RegExp(`^\\s*(?:const|let|var)\\s+(${IDENT})\\s*=(?![=>])`);
const MODULE_HEAD = /^\s*(?:import|export)\b(?!\s*[(.])/;
/** Errors of a cell that parses as Observable JavaScript but breaks one of its rules. */
const OBSERVABLE_RULE = /^(?:Assignment to constant variable|Identifier '[^']*' is reserved|\w+ requires a single literal string argument|arguments is not allowed)/;
const OPTIONS = { globals: JS_GLOBALS, ecmaVersion: "latest", locations: true } as const;

/** Replaces every character but line breaks with a space, so positions and lines stay put. */
export function blank(text: string): string {
  return text.replace(/[^\n]/g, " ");
}

type AnyNode = Node & Record<string, any>;

/** An error with the line and column where it happened in the cell. */
class CellError extends Error {
  line: number;
  column: number;
  constructor(message: string, line: number, column: number) {
    super(message);
    this.line = line;
    this.column = column;
  }
}

/** The error, as a reader should see it; `shift`: what the parsed text added before the cell on its first line. */
function cellError(error: unknown, source: string, shift = 0): CellError {
  if (error instanceof CellError) return error;
  if (!(error instanceof SyntaxError)) throw error;
  const { loc } = error as SyntaxError & { loc?: { line: number; column: number } };
  let message = error.message.replace(/\s*\(\d+:\d+\)$/, "");
  const assigned = /^Assignment to constant variable (\S+)/.exec(message);
  if (assigned) message = `Cannot assign to ${assigned[1]}: it is not declared in this cell`;
  // An error after the cell's end (the closing brace we add) belongs to its last line.
  const line = Math.min(Math.max(1, loc?.line ?? 1), source.split("\n").length);
  const column = Math.max(0, (loc?.column ?? 0) - (loc?.line === 1 ? shift : 0));
  return new CellError(message, line, column);
}

/** `viewof x` and `mutable x` read in a cell, which this notebook does not define. */
function checkReferences(cell: AnyNode): void {
  for (const node of cell.references as AnyNode[]) {
    if (node.type !== "Identifier") throw new CellError("Unexpected token", node.loc!.start.line, node.loc!.start.column);
  }
}

/** Each free name once, in order of first use, with its line. */
function references(cell: AnyNode) {
  const lines: Record<string, number> = {};
  for (const node of cell.references as AnyNode[]) if (!(node.name in lines)) lines[node.name] = node.loc!.start.line;
  return { references: Object.keys(lines), referenceLines: lines };
}

export function parseCell(source: string): CellParse {
  let error: CellError;
  try {
    return fromObservable(source);
  } catch (observableError) {
    try {
      if (observableError instanceof CellError) throw observableError;
      return fromProgram(source);
    } catch (programError) {
      // Observable's error, unless the cell reads as plain JavaScript that fails as such.
      const observable = OBSERVABLE_HEAD.test(source) || programError === observableError || OBSERVABLE_RULE.test((observableError as Error).message);
      error = MODULE_HEAD.test(source)
        ? new CellError("import and export are not available in a notebook cell", 1, 0)
        : observable
          ? cellError(observableError, source)
          : cellError(programError, source, 1);
    }
  }
  const guessed = peekId(source) ?? DECLARATION_HEAD.exec(source)?.[1];
  const { message, line, column } = error;
  return { ok: false, error: { message, line, column }, defines: guessed ? [guessed] : [], viewof: VIEWOF_HEAD.test(source) };
}

/** A cell in Observable JavaScript. */
function fromObservable(source: string): ParsedCell {
  const cell = parseObservable(source, OPTIONS) as AnyNode;
  const { id, body } = cell;
  if (body?.type === "ImportDeclaration") throw new CellError("import and export are not available in a notebook cell", 1, 0);
  if (id?.type === "MutableExpression") throw new CellError("Unexpected token", id.loc.start.line, id.loc.start.column);
  checkReferences(cell);
  const kind: CellKind =
    body === null
      ? "empty"
      : body.type === "BlockStatement"
        ? "block"
        : id !== null && id === body.id
          ? body.type === "FunctionExpression"
            ? "function"
            : "class"
          : "expression";
  const value = kind === "expression" || kind === "block" ? { start: body.start, end: body.end } : null;
  return {
    ok: true,
    kind,
    defines: id ? [id.type === "ViewExpression" ? id.id.name : id.name] : [],
    viewof: id?.type === "ViewExpression",
    ...references(cell),
    async: cell.async,
    generator: cell.generator,
    body:
      kind === "empty"
        ? ""
        : kind === "block"
          ? blank(source.slice(0, body.start + 1)) + source.slice(body.start + 1, body.end - 1)
          : returning(source, body.start, body.end),
    value,
  };
}

/** `return (expression)`, with the cell's text before the expression blanked so lines stay put. */
function returning(source: string, start: number, end: number): string {
  return `return (${blank(source.slice(0, start))}${source.slice(start, end)})`;
}

/** A cell in plain JavaScript (Notebook Kit's style), read by the library as the block of its statements. */
function fromProgram(source: string): ParsedCell {
  let block: AnyNode;
  try {
    block = parseObservable(`{${source}\n}`, OPTIONS) as AnyNode;
  } catch (error) {
    throw cellError(error, source, 1);
  }
  checkReferences(block);
  const statements = (block.body.body as AnyNode[]).map(shift);
  const [first] = statements;
  const declarator = first?.type === "VariableDeclaration" && statements.length === 1 && first.declarations.length === 1 ? first.declarations[0] : null;
  if (declarator?.id.type === "Identifier" && declarator.init) {
    // `const N = 70e9`, and `const N = view(input)` for an input: the initializer is the value.
    const { init: given } = declarator;
    const viewof = given.type === "CallExpression" && given.callee.type === "Identifier" && given.callee.name === "view" && given.arguments.length === 1;
    const init = shift(viewof ? given.arguments[0] : given);
    let cell: AnyNode;
    try {
      // The initializer alone, in parentheses where the text before it was (`=` at least).
      cell = parseObservable(`${blank(source.slice(0, init.start - 1))}(${source.slice(init.start, init.end)})`, OPTIONS) as AnyNode;
    } catch (error) {
      throw cellError(error, source);
    }
    return {
      ok: true,
      kind: "expression",
      defines: [declarator.id.name],
      viewof,
      ...references(cell),
      async: cell.async,
      generator: cell.generator,
      body: returning(source, init.start, init.end),
      value: { start: init.start, end: init.end },
    };
  }
  const defines = topLevelDeclarations(statements);
  return {
    ok: true,
    kind: "program",
    defines,
    viewof: false,
    ...references(block),
    async: block.async,
    generator: block.generator,
    body: source + `\nreturn {${defines.join(", ")}};`,
    value: null,
  };
}

/** A node of the block `{…}` at its place in the cell, one character earlier (its children are not moved). */
function shift(node: AnyNode): AnyNode {
  return { ...node, start: node.start - 1, end: node.end - 1 };
}

function patternNames(pattern: AnyNode | null, out: string[]): string[] {
  if (!pattern) return out;
  switch (pattern.type) {
    case "Identifier":
      out.push(pattern.name);
      break;
    case "ObjectPattern":
      for (const p of pattern.properties) patternNames(p.type === "RestElement" ? p.argument : p.value, out);
      break;
    case "ArrayPattern":
      for (const e of pattern.elements) patternNames(e, out);
      break;
    case "AssignmentPattern":
      patternNames(pattern.left, out);
      break;
    case "RestElement":
      patternNames(pattern.argument, out);
      break;
  }
  return out;
}

function topLevelDeclarations(statements: AnyNode[]): string[] {
  const names: string[] = [];
  for (const s of statements) {
    if (s.type === "VariableDeclaration") for (const d of s.declarations) patternNames(d.id, names);
    else if ((s.type === "FunctionDeclaration" || s.type === "ClassDeclaration") && s.id) names.push(s.id.name);
  }
  return [...new Set(names)];
}
