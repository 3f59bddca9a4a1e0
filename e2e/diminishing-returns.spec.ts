import { test, expect, hydrated } from "./fixtures.ts";

const id = "diminishing-returns";
const chart = `#widget-${id} .chart-slot svg:visible`;

test("with JavaScript off the embed page shows the chart as SVG, the claim's verdict and the formula", async ({ browser }) => {
  test.setTimeout(60_000);
  for (const lang of ["en", "zh"]) {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${lang}/embed/${id}/`);
    await expect(page.locator(chart)).toHaveCount(1);
    await expect(page.locator(`${chart} rect`).first()).toBeAttached();
    await expect(page.getByTestId("diminishing-returns-small")).toHaveText("−27%");
    await expect(page.getByTestId("diminishing-returns-verdict")).toContainText(lang === "en" ? "neither of the claim" : "都不成立");
    await expect(page.locator(`#widget-${id} .katex-display math`).first()).toBeAttached();
    await context.close();
  }
});

test("holding tokens fixed changes the chart, the claim check and the URL; reloading restores it", async ({ guarded: page }) => {
  await page.goto(`en/embed/${id}/`);
  await hydrated(page, id);
  const before = await page.locator(chart).innerHTML();
  await page.getByRole("combobox", { name: "Training tokens as parameters grow" }).selectOption("fixed");
  await expect(page).toHaveURL(/diminishing-returns\.hold=fixed/);
  await expect.poll(() => page.locator(chart).innerHTML()).not.toBe(before);
  await expect(page.getByTestId("diminishing-returns-small")).toHaveText("−16%");
  await expect(page.getByTestId("diminishing-returns-large")).toHaveText("−6.4%");
  const fixed = page.getByRole("textbox", { name: "Fixed training tokens" });
  await fixed.fill("100M");
  await expect(page).toHaveURL(/diminishing-returns\.fd=1e8/);
  await expect(page.getByTestId("diminishing-returns-verdict")).toContainText("only one of the claim");
  await page.reload();
  await expect(page.getByRole("textbox", { name: "Fixed training tokens" })).toHaveValue("100M");
  await expect(page.getByTestId("diminishing-returns-verdict")).toContainText("only one of the claim");
});

test("switching the axis to compute relabels the start field and the columns; bad text shows a message", async ({ guarded: page }) => {
  await page.goto(`zh/embed/${id}/`);
  await hydrated(page, id);
  await page.getByRole("combobox", { name: "扩大哪一项" }).selectOption("compute");
  await expect(page).toHaveURL(/diminishing-returns\.axis=compute/);
  const start = page.getByRole("textbox", { name: "起始算力（FLOPs）" });
  await start.fill("1e21");
  await expect(page).toHaveURL(/diminishing-returns\.c=1e21/);
  await expect(page.locator(chart)).toContainText("10²¹");
  await start.fill("很多");
  await expect(page.getByRole("alert")).toContainText("无法识别“很多”");
  await expect(page).toHaveURL(/diminishing-returns\.c=1e21/);
});

test("a malformed start in the URL falls back to 100M and says so; the embed page stands alone", async ({ guarded: page }) => {
  await page.goto(`en/embed/${id}/?diminishing-returns.n=-5`);
  await hydrated(page, id);
  await expect(page.getByRole("status")).toContainText("“n” (-5) was not understood");
  await expect(page.getByRole("textbox", { name: "Starting parameters" })).toHaveValue("100M");
  await expect(page.getByRole("banner")).toHaveCount(0);
  await expect(page.getByRole("figure", { name: "Diminishing returns" })).toBeVisible();
});
