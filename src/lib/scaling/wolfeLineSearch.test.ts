import { describe, expect, it } from "vitest";
import { wolfeLineSearch } from "./wolfeLineSearch.ts";

// Rosenbrock along the steepest-descent direction from (−1.2, 1).
const x0 = [-1.2, 1];
const grad = (x: number, y: number) => [-2 * (1 - x) - 400 * x * (y - x * x), 200 * (y - x * x)];
const rosen = (x: number, y: number) => (1 - x) ** 2 + 100 * (y - x * x) ** 2;
const g0 = grad(x0[0], x0[1]);
const p = g0.map((g) => -g);
const phi = (t: number): [number, number] => {
  const [x, y] = [x0[0] + t * p[0], x0[1] + t * p[1]];
  const g = grad(x, y);
  return [rosen(x, y), g[0] * p[0] + g[1] * p[1]];
};
const value0 = rosen(x0[0], x0[1]);
const slope0 = g0[0] * p[0] + g0[1] * p[1];

describe("wolfeLineSearch", () => {
  it("wolfeLineSearch(phi, …) returns a step satisfying both strong Wolfe conditions, zooming in from too long a step", () => {
    const { step, value, slope, ok } = wolfeLineSearch(phi, value0, slope0, 1);
    expect(ok).toBe(true);
    expect(step).toBeGreaterThan(0);
    expect(step).toBeLessThan(1);
    expect(value).toBeLessThanOrEqual(value0 + 1e-4 * step * slope0);
    expect(Math.abs(slope)).toBeLessThanOrEqual(0.9 * Math.abs(slope0));
    expect(phi(step)).toEqual([value, slope]);
  });
  it("wolfeLineSearch extends a step that is too short", () => {
    const quadratic = (t: number): [number, number] => [(t - 10) ** 2, 2 * (t - 10)];
    const { step, ok } = wolfeLineSearch(quadratic, 100, -20, 0.01, { c2: 0.1 });
    expect(ok).toBe(true);
    expect(step).toBeGreaterThan(1);
  });
  it("wolfeLineSearch treats a non-finite value as too long a step", () => {
    const cliff = (t: number): [number, number] => (t > 2 ? [NaN, NaN] : [(t - 1) ** 2, 2 * (t - 1)]);
    const { step, ok } = wolfeLineSearch(cliff, 1, -2, 16);
    expect(ok).toBe(true);
    expect(step).toBeLessThanOrEqual(2);
  });
  it("wolfeLineSearch reports ok: false, keeping the best decrease, when evaluations run out", () => {
    const { ok, step } = wolfeLineSearch(phi, value0, slope0, 1, { maxEvaluations: 1 });
    expect(ok).toBe(false);
    expect(step).toBe(0);
  });
});
