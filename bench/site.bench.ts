/**
 * The site as a reader's browser meets it, measured in Debian's Chromium against the build (`dist/`,
 * or `DIST_DIR`), every page found in the build:
 *
 * - the whole build's time (the last scripts/build.sh run: Astro and the Pagefind index);
 * - each island's bundle (gzip, with its static imports and Astro's Preact renderer), found from the
 *   `<astro-island>`s of every built page, embeds included; what an island loads later on demand
 *   (its dynamic imports: KaTeX for "show your work", the notebook's code editor on "Edit");
 * - JavaScript loaded by each page while the reader only reads (loads, scrolls to the end, no input),
 *   inline scripts included;
 * - HTML + CSS + fonts of each essay's first view (gzip; woff2 counted as is).
 * How fast each widget follows its control is widgets.bench.ts.
 */
import { cpus } from "node:os";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { gzipSync } from "node:zlib";
import { chromium } from "@playwright/test";
import type { BenchRow } from "./types.ts";
import { BASE, CHROMIUM, DIST, builtPages, fileOf, hasBuild, root, serve, type BuiltPage } from "./dist.ts";

const KB = 1024;

/**
 * Budgets from ../shared/DESIGN.md. Islands: 120 KB is the design's ceiling; the widgets are held to
 * 110 KB so a new control or chart still fits under it (issue 17, "Headroom"). The lab island, which
 * carries its training code, keeps the 120 KB.
 */
const BUDGET = { readJsKb: 20, islandKb: 110, labIslandKb: 120, firstViewKb: 200, buildS: 60 };
const islandBudget = (name: string) => (name === "Lab" ? BUDGET.labIslandKb : BUDGET.islandKb);

const STATIC_IMPORT = /(?:import|from)\s*["'](\.{1,2}\/[^"']+\.m?js)["']/g;
const DYNAMIC_IMPORT = /import\(\s*["'](\.{1,2}\/[^"']+\.m?js)["']\s*\)/g;

/** The static import graph of a chunk: every file it needs before it runs. */
function staticGraph(entry: string, seen = new Set<string>()): Set<string> {
  if (seen.has(entry) || !existsSync(entry)) return seen;
  seen.add(entry);
  const code = readFileSync(entry, "utf8");
  for (const m of code.matchAll(STATIC_IMPORT)) staticGraph(join(dirname(entry), m[1]), seen);
  return seen;
}

/** What a chunk graph may load later: the dynamic imports of its files, with their own static graphs, minus the graph. */
function lazyGraph(graph: Set<string>): Set<string> {
  const lazy = new Set<string>();
  for (const file of graph) {
    for (const m of readFileSync(file, "utf8").matchAll(DYNAMIC_IMPORT)) {
      for (const f of staticGraph(join(dirname(file), m[1]))) if (!graph.has(f)) lazy.add(f);
    }
  }
  return lazy;
}

