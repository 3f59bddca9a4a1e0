/**
 * Scaling Lab's scaling module: the single source of truth for every number on the site,
 * and what readers call in notebook cells. Pure TypeScript with `.ts` specifiers and
 * erasable syntax only, so plain Node 24 can `import("./src/lib/scaling/index.ts")`.
 */

// Parameter checks (shared).
export { finite, positive, nonNegative, positiveInteger, nonNegativeInteger, inRange, keyword } from "./validate.ts";

// --- part 1: parameters, FLOPs, units, notable models (issue #3) ---
export { PF_DAY_FLOPS, SECONDS_PER_HOUR, SECONDS_PER_DAY, BYTES_PER_GB, BYTES_PER_GIB } from "./units.ts";
export { trainingFlops } from "./trainingFlops.ts";

// --- part 2: laws, allocation, fitting (issue #4) ---

// --- part 3: hardware, training runs, memory, sparsity, architectures (issue #5) ---
