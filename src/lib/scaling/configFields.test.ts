import { describe, expect, it } from "vitest";
import { flag, headDimOf, kvHeadsOf, layerList, optional, required, show, topKOf } from "./configFields.ts";

describe("configFields", () => {
  it("required(hf, keys) reads the first present alias and names the first key when none is", () => {
    expect(required({ hidden_size: 768 }, ["n_embd", "hidden_size"])).toBe(768);
    expect(() => required({ model_type: "x" }, ["n_embd", "hidden_size"])).toThrow('invalid n_embd: undefined (required for model_type "x")');
    expect(() => required({ n_embd: 0 }, ["n_embd"])).toThrow(RangeError);
  });
  it("optional(hf, key, fallback) treats absent and null alike and validates present values", () => {
    expect(optional({}, "n_inner", 3072)).toBe(3072);
    expect(optional({ n_inner: null }, "n_inner", 3072)).toBe(3072);
    expect(() => optional({ n_inner: -1 }, "n_inner", 3072)).toThrow("invalid n_inner: -1");
  });
  it("flag(hf, key, fallback) accepts booleans only", () => {
    expect(flag({}, "tie_word_embeddings", true)).toBe(true);
    expect(flag({ tie_word_embeddings: false }, "tie_word_embeddings", true)).toBe(false);
    expect(() => flag({ tie_word_embeddings: 0 }, "tie_word_embeddings", true)).toThrow(TypeError);
  });
  it("layerList(name, value) reads layer indices and rejects fractions and non-arrays", () => {
    expect(layerList("mlp_only_layers", [0, 3])).toEqual([0, 3]);
    expect(layerList("mlp_only_layers", null)).toEqual([]);
    expect(() => layerList("mlp_only_layers", 3)).toThrow("invalid mlp_only_layers: 3");
    expect(() => layerList("mlp_only_layers", [-1])).toThrow("invalid mlp_only_layers: -1");
  });
  it("topKOf(hf, key) caps the routed experts per token at the number of experts", () => {
    expect(topKOf({ num_experts: 8, num_experts_per_tok: 2 }, "num_experts")).toBe(2);
    expect(() => topKOf({ num_experts: 8, num_experts_per_tok: 9 }, "num_experts")).toThrow("(must be ≤ num_experts 8)");
  });
  it("headDimOf and kvHeadsOf require even division when the width is implied", () => {
    const names = { head: "head_dim", hidden: "hidden_size", heads: "num_attention_heads" };
    expect(headDimOf(names, undefined, 4096, 32)).toBe(128);
    expect(headDimOf(names, 256, 3072, 16)).toBe(256);
    expect(() => headDimOf(names, undefined, 4096, 5)).toThrow("invalid num_attention_heads: 5");
    expect(kvHeadsOf("num_key_value_heads", 8, 32, "num_attention_heads")).toBe(8);
    expect(() => kvHeadsOf("num_key_value_heads", 5, 32, "num_attention_heads")).toThrow(RangeError);
  });
  it("show(value) quotes strings and brackets arrays", () => {
    expect([show("a"), show([1, 2]), show(NaN)]).toEqual(['"a"', "[1,2]", "NaN"]);
  });
});
