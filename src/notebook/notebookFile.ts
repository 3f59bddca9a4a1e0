/**
 * Notebooks as files: Observable Notebook Kit's open format (an HTML file with a `<notebook>` element
 * and one `<script>` per cell) and plain JavaScript (cells after `// %%` lines). Both open again on the
 * Playground. No DOM is needed, so the same code runs in the browser, in Node and in tests.
 *
 * Notebook Kit cells are plain JavaScript (`type="module"`): a top-level `const` is visible to other
 * cells, an expression statement is displayed, `view(input)` makes an input. Our cells are written in
 * Observable's syntax, so the export rewrites them, and the import rewrites them back, exactly:
 *
 * | Our cell                 | Notebook Kit `type="module"` cell            |
 * | ------------------------ | -------------------------------------------- |
 * | `N = 70e9`               | `const N = 70e9`                             |
 * | `viewof N = Inputs.…`    | `const N = view(Inputs.…)`                   |
 * | `x = { …; return v }`    | `const x = (() => { …; return v })()` (`await (async () => …)()` if it awaits) |
 * | `{ …; return v }`        | `(() => { …; return v })()`                  |
 * | expression, function, class, several statements | unchanged            |
 *
 * Cells that plain JavaScript cannot express (a generator cell's top-level `yield`) or that do not parse
 * are kept as written, with Notebook Kit's Observable JavaScript type
 * (`application/vnd.observable.javascript`). On import, Markdown, TeX and HTML cells become
 * `md`, `tex.block` and `html` cells; other kinds (SQL, Python, …) become a note showing their code.
 */
import { parse } from "acorn";
import { parseCell } from "./parseCell.ts";
import type { NotebookDoc } from "./hash.ts";

export const OJS_TYPE = "application/vnd.observable.javascript";
/** The line that starts a cell in a plain JavaScript notebook; `// %% observable` for an Observable JavaScript cell. */
export const JS_MARKER = "// %%";

type CellType = "module" | typeof OJS_TYPE;

interface ExportedCell {
  type: CellType;
  code: string;
}

const IDENT = "[A-Za-z_$][\\w$]*";

/** One cell of ours as a Notebook Kit cell. */
export function exportCell(source: string): ExportedCell {
  const cell = parseCell(source);
  if (!cell.ok || cell.generator) return { type: OJS_TYPE, code: source };
  const lead = /^\s*/.exec(source)![0];
  const startsWithName = new RegExp(`^\\s*${IDENT}\\s*=(?![=>])`).test(source);
  const v = cell.value;
  const iife = () => `${cell.async ? "await (async () => {" : "(() => {"}${source.slice(v!.start + 1, v!.end - 1)}})()`;
  if (cell.viewof && /^\s*viewof\s/.test(source) && v) {
    const at = lead.length + "viewof".length;
    const value = cell.kind === "block" ? iife() : source.slice(v.start, v.end);
    return { type: "module", code: `${lead}const${source.slice(at, v.start)}view(${value})${source.slice(v.end)}` };
  }
  if (cell.kind === "block" && v) {
    const head = startsWithName ? `${lead}const ${source.slice(lead.length, v.start)}` : source.slice(0, v.start);
    return { type: "module", code: `${head}${iife()}${source.slice(v.end)}` };
  }
  if (cell.kind === "expression" && cell.defines.length === 1 && startsWithName) {
    return { type: "module", code: `${lead}const ${source.slice(lead.length)}` };
  }
  return { type: "module", code: source };
}

type AnyNode = Record<string, any>;

