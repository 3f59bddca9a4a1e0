/**
 * `Inputs` inside the sandbox. Code in a cell cannot touch the page, so an input is a description
 * (an `InputSpec`: plain data, labels as text) that the page turns into a real `@observablehq/inputs`
 * control; the reader's changes come back as values or as positions in the input's data. Options that
 * are functions cross only when they are built-ins the page knows by name (`Math.log`, `fmt`, …);
 * labels a function would compute (`format` of a select, a table column) are computed in the sandbox.
 */
import type { InputPayload } from "./protocol.ts";

type Primitive = string | number | boolean | null;

export type InputType =
  | "range" | "number" | "select" | "radio" | "checkbox" | "toggle" | "text" | "textarea" | "email" | "tel" | "url"
  | "password" | "color" | "date" | "datetime" | "button" | "table";

export interface InputSpec {
  type: InputType;
  /** Primitive options, plus function options named (`{ fn: "Math.log" }`). */
  options: Record<string, Primitive | Primitive[] | { fn: string }>;
  /** range and number: [min, max]. */
  extent?: [number | null, number | null];
  /** select, radio, checkbox: the text of each choice (the value is chosen by position). */
  labels?: string[];
  /** button: its text. */
  content?: string;
  /** table: the rows (primitive cells), their columns, and per-column text when a `format` was given. */
  rows?: Record<string, Primitive>[];
  columns?: string[];
  formatted?: Record<string, string[]>;
  /** Function options that could not cross (user-written functions), for a note beside the control. */
  dropped?: string[];
}

/** A cell's input inside the sandbox: the runtime reads `value`, and listens for `input` events. */
export class InputView extends EventTarget {
  readonly spec: InputSpec;
  value: unknown;
  readonly #apply: (payload: InputPayload) => unknown;
  constructor(spec: InputSpec, value: unknown, apply: (payload: InputPayload) => unknown) {
    super();
    this.spec = spec;
    this.value = value;
    this.#apply = apply;
  }
  /** Sets the value from what the page sent, and tells the cells that read it. */
  receive(payload: InputPayload): void {
    this.value = this.#apply(payload);
    this.dispatchEvent(new Event("input"));
  }
}

export function isInputView(value: unknown): value is InputView {
  return value instanceof InputView;
}

const PRIMITIVE_KEYS: Record<string, string[]> = {
  range: ["label", "step", "value", "placeholder", "disabled", "width", "transform", "format"],
  number: ["label", "step", "value", "placeholder", "disabled", "width", "format"],
  select: ["label", "multiple", "size", "disabled", "width", "sort", "unique"],
  radio: ["label", "disabled", "sort", "unique"],
  checkbox: ["label", "disabled", "sort", "unique"],
  toggle: ["label", "value", "disabled"],
  button: ["label", "disabled", "width"],
  table: ["header", "width", "rows", "maxWidth", "height", "maxHeight", "sort", "reverse", "multiple", "required", "select", "layout", "align"],
};
const TEXT_KEYS = ["label", "value", "placeholder", "disabled", "width", "rows", "minlength", "maxlength", "spellcheck", "autocomplete", "pattern", "min", "max", "readonly", "required", "datalist", "submit"];

function isPrimitive(v: unknown): v is Primitive {
  return v === null || typeof v === "string" || typeof v === "boolean" || (typeof v === "number" && !Number.isNaN(v));
}

function text(v: unknown): string {
  if (v == null) return "";
  if (typeof v === "object" && "textContent" in (v as object)) return String((v as { textContent: unknown }).textContent ?? "");
  return String(v);
}

/**
 * Builds the `Inputs` object cells see in the sandbox.
 * @param nameOf the name of a built-in function the page also has (`Math.log`, `fmt.count`), else undefined
 */
