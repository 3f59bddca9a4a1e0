import { test, expect, chartSlotSvg, openEmbed, withoutJavaScript } from "./fixtures.ts";

const id = "memory";
const chartSvg = chartSlotSvg(id);

test("with JavaScript off the embed page shows the ZeRO chart's SVG: 120, 31.4, 16.6 and 1.88 GB", async ({ browser }) => {
  await withoutJavaScript(browser, id, async (page) => {
    for (const total of ["120", "31.4", "16.6", "1.88"]) await expect(page.locator(chartSvg)).toContainText(total);
    await expect(page.getByTestId("memory-total")).toHaveText("120 GB");
  });
});

test("ZeRO stage 3 spreads everything over the devices; the chart, the URL and a reload follow", async ({ guarded: page }) => {
  await openEmbed(page, id);
  const before = await page.locator(chartSvg).innerHTML();
  await page.getByRole("combobox", { name: "ZeRO stage" }).selectOption("3");
  await expect(page).toHaveURL(/memory\.zero=3/);
  await expect(page.getByTestId("memory-total")).toHaveText("1.88 GB");
  await expect(page.getByTestId("memory-needed")).toHaveText("2");
  await expect.poll(() => page.locator(chartSvg).innerHTML()).not.toBe(before);
  await page.getByRole("textbox", { name: "Data-parallel devices N_d" }).fill("8");
  await expect(page.getByTestId("memory-total")).toHaveText("15 GB");
  await page.reload();
  await expect(page.getByRole("combobox", { name: "ZeRO stage" })).toHaveValue("3");
  await expect(page.getByRole("textbox", { name: "Data-parallel devices N_d" })).toHaveValue("8");
  await expect(page.getByTestId("memory-total")).toHaveText("15 GB");
});

test("serving Llama 3.1 405B: BF16 needs 11 H100s, FP8 six", async ({ guarded: page }) => {
  await openEmbed(page, id);
  await page.getByRole("combobox", { name: "Workload" }).selectOption("inference");
  await expect(page.getByRole("combobox", { name: "Model" })).toHaveValue("llama-3.1-405b");
  await expect(page.getByTestId("memory-needed")).toHaveText("11");
  await expect(page.locator(chartSvg)).toContainText("KV cache");
  await page.getByRole("combobox", { name: "Weight format" }).selectOption("fp8");
  await expect(page.getByTestId("memory-needed")).toHaveText("6");
  await expect(page).toHaveURL(/memory\.q=fp8/);
});

test("nonsense in a field shows a message beside it; a bad link value falls back with a note", async ({ guarded: page }) => {
  await openEmbed(page, id, { lang: "zh" });
  const devices = page.getByRole("textbox", { name: "数据并行卡数 N_d" });
  await devices.fill("abc");
  await expect(page.getByRole("alert")).toContainText("无法识别“abc”");
  await expect(devices).toHaveAttribute("aria-invalid", "true");
  await devices.fill("0");
  await expect(page.getByRole("alert")).toContainText("请输入");
  await expect(page.getByTestId("memory-total")).toHaveText("120 GB");

  await page.goto(`en/embed/${id}/?memory.zero=7&memory.n=Infinity`);
  await expect(page.getByRole("status")).toContainText("“zero” (7) was not understood");
  await expect(page.getByRole("status")).toContainText("“n” (Infinity) was not understood");
  await expect(page.getByTestId("memory-total")).toHaveText("120 GB");
});
