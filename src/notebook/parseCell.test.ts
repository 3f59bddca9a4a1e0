import { describe, expect, it } from "vitest";
import { parseCell, type ParsedCell } from "./parseCell.ts";

function ok(source: string): ParsedCell {
  const cell = parseCell(source);
  if (!cell.ok) throw new Error(`expected ${JSON.stringify(source)} to parse: ${cell.error.message}`);
  return cell;
}

/** Runs a parsed cell's body with its references bound, as the runtime would. */
function run(cell: ParsedCell, values: Record<string, unknown>): unknown {
  // eslint-disable-next-line @typescript-eslint/no-implied-eval
  return new Function(...cell.references, cell.body)(...cell.references.map((r) => values[r]));
}

describe("parseCell(source) defines and references", () => {
  it("a named expression defines its name and reads the names it uses", () => {
    const cell = ok("C = scaling.trainingFlops(N, D)");
    expect(cell.defines).toEqual(["C"]);
    expect(cell.references).toEqual(["scaling", "N", "D"]);
    expect(cell.kind).toBe("expression");
    expect(run(cell, { scaling: { trainingFlops: (n: number, d: number) => 6 * n * d }, N: 2, D: 3 })).toBe(36);
  });

  it("a constant reads nothing", () => {
    const cell = ok("N = 70e9");
    expect(cell.defines).toEqual(["N"]);
    expect(cell.references).toEqual([]);
    expect(run(cell, {})).toBe(70e9);
  });

  it("an anonymous expression defines nothing", () => {
    const cell = ok("Plot.plot({ marks: [Plot.dot(runs, { x: \"N\", y: \"loss\" })] })");
    expect(cell.defines).toEqual([]);
    expect(cell.references).toEqual(["Plot", "runs"]);
  });

  it("JavaScript's globals are not references, but unknown globals are", () => {
    expect(ok("x = Math.log(N) + JSON.stringify(y).length + Number.EPSILON").references).toEqual(["N", "y"]);
    expect(ok("p = parent.document.title").references).toEqual(["parent"]);
    expect(ok("s = localStorage.getItem('k')").references).toEqual(["localStorage"]);
  });

  it("property names, object keys and labels are not references; shorthand properties and computed keys are", () => {
    expect(ok("x = a.b.c + ({ d: e, [f]: 1, g }).h").references).toEqual(["a", "e", "f", "g"]);
    expect(ok("{ outer: for (const i of list) { if (i) continue outer; } }").references).toEqual(["list"]);
  });

  it("a block cell `x = { … }` defines x and returns what the block returns", () => {
    const cell = ok("D = {\n  const ratio = 20;\n  return ratio * N;\n}");
    expect(cell.kind).toBe("block");
    expect(cell.defines).toEqual(["D"]);
    expect(cell.references).toEqual(["N"]);
    expect(run(cell, { N: 2 })).toBe(40);
  });

  it("locals of functions, arrows, blocks, loops and catch clauses are not references", () => {
    const cell = ok(`total = {
  let sum = 0;
  for (let i = 0; i < n; i++) sum += i;
  for (const [k, v] of Object.entries(table)) sum += v;
  const f = (x, { y = k0 } = {}) => x + y + sum;
  function g(z) { var w = z; return w + h; }
  try { sum += f(1); } catch (error) { sum = error; }
  class K extends Base { m() { return K; } }
  return sum + g(2);
}`);
    expect(cell.references).toEqual(["n", "table", "k0", "h", "Base"]);
  });

  it("var declarations are hoisted out of blocks but not out of functions", () => {
    expect(ok("{ if (a) { var v = 1; } return v; }").references).toEqual(["a"]);
    expect(ok("{ (() => { var v = 1; })(); return v; }").references).toEqual(["v"]);
  });

  it("a function or class declaration defines its name and may call itself", () => {
    const fib = ok("function fib(n) {\n  return n < 2 ? n : fib(n - 1) + fib(n - 2);\n}");
    expect(fib.kind).toBe("function");
    expect(fib.defines).toEqual(["fib"]);
    expect(fib.references).toEqual([]);
    expect((run(fib, {}) as (n: number) => number)(10)).toBe(55);
    expect(ok("class Run { constructor(n) { this.n = n * scale; } }").references).toEqual(["scale"]);
  });

  it("viewof x = … defines x as an input", () => {
    const cell = ok("viewof N = Inputs.range([1e9, 1e12], { value: 70e9, label: \"N\" })");
    expect(cell.viewof).toBe(true);
    expect(cell.defines).toEqual(["N"]);
    expect(cell.references).toEqual(["Inputs"]);
  });

  it("Notebook Kit style: const x = … and const x = view(…)", () => {
    const a = ok("const N = 70e9;");
    expect([a.defines, a.viewof, run(a, {})]).toEqual([["N"], false, 70e9]);
    const b = ok("const N = view(Inputs.range([1, 10]))");
    expect([b.defines, b.viewof, b.references]).toEqual([["N"], true, ["Inputs"]]);
  });

  it("several statements are a program defining every top-level declaration", () => {
    const cell = ok("const a = 1;\nlet { b, c: [d] } = obj;\nfunction f() { return a; }\nb + d;");
    expect(cell.kind).toBe("program");
    expect(cell.defines).toEqual(["a", "b", "d", "f"]);
    expect(cell.references).toEqual(["obj"]);
    expect(run(cell, { obj: { b: 2, c: [3] } })).toMatchObject({ a: 1, b: 2, d: 3 });
  });

  it("await and yield at the top level make the cell async or a generator; inside functions they do not", () => {
    expect(ok("x = await fetchLater()")).toMatchObject({ async: true, generator: false });
    expect(ok("x = { for (let i = 0; ; i++) yield i; }")).toMatchObject({ async: false, generator: true });
    expect(ok("x = async () => await y")).toMatchObject({ async: false, generator: false });
    expect(ok("x = { const f = function* () { yield 1; }; return f; }")).toMatchObject({ generator: false });
  });

  it("an empty or comment-only cell defines and reads nothing", () => {
    expect(ok("  // just a note\n")).toMatchObject({ kind: "empty", defines: [], references: [] });
  });

  it("reference lines point at the first use", () => {
    expect(ok("y = {\n  const a = 1;\n  return a + N\n    + N + M;\n}").referenceLines).toEqual({ N: 3, M: 4 });
  });

  it("the body keeps the cell's lines, so a runtime error's line is the cell's line", () => {
    const cell = ok("y = {\n  const a = 1;\n  return a.b.c;\n}");
    expect(cell.body.split("\n")[2]).toContain("return a.b.c;");
    const expr = ok("// comment\n\nz = (\n  N * 2\n)");
    expect(expr.body.split("\n")[3]).toContain("N * 2");
  });
});

