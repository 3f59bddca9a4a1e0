import type { Page } from "@playwright/test";
import { test, expect as baseExpect, hydrated as hydratedSoon } from "./fixtures.ts";

// Generous timeouts: these pages hydrate in well under a second on a quiet machine, but shared CI
// machines can be many times slower, and a timeout there says nothing about the widget.
test.describe.configure({ timeout: 90_000 });
const expect = baseExpect.configure({ timeout: 20_000 });

/** `hydrated` from the fixtures, after waiting patiently for the island to hydrate. */
async function hydrated(page: Page, widgetId: string): Promise<void> {
  const island = page.locator(`#widget-${widgetId} astro-island`);
  await island.hover();
  await expect(island).not.toHaveAttribute("ssr", /.*/, { timeout: 30_000 });
  await hydratedSoon(page, widgetId);
}

const id = "fit";
const mainChart = (name: string) => `#widget-${id} .chart-slot svg[aria-label="${name}"]:visible`;
const EN_CHART = "Loss against training compute";

/** Runs generated from Hoffmann et al.'s printed constants: a fit must give them back. */
function syntheticCsv(): string {
  const [E, A, B, alpha, beta] = [1.69, 406.4, 410.7, 0.34, 0.28];
  const rows = ["N,D,loss"];
  for (const n of [7e7, 3e8, 1e9, 4e9, 1.6e10]) for (const d of [3e9, 1e10, 4e10, 1.5e11, 5e11]) rows.push(`${n},${d},${E + A / n ** alpha + B / d ** beta}`);
  return rows.join("\n");
}

/** Many noisy runs, so the fit takes long enough to cancel. */
function bigCsv(): string {
  const rows = ["params,tokens,loss"];
  for (let i = 0; i < 5000; i++) {
    const n = 10 ** (7.5 + (i % 50) / 20), d = 10 ** (9 + Math.floor(i / 50) / 40);
    rows.push(`${n},${d},${(1.8 + 480 / n ** 0.35 + 2000 / d ** 0.37) * (1 + 0.01 * Math.sin(i * 12.9898))}`);
  }
  return rows.join("\n");
}

test("with JavaScript off the embed page shows the runs, the fitted curves and the build-time fit", async ({ browser }) => {
  for (const [lang, name, source] of [
    ["en", EN_CHART, "fitted to them with the scaling module when this page was built"],
    ["zh", "损失随训练算力的变化", "构建本页时用尺度定律模块拟合得到的"],
  ]) {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${lang}/embed/${id}/`);
    const chart = page.locator(mainChart(name));
    await expect(chart).toHaveCount(1);
    expect(await chart.locator("circle").count()).toBeGreaterThanOrEqual(240);
    expect(await chart.locator('g[data-mark="line"]').count()).toBe(6);
    await expect(page.locator(`#widget-${id}`)).toContainText(source);
    // The scaling module's fit of the 240 runs: E = 1.817, α = 0.3473 (Besiroglu et al.: 1.82, 0.3478).
    await expect(page.getByTestId("fit-E")).toHaveText("1.817");
    await expect(page.getByTestId("fit-alpha")).toHaveText(lang === "en" ? "0.3473" : "0.3473");
    await context.close();
  }
});

test("the model and the budget change the chart and the URL; reloading restores them", async ({ guarded: page }) => {
  await page.goto(`en/embed/${id}/`);
  await hydrated(page, id);
  const before = await page.locator(mainChart(EN_CHART)).innerHTML();
  const params = await page.getByTestId("fit-params").textContent();
  await page.getByRole("textbox", { name: "Training budget (FLOPs)" }).fill("1e24");
  await expect(page).toHaveURL(/fit\.c=1e24/);
  await expect(page.getByTestId("fit-params")).not.toHaveText(params!);
  await expect.poll(() => page.locator(mainChart(EN_CHART)).innerHTML()).not.toBe(before);
  await page.getByRole("combobox", { name: "Law to fit" }).selectOption("powerlaw");
  await expect(page).toHaveURL(/fit\.model=powerlaw/);
  await expect(page.getByTestId("fit-exponent")).toHaveText(/^−0\.05/);
  // Let the first load finish (favicon included) so the reload does not abort a request.
  await page.waitForLoadState("networkidle");
  await page.reload();
  await expect(page.getByRole("combobox", { name: "Law to fit" })).toHaveValue("powerlaw");
  await expect(page.getByTestId("fit-exponent")).toHaveText(/^−0\.05/);
  await expect(page.getByRole("textbox", { name: "Training budget (FLOPs)" })).toHaveValue("10²⁴");
});

