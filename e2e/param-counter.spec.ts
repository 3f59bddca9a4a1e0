import { test, expect, chartSlotSvg, openEmbed, withoutJavaScript } from "./fixtures.ts";

const id = "param-counter";
const chartSvg = chartSlotSvg(id);

test("with JavaScript off the embed page shows the breakdown chart's SVG and the counts", async ({ browser }) => {
  await withoutJavaScript(browser, id, async (page, lang) => {
    await expect(page.locator(chartSvg)).toHaveAttribute("aria-label", lang === "en" ? "Parameters by part: Llama 3 8B" : "各部分的参数量：Llama 3 8B");
    await expect(page.getByTestId("param-counter-total")).toHaveText(lang === "en" ? "8.03B" : "80.3亿");
    await expect(page.locator(".katex-display math").first()).toBeAttached();
  });
});

test("choosing a preset changes the chart, the counts and the URL; reloading restores it", async ({ guarded: page }) => {
  await openEmbed(page, id);
  const before = await page.locator(chartSvg).innerHTML();
  await page.getByRole("combobox", { name: "Model" }).selectOption("deepseek-v3");
  await expect(page).toHaveURL(/param-counter\.model=deepseek-v3/);
  await expect(page.getByTestId("param-counter-total")).toHaveText("671B");
  await expect(page.getByTestId("param-counter-active")).toHaveText("37.6B");
  await expect.poll(() => page.locator(chartSvg).innerHTML()).not.toBe(before);
  await expect(page.locator(chartSvg)).toContainText("Routed experts a token skips");
  await expect(page.getByTestId("param-counter-reported")).toContainText("Reported active: 37B");
  await page.reload();
  await expect(page.getByRole("combobox", { name: "Model" })).toHaveValue("deepseek-v3");
  await expect(page.getByTestId("param-counter-total")).toHaveText("671B");
});

test("a pasted config.json is counted; bad JSON and a bad field show a message naming the problem", async ({ guarded: page }) => {
  await openEmbed(page, id, { lang: "zh" });
  await page.locator(`#widget-${id} summary`, { hasText: "也可以粘贴 Hugging Face 上的 config.json" }).click();
  const box = page.getByRole("textbox", { name: "也可以粘贴 Hugging Face 上的 config.json" });
  const button = page.getByRole("button", { name: "统计这份配置" });
  await box.fill('{"model_type":"llama", "hidden_size": 4096,');
  await button.click();
  await expect(page.getByRole("alert")).toContainText("这不是有效的 JSON。");
  await expect(box).toHaveAttribute("aria-invalid", "true");
  await box.fill('{"model_type":"llama","hidden_size":4096,"num_attention_heads":32,"num_hidden_layers":0,"intermediate_size":11008,"vocab_size":32000}');
  await button.click();
  await expect(page.getByRole("alert")).toContainText("这份配置无法统计。");
  await expect(page.getByRole("alert")).toContainText("num_hidden_layers");
  await box.fill('{"model_type":"llama","hidden_size":4096,"num_attention_heads":32,"num_hidden_layers":32,"intermediate_size":11008,"vocab_size":32000}');
  await button.click();
  await expect(page.getByRole("alert")).toHaveCount(0);
  await expect(page.getByTestId("param-counter-total")).toHaveText("67.4亿");
  await expect(page.getByText("当前显示：你粘贴的配置（llama）")).toBeVisible();
  await expect(page).not.toHaveURL(/hidden_size/);
  await page.getByRole("button", { name: "回到预设模型" }).click();
  await expect(page.getByTestId("param-counter-total")).toHaveText("80.3亿");
});

test("a malformed preset in the URL falls back to Llama 3 8B and says so", async ({ guarded: page }) => {
  await openEmbed(page, id, { query: "?param-counter.model=gpt-9" });
  await expect(page.getByRole("status")).toContainText("“model” (gpt-9) was not understood");
  await expect(page.getByRole("combobox", { name: "Model" })).toHaveValue("llama-3-8b");
});
