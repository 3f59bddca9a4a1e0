import { describe, expect, it } from "vitest";
import { byteCorpus, sampleBatch, seededRandom } from "./corpus.ts";

describe("byteCorpus(text, heldOutFraction)", () => {
  it("holds out the last tenth of the UTF-8 bytes (a Chinese character is three)", () => {
    const corpus = byteCorpus("尺度定律实验室abc".repeat(10));
    expect(corpus.train.length + corpus.heldOut.length).toBe(240);
    expect(corpus.heldOut.length).toBe(24);
  });

  it("rejects a held-out fraction of 0, 1, NaN or more", () => {
    for (const f of [0, 1, NaN, 2, -0.1]) expect(() => byteCorpus("abc", f)).toThrow(/invalid heldOutFraction/);
  });
});

describe("sampleBatch(data, batch, context, random)", () => {
  const data = new TextEncoder().encode("abcdefghijklmnopqrstuvwxyz");

  it("gives targets that are the inputs shifted by one byte", () => {
    const { inputs, targets } = sampleBatch(data, 4, 5, seededRandom(1));
    for (let i = 0; i < 4; i++) for (let t = 0; t < 4; t++) expect(targets[i * 5 + t]).toBe(inputs[i * 5 + t + 1]);
  });

  it("draws the same batches for the same seed and other batches for another", () => {
    expect(sampleBatch(data, 4, 5, seededRandom(3))).toEqual(sampleBatch(data, 4, 5, seededRandom(3)));
    expect(sampleBatch(data, 4, 5, seededRandom(3)).inputs).not.toEqual(sampleBatch(data, 4, 5, seededRandom(4)).inputs);
  });

  it("rejects a context longer than the data", () => {
    expect(() => sampleBatch(data, 1, 26, seededRandom(1))).toThrow(/invalid context: 26/);
  });
});
