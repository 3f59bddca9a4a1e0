/**
 * Real `@observablehq/inputs` controls, built by the page from the sandbox's `InputSpec` (plain data:
 * labels are text, function options are looked up by name in the page's own table). The reader's
 * changes go back to the sandbox as values, or as positions in the input's data.
 */
import * as Inputs from "@observablehq/inputs";
import type { InputSpec } from "../inputSpec.ts";
import type { InputPayload } from "../protocol.ts";
import { makeFmt, namedFunctions } from "../fmt.ts";
import type { Locale } from "../../i18n/locales.ts";

export interface LiveInput {
  element: HTMLElement;
  /** What to send the sandbox for the control's current value. */
  payload(): InputPayload;
  /** Sets the control to what an earlier payload said (the reader's value, kept across a rerun). */
  restore(payload: InputPayload): void;
}

type Options = Record<string, unknown>;

/**
 * `@observablehq/inputs` draws with htl, which writes `oninput=${fn}` as an `oninput=::1` attribute into
 * the HTML it parses (a `<template>`), then swaps the attribute for the function. Under the site's CSP
 * (no inline script) an `on…` attribute is a violation even when it is never run. While an input is
 * built, the placeholders are renamed before parsing (`data-nb-oninput=::1`); htl then sets the function
 * on that name, and it is moved to `oninput` afterwards. Nothing else changes.
 */
function withoutInlineHandlers<T extends Element>(build: () => T): T {
  const inner = Object.getOwnPropertyDescriptor(Element.prototype, "innerHTML")!;
  Object.defineProperty(HTMLTemplateElement.prototype, "innerHTML", {
    configurable: true,
    get() {
      return inner.get!.call(this);
    },
    set(html: string) {
      inner.set!.call(this, String(html).replace(/(\s)(on[a-z]+)=(::\d+)/gi, "$1data-nb-$2=$3"));
    },
  });
  let root: T;
  try {
    root = build();
  } finally {
    delete (HTMLTemplateElement.prototype as unknown as Record<string, unknown>).innerHTML;
  }
  for (const el of [root, ...root.querySelectorAll("*")]) {
    const expandos = el as unknown as Record<string, unknown>;
    for (const key of Object.keys(expandos)) {
      if (key.startsWith("data-nb-on") && typeof expandos[key] === "function") {
        expandos[key.slice("data-nb-".length)] = expandos[key];
        delete expandos[key];
      }
    }
  }
  return root;
}

export function buildInput(spec: InputSpec, locale: Locale): LiveInput {
  const named = namedFunctions(makeFmt(locale));
  const options: Options = {};
  for (const [key, value] of Object.entries(spec.options ?? {})) {
    if (value && typeof value === "object" && !Array.isArray(value) && "fn" in value) {
      const f = named.get(String(value.fn));
      if (f) options[key] = f;
    } else options[key] = value;
  }
  const raw = Inputs as unknown as Record<string, (...args: unknown[]) => HTMLElement & { value: unknown }>;
  const I = new Proxy(raw, { get: (target, key: string) => (...args: unknown[]) => withoutInlineHandlers(() => target[key](...args)) });
  let element: HTMLElement & { value: unknown };
  let payload: () => InputPayload;
  switch (spec.type) {
    case "range":
    case "number": {
      const [min, max] = spec.extent ?? [null, null];
      element = I[spec.type]([min ?? undefined, max ?? undefined], options);
      payload = () => ({ value: element.value });
      break;
    }
    case "select":
    case "radio":
    case "checkbox": {
      const labels = (spec.labels ?? []).map(String);
      const indices = labels.map((_, i) => i);
      element = I[spec.type](indices, { ...options, format: (i: number) => labels[i] ?? "" });
      const multiple = spec.type === "checkbox" || (spec.type === "select" && !!options.multiple);
      payload = () => (multiple ? { indices: (element.value as number[]) ?? [] } : { index: (element.value as number | null) ?? null });
      break;
    }
    case "button":
      element = I.button(String(spec.content ?? "≡"), options);
      payload = () => ({ value: element.value });
      break;
    case "table": {
      const rows = spec.rows ?? [];
      const format: Record<string, (v: unknown, i: number) => string> = {};
      for (const [column, texts] of Object.entries(spec.formatted ?? {})) format[column] = (_v, i) => texts[i] ?? "";
      element = I.table(rows, { ...options, columns: spec.columns, format });
      payload = () => {
        const v = element.value;
        if (Array.isArray(v)) return { indices: v.map((r) => rows.indexOf(r)).filter((i) => i >= 0) };
        return { index: v ? rows.indexOf(v as never) : null };
      };
      break;
    }
    default: {
      const make = I[spec.type];
      if (typeof raw[spec.type] !== "function") throw new Error(`unsupported input: ${spec.type}`);
      if (spec.type === "date" || spec.type === "datetime") {
        if (typeof options.value === "string") options.value = new Date(options.value);
      }
      element = make(options);
      payload = () => ({ value: element.value });
    }
  }
  const restore = (p: InputPayload) => {
    try {
      if ("value" in p) element.value = p.value;
      else if (spec.type === "table") {
        const rows = spec.rows ?? [];
        element.value = "indices" in p ? p.indices.map((i) => rows[i]).filter(Boolean) : p.index === null ? null : rows[p.index];
      } else element.value = "indices" in p ? p.indices : p.index;
    } catch {
      // A value the control does not take: it keeps its own.
    }
  };
  return { element, payload, restore };
}
