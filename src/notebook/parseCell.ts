import { parse, tokenizer, type Node } from "acorn";

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

const WRAP = "async function* __cell__() {\n";
const IDENT = "[A-Za-z_$][\\w$]*";

/** Replaces every character but line breaks with a space, so positions and lines stay put. */
export function blank(text: string): string {
  return text.replace(/[^\n]/g, " ");
}

type AnyNode = Node & Record<string, any>;

export function parseCell(source: string): CellParse {
  // `viewof` is Observable syntax, not JavaScript: blank it out, remember it.
  const viewofMatch = new RegExp(`^(\\s*)viewof(\\s+)(?=${IDENT}\\s*=(?![=>]))`).exec(source);
  const viewof = viewofMatch !== null;
  let src = viewof ? viewofMatch![1] + blank("viewof") + viewofMatch![2] + source.slice(viewofMatch![0].length) : source;

  // `name = { … }` is a block cell: find `name`, `=` and `{` as the first three tokens.
  const head = leadingTokens(src, 3);
  let blockName: string | null = null;
  if (head.length === 3 && head[0].type === "name" && head[1].value === "=" && head[2].type === "{") {
    blockName = head[0].value as string;
    src = src.slice(0, head[0].start) + blank(src.slice(head[0].start, head[2].start)) + src.slice(head[2].start);
  }
  const guessed = blockName ?? new RegExp(`^\\s*(?:(?:const|let|var)\\s+)?(${IDENT})\\s*=(?![=>])`).exec(src)?.[1];

  let program: AnyNode;
  try {
    program = parse(WRAP + src + "\n}", { ecmaVersion: "latest", sourceType: "script", locations: true }) as AnyNode;
  } catch (error) {
    const e = error as SyntaxError & { loc?: { line: number; column: number } };
    // An error at the very end (the wrapper's closing brace) belongs to the cell's last line.
    const line = Math.min(Math.max(1, (e.loc?.line ?? 2) - 1), source.split("\n").length);
    const message = e.message.replace(/\s*\(\d+:\d+\)$/, "");
    return { ok: false, error: { message, line, column: e.loc?.column ?? 0 }, defines: guessed ? [guessed] : [], viewof };
  }
  const offset = WRAP.length;
  const fn = program.body[0] as AnyNode;
  const statements = fn.body.body as AnyNode[];
  const at = (node: AnyNode) => ({ start: node.start - offset, end: node.end - offset });

  let kind: CellKind;
  let defines: string[] = [];
  let body = "";
  let valueNode: AnyNode | null = null; // what the cell's value is computed from
  let isViewof = viewof;

  const expressionBody = (node: AnyNode) => {
    const { start, end } = at(node);
    return `return (${blank(source.slice(0, start))}${src.slice(start, end)})`;
  };

  if (statements.length === 0) {
    kind = "empty";
    body = "";
  } else if (blockName !== null) {
    const block = statements[0];
    if (statements.length !== 1 || block.type !== "BlockStatement") {
      return syntaxError("Expected a single block after “=”", statements[1] ?? block, [blockName], viewof);
    }
    kind = "block";
    defines = [blockName];
    const { start, end } = at(block);
    body = blank(source.slice(0, start + 1)) + src.slice(start + 1, end - 1);
    valueNode = block;
  } else if (statements.length === 1) {
    const s = statements[0];
    if (s.type === "ExpressionStatement" && s.expression.type === "AssignmentExpression" && s.expression.operator === "=" && s.expression.left.type === "Identifier") {
      kind = "expression";
      defines = [s.expression.left.name];
      valueNode = s.expression.right;
      body = expressionBody(valueNode!);
    } else if (s.type === "ExpressionStatement") {
      kind = "expression";
      valueNode = s.expression;
      body = expressionBody(valueNode!);
    } else if (s.type === "BlockStatement") {
      kind = "block";
      const { start, end } = at(s);
      body = blank(source.slice(0, start + 1)) + src.slice(start + 1, end - 1);
      valueNode = s;
    } else if (s.type === "FunctionDeclaration" || s.type === "ClassDeclaration") {
      kind = s.type === "FunctionDeclaration" ? "function" : "class";
      defines = [s.id.name];
      body = expressionBody(s);
      valueNode = s;
    } else if (s.type === "VariableDeclaration" && s.declarations.length === 1 && s.declarations[0].id.type === "Identifier" && s.declarations[0].init) {
      // Notebook Kit style: `const N = 70e9`, and `const N = view(input)` for an input.
      kind = "expression";
      const d = s.declarations[0];
      defines = [d.id.name];
      let init = d.init as AnyNode;
      if (!isViewof && init.type === "CallExpression" && init.callee.type === "Identifier" && init.callee.name === "view" && init.arguments.length === 1) {
        isViewof = true;
        init = init.arguments[0];
      }
      valueNode = init;
      body = expressionBody(init);
    } else {
      kind = "program";
    }
  } else {
    kind = "program";
  }
  if (kind === "program") {
    for (const s of statements) {
      if (/^(Import|Export)/.test(s.type)) return syntaxError("import and export are not available in a notebook cell", s, [], viewof);
    }
    defines = topLevelDeclarations(statements);
    body = src + `\nreturn {${defines.join(", ")}};`;
    valueNode = null;
  }
  if (isViewof && defines.length !== 1) {
    return syntaxError("viewof needs a name: viewof x = Inputs.range(…)", statements[0], defines, viewof);
  }

  // Free names, and assignments to names the cell does not own.
  const analyzed: AnyNode[] =
    kind === "program" || kind === "function" || kind === "class" ? statements : valueNode ? [valueNode] : [];
  const analysis = analyze(analyzed);
  if (analysis.badAssignment) {
    const { name, node } = analysis.badAssignment;
    return syntaxError(`Cannot assign to ${name}: it is not declared in this cell`, node, defines, isViewof);
  }
  const flags = topLevelFlags(kind === "block" ? valueNode!.body : analyzed);
  return {
    ok: true,
    kind,
    defines,
    viewof: isViewof,
    references: analysis.references,
    referenceLines: analysis.lines,
    async: flags.async,
    generator: flags.generator,
    body,
    value: valueNode && kind !== "function" && kind !== "class" ? at(valueNode) : null,
  };
}

