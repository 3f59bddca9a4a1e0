/**
 * Cell outputs as HTML, the same at build time (in the page's HTML) and in the browser (the page's own
 * code renders what the sandbox sends; every string is escaped). DOM outputs (`kind: "html"`) are not
 * rendered here in the browser: they go into a sandboxed display frame.
 */
import type { Inspected } from "./inspect.ts";
import type { InputSpec } from "./inputSpec.ts";
import type { CellOutput } from "./protocol.ts";
import { escapeHtml as esc } from "./md.ts";
import { fill } from "../i18n/fill.ts";

/** The UI strings outputs need, already translated (`{line}`, `{name}`, `{seconds}`, `{n}` placeholders). */
export interface OutputStrings {
  line: string;
  blocked: string;
  timeout: string;
  pending: string;
  more: string;
}


function quote(s: string): string {
  return JSON.stringify(s).replace(/\\u2028/g, "\u2028");
}

/**
 * A hint beside a value (`1B` beside `1000000000`): a pill on screen, and ` (1B)` when copied or read
 * aloud, so copying the output gives `1000000000 (1B)`, not `10000000001B`.
 */
const hint = (text: string) => `<span class="nb-v-hint"><span class="nb-v-sep"> (</span>${esc(text)}<span class="nb-v-sep">)</span></span>`;

function leaf(v: Inspected): string {
  switch (v.t) {
    case "undefined":
    case "null":
      return `<span class="nb-v-null">${v.t}</span>`;
    case "number":
      return `<span class="nb-v-num">${esc(v.v)}</span>${v.hint ? hint(v.hint) : ""}`;
    case "bigint":
      return `<span class="nb-v-num">${esc(v.v)}</span>`;
    case "boolean":
      return `<span class="nb-v-bool">${v.v}</span>`;
    case "string":
      return `<span class="nb-v-str">${esc(quote(v.v))}</span>${v.more ? hint(`+${v.more}`) : ""}`;
    case "symbol":
    case "regexp":
    case "date":
      return `<span class="nb-v-sym">${esc(v.v)}</span>`;
    case "function":
      return `<span class="nb-v-fn">${esc(v.v)}</span>`;
    case "error":
      return `<span class="nb-v-err">${esc(v.v)}</span>`;
    case "node":
      return `<span class="nb-v-sym">${esc(v.v)}</span>`;
    case "circular":
      return `<span class="nb-v-sym">[circular]</span>`;
    default:
      return "";
  }
}

function isContainer(v: Inspected): v is Extract<Inspected, { t: "array" | "object" }> {
  return v?.t === "array" || v?.t === "object";
}

/** One line: `Object {a: 1, b: "x", …}` or `Array(12) [1, 2, …]`. */
function preview(v: Extract<Inspected, { t: "array" | "object" }>): string {
  const short = (x: Inspected): string => (isContainer(x) ? `<span class="nb-v-type">${esc(x.t === "array" ? `${x.name}(${x.n})` : x.name)}</span>` : leafShort(x));
  const shown = v.items.slice(0, 6);
  const more = v.n > shown.length ? ", …" : "";
  if (v.t === "array") {
    return `<span class="nb-v-type">${esc(`${v.name}(${v.n})`)}</span> [${shown.map(([, x]) => short(x)).join(", ")}${more}]`;
  }
  const entries = shown.map(([k, x]) => (k === null ? short(x) : `<span class="nb-v-key">${esc(String(k))}</span>: ${short(x)}`));
  return `<span class="nb-v-type">${esc(v.name)}</span> {${entries.join(", ")}${more}}`;
}

function leafShort(v: Inspected): string {
  if (v.t === "string" && v.v.length > 30) return `<span class="nb-v-str">${esc(quote(`${v.v.slice(0, 30)}…`))}</span>`;
  if (v.t === "number") return `<span class="nb-v-num">${esc(v.v)}</span>`;
  return leaf(v);
}