test("pasted runs are fitted in the worker and give back the constants they were made from; the URL stays free of data", async ({ guarded: page }) => {
  await page.goto(`en/embed/${id}/`);
  await hydrated(page, id);
  await page.getByRole("textbox", { name: "Paste CSV" }).fill(syntheticCsv());
  await page.getByRole("button", { name: "Fit these data" }).click();
  await expect(page.getByTestId("fit-E")).toHaveText("1.69");
  await expect(page.getByTestId("fit-alpha")).toHaveText("0.34");
  await expect(page.getByTestId("fit-beta")).toHaveText("0.28");
  await expect(page.locator(`#widget-${id}`)).toContainText("Data: your 25 runs, fitted in this browser.");
  expect(new URL(page.url()).search).not.toContain("loss");
  await page.getByRole("button", { name: "Back to the Chinchilla runs" }).click();
  await expect(page.getByTestId("fit-E")).toHaveText("1.817");
});

test("a bad CSV shows a localized message with its line number and changes nothing", async ({ guarded: page }) => {
  await page.goto(`zh/embed/${id}/`);
  await hydrated(page, id);
  const field = page.getByRole("textbox", { name: "粘贴 CSV" });
  await field.fill("N,D,loss\n1e9,2e10,2.5\n\n1e9,abc,2.4");
  await page.getByRole("button", { name: "拟合这些数据" }).click();
  await expect(page.getByRole("alert")).toHaveText("第 4 行：“abc”不是正数。");
  await expect(field).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByTestId("fit-E")).toHaveText("1.817");
  await field.fill("size,time\n1,2\n3,4");
  await page.getByRole("button", { name: "拟合这些数据" }).click();
  await expect(page.getByRole("alert")).toContainText("第 1 行");
});

test("an opened file is fitted at once; a long fit shows a fitting… state and can be cancelled; pairs fall back to a power law", async ({ guarded: page }) => {
  await page.goto(`en/embed/${id}/`);
  await hydrated(page, id);
  // Opening a file fits it at once.
  await page.locator(`#widget-${id} input[type=file]`).setInputFiles({ name: "runs.csv", mimeType: "text/csv", buffer: Buffer.from(bigCsv()) });
  await expect(page.getByText("Fitting 5000 runs…")).toBeVisible();
  await page.getByRole("button", { name: "Cancel" }).click();
  await expect(page.getByText("Fit cancelled")).toBeVisible();
  await expect(page.getByTestId("fit-E")).toHaveCount(0);
  await page.getByRole("textbox", { name: "Paste CSV" }).fill("x,y\n1,3\n100,0.3\n10000,0.03");
  await page.getByRole("button", { name: "Fit these data" }).click();
  await expect(page.getByText("these are (x, y) pairs, so a power law is fitted instead")).toBeVisible();
  await expect(page.getByTestId("fit-exponent")).toHaveText("−0.5");
});

test("a malformed value in the URL falls back to the default and says so", async ({ guarded: page }) => {
  await page.goto(`en/embed/${id}/?fit.model=kaplan&fit.c=-5`);
  await expect(page.getByRole("status").filter({ hasText: "“model” (kaplan) was not understood" })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "“c” (-5) was not understood" })).toBeVisible();
  await expect(page.getByRole("combobox", { name: "Law to fit" })).toHaveValue("chinchilla");
});