function syntaxError(message: string, node: AnyNode, defines: string[], viewof: boolean): UnparsedCell {
  const line = Math.max(1, (node.loc?.start.line ?? 2) - 1);
  return { ok: false, error: { message, line, column: node.loc?.start.column ?? 0 }, defines, viewof };
}

interface Token {
  type: string;
  value: unknown;
  start: number;
}

/** The first `n` tokens of `src`, or fewer if it ends or does not tokenize. */
function leadingTokens(src: string, n: number): Token[] {
  const out: Token[] = [];
  try {
    for (const t of tokenizer(src, { ecmaVersion: "latest" })) {
      out.push({ type: t.type.label, value: (t as { value?: unknown }).value ?? t.type.label, start: t.start });
      if (out.length >= n) break;
    }
  } catch {
    // A tokenizer error shows up again, with its line, when the cell is parsed.
  }
  return out;
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

const FUNCTION = new Set(["FunctionDeclaration", "FunctionExpression", "ArrowFunctionExpression"]);

/** `await` / `yield` at the top level of the cell (not inside a nested function). */
function topLevelFlags(nodes: AnyNode[]): { async: boolean; generator: boolean } {
  const flags = { async: false, generator: false };
  const visit = (node: AnyNode | null) => {
    if (!node || typeof node.type !== "string") return;
    if (FUNCTION.has(node.type)) return;
    if (node.type === "AwaitExpression") flags.async = true;
    if (node.type === "ForOfStatement" && node.await) flags.async = true;
    if (node.type === "YieldExpression") flags.generator = true;
    for (const child of children(node)) visit(child);
  };
  for (const n of nodes) visit(n);
  return flags;
}

/** The child nodes of a node, in source order. */
function children(node: AnyNode): AnyNode[] {
  const out: AnyNode[] = [];
  for (const key of Object.keys(node)) {
    if (key === "loc" || key === "start" || key === "end" || key === "type") continue;
    const value = node[key];
    if (Array.isArray(value)) {
      for (const v of value) if (v && typeof v.type === "string") out.push(v);
    } else if (value && typeof value.type === "string") out.push(value);
  }
  return out.sort((a, b) => a.start - b.start);
}

interface Scope {
  names: Set<string>;
  parent: Scope | null;
}

/** Declares a block's lexical names (let, const, class, function) in `scope`. */
function declareLexical(statements: AnyNode[], scope: Scope): void {
  for (const s of statements) {
    if (s.type === "VariableDeclaration" && s.kind !== "var") for (const d of s.declarations) for (const n of patternNames(d.id, [])) scope.names.add(n);
    if ((s.type === "ClassDeclaration" || s.type === "FunctionDeclaration") && s.id) scope.names.add(s.id.name);
  }
}

/** Declares the `var`s of a function body (hoisted out of blocks, not out of nested functions). */
function declareVars(node: AnyNode | null, scope: Scope): void {
  if (!node || typeof node.type !== "string" || FUNCTION.has(node.type)) return;
  if (node.type === "VariableDeclaration" && node.kind === "var") for (const d of node.declarations) for (const n of patternNames(d.id, [])) scope.names.add(n);
  for (const child of children(node)) declareVars(child, scope);
}

function resolves(name: string, scope: Scope | null): boolean {
  for (let s = scope; s; s = s.parent) if (s.names.has(name)) return true;
  return false;
}

/** The free names read by `statements` (at a cell's top level), and the first assignment to a name they do not declare. */
function analyze(statements: AnyNode[]) {
  const references: string[] = [];
  const lines: Record<string, number> = {};
  let badAssignment: { name: string; node: AnyNode } | null = null;
  const top: Scope = { names: new Set(), parent: null };
  declareLexical(statements, top);
  for (const s of statements) declareVars(s, top);

  const reference = (node: AnyNode, scope: Scope) => {
    const name = node.name as string;
    if (resolves(name, scope) || JS_GLOBALS.has(name)) return;
    if (!(name in lines)) {
      references.push(name);
      lines[name] = Math.max(1, (node.loc?.start.line ?? 2) - 1);
    }
  };
  const assign = (target: AnyNode, scope: Scope) => {
    if (target.type === "Identifier") {
      if (!resolves(target.name, scope) && !badAssignment) badAssignment = { name: target.name, node: target };
      return;
    }
    if (target.type === "MemberExpression") return visit(target, scope);
    // Destructuring assignment: every identifier inside is assigned; defaults are read.
    if (target.type === "ObjectPattern") for (const p of target.properties) {
      if (p.type === "RestElement") assign(p.argument, scope);
      else {
        if (p.computed) visit(p.key, scope);
        assign(p.value, scope);
      }
    }
    else if (target.type === "ArrayPattern") for (const e of target.elements) e && assign(e, scope);
    else if (target.type === "AssignmentPattern") {
      assign(target.left, scope);
      visit(target.right, scope);
    } else if (target.type === "RestElement") assign(target.argument, scope);
  };
  /** Visits a binding pattern: its names are declared elsewhere; its defaults and computed keys are read. */
  const pattern = (p: AnyNode | null, scope: Scope) => {
    if (!p) return;
    switch (p.type) {
      case "Identifier":
        return;
      case "ObjectPattern":
        for (const prop of p.properties) {
          if (prop.type === "RestElement") pattern(prop.argument, scope);
          else {
            if (prop.computed) visit(prop.key, scope);
            pattern(prop.value, scope);
          }
        }
        return;
      case "ArrayPattern":
        for (const e of p.elements) pattern(e, scope);
        return;
      case "AssignmentPattern":
        pattern(p.left, scope);
        visit(p.right, scope);
        return;
      case "RestElement":
        return pattern(p.argument, scope);
      default:
        return visit(p, scope);
    }
  };
  const fn = (node: AnyNode, scope: Scope) => {
    const inner: Scope = { names: new Set(), parent: scope };
    if (node.type === "FunctionExpression" && node.id) inner.names.add(node.id.name);
    for (const p of node.params) for (const n of patternNames(p, [])) inner.names.add(n);
    if (node.body.type === "BlockStatement") {
      declareLexical(node.body.body, inner);
      declareVars(node.body, inner);
    }
    for (const p of node.params) pattern(p, inner);
    if (node.body.type === "BlockStatement") for (const s of node.body.body) visit(s, inner);
    else visit(node.body, inner);
  };
  const block = (statements: AnyNode[], scope: Scope) => {
    const inner: Scope = { names: new Set(), parent: scope };
    declareLexical(statements, inner);
    for (const s of statements) visit(s, inner);
  };
  function visit(node: AnyNode | null, scope: Scope): void {
    if (!node || typeof node.type !== "string") return;
    switch (node.type) {
      case "Identifier":
        return reference(node, scope);
      case "FunctionDeclaration":
      case "FunctionExpression":
      case "ArrowFunctionExpression":
        return fn(node, scope);
      case "ClassDeclaration":
      case "ClassExpression": {
        const inner: Scope = { names: new Set(node.id ? [node.id.name] : []), parent: scope };
        if (node.superClass) visit(node.superClass, scope);
        for (const m of node.body.body) {
          if (m.computed) visit(m.key, inner);
          if (m.type === "StaticBlock") block(m.body, inner);
          else if (m.value) visit(m.value, inner);
        }
        return;
      }
      case "BlockStatement":
        return block(node.body, scope);
      case "StaticBlock":
        return block(node.body, scope);
      case "VariableDeclaration":
        for (const d of node.declarations) {
          pattern(d.id, scope);
          visit(d.init, scope);
        }
        return;
      case "ForStatement":
      case "ForInStatement":
      case "ForOfStatement": {
        const inner: Scope = { names: new Set(), parent: scope };
        const init = node.type === "ForStatement" ? node.init : node.left;
        if (init?.type === "VariableDeclaration" && init.kind !== "var") for (const d of init.declarations) for (const n of patternNames(d.id, [])) inner.names.add(n);
        if (node.type !== "ForStatement" && init && init.type !== "VariableDeclaration") assign(init, inner);
        else visit(init, inner);
        for (const key of ["test", "update", "right", "body"]) visit(node[key], inner);
        return;
      }
      case "CatchClause": {
        const inner: Scope = { names: new Set(patternNames(node.param, [])), parent: scope };
        pattern(node.param, inner);
        return block(node.body.body, inner);
      }
      case "SwitchStatement": {
        visit(node.discriminant, scope);
        const inner: Scope = { names: new Set(), parent: scope };
        declareLexical(node.cases.flatMap((c: AnyNode) => c.consequent), inner);
        for (const c of node.cases) {
          visit(c.test, inner);
          for (const s of c.consequent) visit(s, inner);
        }
        return;
      }
      case "MemberExpression":
        visit(node.object, scope);
        if (node.computed) visit(node.property, scope);
        return;
      case "Property":
        if (node.computed) visit(node.key, scope);
        return visit(node.value, scope);
      case "MethodDefinition":
      case "PropertyDefinition":
        if (node.computed) visit(node.key, scope);
        return visit(node.value, scope);
      case "LabeledStatement":
        return visit(node.body, scope);
      case "BreakStatement":
      case "ContinueStatement":
      case "MetaProperty":
      case "Literal":
      case "ThisExpression":
      case "Super":
        return;
      case "AssignmentExpression":
        assign(node.left, scope);
        return visit(node.right, scope);
      case "UpdateExpression":
        return assign(node.argument, scope);
      case "ImportExpression":
        return visit(node.source, scope);
      default:
        for (const child of children(node)) visit(child, scope);
    }
  }
  for (const s of statements) visit(s, top);
  return { references, lines, badAssignment: badAssignment as { name: string; node: AnyNode } | null };
}
