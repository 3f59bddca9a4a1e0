import { describe, expect, it } from "vitest";
import { chinchillaObjective } from "./chinchillaObjective.ts";
import { chinchillaLoss } from "./chinchillaLoss.ts";
import { FITS } from "./tables/fits.ts";

const fit = FITS.hoffmann2022;
const theta = [Math.log(fit.A), Math.log(fit.B), Math.log(fit.E), fit.alpha, fit.beta];
const exact = [1e8, 1e9, 1e10].flatMap((params) => [1e9, 1e10, 1e11].map((tokens) => ({ params, tokens, loss: chinchillaLoss(params, tokens, fit) })));

describe("chinchillaObjective", () => {
  it("chinchillaObjective(runs)(θ) is 0 with zero gradient where the runs lie exactly on the fit θ", () => {
    const gradient = new Float64Array(5);
    expect(chinchillaObjective(exact)(Float64Array.from(theta), gradient)).toBeCloseTo(0, 20);
    for (const g of gradient) expect(Math.abs(g)).toBeLessThan(1e-12);
  });
  it("chinchillaObjective(runs, δ) is quadratic within δ and linear beyond (Huber)", () => {
    const runs = [{ params: 1e9, tokens: 1e10, loss: 1 }];
    const f = chinchillaObjective(runs, 0.1);
    const at = (logLoss: number) => f(Float64Array.from([-Infinity, -Infinity, logLoss, 0, 0]), new Float64Array(5)); // L̂ = e^e
    expect(at(0.05)).toBeCloseTo(0.5 * 0.05 ** 2, 14);
    expect(at(0.3)).toBeCloseTo(0.1 * (0.3 - 0.05), 14);
  });
  it("chinchillaObjective's analytic gradient matches central finite differences", () => {
    const runs = exact.map((r, i) => ({ ...r, loss: r.loss * (1 + 0.02 * Math.sin(i)) }));
    const f = chinchillaObjective(runs);
    const x = Float64Array.from([6.2, 7.1, 0.55, 0.36, 0.3]);
    const gradient = new Float64Array(5);
    f(x, gradient);
    for (let k = 0; k < 5; k++) {
      const h = 1e-6, up = Float64Array.from(x), down = Float64Array.from(x);
      up[k] += h;
      down[k] -= h;
      const numeric = (f(up, new Float64Array(5)) - f(down, new Float64Array(5))) / (2 * h);
      expect(gradient[k]).toBeCloseTo(numeric, 7);
    }
  });
});