export function createInputs(nameOf: (f: Function) => string | undefined) {
  const clean = (type: string, options: Record<string, unknown> = {}, keys = PRIMITIVE_KEYS[type] ?? TEXT_KEYS) => {
    const out: InputSpec["options"] = {};
    const dropped: string[] = [];
    for (const key of keys) {
      const v = options[key];
      if (v === undefined) continue;
      if (key === "label") out.label = text(v);
      else if (typeof v === "function") {
        const name = nameOf(v);
        if (name) out[key] = { fn: name };
        else dropped.push(key);
      } else if (isPrimitive(v)) out[key] = v;
      else if (v instanceof Date) out[key] = v.toISOString();
      else if (Array.isArray(v) && v.every(isPrimitive)) out[key] = v as Primitive[];
    }
    for (const key of Object.keys(options)) if (typeof options[key] === "function" && !keys.includes(key) && !["keyof", "valueof", "format"].includes(key)) dropped.push(key);
    return { options: out, dropped };
  };
  const spec = (type: InputType, options: Record<string, unknown> | undefined, extra: Partial<InputSpec> = {}): InputSpec => {
    const { options: o, dropped } = clean(type, options);
    return { type, options: o, ...extra, ...(dropped.length ? { dropped } : {}) };
  };
  const numberOr = (v: unknown, fallback: number | null) => (v == null || Number.isNaN(+(v as number)) ? fallback : +(v as number));

  function rangeLike(type: "range" | "number", extent: unknown, options: Record<string, unknown> = {}) {
    const [a, b] = Array.isArray(extent) ? extent : [undefined, undefined];
    let min = numberOr(a, null);
    let max = numberOr(b, null);
    if (min !== null && max !== null && min > max) [min, max] = [max, min];
    let value: unknown = options.value;
    if (value === undefined && type === "range" && min !== null && max !== null) {
      const step = Number(options.step);
      value = (min + max) / 2;
      if (step > 0) value = min + Math.round(((value as number) - min) / step) * step;
    }
    return new InputView(spec(type, options, { extent: [min, max] }), value, (p) => ("value" in p ? Number(p.value) : value));
  }

  function chooser(type: "select" | "radio" | "checkbox", data: unknown, options: Record<string, unknown> = {}) {
    const isMap = data instanceof Map;
    const list: unknown[] = isMap ? [...(data as Map<unknown, unknown>).entries()] : Array.from((data ?? []) as Iterable<unknown>);
    const keyof = typeof options.keyof === "function" ? (options.keyof as (d: unknown, i: number, a: unknown[]) => unknown) : isMap ? (d: unknown) => (d as unknown[])[0] : (d: unknown) => d;
    const valueof = typeof options.valueof === "function" ? (options.valueof as (d: unknown, i: number, a: unknown[]) => unknown) : isMap ? (d: unknown) => (d as unknown[])[1] : (d: unknown) => d;
    const format = typeof options.format === "function" ? (options.format as (d: unknown, i: number, a: unknown[]) => unknown) : (d: unknown, i: number, a: unknown[]) => keyof(d, i, a);
    const labels = list.map((d, i) => text(format(d, i, list)));
    const values = list.map((d, i) => valueof(d, i, list));
    const multiple = type === "checkbox" || (type === "select" && !!options.multiple);
    const indexOf = (v: unknown) => values.findIndex((x) => Object.is(x, v));
    let selected: number | number[] | null;
    if (multiple) selected = Array.isArray(options.value) ? options.value.map(indexOf).filter((i) => i >= 0) : [];
    else if (options.value !== undefined) selected = indexOf(options.value) >= 0 ? indexOf(options.value) : null;
    else selected = type === "select" && list.length ? 0 : null;
    const s = spec(type, options, { labels });
    s.options.value = selected;
    const value = multiple ? (selected as number[]).map((i) => values[i]) : selected === null ? null : values[selected as number];
    return new InputView(s, value, (p) => {
      if ("indices" in p) return p.indices.filter((i) => Number.isInteger(i) && i >= 0 && i < values.length).map((i) => values[i]);
      if ("index" in p) return p.index !== null && Number.isInteger(p.index) && p.index >= 0 && p.index < values.length ? values[p.index] : null;
      return value;
    });
  }

  function textLike(type: InputType, options: Record<string, unknown> = {}, fallback: unknown = "") {
    const s = spec(type, options, {});
    return new InputView(s, options.value ?? fallback, (p) => ("value" in p ? p.value : fallback));
  }

  function table(data: unknown, options: Record<string, unknown> = {}) {
    const rows = Array.from((data ?? []) as Iterable<unknown>);
    const given = Array.isArray(options.columns) ? (options.columns as unknown[]).map(String) : null;
    const columns = given ?? [...new Set(rows.slice(0, 200).flatMap((r) => (r && typeof r === "object" ? Object.keys(r) : [])))];
    const cells = rows.slice(0, 10_000).map((r) => {
      const out: Record<string, Primitive> = {};
      for (const c of columns) {
        const v = r && typeof r === "object" ? (r as Record<string, unknown>)[c] : undefined;
        out[c] = v instanceof Date ? v.toISOString() : isPrimitive(v) ? v : v === undefined ? null : text(v);
      }
      return out;
    });
    const formatted: Record<string, string[]> = {};
    const format = options.format && typeof options.format === "object" ? (options.format as Record<string, unknown>) : {};
    for (const c of columns) {
      const f = format[c];
      if (typeof f === "function") {
        formatted[c] = rows.slice(0, cells.length).map((r, i) => text((f as (v: unknown, i: number, d: unknown[]) => unknown)((r as Record<string, unknown>)?.[c], i, rows)));
      }
    }
    const s = spec("table", options, { rows: cells, columns, ...(Object.keys(formatted).length ? { formatted } : {}) });
    const required = options.required !== false;
    const multiple = options.multiple !== false;
    const initial = multiple ? (required ? rows : []) : null;
    return new InputView(s, initial, (p) => {
      if ("indices" in p) {
        const picked = p.indices.filter((i) => Number.isInteger(i) && i >= 0 && i < rows.length).map((i) => rows[i]);
        return required && picked.length === 0 ? rows : picked;
      }
      if ("index" in p) return p.index !== null && p.index >= 0 && p.index < rows.length ? rows[p.index] : null;
      return initial;
    });
  }

  return {
    range: (extent?: unknown, options?: Record<string, unknown>) => rangeLike("range", extent ?? [0, 1], options),
    number: (extent?: unknown, options?: Record<string, unknown>) =>
      Array.isArray(extent) || extent === undefined ? rangeLike("number", extent, options) : rangeLike("number", undefined, extent as Record<string, unknown>),
    select: (data: unknown, options?: Record<string, unknown>) => chooser("select", data, options),
    radio: (data: unknown, options?: Record<string, unknown>) => chooser("radio", data, options),
    checkbox: (data: unknown, options?: Record<string, unknown>) => chooser("checkbox", data, options),
    toggle: (options: Record<string, unknown> = {}) => textLike("toggle", options, false),
    text: (options?: Record<string, unknown>) => textLike("text", options),
    textarea: (options?: Record<string, unknown>) => textLike("textarea", options),
    email: (options?: Record<string, unknown>) => textLike("email", options),
    tel: (options?: Record<string, unknown>) => textLike("tel", options),
    url: (options?: Record<string, unknown>) => textLike("url", options),
    password: (options?: Record<string, unknown>) => textLike("password", options),
    color: (options?: Record<string, unknown>) => textLike("color", options, "#000000"),
    date: (options?: Record<string, unknown>) => textLike("date", options, null),
    datetime: (options?: Record<string, unknown>) => textLike("datetime", options, null),
    button: (content: unknown = "≡", options: Record<string, unknown> = {}) => {
      const s = spec("button", options, { content: text(content) });
      const start = typeof options.value === "number" ? options.value : 0;
      s.options.value = start;
      return new InputView(s, start, (p) => ("value" in p && typeof p.value === "number" ? p.value : start));
    },
    table,
  };
}

export type SandboxInputs = ReturnType<typeof createInputs>;
