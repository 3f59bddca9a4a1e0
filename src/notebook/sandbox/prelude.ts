// Runs before the Observable runtime is evaluated: in a worker, requestAnimationFrame may not run (or
// pauses with the tab), so the runtime must schedule its work with timers.
(self as unknown as { requestAnimationFrame?: unknown }).requestAnimationFrame = undefined;
