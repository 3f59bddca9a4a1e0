/**
 * Text as training data: UTF-8 bytes, a held-out tail for the loss that is plotted, and batches drawn
 * by a seeded generator so the same seed gives the same batches in every browser and in Node.
 */

/** mulberry32: a small, fast, seeded 32-bit generator (Tommy Ettinger's, public domain); returns [0, 1). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Corpus {
  /** Bytes to train on. */
  train: Uint8Array;
  /** The held-out tail: never trained on, the loss the charts show. */
  heldOut: Uint8Array;
}

/** Splits text's UTF-8 bytes: the last `heldOutFraction` is held out. */
export function byteCorpus(text: string, heldOutFraction = 0.1): Corpus {
  if (!(heldOutFraction > 0 && heldOutFraction < 1)) throw new RangeError(`invalid heldOutFraction: ${heldOutFraction} (between 0 and 1)`);
  const bytes = new TextEncoder().encode(text);
  const cut = Math.floor(bytes.length * (1 - heldOutFraction));
  return { train: bytes.subarray(0, cut), heldOut: bytes.subarray(cut) };
}

/** `batch` windows of `context + 1` bytes at random offsets: inputs are the first `context`, targets the next. */
export function sampleBatch(data: Uint8Array, batch: number, context: number, random: () => number): { inputs: Int32Array; targets: Int32Array } {
  if (data.length < context + 1) throw new RangeError(`invalid context: ${context} (the data has only ${data.length} bytes)`);
  const inputs = new Int32Array(batch * context);
  const targets = new Int32Array(batch * context);
  for (let b = 0; b < batch; b++) {
    const start = Math.floor(random() * (data.length - context));
    for (let t = 0; t < context; t++) {
      inputs[b * context + t] = data[start + t];
      targets[b * context + t] = data[start + t + 1];
    }
  }
  return { inputs, targets };
}
