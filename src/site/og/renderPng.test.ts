import { describe, expect, it } from "vitest";
import { renderPng } from "./renderPng.ts";
import { ogCard } from "./ogCard.ts";

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Width and height from the IHDR chunk, which follows the signature and the chunk's length and type. */
const ihdr = (png: Uint8Array) => {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { type: String.fromCharCode(...png.subarray(12, 16)), width: view.getUint32(16), height: view.getUint32(20) };
};

describe("renderPng", () => {
  it("renderPng(ogCard(essay)) is a 1200×630 PNG under 150 KB", async () => {
    const png = await renderPng(ogCard({ locale: "zh", slug: "power-law", order: 2, title: "幂律", description: "损失随模型规模、数据量和算力按幂律下降。" }));
    expect([...png.subarray(0, 8)]).toEqual(SIGNATURE);
    expect(ihdr(png)).toEqual({ type: "IHDR", width: 1200, height: 630 });
    expect(png.byteLength).toBeLessThan(150 * 1024);
  });

  it("renderPng can be called again (the wasm module initialises once)", async () => {
    const png = await renderPng('<svg xmlns="http://www.w3.org/2000/svg" width="4" height="2"><rect width="4" height="2" fill="#14161a"/></svg>');
    expect(ihdr(png)).toMatchObject({ width: 4, height: 2 });
  });
});
