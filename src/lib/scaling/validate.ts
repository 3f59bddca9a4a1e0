/**
 * Parameter checks shared by the scaling module.
 *
 * The module is lenient with data (an empty list gives `[]` or `NaN`) but strict with
 * parameters: a bad parameter throws a `RangeError` (or `TypeError` for the wrong type)
 * whose message names the parameter and the value, in Observable Plot's short style:
 * `invalid flops: -1 (must be a positive finite number)`.
 */

/** Formats a value for an error message: strings quoted, everything else as `String()` gives it. */
function show(value: unknown): string {
  return typeof value === "string" ? JSON.stringify(value) : String(value);
}

/** Throws `TypeError` unless `value` is a number (NaN included; range checks reject it). */
function requireNumber(name: string, value: unknown): number {
  if (typeof value !== "number") throw new TypeError(`invalid ${name}: ${show(value)} (must be a number)`);
  return value;
}

/** A finite number: not NaN, not ±Infinity. */
export function finite(name: string, value: unknown): number {
  const x = requireNumber(name, value);
  if (!Number.isFinite(x)) throw new RangeError(`invalid ${name}: ${show(x)} (must be a finite number)`);
  return x;
}

/** A finite number > 0. */
export function positive(name: string, value: unknown): number {
  const x = requireNumber(name, value);
  if (!(Number.isFinite(x) && x > 0)) throw new RangeError(`invalid ${name}: ${show(x)} (must be a positive finite number)`);
  return x;
}

/** A finite number ≥ 0. */
export function nonNegative(name: string, value: unknown): number {
  const x = requireNumber(name, value);
  if (!(Number.isFinite(x) && x >= 0)) throw new RangeError(`invalid ${name}: ${show(x)} (must be a finite number ≥ 0)`);
  return x;
}

/** An integer ≥ 1. */
export function positiveInteger(name: string, value: unknown): number {
  const x = requireNumber(name, value);
  // Safe integers only: above 2^53 a count is no longer exact, and products of such counts overflow
  // to Infinity (a config with hidden_size 1e200 would "count" Infinity parameters).
  if (!(Number.isSafeInteger(x) && x >= 1)) throw new RangeError(`invalid ${name}: ${show(x)} (must be an integer ≥ 1${x > Number.MAX_SAFE_INTEGER ? ", at most 2^53 − 1" : ""})`);
  return x;
}

/** An integer ≥ 0. */
export function nonNegativeInteger(name: string, value: unknown): number {
  const x = requireNumber(name, value);
  if (!(Number.isSafeInteger(x) && x >= 0)) throw new RangeError(`invalid ${name}: ${show(x)} (must be an integer ≥ 0${x > Number.MAX_SAFE_INTEGER ? ", at most 2^53 − 1" : ""})`);
  return x;
}

/** A number in `(min, max]` (default) or `[min, max]` with `{ includeMin: true }`. */
export function inRange(
  name: string,
  value: unknown,
  min: number,
  max: number,
  { includeMin = false }: { includeMin?: boolean } = {},
): number {
  const x = requireNumber(name, value);
  const aboveMin = includeMin ? x >= min : x > min;
  if (!(aboveMin && x <= max)) {
    throw new RangeError(`invalid ${name}: ${show(x)} (must be in ${includeMin ? "[" : "("}${min}, ${max}])`);
  }
  return x;
}

/** One of a fixed set of string keys; the message lists what is allowed. */
export function keyword<const K extends string>(name: string, value: unknown, allowed: readonly K[]): K {
  if (typeof value !== "string" || !(allowed as readonly string[]).includes(value)) {
    throw new RangeError(`invalid ${name}: ${show(value)} (expected one of ${allowed.join(", ")})`);
  }
  return value as K;
}
