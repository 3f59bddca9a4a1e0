/**
 * Field readers for `normalizeConfig`: each reads one config field and throws a `RangeError` or
 * `TypeError` naming the field as the input spells it (`invalid n_layer: 0 (must be an integer ≥ 1)`).
 */
import type { HfConfig } from "./normalizeConfig.ts";
import { nonNegativeInteger, positiveInteger } from "./validate.ts";

/** Formats a value for an error message: strings quoted, arrays bracketed. */
export function show(value: unknown): string {
  return typeof value === "string" ? JSON.stringify(value) : Array.isArray(value) ? `[${value}]` : String(value);
}

/** Reads the first present key (aliases such as `n_embd` / `hidden_size`); throws a TypeError naming the first key if none is. */
export function required(hf: HfConfig, keys: readonly string[], check = positiveInteger): number {
  for (const key of keys) if (hf[key] !== undefined && hf[key] !== null) return check(key, hf[key]);
  const type = hf.model_type === undefined ? "" : ` for model_type ${show(hf.model_type)}`;
  throw new TypeError(`invalid ${keys[0]}: ${show(hf[keys[0]])} (required${type})`);
}

/** Reads an optional key: absent or `null` gives the fallback. */
export function optional(hf: HfConfig, key: string, fallback: number, check = positiveInteger): number {
  return hf[key] === undefined || hf[key] === null ? fallback : check(key, hf[key]);
}

/** Reads an optional boolean key: absent or `null` gives the fallback, anything but a boolean throws a TypeError. */
export function flag(hf: HfConfig, key: string, fallback: boolean): boolean {
  const value = hf[key];
  if (value === undefined || value === null) return fallback;
  if (typeof value !== "boolean") throw new TypeError(`invalid ${key}: ${show(value)} (must be true or false)`);
  return value;
}

/** A boolean field of a hand-written config; anything else throws a TypeError. */
export function bool(name: string, value: unknown): boolean {
  if (typeof value !== "boolean") throw new TypeError(`invalid ${name}: ${show(value)} (must be true or false)`);
  return value;
}

/** A list of 0-based layer indices (`mlp_only_layers`); absent or `null` is empty. */
export function layerList(name: string, value: unknown): readonly number[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw new TypeError(`invalid ${name}: ${show(value)} (must be an array of layer indices)`);
  return value.map((v) => nonNegativeInteger(name, v));
}

/** Routed experts per token, at most the number of experts; both named as the config names them. */
export function topKOf(hf: HfConfig, expertsKey: string): number {
  const experts = required(hf, [expertsKey]);
  const topK = required(hf, ["num_experts_per_tok"]);
  if (topK > experts) throw new RangeError(`invalid num_experts_per_tok: ${topK} (must be ≤ ${expertsKey} ${experts})`);
  return topK;
}

/** headDim from `head_dim` or hidden / heads, which must then divide evenly. */
export function headDimOf(name: { head: string; hidden: string; heads: string }, headDim: unknown, hidden: number, heads: number): number {
  if (headDim !== undefined && headDim !== null) return positiveInteger(name.head, headDim);
  if (hidden % heads !== 0) {
    throw new RangeError(`invalid ${name.heads}: ${heads} (must divide ${name.hidden} ${hidden} when ${name.head} is absent)`);
  }
  return hidden / heads;
}

/** Key-value heads, which must divide the query heads (grouped-query attention, Ainslie et al. 2023). */
export function kvHeadsOf(name: string, kvHeads: number, heads: number, headsName: string): number {
  if (heads % kvHeads !== 0) throw new RangeError(`invalid ${name}: ${kvHeads} (must divide ${headsName} ${heads})`);
  return kvHeads;
}
