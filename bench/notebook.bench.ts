/**
 * Notebooks (issue #8): what they cost. The gzip sizes of the code a notebook loads, part by part and
 * in the order it loads (the loader on every page with a notebook; the controller on first touch; the
 * editor on "Edit"; the sandbox's runtime and its parts on first run), and the time from pressing
 * "Edit" to an editable cell, measured in Chromium against the built site (DIST_DIR, default dist/).
 */
import { spawn } from "node:child_process";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { chromium } from "@playwright/test";
import { median, type BenchRow } from "./types.ts";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dist = join(root, process.env.DIST_DIR ?? "dist");
const KB = 1024;
/** DESIGN.md: JavaScript loaded by a page the reader only reads; the editor loads only on Edit. */
const READ_JS_KB = 20;

/** gzip size of a chunk plus every chunk it imports statically (each once). */
function bundleGzip(file: string, seen = new Set<string>()): number {
  if (seen.has(file) || !existsSync(file)) return 0;
  seen.add(file);
  const code = readFileSync(file);
  let size = gzipSync(code).length;
  for (const m of code.toString().matchAll(/(?:import|from)\s*["'](\.{1,2}\/[^"']+\.js)["']/g)) size += bundleGzip(join(dirname(file), m[1]), seen);
  return size;
}

function chunk(prefix: string): string | null {
  const dir = join(dist, "_astro");
  const name = readdirSync(dir).find((f) => f.startsWith(prefix) && f.endsWith(".js"));
  return name ? join(dir, name) : null;
}

async function serve(port: number): Promise<() => void> {
  const child = spawn(process.execPath, [join(root, "scripts/serve.ts"), "--port", String(port), "--dir", dist], { cwd: root, stdio: "ignore" });
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
  if (!existsSync(join(dist, "_astro"))) return [{ name: `notebooks (build ${dist} first)`, value: NaN, unit: "" }];
  const rows: BenchRow[] = [];
  const parts: [string, string, string][] = [
    ["Notebook.astro_astro_type_script", "loader (every page with a notebook)", "loaded on page load"],
    ["controller.", "controller", "on first touch, focus or key press in a notebook"],
    ["inputs.", "inputs (@observablehq/inputs)", "when a notebook shows an input"],
    ["editor.", "editor (CodeMirror 6)", "only on Edit"],
    ["worker-", "sandbox runtime (Observable runtime, parser, scaling module, d3)", "in the sandbox's worker, on first run"],
    ["chunkDom-", "sandbox part: DOM (linkedom)", "on first md/html/tex/Plot cell"],
    ["chunkPlot-", "sandbox part: Plot", "on first Plot cell"],
    ["chunkKatex-", "sandbox part: KaTeX", "on first tex cell"],
  ];
  for (const [prefix, name, note] of parts) {
    const file = chunk(prefix);
    rows.push({ name, value: file ? bundleGzip(file) / KB : NaN, unit: "KB gzip", note });
  }

  const port = 4397;
  const stop = await serve(port);
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"] });
  try {
    // JavaScript the Playground loads before any interaction (its notebooks' outputs are in the HTML).
    {
      const context = await browser.newContext();
      const page = await context.newPage();
      let js = 0;
      page.on("response", async (response) => {
        if (response.request().resourceType() !== "script") return;
        const body = await response.body().catch(() => null);
        if (body) js += gzipSync(body).length;
      });
      await page.goto(`http://localhost:${port}/en/playground/`, { waitUntil: "networkidle" });
      await page.evaluate(async () => {
        for (let y = 0; y < document.body.scrollHeight; y += 600) {
          window.scrollTo(0, y);
          await new Promise((r) => setTimeout(r, 20));
        }
      });
      await page.waitForLoadState("networkidle");
      rows.push({ name: "JS loaded while reading /en/playground/", value: js / KB, unit: "KB gzip", budget: READ_JS_KB });
      await context.close();
    }
    // "Edit" → an editable cell, cold (a fresh browser context: nothing cached), median of 5.
    const times: number[] = [];
    for (let i = 0; i < 5; i++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`http://localhost:${port}/en/playground/`, { waitUntil: "networkidle" });
      const nb = page.locator("#notebook-plan-run");
      await nb.scrollIntoViewIfNeeded();
      const ms = await page.evaluate(
        () =>
          new Promise<number>((resolve) => {
            const el = document.querySelector<HTMLElement>("#notebook-plan-run")!;
            const button = el.querySelector<HTMLButtonElement>("[data-action=edit]")!;
            const t0 = performance.now();
            const done = () => {
              const editor = el.querySelector<HTMLElement>(".cm-content[contenteditable=true]");
              if (editor) resolve(performance.now() - t0);
              else requestAnimationFrame(done);
            };
            button.click();
            requestAnimationFrame(done);
          }),
      );
      times.push(ms);
      await context.close();
    }
    rows.push({ name: "Edit → editable cell (cold, Chromium)", value: median(times), unit: "ms", note: `median of ${times.length}; includes loading the controller and CodeMirror from the local server` });
  } finally {
    await browser.close();
    stop();
  }
  return rows;
}
