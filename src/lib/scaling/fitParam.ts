import { nonNegative, positive } from "./validate.ts";
import type { ChinchillaFit, LossFit } from "./tables/fits.ts";

/** Names what a reader passed, for an error message: a string quoted, a fit by its form. */
function describe(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value);
  if (value !== null && typeof value === "object" && "form" in value) return `{ form: ${JSON.stringify(value.form)} }`;
  return String(value);
}

/**
 * Checks a fit of the Chinchilla form L = E + A/N^α + B/D^β (see `FITS`): E ≥ 0, A, B, α, β > 0,
 * all finite. Throws `TypeError` for something else (e.g. a Kaplan fit, whose constants mean other
 * things) and `RangeError` naming the field, e.g. `invalid fit.alpha: -1 (…)`.
 */
export function chinchillaFitParam(name: string, value: unknown): ChinchillaFit {
  if (value === null || typeof value !== "object" || (value as { form?: unknown }).form !== "chinchilla") {
    throw new TypeError(`invalid ${name}: ${describe(value)} (expected a fit of form "chinchilla", e.g. FITS.hoffmann2022)`);
  }
  const fit = value as ChinchillaFit;
  nonNegative(`${name}.E`, fit.E);
  positive(`${name}.A`, fit.A);
  positive(`${name}.B`, fit.B);
  positive(`${name}.alpha`, fit.alpha);
  positive(`${name}.beta`, fit.beta);
  return fit;
}

/** Checks any loss fit (`form` "chinchilla" or "kaplan", see `FITS`); same errors as `chinchillaFitParam`. */
export function lossFitParam(name: string, value: unknown): LossFit {
  if (value !== null && typeof value === "object" && (value as { form?: unknown }).form === "kaplan") {
    const fit = value as LossFit & { form: "kaplan" };
    positive(`${name}.alphaN`, fit.alphaN);
    positive(`${name}.alphaD`, fit.alphaD);
    positive(`${name}.Nc`, fit.Nc);
    positive(`${name}.Dc`, fit.Dc);
    return fit;
  }
  return chinchillaFitParam(name, value);
}
