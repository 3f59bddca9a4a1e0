import { test, expect, hydrated } from "./fixtures.ts";

const chartSvg = "#widget-power-law .chart-slot svg:visible";

test("with JavaScript off the essay shows its KaTeX math and the chart's SVG", async ({ browser }) => {
  for (const lang of ["en", "zh"]) {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${lang}/power-law/`);
    expect(await page.locator(".katex-display").count()).toBeGreaterThan(2);
    await expect(page.locator(".katex-display math").first()).toBeAttached();
    await expect(page.locator(chartSvg)).toHaveCount(1);
    await expect(page.locator(`${chartSvg} path`).first()).toBeAttached();
    await context.close();
  }
});

test("moving the slider changes the chart, the readout and the URL; reloading restores the state", async ({ guarded: page }) => {
  await page.goto("en/power-law/");
  await hydrated(page, "power-law");
  const before = await page.locator(chartSvg).innerHTML();
  const lossBefore = await page.getByTestId("power-law-loss").textContent();
  const slider = page.getByRole("slider", { name: "Parameters (non-embedding)" });
  await slider.focus();
  for (let i = 0; i < 20; i++) await slider.press("ArrowRight");
  await expect(page).toHaveURL(/power-law\.n=/);
  await expect.poll(() => page.locator(chartSvg).innerHTML()).not.toBe(before);
  const lossAfter = await page.getByTestId("power-law-loss").textContent();
  expect(lossAfter).not.toBe(lossBefore);
  await page.reload();
  await expect(page.getByTestId("power-law-loss")).toHaveText(lossAfter!);
  await expect(page.getByRole("textbox", { name: "Parameters (non-embedding)" })).toHaveValue("1.58B");
});

test("typing 70B or 700亿 in the field sets the parameters; nonsense shows a message beside the field", async ({ guarded: page }) => {
  await page.goto("zh/power-law/");
  await hydrated(page, "power-law");
  const field = page.getByRole("textbox", { name: "参数量（不含嵌入层）" });
  await field.fill("700亿");
  await expect(page).toHaveURL(/power-law\.n=7e10/);
  await field.fill("abc");
  await expect(page.getByRole("alert")).toContainText("无法识别“abc”");
  await expect(field).toHaveAttribute("aria-invalid", "true");
  await expect(page).toHaveURL(/power-law\.n=7e10/);
  await field.fill("1e20");
  await expect(page.getByRole("alert")).toContainText("请输入");
});

test("a malformed value in the URL falls back to the default and says so", async ({ guarded: page }) => {
  await page.goto("en/power-law/?power-law.n=banana");
  await expect(page.getByRole("status")).toContainText("“n” (banana) was not understood");
  await expect(page.getByRole("textbox", { name: "Parameters (non-embedding)" })).toHaveValue("1B");
});

test("switching to L(D) and L(C) changes the chart, the readout and the URL; reloading restores the law and its value", async ({ guarded: page }) => {
  await page.goto("en/embed/power-law/");
  await hydrated(page, "power-law");
  const before = await page.locator(chartSvg).innerHTML();
  await page.getByRole("radio", { name: "L(D): data" }).check();
  await expect(page).toHaveURL(/power-law\.law=d/);
  await expect(page.getByTestId("power-law-ten-x")).toContainText("10× the data multiplies the loss by");
  await expect.poll(() => page.locator(chartSvg).getAttribute("aria-label")).toBe("Loss against data");
  expect(await page.locator(chartSvg).innerHTML()).not.toBe(before);
  const tokens = page.getByRole("textbox", { name: "Training tokens" });
  await tokens.fill("1.4T");
  await expect(page).toHaveURL(/power-law\.d=1\.4e12/);
  const loss = await page.getByTestId("power-law-loss").textContent();
  await page.reload();
  await expect(page.getByRole("radio", { name: "L(D): data" })).toBeChecked();
  await expect(page.getByRole("textbox", { name: "Training tokens" })).toHaveValue("1.4T");
  await expect(page.getByTestId("power-law-loss")).toHaveText(loss!);
  await page.getByRole("radio", { name: "L(C): compute" }).check();
  await expect(page).toHaveURL(/power-law\.law=c/);
  await expect(page.getByTestId("power-law-ten-x")).toContainText("10× the compute multiplies the loss by 0.891");
  await page.getByRole("textbox", { name: "Compute (FLOPs)" }).fill("lots");
  await expect(page.getByRole("alert")).toContainText("“lots” is not a number");
});

test("the embed page renders the power-law widget alone, in its default state", async ({ guarded: page }) => {
  await page.goto("zh/embed/power-law/");
  await expect(page.getByRole("banner")).toHaveCount(0);
  await expect(page.getByRole("radio", { name: "L(N)：参数量" })).toBeChecked();
  await expect(page.locator(chartSvg)).toHaveAttribute("aria-label", "损失随参数量的变化");
  await expect(page.getByTestId("power-law-ten-x")).toContainText("参数量扩大 10 倍");
});