/** One Notebook Kit JavaScript cell as a cell of ours (the inverse of {@link exportCell}). */
export function importModuleCell(code: string): string {
  let program: AnyNode;
  try {
    program = parse(code, { ecmaVersion: "latest", sourceType: "module", allowAwaitOutsideFunction: true }) as AnyNode;
  } catch {
    return code;
  }
  if (program.body.length !== 1) return code;
  const s = program.body[0];
  const iifeBody = (node: AnyNode): { start: number; end: number } | null => {
    // `(() => {…})()` or `await (async () => {…})()`, written exactly so.
    const call = node.type === "AwaitExpression" ? node.argument : node;
    const isAsync = node.type === "AwaitExpression";
    if (call?.type !== "CallExpression" || call.arguments.length !== 0) return null;
    const f = call.callee;
    if (f.type !== "ArrowFunctionExpression" || f.params.length !== 0 || f.body.type !== "BlockStatement" || f.async !== isAsync) return null;
    const open = isAsync ? "await (async () => {" : "(() => {";
    if (code.slice(node.start, f.body.start + 1) !== open || code.slice(f.body.end - 1, node.end) !== "})()") return null;
    return { start: f.body.start, end: f.body.end };
  };
  if (s.type === "ExpressionStatement") {
    const b = iifeBody(s.expression);
    if (b) return code.slice(0, s.expression.start) + code.slice(b.start, b.end) + code.slice(s.expression.end);
    return code;
  }
  if (s.type !== "VariableDeclaration" || s.kind !== "const" || s.declarations.length !== 1) return code;
  const d = s.declarations[0];
  if (d.id.type !== "Identifier" || !d.init) return code;
  const init = d.init;
  const head = code.slice(0, s.start);
  // `const N = view(x)` → `viewof N = x`
  if (init.type === "CallExpression" && init.callee.type === "Identifier" && init.callee.name === "view" && init.arguments.length === 1) {
    const arg = init.arguments[0];
    const block = iifeBody(arg);
    const value = block ? code.slice(block.start, block.end) : code.slice(arg.start, arg.end);
    return `${head}viewof${code.slice(s.start + "const".length, init.start)}${value}${code.slice(init.end)}`;
  }
  const rest = code.slice(d.id.start);
  const b = iifeBody(init);
  if (b) return `${head}${code.slice(d.id.start, init.start)}${code.slice(b.start, b.end)}${code.slice(init.end)}`;
  return `${head}${rest}`;
}