function tree(v: Inspected, label: string, strings: OutputStrings, open = false): string {
  if (!isContainer(v)) return `<div class="nb-v-line">${label}${leaf(v)}</div>`;
  if (v.items.length === 0) return `<div class="nb-v-line">${label}${preview(v)}</div>`;
  const rows = v.items.map(([k, x]) => tree(x, k === null ? "" : `<span class="nb-v-key">${esc(String(k))}</span>: `, strings));
  if (v.more > 0) rows.push(`<div class="nb-v-line nb-v-more">${esc(fill(strings.more, { n: v.more }))}</div>`);
  return `<details class="nb-v-tree"${open ? " open" : ""}><summary>${label}${preview(v)}</summary><div class="nb-v-children">${rows.join("")}</div></details>`;
}

/** A value with the inspector: `N = 70000000000 (70B)`, objects as expandable trees. */
export function renderInspected(value: Inspected, name: string | undefined, strings: OutputStrings): string {
  const label = name ? `<span class="nb-v-name">${esc(name)}</span> = ` : "";
  return `<div class="nb-value">${tree(value, label, strings)}</div>`;
}

const NUMBER_FNS: Record<string, (x: number) => number> = {
  "Math.log": Math.log, "Math.log10": Math.log10, "Math.log2": Math.log2, "Math.sqrt": Math.sqrt, "Math.exp": Math.exp, "Math.cbrt": Math.cbrt,
};

function numberText(x: unknown): string {
  return typeof x === "number" && Number.isFinite(x) ? String(+x.toPrecision(12)) : "";
}

const NS = "inputs-3a86ea";

/**
 * An input's markup before the page's script makes it live: the same structure and classes as
 * `@observablehq/inputs` draws (its stylesheet is on the page), with the default value.
 */
