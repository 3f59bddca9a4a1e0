/**
 * Lighthouse (mobile: its default config, simulated slow 4G and a 4× slower CPU) performance and
 * accessibility scores for the home page, every essay, the playground and the glossary in both
 * languages, against the build served locally (with its CSP): the median of 3 runs per page (one run
 * varies by several points on a loaded machine), with the metric that cost the most points. Budgets from
 * the one-frame issue: performance 100, accessibility 100.
 *
 * Runs Debian's Chromium (`/usr/bin/chromium`, or CHROMIUM_PATH) through the `lighthouse` package's
 * Node API and `chrome-launcher`, with --headless --no-sandbox --disable-gpu. When it cannot run, each
 * row says why instead of a score.
 *
 * Environment: LH_PAGES — a regular expression; only pages whose path (`en/power-law/`) matches it run
 * (e.g. `LH_PAGES='^zh/$|beyond-dense|glossary'`); LH_RUNS — runs per page (default 3); LH_JSON_DIR — a folder to
 * write each page's median report to (`<path with / as _>.json`) for its diagnostics; LH_PORT — the
 * local server's port (default 4396).
 */
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { BenchRow } from "./types.ts";
import { BASE, CHROMIUM, builtPages, hasBuild, serve } from "./dist.ts";

const BUDGET = { performance: 100, accessibility: 100 };
const RUNS = Math.max(1, Number(process.env.LH_RUNS ?? 3) || 3);
const ONLY = process.env.LH_PAGES ? new RegExp(process.env.LH_PAGES) : null;
const JSON_DIR = process.env.LH_JSON_DIR;
/** Lighthouse's performance metrics, for "what cost the most points". */
const METRICS = ["first-contentful-paint", "largest-contentful-paint", "total-blocking-time", "cumulative-layout-shift", "speed-index"];

export async function run(): Promise<BenchRow[]> {
  if (!hasBuild()) return [];
  const pages = builtPages().filter((p) => p.kind === "home" || p.kind === "essay" || /^(en|zh)\/(playground|glossary)\/$/.test(p.path))
    .filter((p) => !ONLY || ONLY.test(p.path));
  const rowsWithout = (why: string): BenchRow[] =>
    pages.flatMap((p) => [
      { name: `Lighthouse performance /${p.path}`, value: NaN, unit: "", budget: BUDGET.performance, better: "higher" as const, note: why },
      { name: `Lighthouse accessibility /${p.path}`, value: NaN, unit: "", budget: BUDGET.accessibility, better: "higher" as const, note: why },
    ]);
  if (!existsSync(CHROMIUM)) return rowsWithout(`cannot run: no Chromium at ${CHROMIUM}`);

  let lighthouse: typeof import("lighthouse").default;
  let launcher: typeof import("chrome-launcher");
  try {
    lighthouse = (await import("lighthouse")).default;
    launcher = await import("chrome-launcher");
  } catch (error) {
    return rowsWithout(`cannot run: ${(error as Error).message.split("\n")[0]}`);
  }

  const port = Number(process.env.LH_PORT) || 4396;
  const stop = await serve(port);
  const rows: BenchRow[] = [];
  let chrome: Awaited<ReturnType<typeof launcher.launch>> | undefined;
  try {
    chrome = await launcher.launch({ chromePath: CHROMIUM, chromeFlags: ["--headless", "--no-sandbox", "--disable-gpu"], logLevel: "silent" });
    for (const page of pages) {
      const url = `http://localhost:${port}${BASE}${page.path}`;
      try {
        const runs = [];
        for (let i = 0; i < RUNS; i++) {
          const result = await lighthouse(url, { port: chrome.port, output: "json", logLevel: "error", onlyCategories: ["performance", "accessibility"] });
          const lhr = result?.lhr;
          if (!lhr) throw new Error("no result");
          if (lhr.runtimeError) throw new Error(lhr.runtimeError.message);
          runs.push(lhr);
        }
        // The run with the median performance score stands for the page.
        runs.sort((a, b) => (a.categories.performance?.score ?? 0) - (b.categories.performance?.score ?? 0));
        const lhr = runs[runs.length >> 1];
        if (JSON_DIR) {
          mkdirSync(JSON_DIR, { recursive: true });
          writeFileSync(join(JSON_DIR, `${page.path.replace(/\//g, "_") || "root"}.json`), JSON.stringify(lhr));
        }
        const perf = lhr.categories.performance?.score;
        const a11y = lhr.categories.accessibility?.score;
        const metric = (id: string) => lhr.audits[id]?.displayValue ?? "?";
        const worst = METRICS.map((id) => lhr.audits[id]).filter((a) => a && a.score !== null).sort((a, b) => (a.score ?? 1) - (b.score ?? 1))[0];
        const failing = Object.values(lhr.categories.accessibility?.auditRefs ?? [])
          .filter((ref) => ref.weight > 0 && lhr.audits[ref.id]?.score === 0)
          .map((ref) => ref.id);
        rows.push({
          name: `Lighthouse performance /${page.path}`,
          value: perf == null ? NaN : Math.round(perf * 100),
          unit: "",
          budget: BUDGET.performance,
          better: "higher",
          note: `median of ${RUNS} (${runs.map((r) => Math.round((r.categories.performance?.score ?? NaN) * 100)).join(", ")}); worst: ${worst ? `${worst.id} ${worst.displayValue} (score ${worst.score})` : "?"}; TBT ${metric("total-blocking-time")}, LCP ${metric("largest-contentful-paint")}, CLS ${metric("cumulative-layout-shift")}`,
        });
        rows.push({
          name: `Lighthouse accessibility /${page.path}`,
          value: a11y == null ? NaN : Math.round(a11y * 100),
          unit: "",
          budget: BUDGET.accessibility,
          better: "higher",
          note: failing.length ? `failing: ${failing.join(", ")}` : "",
        });
      } catch (error) {
        rows.push(...rowsWithout(`Lighthouse failed: ${(error as Error).message.split("\n")[0].slice(0, 100)}`).filter((r) => r.name.endsWith(`/${page.path}`)));
      }
    }
  } catch (error) {
    return rowsWithout(`cannot run: ${(error as Error).message.split("\n")[0].slice(0, 120)}`);
  } finally {
    chrome?.kill();
    stop();
  }
  return rows;
}
