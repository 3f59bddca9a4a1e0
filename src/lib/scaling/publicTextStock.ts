/** An estimate with its interval and where it comes from. */
export interface TextStockEstimate {
  /** Central estimate, tokens. */
  tokens: number;
  /** [low, high] tokens at `level`. */
  interval: [number, number];
  /** Probability the interval carries. */
  level: number;
  /** Year the estimate describes. */
  year: number;
  /** The paper's own projection of when datasets reach the stock: median and range. */
  exhaustion: { median: number; range: [number, number] };
  source: string;
  note: string;
}

/**
 * The effective stock of public human-generated text, in tokens: about 3 × 10¹⁴ (300 trillion), with a
 * 90% confidence interval of 10¹⁴ to 10¹⁵ (Villalobos, Ho, Sevilla, Besiroglu, Heim & Hobbhahn 2024, "Will
 * we run out of data? Limits of LLM scaling based on human-generated data", ICML 2024, arXiv:2211.04325v2,
 * abstract and §3; Epoch AI's summary gives the same figures). "Effective" means adjusted for quality
 * filtering and for training several epochs on the same text. The paper projects that datasets reach it
 * between 2026 and 2032, median 2028 (Figure 1; by then the indexed web holds ~4 × 10¹⁴ tokens, since the
 * stock grows a few percent a year — not modelled here). The probability carried by the 2026–2032 range
 * is not restated here: we could not confirm it from the paper's text (a secondary summary calls it 80%).
 */
export const publicTextStock: TextStockEstimate = {
  tokens: 3e14,
  interval: [1e14, 1e15],
  level: 0.9,
  year: 2024,
  exhaustion: { median: 2028, range: [2026, 2032] },
  source: "https://arxiv.org/abs/2211.04325",
  note: "Villalobos et al. 2024: quality- and repetition-adjusted stock of public human text on the indexed web; 90% interval.",
};
