import { test as base, expect, type Page } from "@playwright/test";

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
