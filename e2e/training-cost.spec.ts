import { test, expect, chartSlotSvg, openEmbed, withoutJavaScript } from "./fixtures.ts";

const id = "training-cost";
const chartSvg = chartSlotSvg(id);

test("with JavaScript off the embed page shows the bar chart's SVG and DeepSeek-V3's published run", async ({ browser }) => {
  await withoutJavaScript(browser, id, async (page, lang) => {
    await expect(page.locator(chartSvg)).toContainText("DeepSeek-V3");
    await expect(page.getByTestId("training-cost-cost")).toHaveText(lang === "en" ? "$5.58M" : "558万美元");
    await expect(page.getByTestId("training-cost-hours")).toHaveText(lang === "en" ? "2.79M" : "279万");
    // DeepSeek-V3's published $5.576M beside the estimate, rendered at build time.
    await expect(page.getByTestId("training-cost-published").locator('tr[data-metric="cost"] td').last()).toHaveText(lang === "en" ? "$5.576M" : "557.6万美元");
  });
});

test("doubling the accelerators halves the days; the chart, the URL and a reload follow", async ({ guarded: page }) => {
  await openEmbed(page, id);
  const before = await page.locator(chartSvg).innerHTML();
  const cost = await page.getByTestId("training-cost-cost").textContent();
  await page.getByRole("textbox", { name: "Accelerators at once" }).fill("4096");
  await expect(page).toHaveURL(/training-cost\.gpus=4096/);
  await expect(page.getByTestId("training-cost-days")).toHaveText("28.4 days");
  await expect(page.getByTestId("training-cost-cost")).toHaveText(cost!);
  await page.getByRole("combobox", { name: "Bars show" }).selectOption({ label: "Days of training" });
  await expect(page).toHaveURL(/training-cost\.show=days/);
  await expect.poll(() => page.locator(chartSvg).innerHTML()).not.toBe(before);
  await expect(page.locator(chartSvg)).toContainText("Wall-clock days");
  await expect(page.getByRole("combobox", { name: "Start from a published run" })).toHaveValue("custom");
  await page.reload();
  await expect(page.getByRole("textbox", { name: "Accelerators at once" })).toHaveValue("4096");
  await expect(page.getByTestId("training-cost-days")).toHaveText("28.4 days");
  await expect(page.getByRole("combobox", { name: "Bars show" })).toHaveValue("days");
});

test("a preset sets every field; yuan convert at the stated rate", async ({ guarded: page }) => {
  await openEmbed(page, id);
  await page.getByRole("combobox", { name: "Start from a published run" }).selectOption({ label: "GPT-3 175B" });
  await expect(page.getByRole("combobox", { name: "Accelerator" })).toHaveValue("V100");
  await expect(page.getByRole("textbox", { name: "Accelerators at once" })).toHaveValue("10000");
  await expect(page.getByTestId("training-cost-days")).toHaveText("14.8 days");
  await expect(page.getByTestId("training-cost-preset-note")).toContainText("GPT-3 175B");
  // Patterson et al. 2021's measured figures beside the TDP-based estimate, and why they differ.
  const published = page.getByTestId("training-cost-published");
  await expect(published.locator('tr[data-metric="energy"]')).toHaveText(/1,170 MWh.*1,287 MWh/);
  await expect(published.locator('tr[data-metric="co2"]')).toHaveText(/503 t CO₂.*552 t CO₂/);
  await expect(published).toContainText("average draw of 330 W");
  await page.getByRole("combobox", { name: "Currency" }).selectOption("CNY");
  await expect(page.getByRole("textbox", { name: "Price per accelerator-hour" })).toHaveValue("14.1618");
  await expect(page.getByTestId("training-cost-cost")).toHaveText("CN¥50.3M");
  await expect(page.getByText("Yuan at 7.0809 per US dollar")).toBeVisible();
  await expect(page.getByRole("combobox", { name: "Start from a published run" })).toHaveValue("gpt3");
  await page.getByRole("combobox", { name: "Start from a published run" }).selectOption({ label: "Llama 3.1 405B" });
  await expect(published.locator('tr[data-metric="co2"]')).toHaveText(/11,400 t CO₂.*8,930 t CO₂/);
  await expect(published).toContainText("implies 0.414 kg CO₂/kWh");
  await page.getByRole("textbox", { name: "Accelerators at once" }).fill("4096");
  await expect(published).toHaveCount(0);
});

test("nonsense in a field shows a message beside it and changes nothing; a bad link value falls back with a note", async ({ guarded: page }) => {
  await openEmbed(page, id, { lang: "zh" });
  const field = page.getByRole("textbox", { name: "参数量 N（每个 token 的激活参数）" });
  await field.fill("700亿");
  await expect(page).toHaveURL(/training-cost\.n=7e10/);
  await field.fill("abc");
  await expect(page.getByRole("alert")).toContainText("无法识别“abc”");
  await expect(field).toHaveAttribute("aria-invalid", "true");
  await expect(page).toHaveURL(/training-cost\.n=7e10/);
  await page.getByRole("textbox", { name: "PUE（数据中心电能使用效率）" }).fill("0.5");
  await expect(page.getByRole("alert").filter({ hasText: "请输入" })).toBeVisible();

  await page.goto(`en/embed/${id}/?training-cost.gpus=-3&training-cost.mfu=NaN`);
  await expect(page.getByRole("status")).toContainText("“gpus” (-3) was not understood");
  await expect(page.getByRole("status")).toContainText("“mfu” (NaN) was not understood");
  await expect(page.getByRole("textbox", { name: "Accelerators at once" })).toHaveValue("2048");
  await expect(page.getByTestId("training-cost-cost")).toHaveText("$5.58M");
});
