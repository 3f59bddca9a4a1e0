import { describe, expect, it } from "vitest";
import { minimizeLbfgs } from "./minimizeLbfgs.ts";
import type { Objective } from "./minimizeLbfgs.ts";

const rosenbrock: Objective = ([x, y], g) => {
  g[0] = -2 * (1 - x) - 400 * x * (y - x * x);
  g[1] = 200 * (y - x * x);
  return (1 - x) ** 2 + 100 * (y - x * x) ** 2;
};

describe("minimizeLbfgs", () => {
  it("minimizeLbfgs(f, x0) finds the minimum of the Rosenbrock function from (−1.2, 1)", () => {
    const result = minimizeLbfgs(rosenbrock, [-1.2, 1]);
    expect(result.converged).toBe(true);
    expect(result.x[0]).toBeCloseTo(1, 5);
    expect(result.x[1]).toBeCloseTo(1, 5);
    expect(result.iterations).toBeLessThan(100);
  });
  it("minimizeLbfgs(f, x0) solves an ill-conditioned 5-D quadratic (condition number 1e4)", () => {
    const scales = [1, 10, 100, 1000, 10000], target = [1, -2, 3, -4, 5];
    const f: Objective = (x, g) => {
      let v = 0;
      for (let i = 0; i < 5; i++) {
        g[i] = scales[i] * (x[i] - target[i]);
        v += 0.5 * scales[i] * (x[i] - target[i]) ** 2;
      }
      return v;
    };
    const result = minimizeLbfgs(f, [0, 0, 0, 0, 0]);
    expect(result.converged).toBe(true);
    result.x.forEach((v, i) => expect(v).toBeCloseTo(target[i], 6));
  });
  it("minimizeLbfgs(f, x0, { maxIterations }) says it did not converge when iterations run out", () => {
    const result = minimizeLbfgs(rosenbrock, [-1.2, 1], { maxIterations: 3 });
    expect(result.converged).toBe(false);
    expect(result.message).toBe("maximum iterations reached");
    expect(result.value).toBeLessThan(rosenbrock(Float64Array.from([-1.2, 1]), new Float64Array(2)));
  });
  it("minimizeLbfgs(f, x0) says so when f is not finite at the start", () => {
    const result = minimizeLbfgs((x, g) => (g.fill(0), NaN), [0]);
    expect(result.converged).toBe(false);
    expect(result.message).toMatch(/not finite/);
  });
  it("minimizeLbfgs throws a RangeError naming a bad option", () => {
    for (const bad of [0, -1, NaN, Infinity]) {
      expect(() => minimizeLbfgs(rosenbrock, [0, 0], { gradientTolerance: bad })).toThrow(/^invalid gradientTolerance/);
      expect(() => minimizeLbfgs(rosenbrock, [0, 0], { maxIterations: bad })).toThrow(/^invalid maxIterations/);
      expect(() => minimizeLbfgs(rosenbrock, [0, 0], { memory: bad })).toThrow(/^invalid memory/);
      expect(() => minimizeLbfgs(rosenbrock, [0, 0], { functionTolerance: bad })).toThrow(/^invalid functionTolerance/);
    }
  });
});
