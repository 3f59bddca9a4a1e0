import { test, expect, chartSlotSvg, openEmbed, withoutJavaScript } from "./fixtures.ts";

const id = "moe";
const chartSvg = chartSlotSvg(id);

test("with JavaScript off the embed page shows the chart's SVG and Mixtral's numbers", async ({ browser }) => {
  await withoutJavaScript(browser, id, async (page, lang) => {
    await expect(page.locator(chartSvg)).toContainText("93.4 GB");
    await expect(page.getByTestId("moe-total")).toHaveText(lang === "en" ? "46.7B" : "467亿");
  });
});

test("top-k changes compute but not memory; the URL keeps the change and a reload restores it", async ({ guarded: page }) => {
  await openEmbed(page, id);
  const before = await page.locator(chartSvg).innerHTML();
  const memory = await page.getByTestId("moe-memory").textContent();
  const flops = await page.getByTestId("moe-flops").textContent();
  await page.getByRole("textbox", { name: "Experts per token (top-k)" }).fill("4");
  await expect(page).toHaveURL(/moe\.k=4/);
  await expect(page.getByTestId("moe-flops")).not.toHaveText(flops!);
  await expect(page.getByTestId("moe-memory")).toHaveText(memory!);
  await expect.poll(() => page.locator(chartSvg).innerHTML()).not.toBe(before);
  await expect(page.locator(chartSvg)).toContainText("Top-4");
  await page.reload();
  await expect(page.getByRole("textbox", { name: "Experts per token (top-k)" })).toHaveValue("4");
  await expect(page.getByTestId("moe-memory")).toHaveText(memory!);
});

test("choosing DeepSeek-V3 takes its shape; nonsense in a field shows a message and keeps the state", async ({ guarded: page }) => {
  await openEmbed(page, id);
  await page.getByRole("combobox", { name: "Start from" }).selectOption("deepseek-v3");
  await expect(page).toHaveURL(/moe\.model=deepseek-v3$/);
  await expect(page.getByTestId("moe-total")).toHaveText("671B");
  await expect(page.getByRole("textbox", { name: "Routed experts" })).toHaveValue("256");
  const experts = page.getByRole("textbox", { name: "Routed experts" });
  await experts.fill("lots");
  await expect(page.getByRole("alert")).toContainText("“lots” is not a number");
  await expect(experts).toHaveAttribute("aria-invalid", "true");
  await experts.fill("4");
  await expect(page.getByRole("alert")).toContainText("Enter a value from 8 to 1024.");
  await expect(page.getByTestId("moe-total")).toHaveText("671B");
});

test("a link with top-k above the experts shows the preset and the module's message; a malformed value falls back", async ({ guarded: page }) => {
  await openEmbed(page, id, { query: "?moe.e=2&moe.k=4" });
  await expect(page.getByRole("alert")).toContainText("do not fit together");
  await expect(page.getByRole("alert")).toContainText("topK");
  await expect(page.getByTestId("moe-total")).toHaveText("46.7B");
  await openEmbed(page, id, { query: "?moe.e=-3" });
  await expect(page.getByRole("status")).toContainText("“e” (-3) was not understood");
});
