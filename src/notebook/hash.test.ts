import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { decodeNotebookHash, encodeNotebookHash, fromBase64Url, notebookHashId, toBase64Url } from "./hash.ts";

describe("encodeNotebookHash(id, doc) and decodeNotebookHash(hash)", () => {
  it("round-trip a notebook, title included", async () => {
    const doc = { title: "Plan a training run", cells: ["N = 70e9", "D = 20 * N", "md`**${fmt(N)}** — 七百亿 🚀 \\u2028`"] };
    const hash = await encodeNotebookHash("plan-run", doc);
    expect(hash).toMatch(/^#nb=plan-run:[A-Za-z0-9_-]+$/);
    expect(await decodeNotebookHash(hash)).toEqual({ id: "plan-run", doc });
  });

  it("round-trip any cells (property)", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.string({ unit: "binary" }), { maxLength: 12 }), async (cells) => {
        const hash = await encodeNotebookHash("scratch", { cells });
        expect((await decodeNotebookHash(hash))?.doc.cells).toEqual(cells);
      }),
      { numRuns: 60 },
    );
  });

  it("compress: a long notebook makes a short link", async () => {
    const cells = Array.from({ length: 20 }, (_, i) => `x${i} = scaling.trainingFlops(N * ${i}, D) // the same comment every time`);
    const hash = await encodeNotebookHash("big", { cells });
    expect(hash.length).toBeLessThan(JSON.stringify(cells).length / 2);
  });

  it("decodeNotebookHash returns null for other hashes and throws for a damaged link", async () => {
    expect(await decodeNotebookHash("#section-2")).toBeNull();
    expect(await decodeNotebookHash("")).toBeNull();
    expect(notebookHashId("#nb=plan-run:abc")).toBe("plan-run");
    await expect(decodeNotebookHash("#nb=plan-run:%%%")).rejects.toThrow(/base64url/);
    await expect(decodeNotebookHash("#nb=plan-run:AAAA")).rejects.toThrow(/invalid notebook link/);
  });

  it("refuses a link whose cells are not strings", async () => {
    const json = new TextEncoder().encode(JSON.stringify({ cells: [1, 2] }));
    const deflated = new Uint8Array(await new Response(new Blob([json]).stream().pipeThrough(new CompressionStream("deflate-raw"))).arrayBuffer());
    await expect(decodeNotebookHash(`#nb=x:${toBase64Url(deflated)}`)).rejects.toThrow(/cells must be strings/);
  });

  it("refuses a link that inflates past the limit (a zip bomb)", async () => {
    const json = new TextEncoder().encode(JSON.stringify({ cells: ["x".repeat(2_000_000)] }));
    const deflated = new Uint8Array(await new Response(new Blob([json]).stream().pipeThrough(new CompressionStream("deflate-raw"))).arrayBuffer());
    expect(deflated.length).toBeLessThan(10_000);
    await expect(decodeNotebookHash(`#nb=x:${toBase64Url(deflated)}`)).rejects.toThrow(/too large/);
  });
});

describe("toBase64Url(bytes) / fromBase64Url(text)", () => {
  it("round-trip bytes without padding or +/", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const text = toBase64Url(bytes);
        expect(text).toMatch(/^[A-Za-z0-9_-]*$/);
        expect([...fromBase64Url(text)]).toEqual([...bytes]);
      }),
    );
  });
});
