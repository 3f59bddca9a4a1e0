import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MODEL_CONFIGS } from "../../../content/data/models/index.ts";
import { attentionFlopsPerToken } from "./attentionFlopsPerToken.ts";

const config = (id: string) => MODEL_CONFIGS[id].config;

describe("attentionFlopsPerToken", () => {
  it("attentionFlopsPerToken(config, keys) is 4·n_layer·keys·d_attn for GPT-3 (d_attn = 96 heads × 128)", () => {
    expect(attentionFlopsPerToken(config("gpt3-175b"), 2048)).toBe(4 * 96 * 2048 * 12288);
  });
  it("attentionFlopsPerToken(config, keys) does not depend on the key-value heads (grouped-query attention)", () => {
    const gqa = config("llama-3-8b");
    expect(attentionFlopsPerToken(gqa, 1000)).toBe(attentionFlopsPerToken({ ...gqa, num_key_value_heads: 32 }, 1000));
  });
  it("attentionFlopsPerToken(config, keys) uses MLA's 192-wide q·k and 128-wide values for DeepSeek-V3", () => {
    expect(attentionFlopsPerToken(config("deepseek-v3"), 1)).toBe(2 * 61 * 128 * (192 + 128));
  });
  it("attentionFlopsPerToken(config, keys) is linear in keys and 0 at 0 keys", () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 1e6 }), fc.integer({ min: 0, max: 1e6 }), (a, b) => {
      const c = config("mistral-7b");
      expect(attentionFlopsPerToken(c, a + b)).toBe(attentionFlopsPerToken(c, a) + attentionFlopsPerToken(c, b));
    }));
    expect(attentionFlopsPerToken(config("gpt2"), 0)).toBe(0);
  });
  it("attentionFlopsPerToken(config, keys) throws a RangeError naming keys for negative, NaN and Infinity", () => {
    for (const bad of [-1, NaN, Infinity]) expect(() => attentionFlopsPerToken(config("gpt2"), bad)).toThrow(`invalid keys: ${bad}`);
  });
});