/** Escapes text for a JavaScript template literal. */
function templateText(text: string): string {
  return text.replace(/\\/g, "\\\\").replace(/`/g, "\\`").replace(/\$\{/g, "\\${");
}

const TEXT_MODES: Record<string, string> = { "text/markdown": "md", "application/x-tex": "tex.block", "text/html": "html" };

/** A Notebook Kit cell of any type as a cell of ours. */
export function importCell(type: string | null, code: string): string {
  const t = (type ?? "module").trim().toLowerCase();
  if (t === "module" || t === "" || t === "text/javascript" || t === "application/javascript") return importModuleCell(code);
  if (t === OJS_TYPE) return code;
  if (TEXT_MODES[t]) return `${TEXT_MODES[t]}\`${templateText(code)}\``;
  return `md\`*This ${templateText(t)} cell cannot run here; its code:*\n\n~~~\n${templateText(code)}\n~~~\``;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

function unescapeHtml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos|#39);/gi, (whole, e: string) => {
    const k = e.toLowerCase();
    if (k.startsWith("#x")) return String.fromCodePoint(parseInt(k.slice(2), 16));
    if (k.startsWith("#")) return String.fromCodePoint(Number(k.slice(1)));
    return ({ amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" } as Record<string, string>)[k] ?? whole;
  });
}

/** Notebook Kit's indentation of cell code: four spaces, removed again on reading. */
function indent(text: string): string {
  return `\n${text.split(/\r\n?|\n/).map((l) => (l ? `    ${l}` : "")).join("\n")}\n  `;
}

function dedent(text: string): string {
  const lines = text.split(/\r\n?|\n/);
  if (lines.length && !lines[lines.length - 1].trim()) lines.pop();
  if (lines.length && !lines[0].trim()) lines.shift();
  return lines.map((l) => l.replace(/^ {4}/, "")).join("\n");
}

/** `</script` cannot appear inside a script element: Notebook Kit writes `<\/script`. */
function escapeScript(code: string): string {
  return code.replace(/<(?=\\*\/script(\s|>|$))/gi, "<\\");
}

function unescapeScript(code: string): string {
  return code.replace(/<\\(?=\\*\/script(\s|>|$))/gi, "<");
}

/** The notebook as a Notebook Kit file (`.html`). */
export function toNotebookKitHtml(doc: NotebookDoc): string {
  const parts = [`<!doctype html>\n<notebook theme="air">`, `  <title>${escapeHtml(doc.title ?? "Untitled")}</title>`];
  doc.cells.forEach((source, i) => {
    const cell = exportCell(source);
    parts.push(`  <script id="${i + 1}" type="${cell.type}">${escapeScript(indent(cell.code))}</script>`);
  });
  parts.push("</notebook>\n");
  return parts.join("\n");
}

/** A Notebook Kit file's cells and title. Throws if the text holds no `<notebook>`. */
export function fromNotebookKitHtml(html: string): NotebookDoc {
  const notebook = /<notebook\b[^>]*>([\s\S]*?)(?:<\/notebook\s*>|$)/i.exec(html);
  if (!notebook) throw new Error("not a notebook file: no <notebook> element");
  const inner = notebook[1].replace(/<!--[\s\S]*?-->/g, "");
  const title = /<title\b[^>]*>([\s\S]*?)<\/title\s*>/i.exec(inner)?.[1];
  const cells: string[] = [];
  for (const m of inner.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    const type = /\btype\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(m[1]);
    cells.push(importCell(type ? unescapeHtml(type[1] ?? type[2] ?? type[3]) : null, dedent(unescapeScript(m[2]))));
  }
  const doc: NotebookDoc = { cells };
  if (title && title.trim() && unescapeHtml(title).trim() !== "Untitled") doc.title = unescapeHtml(title).trim();
  return doc;
}

/** The notebook as one plain JavaScript file (`.js`): cells after `// %%` lines. */
export function toPlainJavaScript(doc: NotebookDoc, { url }: { url?: string } = {}): string {
  const header = [
    `// ${(doc.title ?? "Untitled").replace(/\s+/g, " ")}`,
    "// A Scaling Lab notebook as plain JavaScript. Each cell follows a “// %%” line.",
    "// The cells use the notebook's built-ins (scaling, Plot, Inputs, d3, tex, md, fmt, width):",
    `// open this file on the Playground${url ? ` (${url})` : ""} to run it.`,
  ];
  const cells = doc.cells.map((source) => {
    const cell = exportCell(source);
    const code = cell.code.replace(/^\/\/ %%/gm, "// %%%");
    return `${cell.type === OJS_TYPE ? `${JS_MARKER} observable` : JS_MARKER}\n${code}`;
  });
  return `${header.join("\n")}\n\n${cells.join("\n")}\n`;
}

/** A plain JavaScript notebook's cells and title (the inverse of {@link toPlainJavaScript}). */
export function fromPlainJavaScript(text: string): NotebookDoc {
  const lines = text.replace(/\r\n?/g, "\n").replace(/\n$/, "").split("\n");
  const first = lines.findIndex((l) => l === JS_MARKER || l === `${JS_MARKER} observable`);
  if (first < 0) {
    // Not one of ours: the whole file is one cell.
    return { cells: [importModuleCell(text.trim())] };
  }
  const doc: NotebookDoc = { cells: [] };
  const title = /^\/\/ (.+)$/.exec(lines[0] ?? "")?.[1];
  if (first > 0 && title && title !== "Untitled") doc.title = title;
  let current: { ojs: boolean; lines: string[] } | null = null;
  const flush = () => {
    if (!current) return;
    const code = current.lines.join("\n").replace(/^\/\/ %%(%+)/gm, "// %$1");
    doc.cells.push(current.ojs ? code : importModuleCell(code));
  };
  for (const line of lines.slice(first)) {
    if (line === JS_MARKER || line === `${JS_MARKER} observable`) {
      flush();
      current = { ojs: line !== JS_MARKER, lines: [] };
    } else current!.lines.push(line);
  }
  flush();
  return doc;
}

/** Opens either kind of file: Notebook Kit HTML (it has a `<notebook>`) or plain JavaScript. */
export function openNotebookFile(text: string, name = ""): NotebookDoc {
  if (/\.html?$/i.test(name) || /<notebook\b/i.test(text)) return fromNotebookKitHtml(text);
  return fromPlainJavaScript(text);
}
