import { positive } from "./validate.ts";

/** Options of `matmulIntensity` and `matmulCost`: an (m×k)·(k×n) product. */
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

/** What a matmul costs in work and memory traffic, and their ratio. */
export interface MatmulCost {
  /** 2mkn: a multiply and an add per term. */
  flops: number;
  /** bytesPerElement·(mk + kn + mn): both inputs read once, the output written once. */
  bytes: number;
  /** flops / bytes: the arithmetic intensity. */
  flopsPerByte: number;
}

/**
 * FLOPs, bytes moved and their ratio for an (m×k)·(k×n) matmul that reads both inputs from memory and
 * writes the output once: 2mkn FLOPs over bytesPerElement·(mk + kn + mn) bytes (How to Scale Your Model,
 * "All About Rooflines", the matmul example). The flops and bytes are what `rooflineSeconds` takes.
 *
 * @throws RangeError naming m, k, n or bytesPerElement when not a positive finite number
 */
export function matmulCost({ m, k, n, bytesPerElement }: MatmulShape): MatmulCost {
  positive("m", m);
  positive("k", k);
  positive("n", n);
  positive("bytesPerElement", bytesPerElement);
  const flops = 2 * m * k * n;
  const bytes = bytesPerElement * (m * k + k * n + m * n);
  return { flops, bytes, flopsPerByte: flops / bytes };
}

/**
 * Arithmetic intensity of an (m×k)·(k×n) matmul, `matmulCost(...).flopsPerByte`: for m ≪ k, n in bf16 it
 * is about m, the batch in tokens (How to Scale Your Model, "All About Rooflines").
 *
 * @returns FLOPs per byte
 * @throws RangeError naming m, k, n or bytesPerElement when not a positive finite number
 */
export function matmulIntensity(shape: MatmulShape): number {
  return matmulCost(shape).flopsPerByte;
}