describe("parseCell(source) errors", () => {
  it("a syntax error reports its line and keeps the name the cell seems to define", () => {
    const cell = parseCell("D = 20 *\n  N +\n  )");
    expect(cell.ok).toBe(false);
    if (cell.ok) return;
    expect(cell.error.line).toBe(3);
    expect(cell.error.message).toMatch(/Unexpected token/);
    expect(cell.defines).toEqual(["D"]);
  });

  it("a syntax error at the end of the cell is on its last line", () => {
    const cell = parseCell("D = tokensPerParam *\n  N +");
    expect(cell.ok).toBe(false);
    if (!cell.ok) expect(cell.error.line).toBe(2);
  });

  it("an object literal written as a block is a syntax error, as in Observable", () => {
    const cell = parseCell("x = { a: 1, b: 2 }");
    expect(cell.ok).toBe(false);
  });

  it("assigning to another cell's name is an error with its line", () => {
    const cell = parseCell("y = {\n  N = 5;\n  return N;\n}");
    expect(cell.ok).toBe(false);
    if (cell.ok) return;
    expect(cell.error).toMatchObject({ line: 2 });
    expect(cell.error.message).toMatch(/Cannot assign to N/);
    expect(parseCell("y = { let n = 1; n += 2; return n; }").ok).toBe(true);
  });

  it("import and export are not available", () => {
    expect(parseCell("import x from 'y'").ok).toBe(false);
  });
});
