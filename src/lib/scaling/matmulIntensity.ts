import { positive } from "./validate.ts";

/** Options of `matmulIntensity`: an (m×k)·(k×n) product. */
export interface MatmulShape {
  /** Rows of the left matrix (e.g. tokens in the batch). */
  m: number;
  /** The contracted dimension. */
  k: number;
  /** Columns of the right matrix. */
  n: number;
  /** Bytes per element of inputs and output (2 for bf16, 1 for int8/fp8). */
  bytesPerElement: number;
}

/**
 * Arithmetic intensity of an (m×k)·(k×n) matmul that reads both inputs from memory and writes the output
 * once: 2mkn FLOPs over bytesPerElement·(mk + kn + mn) bytes (How to Scale Your Model, "All About
 * Rooflines", the matmul example: for m ≪ k, n in bf16 it is about m, the batch in tokens).
 *
 * @returns FLOPs per byte
 * @throws RangeError naming m, k, n or bytesPerElement when not a positive finite number
 */
export function matmulIntensity({ m, k, n, bytesPerElement }: MatmulShape): number {
  positive("m", m);
  positive("k", k);
  positive("n", n);
  positive("bytesPerElement", bytesPerElement);
  return (2 * m * k * n) / (bytesPerElement * (m * k + k * n + m * n));
}
