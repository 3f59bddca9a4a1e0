/**
 * Widget state in the URL query, under the widget's id: `?power-law.n=1e9`. A copied link reproduces
 * what the reader saw; a malformed or out-of-range value falls back to the default and is reported,
 * so the widget can say so beside the field.
 */

import type { Control } from "./control.ts";

/** How one field of a widget's state is read from and written to the query. */
export interface FieldSpec<T> {
  /** Query key after the widget id, e.g. `n` in `power-law.n`. */
  key: string;
  /** The value when the query has none or it is malformed. */
  default: T;
  /** Text → value, or `null` when the text is malformed or out of range. */
  parse(text: string): T | null;
  /** Value → text for the query; should round-trip through `parse`. */
  format(value: T): string;
  /** How the island draws the field (`useFields`); absent for fields a widget draws itself. */
  control?: Control;
}

export type FieldSpecs<S> = { [K in keyof S]: FieldSpec<S[K]> };

/** A query value that could not be used. */
export interface Fallback {
  field: string;
  value: string;
}

/** Reads a widget's state from a query string; absent keys take defaults silently, bad ones are reported. */
export function readState<S>(search: string, id: string, specs: FieldSpecs<S>): { state: S; fallbacks: Fallback[] } {
  const params = new URLSearchParams(search);
  const state = {} as S;
  const fallbacks: Fallback[] = [];
  for (const name of Object.keys(specs) as (keyof S)[]) {
    const spec = specs[name];
    const raw = params.get(`${id}.${spec.key}`);
    const parsed = raw === null ? null : spec.parse(raw);
    if (raw !== null && parsed === null) fallbacks.push({ field: spec.key, value: raw });
    state[name] = parsed ?? spec.default;
  }
  return { state, fallbacks };
}

/**
 * The query string for `state`: keeps other widgets' keys and unrelated parameters, drops this
 * widget's keys that equal their default so links stay short. Returns `""` or `"?…"`.
 */
export function writeState<S>(search: string, id: string, specs: FieldSpecs<S>, state: S): string {
  const params = new URLSearchParams(search);
  for (const name of Object.keys(specs) as (keyof S)[]) {
    const spec = specs[name];
    const text = spec.format(state[name]);
    if (text === spec.format(spec.default)) params.delete(`${id}.${spec.key}`);
    else params.set(`${id}.${spec.key}`, text);
  }
  const query = params.toString();
  return query ? `?${query}` : "";
}
