/**
 * Lighthouse (mobile: its default config, simulated slow 4G and a 4× slower CPU) performance and
 * accessibility scores for the home page and every essay in both languages, against the build served
 * locally (with its CSP). Budgets from ../shared/DESIGN.md: performance ≥ 95, accessibility 100.
 *
 * Runs Debian's Chromium (`/usr/bin/chromium`, or CHROMIUM_PATH) through the `lighthouse` package's
 * Node API and `chrome-launcher`, with --headless --no-sandbox --disable-gpu. When it cannot run, each
 * row says why instead of a score.
 */
import { existsSync } from "node:fs";
import type { BenchRow } from "./types.ts";
import { BASE, CHROMIUM, builtPages, hasBuild, serve } from "./dist.ts";

const BUDGET = { performance: 95, accessibility: 100 };

export async function run(): Promise<BenchRow[]> {
  if (!hasBuild()) return [];
  const pages = builtPages().filter((p) => p.kind === "home" || p.kind === "essay");
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

  const port = 4396;
  const stop = await serve(port);
  const rows: BenchRow[] = [];
  let chrome: Awaited<ReturnType<typeof launcher.launch>> | undefined;
  try {
    chrome = await launcher.launch({ chromePath: CHROMIUM, chromeFlags: ["--headless", "--no-sandbox", "--disable-gpu"], logLevel: "silent" });
    for (const page of pages) {
      const url = `http://localhost:${port}${BASE}${page.path}`;
      try {
        const result = await lighthouse(url, { port: chrome.port, output: "json", logLevel: "error", onlyCategories: ["performance", "accessibility"] });
        const lhr = result?.lhr;
        if (!lhr) throw new Error("no result");
        if (lhr.runtimeError) throw new Error(lhr.runtimeError.message);
        const perf = lhr.categories.performance?.score;
        const a11y = lhr.categories.accessibility?.score;
        const metric = (id: string) => lhr.audits[id]?.displayValue ?? "?";
        const failing = Object.values(lhr.categories.accessibility?.auditRefs ?? [])
          .filter((ref) => ref.weight > 0 && lhr.audits[ref.id]?.score === 0)
          .map((ref) => ref.id);
        rows.push({
          name: `Lighthouse performance /${page.path}`,
          value: perf == null ? NaN : Math.round(perf * 100),
          unit: "",
          budget: BUDGET.performance,
          better: "higher",
          note: `mobile; FCP ${metric("first-contentful-paint")}, LCP ${metric("largest-contentful-paint")}, TBT ${metric("total-blocking-time")}, CLS ${metric("cumulative-layout-shift")}`,
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
