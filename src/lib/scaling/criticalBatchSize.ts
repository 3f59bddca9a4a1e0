import { positive } from "./validate.ts";
import { KAPLAN_2020 } from "./tables/kaplanConstants.ts";

/**
 * The critical batch size, in tokens, at which data parallelism stops paying off: B_crit(L) =
 * B_* / L^(1/α_B) with B_* ≈ 2e8 tokens and α_B ≈ 0.21 (Kaplan et al. 2020, Eq. 1.4 / 5.3). It depends
 * only on the loss reached, not on model size; about 1–2 million tokens near L ≈ 2.5–3 nats.
 *
 * @param loss L, nats per token (WebText2)
 * @returns tokens per batch
 */
export function criticalBatchSize(loss: number): number {
  return KAPLAN_2020.criticalBatchScaleTokens / positive("loss", loss) ** (1 / KAPLAN_2020.alphaB);
}
