/**
 * Every widget driven through its main control, in Debian's Chromium against the build: each widget
 * found in the build (never a hand-written list), in both languages, alone on its embed page and inside
 * its essay (the lab, which no essay holds, on its own page). The main control is the widget's first
 * slider; a widget without one is driven through its first `<select>`, cycling its options.
 *
 * Two figures per case, each the median and p95 of 30 inputs (after 3 warm-up inputs):
 * - input → chart updated: from dispatching the event to the widget's new chart SVG in the DOM (or, for
 *   a widget whose chart does not change with that control, its first DOM change);
 * - input → next frame: from the event to the frame after it (a `requestAnimationFrame` callback, then a
 *   task), what a reader sees as the widget following the finger.
 * Budgets from the one-frame issue: median < 16 ms and p95 < 33 ms for "chart updated".
 *
 * `BENCH_WIDGETS=fit,inference` runs only those widgets; `BENCH_LANG=zh` and `BENCH_WHERE=embed` narrow
 * further; `BENCH_PORT` moves the local server (several people benching one machine at once).
 */
import type { Page } from "@playwright/test";
import { chromium } from "@playwright/test";
import type { BenchRow } from "./types.ts";
import { BASE, CHROMIUM, builtPages, hasBuild, serve, type BuiltPage } from "./dist.ts";

const BUDGET = { medianMs: 16, p95Ms: 33 };
const INPUTS = 30;
const WARMUP = 3;

interface Case {
  widget: string;
  lang: string;
  /** The embed page; the essay that holds the widget; or, for a widget no essay holds (the lab), its own page. */
  where: "embed" | "essay" | "page";
  path: string;
}

/** Each widget's embed page, and the essay that holds it (else the page that does), in each language. */
function cases(pages: BuiltPage[]): Case[] {
  const out: Case[] = [];
  for (const embed of pages.filter((p) => p.kind === "embed")) {
    const widget = embed.path.split("/")[2];
    out.push({ widget, lang: embed.lang!, where: "embed", path: embed.path });
    const holds = (p: BuiltPage) => p.lang === embed.lang && p.html.includes(`data-widget="${widget}"`);
    const essay = pages.find((p) => p.kind === "essay" && holds(p));
    const page = essay ?? pages.find((p) => p.kind === "page" && holds(p));
    if (page) out.push({ widget, lang: embed.lang!, where: essay ? "essay" : "page", path: page.path });
  }
  const only = (name: string) => process.env[name]?.split(",").filter(Boolean);
  const [widgets, langs, wheres] = [only("BENCH_WIDGETS"), only("BENCH_LANG"), only("BENCH_WHERE")];
  return out
    .filter((c) => (!widgets || widgets.includes(c.widget)) && (!langs || langs.includes(c.lang)) && (!wheres || wheres.includes(c.where)))
    .sort((a, b) => a.widget.localeCompare(b.widget) || a.lang.localeCompare(b.lang) || a.where.localeCompare(b.where));
}

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];

/** Drives the widget `selector` through its main control in the page; returns the control's kind and the times. */
async function drive(tab: Page, selector: string) {
  return tab.evaluate(
    async ({ sel, inputs, warmup }) => {
      const root = document.querySelector(sel)!;
      const slider = root.querySelector<HTMLInputElement>("input[type=range]");
      const select = slider ? null : root.querySelector<HTMLSelectElement>("select");
      if (!slider && !select) return { kind: "none", chart: [] as number[], frame: [] as number[] };
      const isChart = (n: Node) => n instanceof Element && (n.matches("svg") || !!n.querySelector("svg")) && !n.closest(".katex") && !n.querySelector(".katex");
      const nextFrame = () => new Promise<number>((r) => requestAnimationFrame(() => setTimeout(() => r(performance.now()))));
      const settle = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      const chart: number[] = [];
      const frame: number[] = [];
      for (let i = 0; i < inputs + warmup; i++) {
        let firstChange = NaN;
        const updated = new Promise<number>((resolve) => {
          const observer = new MutationObserver((records) => {
            const now = performance.now();
            if (Number.isNaN(firstChange)) firstChange = now;
            if (!records.some((r) => [...r.addedNodes].some(isChart))) return;
            observer.disconnect();
            resolve(now);
          });
          observer.observe(root, { childList: true, subtree: true, characterData: true });
          setTimeout(() => {
            observer.disconnect();
            resolve(NaN);
          }, 1500);
        });
        const t0 = performance.now();
        if (slider) {
          const [min, max] = [Number(slider.min), Number(slider.max)];
          slider.value = String(min + ((max - min) * (((i * 7) % 29) + 1)) / 31);
          slider.dispatchEvent(new Event("input", { bubbles: true }));
        } else {
          select!.selectedIndex = (select!.selectedIndex + 1) % select!.options.length;
          select!.dispatchEvent(new Event("change", { bubbles: true }));
        }
        const painted = await nextFrame();
        const done = await updated;
        if (i >= warmup) {
          chart.push((Number.isNaN(done) ? firstChange : done) - t0);
          frame.push(painted - t0);
        }
        await settle();
      }
      return { kind: slider ? "slider" : "select", chart, frame };
    },
    { sel: selector, inputs: INPUTS, warmup: WARMUP },
  );
}

export async function run(): Promise<BenchRow[]> {
  if (!hasBuild()) return [{ name: "widgets (no build: run npm run build first)", value: NaN, unit: "" }];
  const rows: BenchRow[] = [];
  const port = Number(process.env.BENCH_PORT) || 4397;
  const origin = `http://localhost:${port}${BASE}`;
  const stop = await serve(port);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"] });
  try {
    for (const c of cases(builtPages())) {
      const label = `${c.widget}, ${c.lang}, ${c.where}`;
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const tab = await context.newPage();
      await tab.goto(origin + c.path, { waitUntil: "networkidle" });
      const figure = `[data-widget="${c.widget}"]`;
      await tab.locator(figure).first().waitFor({ state: "attached" });
      const control = tab.locator(`${figure} input[type=range], ${figure} select`).first();
      if ((await control.count()) === 0) {
        rows.push({ name: `input → chart, ${label}`, value: NaN, unit: "ms", budget: BUDGET.medianMs, note: "no slider or select in this widget" });
        await context.close();
        continue;
      }
      await control.scrollIntoViewIfNeeded();
      await control.focus(); // client:interact hydrates on focus
      await tab.waitForFunction((sel) => !document.querySelector(`${sel} astro-island[ssr]`), figure, { timeout: 10_000 });
      const { kind, chart, frame } = await drive(tab, figure);
      const sortedChart = chart.filter((t) => !Number.isNaN(t)).sort((a, b) => a - b);
      const sortedFrame = frame.sort((a, b) => a - b);
      const note = `${kind}, ${sortedChart.length} inputs on /${c.path}`;
      if (!sortedChart.length) {
        rows.push({ name: `input → chart, ${label}`, value: NaN, unit: "ms", budget: BUDGET.medianMs, note: `${kind}: the widget never changed after an input` });
      } else {
        rows.push({ name: `input → chart median, ${label}`, value: quantile(sortedChart, 0.5), unit: "ms", budget: BUDGET.medianMs, note });
        rows.push({ name: `input → chart p95, ${label}`, value: quantile(sortedChart, 0.95), unit: "ms", budget: BUDGET.p95Ms, note });
      }
      rows.push({ name: `input → next frame median, ${label}`, value: quantile(sortedFrame, 0.5), unit: "ms", note: `p95 ${quantile(sortedFrame, 0.95).toFixed(1)} ms` });
      await context.close();
    }
  } finally {
    await browser.close();
    stop();
  }
  return rows;
}
