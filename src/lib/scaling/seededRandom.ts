import { finite } from "./validate.ts";

/**
 * A reproducible uniform random number generator on [0, 1): Mulberry32 (Tommy Ettinger, 2017), a
 * 32-bit generator good enough for resampling and fast in a Web Worker. Same seed, same sequence,
 * in every browser and in Node, unlike `Math.random`.
 *
 * @param seed any finite number; only its low 32 bits (as an integer) matter
 */
export function seededRandom(seed: number): () => number {
  let state = finite("seed", seed) >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
