import { test as base, expect, type Browser, type Locator, type Page } from "@playwright/test";
import type { Lang } from "./pages.ts";

/**
 * A page that records every console error, page error, failed or 4xx/5xx request and request that
 * leaves the local server, and fails the test if any happened: the site must work offline with no
 * third-party requests.
 */
export const test = base.extend<{ guarded: Page }>({
  guarded: async ({ page, baseURL }, use) => {
    const origin = new URL(baseURL!).origin;
    const problems: string[] = [];
    page.on("console", (m) => {
      if (m.type() === "error") problems.push(`console error: ${m.text()}`);
    });
    page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
    page.on("request", (r) => {
      const url = r.url();
      if (!url.startsWith(origin) && !url.startsWith("data:") && !url.startsWith("blob:")) problems.push(`request off the site: ${url}`);
    });
    page.on("requestfailed", (r) => {
      // ERR_ABORTED is Chromium cancelling what was still in flight (the favicon, say) when the test
      // reloads or navigates: the page did nothing wrong. A missing file shows up below as a 404.
      if (r.failure()?.errorText !== "net::ERR_ABORTED") problems.push(`failed request: ${r.url()} ${r.failure()?.errorText}`);
    });
    page.on("response", (r) => {
      if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`);
    });
    await use(page);
    expect(problems, problems.join("\n")).toEqual([]);
  },
});

export { expect };

/** Waits until the island for `widgetId` has hydrated (Astro removes the `ssr` attribute). */
export async function hydrated(page: Page, widgetId: string): Promise<void> {
  const island = page.locator(`#widget-${widgetId} astro-island`);
  await island.hover();
  await expect(island).not.toHaveAttribute("ssr", /.*/);
}

/** The selector of a widget's chart SVGs: the visible `svg`s in its chart slot. */
export function chartSlotSvg(widgetId: string): string {
  return `#widget-${widgetId} .chart-slot svg:visible`;
}

/** Opens the widget's embed page, `<lang>/embed/<widgetId>/<query>` (English by default), and waits until its island has hydrated. */
export async function openEmbed(page: Page, widgetId: string, { lang = "en", query = "" }: { lang?: Lang; query?: string } = {}): Promise<void> {
  await page.goto(`${lang}/embed/${widgetId}/${query}`);
  await hydrated(page, widgetId);
}

/**
 * The check a widget's spec starts with: its embed page in each language with JavaScript off (only what
 * the build rendered), where the chart slot must hold `charts` SVGs with a `mark` drawn in them; then
 * `check` looks for the widget's own numbers on that page.
 */
export async function withoutJavaScript(
  browser: Browser,
  widgetId: string,
  check: (page: Page, lang: Lang) => Promise<void>,
  { charts = 1, mark = "rect" }: { charts?: number; mark?: string } = {},
): Promise<void> {
  const chart = chartSlotSvg(widgetId);
  for (const lang of ["en", "zh"] as const satisfies readonly Lang[]) {
    const context = await browser.newContext({ javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await page.goto(`${lang}/embed/${widgetId}/`);
      await expect(page.locator(chart)).toHaveCount(charts);
      await expect(page.locator(`${chart} ${mark}`).first()).toBeAttached();
      await check(page, lang);
    } finally {
      await context.close();
    }
  }
}

/**
 * Types `typed` into a widget's text box and checks that it is refused where the reader looks: `message`
 * in the alert beside it and the box marked invalid. The caller then checks that a readout kept its value.
 */
export async function typeRefused(field: Locator, typed: string, message: string): Promise<void> {
  await field.fill(typed);
  await expect(field.page().getByRole("alert")).toContainText(message);
  await expect(field).toHaveAttribute("aria-invalid", "true");
}
