import { test, expect, hydrated } from "./fixtures.ts";

const id = "attention-vs-ssm";
const chartSvg = `#widget-${id} .chart-slot svg:visible`;

test("with JavaScript off the embed page shows the chart's SVG with the crossovers marked", async ({ browser }) => {
  for (const lang of ["en", "zh"]) {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${lang}/embed/${id}/`);
    await expect(page.locator(chartSvg)).toHaveCount(1);
    await expect(page.locator(`${chartSvg} path`).first()).toBeAttached();
    await expect(page.locator(chartSvg)).toContainText(lang === "en" ? "passes Mamba at 20" : "20 处超过 Mamba");
    await expect(page.getByTestId("attention-vs-ssm-transformer")).toHaveText("41.9 GB");
    await context.close();
  }
});

test("grouped-query attention moves the crossover out eightfold; the chart, the URL and a reload follow", async ({ guarded: page }) => {
  await page.goto(`en/embed/${id}/`);
  await hydrated(page, id);
  const before = await page.locator(chartSvg).innerHTML();
  await page.getByRole("combobox", { name: "Transformer's attention" }).selectOption("gqa8");
  await expect(page).toHaveURL(/attention-vs-ssm\.kv=gqa8/);
  await expect(page.getByTestId("attention-vs-ssm-crossover")).toContainText("from 160 tokens");
  await expect.poll(() => page.locator(chartSvg).innerHTML()).not.toBe(before);
  await expect(page.locator(chartSvg)).toContainText("passes Mamba at 160");
  await page.getByRole("textbox", { name: "Context length (tokens)" }).fill("1M");
  await expect(page).toHaveURL(/attention-vs-ssm\.ctx=1000000/);
  await expect(page.getByTestId("attention-vs-ssm-transformer")).toHaveText("41 GB");
  await page.reload();
  await expect(page.getByRole("combobox", { name: "Transformer's attention" })).toHaveValue("gqa8");
  await expect(page.getByRole("textbox", { name: "Context length (tokens)" })).toHaveValue("1M");
  await expect(page.getByTestId("attention-vs-ssm-transformer")).toHaveText("41 GB");
});

test("the FLOPs view marks its own crossovers", async ({ guarded: page }) => {
  await page.goto(`en/embed/${id}/`);
  await hydrated(page, id);
  await page.getByRole("combobox", { name: "Chart shows" }).selectOption("flops");
  await expect(page.getByTestId("attention-vs-ssm-crossover")).toContainText("from 64 tokens");
  await expect(page.locator(chartSvg)).toContainText("passes RetNet at 640");
});

test("nonsense in the context field shows a message beside it; a bad link value falls back with a note", async ({ guarded: page }) => {
  await page.goto(`zh/embed/${id}/`);
  await hydrated(page, id);
  const field = page.getByRole("textbox", { name: "上下文长度（token）" });
  await field.fill("abc");
  await expect(page.getByRole("alert")).toContainText("无法识别“abc”");
  await expect(field).toHaveAttribute("aria-invalid", "true");
  await field.fill("1e9");
  await expect(page.getByRole("alert")).toContainText("请输入");
  await expect(page.getByTestId("attention-vs-ssm-transformer")).toHaveText("41.9 GB");

  await page.goto(`en/embed/${id}/?attention-vs-ssm.ctx=0&attention-vs-ssm.size=huge`);
  await expect(page.getByRole("status")).toContainText("“ctx” (0) was not understood");
  await expect(page.getByRole("status")).toContainText("“size” (huge) was not understood");
  await expect(page.getByRole("textbox", { name: "Context length (tokens)" })).toHaveValue("128K");
});
