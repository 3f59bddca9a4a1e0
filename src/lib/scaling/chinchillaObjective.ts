import type { LossRun } from "./parseRunsCsv.ts";
import type { Objective } from "./minimizeLbfgs.ts";

/**
 * The objective Hoffmann et al. 2022 (Eq. 3, Appendix D.2) and Besiroglu et al. 2024 minimise to fit
 * L = E + A/N^α + B/D^β, over θ = [a, b, e, α, β] with A = eᵃ, B = eᵇ, E = eᵉ:
 *   Σᵢ Huber_δ( LSE(a − α·ln Nᵢ, b − β·ln Dᵢ, e) − ln Lᵢ ),
 * with Huber_δ(r) = r²/2 for |r| ≤ δ, δ·(|r| − δ/2) beyond. Log-sum-exp keeps A, B, E positive and
 * is evaluated stably (shifted by its largest term). Gradient, analytic: with r the residual,
 * w = clamp(r, −δ, δ) and πₖ the softmax weights of the three terms,
 *   ∂/∂a = Σ w·π₁, ∂/∂b = Σ w·π₂, ∂/∂e = Σ w·π₃, ∂/∂α = −Σ w·π₁·ln N, ∂/∂β = −Σ w·π₂·ln D.
 *
 * @param runs training runs (positive finite values; `fitChinchilla` filters them)
 * @param delta Huber threshold δ on log-loss residuals (default 1e-3, as in both papers)
 */
export function chinchillaObjective(runs: readonly LossRun[], delta = 1e-3): Objective {
  const count = runs.length;
  const logN = Float64Array.from(runs, (r) => Math.log(r.params));
  const logD = Float64Array.from(runs, (r) => Math.log(r.tokens));
  const logL = Float64Array.from(runs, (r) => Math.log(r.loss));
  return (theta, gradient) => {
    const [a, b, e, alpha, beta] = theta;
    let total = 0, ga = 0, gb = 0, ge = 0, gAlpha = 0, gBeta = 0;
    for (let i = 0; i < count; i++) {
      const t1 = a - alpha * logN[i], t2 = b - beta * logD[i];
      const top = Math.max(t1, t2, e);
      const x1 = Math.exp(t1 - top), x2 = Math.exp(t2 - top), x3 = Math.exp(e - top);
      const sum = x1 + x2 + x3;
      const r = top + Math.log(sum) - logL[i];
      const abs = Math.abs(r);
      total += abs <= delta ? 0.5 * r * r : delta * (abs - 0.5 * delta);
      const w = (abs <= delta ? r : delta * Math.sign(r)) / sum;
      ga += w * x1;
      gb += w * x2;
      ge += w * x3;
      gAlpha -= w * x1 * logN[i];
      gBeta -= w * x2 * logD[i];
    }
    gradient[0] = ga; gradient[1] = gb; gradient[2] = ge; gradient[3] = gAlpha; gradient[4] = gBeta;
    return total;
  };
}
