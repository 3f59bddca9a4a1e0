// Packages that ship without types: d3-array and d3-format (their types are separate @types packages), and Observable's inputs, runtime and parser.
declare module "d3-array";
declare module "d3-format";
declare module "@observablehq/inputs";
declare module "@observablehq/runtime";
declare module "@observablehq/parser" {
  /** Parses an Observable cell: `{ type: "Cell", id, body, async, generator, references, … }` (acorn nodes); throws a `SyntaxError` with `loc`. */
  export function parseCell(input: string, options?: { globals?: Iterable<string>; ecmaVersion?: number | "latest"; locations?: boolean }): unknown;
  /** The name a cell seems to define, even when it does not parse: `x = 1 +` → `"x"`. */
  export function peekId(input: string): string | undefined;
}
