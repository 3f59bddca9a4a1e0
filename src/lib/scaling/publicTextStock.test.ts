import { describe, expect, it } from "vitest";
import { publicTextStock } from "./publicTextStock.ts";

describe("publicTextStock", () => {
  it("publicTextStock is Villalobos et al. 2024's 300T tokens with its 90% interval of 100T–1,000T and their 2026–2032 (median 2028) projection", () => {
    expect(publicTextStock).toMatchObject({ tokens: 3e14, interval: [1e14, 1e15], level: 0.9, year: 2024, exhaustion: { median: 2028, range: [2026, 2032] } });
    expect(publicTextStock.source).toBe("https://arxiv.org/abs/2211.04325");
  });
});
