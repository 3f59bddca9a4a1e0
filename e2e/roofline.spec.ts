import { test, expect, chartSlotSvg, openEmbed, typeRefused, withoutJavaScript } from "./fixtures.ts";

const id = "roofline";
const chartSvg = chartSlotSvg(id);

test("with JavaScript off the embed page shows the roofline of decoding at batch 1: 0.33% of an H100's peak", async ({ browser }) => {
  await withoutJavaScript(
    browser,
    id,
    async (page, lang) => {
      await expect(page.locator(chartSvg)).toContainText(lang === "en" ? "batch 1: 0.33% of peak" : "批大小 1：峰值的 0.33%");
      await expect(page.locator(chartSvg)).toContainText(lang === "en" ? "ridge 295" : "脊点 295");
      await expect(page.getByTestId("roofline-fraction")).toHaveText("0.33%");
      await expect(page.getByTestId("roofline-bound")).toHaveText(lang === "en" ? "memory bandwidth" : "显存带宽");
    },
    { mark: "circle" },
  );
});

test("a bigger decoding batch raises the share of peak; the chart, the URL and a reload follow", async ({ guarded: page }) => {
  await openEmbed(page, id);
  const before = await page.locator(chartSvg).innerHTML();
  await page.getByRole("textbox", { name: "Batch (sequences)" }).fill("64");
  await expect(page).toHaveURL(/roofline\.b=64/);
  await expect(page.getByTestId("roofline-fraction")).toHaveText("6.9%");
  await expect(page.getByTestId("roofline-bound")).toHaveText("memory bandwidth");
  await expect.poll(() => page.locator(chartSvg).innerHTML()).not.toBe(before);
  await expect(page.locator(chartSvg)).toContainText("batch 64");
  await page.reload();
  await expect(page.getByRole("textbox", { name: "Batch (sequences)" })).toHaveValue("64");
  await expect(page.getByTestId("roofline-fraction")).toHaveText("6.9%");
});

test("a training-sized matmul is compute-bound at 100% of peak; m = 1 is memory-bound", async ({ guarded: page }) => {
  await openEmbed(page, id);
  await page.getByRole("combobox", { name: "Operation" }).selectOption("matmul");
  await expect(page.getByTestId("roofline-bound")).toHaveText("compute");
  await expect(page.getByTestId("roofline-fraction")).toHaveText("100%");
  await expect(page.getByTestId("roofline-intensity")).toHaveText("1,792");
  await page.getByRole("textbox", { name: "m: tokens" }).fill("1");
  await expect(page.getByTestId("roofline-bound")).toHaveText("memory bandwidth");
  await expect(page).toHaveURL(/roofline\.op=matmul.*roofline\.m=1\b|roofline\.m=1\b.*roofline\.op=matmul/);
});

test("an A100 offers no fp8, and switching to it from fp8 falls back to bf16", async ({ guarded: page }) => {
  await openEmbed(page, id);
  await page.getByRole("combobox", { name: "Number format" }).selectOption("fp8");
  await expect(page.getByTestId("roofline-ridge")).toHaveText("591");
  await page.getByRole("combobox", { name: "Accelerator" }).selectOption("A100");
  await expect(page.getByRole("combobox", { name: "Number format" })).toHaveValue("bf16");
  await expect(page.getByRole("combobox", { name: "Number format" }).locator("option[value=fp8]")).toHaveCount(0);
  await expect(page.getByTestId("roofline-ridge")).toHaveText("153");
});

test("a URL state loads: attention with one query is memory-bound", async ({ guarded: page }) => {
  await page.goto(`en/embed/${id}/?roofline.op=attention&roofline.q=1`);
  await expect(page.getByRole("combobox", { name: "Operation" })).toHaveValue("attention");
  await expect(page.getByTestId("roofline-bound")).toHaveText("memory bandwidth");
  await expect(page.getByTestId("roofline-intensity")).toHaveText("4");
});

test("nonsense in a field shows a message beside it; bad link values fall back with a note; a refused state shows the default", async ({ guarded: page }) => {
  await openEmbed(page, id, { lang: "zh" });
  await expect(page.getByTestId("roofline-sentence")).toContainText("访存受限");
  await typeRefused(page.getByRole("textbox", { name: "批大小（序列数）" }), "abc", "无法识别“abc”");
  await expect(page.getByTestId("roofline-fraction")).toHaveText("0.33%");

  await page.goto(`en/embed/${id}/?roofline.b=0&roofline.hw=Z9000`);
  await expect(page.getByRole("status")).toContainText("“b” (0) was not understood");
  await expect(page.getByRole("status")).toContainText("“hw” (Z9000) was not understood");
  await expect(page.getByTestId("roofline-fraction")).toHaveText("0.33%");

  await page.goto(`en/embed/${id}/?roofline.hw=A100&roofline.prec=fp8`);
  await expect(page.getByRole("status").filter({ hasText: "no peak for that format" })).toBeVisible();
  await expect(page.getByTestId("roofline-ridge")).toHaveText("295");
});
