/**
 * The site as a reader's browser meets it, measured in Debian's Chromium against the built `dist/`:
 * JavaScript loaded before any interaction (gzip), HTML + CSS + fonts of an essay's first view (gzip),
 * each island's bundle (gzip, with its imports), slider-to-redraw latency, and the build time.
 */
import { spawn } from "node:child_process";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { chromium } from "@playwright/test";
import type { BenchRow } from "./types.ts";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dist = join(root, "dist");
const KB = 1024;

/** Budgets from ../shared/DESIGN.md. */
const BUDGET = { readJsKb: 20, islandKb: 120, firstViewKb: 200, redrawMs: 16, buildS: 60 };

function essayPages(): string[] {
  const pages: string[] = [];
  for (const lang of ["en", "zh"]) {
    const dir = join(dist, lang);
    if (!existsSync(dir)) continue;
    for (const slug of readdirSync(dir)) {
      if (slug === "embed") continue;
      if (existsSync(join(dir, slug, "index.html"))) pages.push(`${lang}/${slug}/`);
    }
  }
  return pages.sort();
}

/** gzip size of a JS chunk plus every chunk it imports statically, each counted once. */
function bundleGzip(entry: string, seen = new Set<string>()): number {
  if (seen.has(entry) || !existsSync(entry)) return 0;
  seen.add(entry);
  const code = readFileSync(entry);
  let size = gzipSync(code).length;
  for (const m of code.toString().matchAll(/(?:import|from)\s*["'](\.{1,2}\/[^"']+\.js)["']/g)) {
    size += bundleGzip(join(dirname(entry), m[1]), seen);
  }
  return size;
}

async function serve(port: number): Promise<() => void> {
  const child = spawn(process.execPath, [join(root, "scripts/serve.ts"), "--port", String(port)], { cwd: root, stdio: "ignore" });
  for (let i = 0; i < 50; i++) {
    try {
      await fetch(`http://localhost:${port}/`);
      break;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return () => child.kill();
}

export async function run(): Promise<BenchRow[]> {
  if (!existsSync(dist)) return [{ name: "site (run `npm run build` first)", value: NaN, unit: "" }];
  const rows: BenchRow[] = [];
  const build = join(root, "bench/results/last-build.json");
  if (existsSync(build)) rows.push({ name: "whole site build", value: JSON.parse(readFileSync(build, "utf8")).buildMs / 1000, unit: "s", budget: BUDGET.buildS, note: "last scripts/build.sh run" });

  // Island bundles: every distinct component-url found in the built HTML.
  const islands = new Map<string, string>();
  for (const page of essayPages()) {
    const html = readFileSync(join(dist, page, "index.html"), "utf8");
    for (const m of html.matchAll(/component-url="([^"]+)"[^>]*?opts="([^"]+)"/g)) {
      const name = /name&quot;:&quot;([^&]+)/.exec(m[2])?.[1] ?? m[1];
      islands.set(name, join(dist, m[1].replace(/^\/+/, "").replace(/^.*?_astro\//, "_astro/")));
    }
  }
  for (const [name, file] of islands) {
    rows.push({ name: `island ${name} (with Plot, Preact)`, value: bundleGzip(file) / KB, unit: "KB gzip", budget: BUDGET.islandKb });
  }

  const port = 4398;
  const stop = await serve(port);
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"] });
  try {
    for (const page of essayPages()) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const tab = await context.newPage();
      const sizes = { js: 0, firstView: 0 };
      tab.on("response", async (response) => {
        const type = response.request().resourceType();
        const body = await response.body().catch(() => null);
        if (!body) return;
        const gz = /\.(woff2?|png|jpg)$/.test(response.url()) ? body.length : gzipSync(body).length;
        if (type === "script") sizes.js += gz;
        else if (["document", "stylesheet", "font"].includes(type)) sizes.firstView += gz;
      });
      await tab.goto(`http://localhost:${port}/${page}`, { waitUntil: "networkidle" });
      // Read the page: scroll to the end without touching any widget.
      await tab.evaluate(async () => {
        for (let y = 0; y < document.body.scrollHeight; y += 600) {
          window.scrollTo(0, y);
          await new Promise((r) => setTimeout(r, 30));
        }
      });
      await tab.waitForLoadState("networkidle");
      rows.push({ name: `JS loaded while reading /${page}`, value: sizes.js / KB, unit: "KB gzip", budget: BUDGET.readJsKb });
      rows.push({ name: `HTML+CSS+fonts first view /${page}`, value: sizes.firstView / KB, unit: "KB gzip", budget: BUDGET.firstViewKb });
      await context.close();
    }

    // Slider → redraw: time from an input event to the new SVG being in the DOM, median of 30 inputs.
    const context = await browser.newContext();
    const tab = await context.newPage();
    await tab.goto(`http://localhost:${port}/en/power-law/`);
    for (const widget of await tab.locator("[data-widget]").evaluateAll((els) => els.map((e) => e.getAttribute("data-widget")!))) {
      const island = tab.locator(`#widget-${widget} astro-island`);
      await island.hover();
      await tab.waitForFunction((id) => !document.querySelector(`#widget-${id} astro-island`)?.hasAttribute("ssr"), widget);
      const times = await tab.evaluate(async (id) => {
        const root = document.querySelector(`#widget-${id}`)!;
        const slider = root.querySelector<HTMLInputElement>("input[type=range]");
        if (!slider) return [];
        const out: number[] = [];
        for (let i = 0; i < 30; i++) {
          const live = root.querySelector(".chart-live")!;
          const done = new Promise<number>((resolve) => {
            const observer = new MutationObserver(() => {
              observer.disconnect();
              resolve(performance.now());
            });
            observer.observe(live, { childList: true });
          });
          const t0 = performance.now();
          slider.value = String(Number(slider.min) + ((Number(slider.max) - Number(slider.min)) * ((i * 7) % 30)) / 30);
          slider.dispatchEvent(new Event("input", { bubbles: true }));
          out.push((await done) - t0);
        }
        return out.sort((a, b) => a - b);
      }, widget);
      if (times.length) rows.push({ name: `slider → redraw, ${widget}`, value: times[times.length >> 1], unit: "ms", budget: BUDGET.redrawMs, note: "median of 30 inputs, includes Preact's effect scheduling" });
    }
    await context.close();
  } finally {
    await browser.close();
    stop();
  }
  return rows;
}
