import { describe, expect, it } from "vitest";
import { countParams } from "../../lib/scaling/index.ts";
import { labModelConfig } from "../../lab/labModel.ts";
import { LAB_PRESETS, labShape } from "../../lab/presets.ts";
import { labFacts, type ReferenceFile, type ReferenceRecord } from "./labFacts.ts";

// A made-up reference run of the standard preset: six sizes on L = 9·N^−0.1, and two budgets whose
// valleys bottom out at N = 3e4 and 6e4 (the second larger, as more compute should buy).
const size: ReferenceRecord[] = [1e4, 2e4, 5e4, 1e5, 2e5, 4e5].map((n, i) => ({
  id: `w${i}`,
  group: "size",
  nonEmbeddingParams: n,
  finalLoss: 9 * n ** -0.1,
  flops: 6 * n * 2e5,
  tokens: 2e5,
}));
const valley = (budget: number, best: number): ReferenceRecord[] =>
  [0.25, 0.5, 1, 2, 4].map((f, i) => {
    const n = best * f;
    return { id: `${budget}-${i}`, group: budget.toExponential(1).replace("+", ""), nonEmbeddingParams: n, flops: budget, tokens: budget / (6 * n), finalLoss: 2.5 + 0.05 * Math.log(f) ** 2 };
  });
const reference: ReferenceFile = {
  preset: "standard",
  seed: 7,
  corpus: "en",
  backend: "cpu",
  machine: { cpu: "Test CPU", cores: 2, os: "linux", node: "24.0.0" },
  date: "2026-12-07T05:00:00Z",
  seconds: 250,
  experiments: { size, budget: [...valley(1e12, 3e4), ...valley(4e12, 6e4)] },
};
const corpora = { en: { bytes: 400_000, trainBytes: 360_000 }, zh: { bytes: 500_000, trainBytes: 450_000 }, both: { bytes: 900_000, trainBytes: 810_000 } };

describe("labFacts", () => {
  const f = labFacts(reference, corpora);
  it("labFacts(reference, corpora) describes experiment 1 as the reference preset plans it", () => {
    const preset = LAB_PRESETS.standard;
    expect(f.size.count).toBe(preset.widths.length);
    expect(f.size.nMin).toBe(countParams(labModelConfig(labShape(Math.min(...preset.widths), preset))).nonEmbedding);
    expect(f.size.decades).toBeCloseTo(Math.log10(f.size.nMax / f.size.nMin));
    expect(f.size.tokensPerParamMax).toBeGreaterThan(f.size.tokensPerParamMin);
    expect(f.size.epochs).toBeCloseTo(preset.tokens / 360_000);
  });
  it("labFacts gives embeddings a larger share of the smallest model than of the largest", () => {
    expect(f.size.embeddingShareSmallest).toBeGreaterThan(f.size.embeddingShareLargest);
    expect(f.size.embeddingShareLargest).toBeGreaterThan(0);
    expect(f.size.embeddingShareSmallest).toBeLessThan(1);
  });
  it("labFacts fits the reference run's sizes and finds its valleys' minima and whether they grow with the budget", () => {
    expect(f.reference.law!.alpha).toBeCloseTo(0.1, 6);
    expect(f.level).toBe(f.reference.law!.level);
    expect(f.reference.valleys.map((v) => v.params / [3e4, 6e4][f.reference.valleys.indexOf(v)])).toEqual([expect.closeTo(1, 3), expect.closeTo(1, 3)]);
    expect(f.reference.interiorCount).toBe(2);
    expect(f.reference.minimaGrow).toBe(true);
    expect(f.reference.date).toBe("2026-12-07");
  });
  it("labFacts counts the repeats of the reference run's own text, and keeps all three texts' sizes", () => {
    expect(f.corpus.name).toBe("en");
    expect(f.corpus.heldOutBytes).toBe(40_000);
    expect(f.corpora.zh.bytes).toBe(500_000);
    expect(f.budget.maxEpochs).toBeGreaterThan(f.budget.minEpochs);
    expect(labFacts({ ...reference, corpus: "zh" }, corpora).size.epochs).toBeCloseTo(LAB_PRESETS.standard.tokens / 450_000);
  });
  it("labFacts counts the repeats of the text the reference run trained on, when the file records its size", () => {
    const ran = labFacts({ ...reference, corpusBytes: { train: 100_000, heldOut: 10_000 } }, corpora);
    expect(ran.corpus.trainBytes).toBe(100_000);
    expect(ran.corpus.heldOutBytes).toBe(10_000);
    expect(ran.size.epochs).toBeCloseTo(LAB_PRESETS.standard.tokens / 100_000);
    expect(ran.corpora.en.bytes).toBe(400_000);
  });
  it("labFacts takes one Chinese character as three bytes of UTF-8", () => {
    expect(f.bytesPerHanzi).toBe(3);
  });
  it("labFacts refuses an unknown preset or text, and a corpus with no training bytes", () => {
    expect(() => labFacts({ ...reference, preset: "huge" }, corpora)).toThrow(RangeError);
    expect(() => labFacts({ ...reference, corpus: "fr" }, corpora)).toThrow(/reference\.corpus/);
    expect(() => labFacts(reference, { ...corpora, en: { bytes: 10, trainBytes: 0 } })).toThrow(/corpus/);
    expect(() => labFacts(reference, { ...corpora, en: { bytes: NaN, trainBytes: NaN } })).toThrow(/corpus/);
  });
  it("labFacts has no fit, and a NaN level, when the reference run has fewer than three sizes", () => {
    const few = labFacts({ ...reference, experiments: { ...reference.experiments, size: size.slice(0, 2) } }, corpora);
    expect(few.reference.law).toBeNull();
    expect(few.level).toBeNaN();
  });
});
