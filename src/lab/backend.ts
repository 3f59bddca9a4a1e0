/**
 * Picks the TensorFlow.js backend the lab trains on: the fastest the browser offers, in LAB_BACKENDS
 * order (WebGPU, WebGL, WASM, CPU), each imported only when it is tried, with the reason every failed
 * one gave. Then times a large matrix product on the winner: the peak that the reader's MFU divides by.
 */
import * as tf from "@tensorflow/tfjs-core";
import { LAB_BACKENDS, type LabBackend } from "./protocol.ts";

export interface BackendChoice {
  backend: LabBackend;
  fallbacks: { backend: LabBackend; reason: string }[];
}

/** Where the WASM binaries are served from (Vite `?url` imports in the worker; file paths in Node). */
export type WasmPaths = Partial<Record<"tfjs-backend-wasm.wasm" | "tfjs-backend-wasm-simd.wasm" | "tfjs-backend-wasm-threaded-simd.wasm", string>>;

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * The WASM backend (4.22) has no UnsortedSegmentSum, the gradient of `gather` — the token-embedding
 * lookup's backward pass. This adds it in plain JavaScript (a scatter-add of rows); it runs once per
 * step on a (batch·context) × width matrix, a small fraction of the step.
 */
function registerWasmSegmentSum(): void {
  if (tf.getKernel("UnsortedSegmentSum", "wasm")) return;
  tf.registerKernel({
    kernelName: "UnsortedSegmentSum",
    backendName: "wasm",
    kernelFunc: ({ inputs, attrs, backend }) => {
      const { x, segmentIds } = inputs as { x: tf.TensorInfo; segmentIds: tf.TensorInfo };
      const segments = (attrs as unknown as { numSegments: number }).numSegments;
      const wasm = backend as unknown as {
        readSync(id: object): Float32Array | Int32Array;
        makeOutput(shape: number[], dtype: tf.DataType, memoryOffset?: number, values?: Float32Array): tf.TensorInfo;
      };
      const values = wasm.readSync(x.dataId);
      const ids = wasm.readSync(segmentIds.dataId);
      const rows = ids.length;
      const inner = values.length / Math.max(1, rows);
      const out = new Float32Array(segments * inner);
      for (let r = 0; r < rows; r++) {
        const id = ids[r];
        if (id < 0 || id >= segments) continue;
        for (let i = 0; i < inner; i++) out[id * inner + i] += values[r * inner + i];
      }
      return wasm.makeOutput([segments, ...x.shape.slice(segmentIds.shape.length)], x.dtype, undefined, out);
    },
  });
}

/** Imports and initialises one backend; throws with the browser's reason when it cannot run here. */
async function tryBackend(name: LabBackend, wasmPaths?: WasmPaths): Promise<void> {
  if (name === "webgpu") {
    type Adapter = { isFallbackAdapter?: boolean; info?: { isFallbackAdapter?: boolean } } | null;
    const gpu = (globalThis.navigator as { gpu?: { requestAdapter(): Promise<Adapter> } } | undefined)?.gpu;
    if (!gpu) throw new Error("navigator.gpu is not available");
    const adapter = await gpu.requestAdapter();
    if (!adapter) throw new Error("no WebGPU adapter");
    // A CPU-emulated adapter is slower than WASM: not worth choosing.
    if (adapter.isFallbackAdapter || adapter.info?.isFallbackAdapter) throw new Error("only a software (fallback) WebGPU adapter");
    await import("@tensorflow/tfjs-backend-webgpu");
  } else if (name === "webgl") {
    if (typeof OffscreenCanvas === "undefined") throw new Error("no OffscreenCanvas here");
    const gl = new OffscreenCanvas(1, 1).getContext("webgl2");
    if (!gl) throw new Error("no WebGL 2 context");
    const info = gl.getExtension("WEBGL_debug_renderer_info");
    const renderer = String(info ? gl.getParameter(info.UNMASKED_RENDERER_WEBGL) : gl.getParameter(gl.RENDERER));
    // SwiftShader and llvmpipe draw on the CPU, far slower than WASM for training: skip them.
    if (/swiftshader|llvmpipe|softpipe|software/i.test(renderer)) throw new Error(`software WebGL renderer (${renderer})`);
    await import("@tensorflow/tfjs-backend-webgl");
  } else if (name === "wasm") {
    const wasm = await import("@tensorflow/tfjs-backend-wasm");
    // Threads need SharedArrayBuffer, which a page that is not cross-origin isolated does not have;
    // without this the backend would still try the threaded build and its blob: worker.
    if (!(globalThis as { crossOriginIsolated?: boolean }).crossOriginIsolated) tf.env().set("WASM_HAS_MULTITHREAD_SUPPORT", false);
    // setWasmPaths wants all three binaries named; the threaded one is never fetched without threads.
    if (wasmPaths) wasm.setWasmPaths({ "tfjs-backend-wasm-threaded-simd.wasm": wasmPaths["tfjs-backend-wasm-simd.wasm"], ...wasmPaths });
    registerWasmSegmentSum();
  } else {
    await import("@tensorflow/tfjs-backend-cpu");
  }
  if (!(await tf.setBackend(name))) throw new Error(`tf.setBackend("${name}") failed`);
  await tf.ready();
  // A tiny step's worth of ops, so a backend that initialises but cannot compute fails here, not mid-run.
  tf.tidy(() => tf.matMul(tf.ones([4, 4]), tf.ones([4, 4])).dataSync());
}

/**
 * The first backend of `order` that initialises. `only` forces one (tests, the bench): then it is the
 * only one tried. Throws with every reason when none works (the worker reports "no-backend").
 */
export async function chooseBackend(options: { only?: LabBackend; wasmPaths?: WasmPaths; order?: readonly LabBackend[] } = {}): Promise<BackendChoice> {
  const order = options.only ? [options.only] : (options.order ?? LAB_BACKENDS);
  const fallbacks: BackendChoice["fallbacks"] = [];
  for (const backend of order) {
    try {
      await tryBackend(backend, options.wasmPaths);
      return { backend, fallbacks };
    } catch (error) {
      fallbacks.push({ backend, reason: message(error) });
    }
  }
  throw new Error(`no backend: ${fallbacks.map((f) => `${f.backend}: ${f.reason}`).join("; ")}`);
}

/**
 * The backend's peak: FLOP/s of an n × n matrix product (2n³ FLOPs), best of `repeats` after a warm-up
 * (the first call compiles shaders or grows WASM memory). A large square product is the most favourable
 * case a backend has, so the reader's MFU (achieved 6ND/s over this) reads like a datacenter's MFU over
 * the chip's rated peak.
 */
export async function measurePeakFlops(n = 256, repeats = 3): Promise<number> {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`invalid n: ${n} (a positive whole number)`);
  if (!Number.isInteger(repeats) || repeats < 1) throw new RangeError(`invalid repeats: ${repeats} (a positive whole number)`);
  const a = tf.randomUniform([n, n], -1, 1, "float32", 1);
  const b = tf.randomUniform([n, n], -1, 1, "float32", 2);
  try {
    const time = async () => {
      const start = performance.now();
      const c = tf.matMul(a, b);
      await c.data();
      c.dispose();
      return (performance.now() - start) / 1000;
    };
    await time();
    let best = Infinity;
    for (let i = 0; i < repeats; i++) best = Math.min(best, await time());
    return (2 * n ** 3) / Math.max(best, 1e-6);
  } finally {
    tf.dispose([a, b]);
  }
}
