/**
 * AdamW (Loshchilov & Hutter 2019, arXiv:1711.05101, Algorithm 2): Adam's update plus weight decay
 * applied to the weights directly, not through the gradient. β₁ 0.9, β₂ 0.95 and ε 1e-8 as GPT-3
 * trained (Brown et al. 2020, Appendix B), with the global gradient norm clipped at 1.0 (same source).
 * The update is written in tensor ops; gradients come from TensorFlow.js's autodiff.
 */
import * as tf from "@tensorflow/tfjs-core";
// Method-style ops (x.add(y)) are registered separately from the functions.
import "@tensorflow/tfjs-core/dist/public/chained_ops/register_all_chained_ops.js";

export interface AdamWOptions {
  beta1?: number;
  beta2?: number;
  epsilon?: number;
  /** Decoupled weight decay (GPT-3: 0.1). */
  weightDecay?: number;
  /** Clip the global gradient norm to this (GPT-3: 1.0). */
  clipNorm?: number;
  /** Which parameters decay (matrices); the rest only get Adam's step. */
  decays(name: string): boolean;
}

export class AdamW {
  #m = new Map<string, tf.Variable>();
  #v = new Map<string, tf.Variable>();
  #step = 0;
  readonly options: Required<AdamWOptions>;

  constructor(options: AdamWOptions) {
    this.options = { beta1: 0.9, beta2: 0.95, epsilon: 1e-8, weightDecay: 0.1, clipNorm: 1, ...options };
  }

  /** One step at `rate` on `variables` with `grads` (same names). Returns the gradient norm before clipping. */
  apply(variables: Record<string, tf.Variable>, grads: Record<string, tf.Tensor>, rate: number): number {
    const { beta1, beta2, epsilon, weightDecay, clipNorm, decays } = this.options;
    this.#step++;
    const t = this.#step;
    const norm = tf.tidy(() => tf.sqrt(tf.addN(Object.values(grads).map((g) => g.square().sum()))).dataSync()[0]);
    const scale = norm > clipNorm ? clipNorm / norm : 1;
    tf.tidy(() => {
      for (const [name, variable] of Object.entries(variables)) {
        const g = grads[name].mul(scale);
        const m = this.#moment(this.#m, name, variable);
        const v = this.#moment(this.#v, name, variable);
        m.assign(m.mul(beta1).add(g.mul(1 - beta1)));
        v.assign(v.mul(beta2).add(g.square().mul(1 - beta2)));
        const mHat = m.div(1 - beta1 ** t);
        const vHat = v.div(1 - beta2 ** t);
        let next = variable.sub(mHat.div(vHat.sqrt().add(epsilon)).mul(rate));
        if (decays(name)) next = next.sub(variable.mul(rate * weightDecay));
        variable.assign(next);
      }
    });
    return norm;
  }

  #moment(store: Map<string, tf.Variable>, name: string, like: tf.Tensor): tf.Variable {
    let moment = store.get(name);
    if (!moment) store.set(name, (moment = tf.variable(tf.zerosLike(like), false)));
    return moment;
  }

  dispose(): void {
    for (const v of [...this.#m.values(), ...this.#v.values()]) v.dispose();
  }
}
