import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { Resvg, initWasm } from "@resvg/resvg-wasm";

/**
 * SVG → PNG with resvg compiled to WebAssembly: no browser and no native binary, so the build runs
 * wherever Node and the npm registry do. The cards carry text as paths, so resvg needs no fonts.
 */

// initWasm may run once per process, but a module can be evaluated more than once (Vitest re-imports
// ours per test file while resvg's own module stays cached), so the promise lives on globalThis.
const KEY = Symbol.for("scaling-lab.resvg-wasm");
const store = globalThis as { [KEY]?: Promise<void> };

function ready(): Promise<void> {
  store[KEY] ??= initWasm(readFileSync(createRequire(import.meta.url).resolve("@resvg/resvg-wasm/index_bg.wasm")));
  return store[KEY];
}

export async function renderPng(svg: string): Promise<Uint8Array<ArrayBuffer>> {
  await ready();
  const resvg = new Resvg(svg, { fitTo: { mode: "original" } });
  try {
    const image = resvg.render();
    const png = new Uint8Array(image.asPng());
    image.free();
    return png;
  } finally {
    resvg.free();
  }
}
