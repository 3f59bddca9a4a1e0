/**
 * Font lookups per page load, Chinese against English. On Linux, Chromium's renderer asks the browser
 * process (through its sandbox) for every font face it finds in a `font-family` stack, once per size,
 * weight and style on the page, and for every character no listed face covers. Those round trips are a
 * large part of a page's first layout on this machine (about half of /zh/diminishing-returns/'s layout
 * time before #17's stack change), and Lighthouse counts them, 4× slowed, in first paint and blocking time.
 *
 * For the pages Lighthouse measures, in each language, the median of 3 loads in a fresh 412×823 tab, like
 * Lighthouse's phone (the counts move by up to a fifth between loads, with what is laid out by the time
 * the page settles): the renderer's font lookups (`FontCache::GetFontPlatformData`) and the round trips
 * among them. Budget, from the one-frame issue's "Chinese is not slower than English":
 * a Chinese page makes at most 1.3× the round trips of its English twin. Some excess is inherent (a
 * mixed line needs the CJK face beside the Latin one at each size): 0.8–1.22× with today's stacks, while
 * one that walked the Latin faces before the CJK ones made 1.2–1.65× (single loads; 8 pages of 9 over 1.3).
 */
import { chromium } from "@playwright/test";
import { median, type BenchRow } from "./types.ts";
import { BASE, CHROMIUM, builtPages, hasBuild, serve } from "./dist.ts";

const BUDGET_RATIO = 1.3;
const RUNS = 3;
/** Renderer-side trace events that each wait on the browser process for a font (Chromium's "fonts" category). */
const ROUND_TRIPS = new Set([
  "WebSandboxSupportLinux::GetWebFontRenderStyleForStrike",
  "WebSandboxSupportLinux::GetFallbackFontForCharacter",
  "FontDataManager::onMatchFamilyStyle",
]);

interface FontCost {
  lookups: number;
  roundTrips: number;
}

export async function run(): Promise<BenchRow[]> {
  if (!hasBuild()) return [];
  const pages = builtPages().filter((p) => p.lang === "en" && (p.kind === "home" || p.kind === "essay" || /^en\/(playground|glossary)\/$/.test(p.path)));
  const port = Number(process.env.FONTS_PORT) || 4397;
  const stop = await serve(port);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox"] }).catch(() => null);
  if (!browser) {
    stop();
    return pages.map((p) => ({ name: `font round trips /zh/${p.path.slice(3)} vs en`, value: NaN, unit: "×", budget: BUDGET_RATIO, note: `cannot run: no Chromium at ${CHROMIUM}` }));
  }
  const once = async (path: string): Promise<FontCost> => {
    const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    const events: { name: string }[] = [];
    cdp.on("Tracing.dataCollected", (e) => events.push(...(e.value as { name: string }[])));
    await cdp.send("Tracing.start", { categories: "fonts", transferMode: "ReportEvents" });
    await page.goto(`http://localhost:${port}${BASE}${path}`, { waitUntil: "load" });
    await page.waitForTimeout(500); // layouts that follow the load event (late sections, the widgets' fields)
    const done = new Promise((resolve) => cdp.once("Tracing.tracingComplete", resolve));
    await cdp.send("Tracing.end");
    await done;
    await context.close();
    return {
      lookups: events.filter((e) => e.name === "FontCache::GetFontPlatformData").length,
      roundTrips: events.filter((e) => ROUND_TRIPS.has(e.name)).length,
    };
  };
  const cost = async (path: string): Promise<FontCost> => {
    const runs: FontCost[] = [];
    for (let i = 0; i < RUNS; i++) runs.push(await once(path));
    return { lookups: median(runs.map((r) => r.lookups)), roundTrips: median(runs.map((r) => r.roundTrips)) };
  };
  const rows: BenchRow[] = [];
  try {
    for (const en of pages) {
      const zhPath = `zh/${en.path.slice(3)}`;
      const [a, b] = [await cost(en.path), await cost(zhPath)];
      rows.push({
        name: `font round trips /${zhPath} vs en`,
        value: a.roundTrips ? b.roundTrips / a.roundTrips : NaN,
        unit: "×",
        budget: BUDGET_RATIO,
        note: !a.roundTrips ? "no font round trips in the trace (they are Chromium-on-Linux's)" : `median of ${RUNS}: zh ${b.roundTrips} round trips (${b.lookups} lookups), en ${a.roundTrips} (${a.lookups})`,
      });
    }
  } finally {
    await browser.close();
    stop();
  }
  return rows;
}
