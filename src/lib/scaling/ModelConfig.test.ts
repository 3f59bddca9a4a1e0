import { describe, expect, it } from "vitest";
import { MODEL_CONFIG_DEFAULTS, MOE_CONFIG_DEFAULTS } from "./ModelConfig.ts";
import { countParams } from "./countParams.ts";

describe("ModelConfig", () => {
  it("MODEL_CONFIG_DEFAULTS describe a Llama decoder: Llama-2-7B's five sizes count its 6,738,415,616 parameters", () => {
    expect(MODEL_CONFIG_DEFAULTS).toMatchObject({ gatedMlp: true, norm: "rmsnorm", tieEmbeddings: false, learnedPositions: false });
    expect(countParams({ vocabSize: 32000, hiddenSize: 4096, numLayers: 32, numHeads: 32, intermediateSize: 11008 }).total).toBe(6_738_415_616);
  });
  it("MOE_CONFIG_DEFAULTS describe Mixtral's MoE: its three MoE sizes count 46,702,792,704 parameters", () => {
    expect(MOE_CONFIG_DEFAULTS).toMatchObject({ numSharedExperts: 0, firstDenseLayers: 0, layerFrequency: 1 });
    const mixtral = {
      vocabSize: 32000, hiddenSize: 4096, numLayers: 32, numHeads: 32, numKvHeads: 8, intermediateSize: 14336,
      moe: { numExperts: 8, topK: 2, expertIntermediateSize: 14336 },
    };
    expect(countParams(mixtral).total).toBe(46_702_792_704);
  });
});
