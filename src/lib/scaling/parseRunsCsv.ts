/** One training run: its size, its data, its final loss. */
export interface LossRun {
  /** N, parameters. */
  params: number;
  /** D, training tokens. */
  tokens: number;
  /** Final training loss, nats per token. */
  loss: number;
}

// Column names: ours, then those of epoch-research/analyzing-chinchilla's svg_extracted_data.csv.
const PARAMS = ["params", "Model Size"];
const TOKENS = ["tokens", "Training Tokens"];
const FLOPS = ["flops", "Training FLOP"];
const LOSS = ["loss"];

/**
 * Parses training runs from CSV text (pure: the caller reads the file). Needs a header with a loss
 * column, a parameter column, and either a token column or a FLOP column, from which tokens are
 * D = C/(6N) as Besiroglu et al. 2024 derive them. Recognised names: `params` or `Model Size`, `tokens`
 * or `Training Tokens`, `flops` or `Training FLOP`, `loss`. Other columns are ignored; rows whose
 * values are not positive finite numbers are skipped. No quoted fields (none in these files).
 *
 * @param text CSV, comma-separated, LF or CRLF line ends
 */
export function parseRunsCsv(text: string): LossRun[] {
  if (typeof text !== "string") throw new TypeError(`invalid text: ${String(text)} (must be a string)`);
  const lines = text.split(/\r?\n/).filter((line) => line.trim() !== "");
  if (lines.length === 0) return [];
  const header = lines[0].split(",").map((name) => name.trim());
  const find = (names: string[]) => header.findIndex((name) => names.includes(name));
  const [iParams, iTokens, iFlops, iLoss] = [find(PARAMS), find(TOKENS), find(FLOPS), find(LOSS)];
  const missing = [iParams < 0 && "params", iLoss < 0 && "loss", iTokens < 0 && iFlops < 0 && "tokens or flops"].filter(Boolean);
  if (missing.length) throw new RangeError(`invalid text: header ${JSON.stringify(lines[0])} (missing column ${missing.join(", ")})`);
  const runs: LossRun[] = [];
  for (const line of lines.slice(1)) {
    const cells = line.split(",");
    const params = Number(cells[iParams]);
    const tokens = iTokens >= 0 ? Number(cells[iTokens]) : Number(cells[iFlops]) / (6 * params);
    const loss = Number(cells[iLoss]);
    if ([params, tokens, loss].every((v) => Number.isFinite(v) && v > 0)) runs.push({ params, tokens, loss });
  }
  return runs;
}