export function renderInputStatic(spec: InputSpec, value: unknown, id: string): string {
  const o = spec.options ?? {};
  const label = typeof o.label === "string" && o.label ? `<label for="${id}">${esc(o.label)}</label>` : "";
  const attr = (name: string, v: unknown) => (v === null || v === undefined || v === false ? "" : v === true ? ` ${name}` : ` ${name}="${esc(String(v))}"`);
  switch (spec.type) {
    case "range":
    case "number": {
      const [min, max] = spec.extent ?? [null, null];
      const step = typeof o.step === "number" ? o.step : "any";
      const tf = o.transform && typeof o.transform === "object" && "fn" in o.transform ? NUMBER_FNS[o.transform.fn] : undefined;
      const t = (x: unknown) => (typeof x === "number" ? (tf ? tf(x) : x) : x);
      const num = `<input type="number" id="${id}"${attr("min", min)}${attr("max", max)}${attr("step", step)} name="number" required${attr("value", numberText(value))}${attr("placeholder", o.placeholder)}>`;
      const range = spec.type === "range"
        ? `<input type="range"${attr("min", t(min))}${attr("max", t(max))}${attr("step", tf ? "any" : step)} name="range"${attr("value", numberText(t(value)))} aria-label="${esc(typeof o.label === "string" ? o.label : "")}">`
        : "";
      return `<form class="${NS}">${label}<div class="${NS}-input">${num}${range}</div></form>`;
    }
    case "select": {
      const picked = new Set(Array.isArray(o.value) ? o.value : [o.value]);
      const options = (spec.labels ?? []).map((l, i) => `<option value="${i}"${picked.has(i) ? " selected" : ""}>${esc(l)}</option>`).join("");
      return `<form class="${NS} ${NS}-select">${label}<select class="${NS}-input" id="${id}" name="input"${attr("multiple", !!o.multiple)}>${options}</select></form>`;
    }
    case "radio":
    case "checkbox": {
      const picked = new Set(Array.isArray(o.value) ? o.value : [o.value]);
      const boxes = (spec.labels ?? [])
        .map((l, i) => `<label><input type="${spec.type}" name="input" value="${i}"${picked.has(i) ? " checked" : ""}>${esc(l)}</label>`)
        .join("");
      const legend = typeof o.label === "string" && o.label ? `<label>${esc(o.label)}</label>` : "";
      return `<form class="${NS} ${NS}-checkbox" role="group"${o.label ? ` aria-label="${esc(String(o.label))}"` : ""}>${legend}<div class="${NS}-input">${boxes}</div></form>`;
    }
    case "toggle":
      return `<form class="${NS} ${NS}-toggle">${label}<input class="${NS}-input" type="checkbox" id="${id}" name="input"${value ? " checked" : ""}></form>`;
    case "button":
      return `<form class="${NS}">${label}<button id="${id}" type="button">${esc(spec.content ?? "≡")}</button></form>`;
    case "table": {
      const columns = spec.columns ?? [];
      const rows = (spec.rows ?? []).slice(0, 50);
      const cell = (c: string, r: Record<string, unknown>, i: number) => {
        const text = spec.formatted?.[c]?.[i] ?? (r[c] === null || r[c] === undefined ? "" : String(r[c]));
        return `<td${typeof r[c] === "number" ? ' class="nb-num"' : ""}>${esc(text)}</td>`;
      };
      return `<div class="nb-table-static" tabindex="0" role="region"${o.label ? ` aria-label="${esc(String(o.label))}"` : ' aria-label="Table"'}><table><thead><tr>${columns.map((c) => `<th scope="col">${esc(c)}</th>`).join("")}</tr></thead><tbody>${rows
        .map((r, i) => `<tr>${columns.map((c) => cell(c, r, i)).join("")}</tr>`)
        .join("")}</tbody></table></div>`;
    }
    default: {
      const type = spec.type === "textarea" ? null : spec.type === "datetime" ? "datetime-local" : spec.type;
      const control = type
        ? `<input type="${type}" id="${id}" name="text"${attr("value", typeof value === "string" ? value : "")}${attr("placeholder", o.placeholder)}>`
        : `<textarea id="${id}" name="text"${attr("placeholder", o.placeholder)}>${esc(typeof value === "string" ? value : "")}</textarea>`;
      return `<form class="${NS}">${label}<div class="${NS}-input">${control}</div></form>`;
    }
  }
}

/** The default value behind an inspected input value (numbers, strings and booleans; else undefined). */
export function inspectedPrimitive(v: Inspected): unknown {
  switch (v.t) {
    case "number":
      return Number(v.v);
    case "string":
      return v.v;
    case "boolean":
      return v.v;
    default:
      return undefined;
  }
}

/**
 * An output as HTML. `html` outputs are returned as they are: only at build time, for the author's own
 * cells (the browser puts a reader's into a sandboxed frame instead).
 */
export function renderOutput(output: CellOutput, strings: OutputStrings, inputId: string): string {
  switch (output.kind) {
    case "pending":
      return `<div class="nb-pending">${esc(strings.pending)}</div>`;
    case "empty":
      return "";
    case "value":
      return renderInspected(output.value, output.name, strings);
    case "html":
      return output.html;
    case "input":
      return renderInputStatic(output.spec, inspectedPrimitive(output.value), inputId);
    case "error":
      return `<div class="nb-error" role="alert">${output.line ? `<span class="nb-error-line">${esc(fill(strings.line, { line: output.line }))}</span> ` : ""}<span class="nb-error-message">${esc(output.message)}</span></div>`;
    case "blocked":
      return `<div class="nb-blocked">${esc(fill(strings.blocked, { name: output.by }))}</div>`;
    case "timeout":
      return `<div class="nb-error" role="alert"><span class="nb-error-message">${esc(fill(strings.timeout, { seconds: output.seconds }))}</span></div>`;
  }
}

/** A short stable signature of an output (FNV-1a of its JSON), to tell whether a live output differs from the built one. */
export function outputSignature(output: CellOutput): string {
  const text = JSON.stringify(output);
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}