const gz = (files: Iterable<string>) => [...files].reduce((sum, f) => sum + gzipSync(readFileSync(f)).length, 0);
const unescape = (s: string) => s.replace(/&quot;/g, '"').replace(/&amp;/g, "&").replace(/&#39;/g, "'");

interface Island {
  name: string;
  component: string;
  renderer: string | null;
  notebook: boolean;
}

/** Every distinct island in the build's HTML (essays, embeds, every page). */
function islands(pages: BuiltPage[]): Island[] {
  const found = new Map<string, Island>();
  for (const page of pages) {
    for (const m of page.html.matchAll(/<astro-island\b([^>]*)>/g)) {
      const attr = (name: string) => {
        const v = new RegExp(`\\b${name}="([^"]*)"`).exec(m[1])?.[1];
        return v === undefined ? null : unescape(v);
      };
      const url = attr("component-url");
      if (!url) continue;
      let name = url;
      try {
        name = JSON.parse(attr("opts") ?? "{}").name ?? url;
      } catch {}
      // The notebook's island is the one whose component is named for it (e.g. islands/Notebook.tsx).
      const notebook = /notebook/i.test(name + url);
      const previous = found.get(name);
      found.set(name, { name, component: fileOf(url), renderer: attr("renderer-url") ? fileOf(attr("renderer-url")!) : null, notebook: notebook || !!previous?.notebook });
    }
  }
  return [...found.values()].sort((a, b) => a.name.localeCompare(b.name));
}

function islandRows(pages: BuiltPage[]): BenchRow[] {
  const rows: BenchRow[] = [];
  const all = islands(pages);
  for (const island of all) {
    const graph = staticGraph(island.component);
    if (island.renderer) staticGraph(island.renderer, graph);
    rows.push({ name: `island ${island.name} (with imports, Preact renderer)`, value: gz(graph) / KB, unit: "KB gzip", budget: islandBudget(island.name), note: `${graph.size} chunks, loaded on first touch` });
    const lazy = lazyGraph(graph);
    if (lazy.size) {
      rows.push({
        name: island.notebook ? `notebook editor (${island.name}, on "Edit")` : `${island.name}: loaded on demand`,
        value: gz(lazy) / KB,
        unit: "KB gzip",
        note: [...lazy].map((f) => relative(join(DIST, "_astro"), f)).join(", ").slice(0, 90),
      });
    }
  }
  // Notebooks are not Astro islands: bench/notebook.bench.ts reports their loader, editor and runtime.
  return rows;
}

function buildRow(): BenchRow {
  const file = join(root, "bench/results/last-build.json");
  if (!existsSync(file)) return { name: "whole site build", value: NaN, unit: "s", budget: BUDGET.buildS, note: "no record: run scripts/build.sh (npm test does)" };
  return { name: "whole site build (astro + pagefind)", value: JSON.parse(readFileSync(file, "utf8")).buildMs / 1000, unit: "s", budget: BUDGET.buildS, note: `last scripts/build.sh run; this machine has ${cpus().length} cores` };
}

export async function run(): Promise<BenchRow[]> {
  if (!hasBuild()) return [{ name: `site (no build at ${DIST}: run npm run build first)`, value: NaN, unit: "" }];
  const pages = builtPages();
  const rows: BenchRow[] = [buildRow(), ...islandRows(pages)];

  const port = 4398;
  const origin = `http://localhost:${port}${BASE}`;
  const stop = await serve(port);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"] });
  try {
    // JavaScript while reading, every page; HTML + CSS + fonts of the first view, every essay.
    for (const page of pages.filter((p) => p.kind !== "root")) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const tab = await context.newPage();
      let phase: "first" | "reading" = "first";
      const sizes = { js: 0, firstView: 0 };
      const pending: Promise<void>[] = [];
      tab.on("response", (response) => {
        const type = response.request().resourceType();
        const at = phase;
        pending.push(
          response.body().then(
            (body) => {
              const size = /\.(woff2?|png|jpe?g|webp)$/.test(response.url()) ? body.length : gzipSync(body).length;
              if (type === "script") sizes.js += size;
              else if (at === "first" && ["document", "stylesheet", "font"].includes(type)) sizes.firstView += size;
              // Inline scripts (Astro's island loader, the theme and header scripts) are JavaScript too.
              if (type === "document") {
                const inline = [...body.toString("utf8").matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi)].map((m) => m[1]).join("\n");
                if (inline) sizes.js += gzipSync(inline).length;
              }
            },
            () => {},
          ),
        );
      });
      await tab.goto(origin + page.path, { waitUntil: "networkidle" });
      phase = "reading";
      await tab.evaluate(async () => {
        for (let y = 0; y < document.documentElement.scrollHeight; y += 600) {
          window.scrollTo(0, y);
          await new Promise((r) => setTimeout(r, 30));
        }
      });
      await tab.waitForLoadState("networkidle");
      await Promise.all(pending);
      rows.push({ name: `JS loaded while reading /${page.path}`, value: sizes.js / KB, unit: "KB gzip", budget: BUDGET.readJsKb });
      if (page.kind === "essay") rows.push({ name: `HTML+CSS+fonts first view /${page.path}`, value: sizes.firstView / KB, unit: "KB gzip", budget: BUDGET.firstViewKb });
      await context.close();
    }

  } finally {
    await browser.close();
    stop();
  }
  return rows;
}
