import { test, expect, chartSlotSvg, openEmbed, typeRefused, withoutJavaScript } from "./fixtures.ts";

const id = "parallelism";
const chartSvg = chartSlotSvg(id);

test("with JavaScript off the embed page shows Llama 3.1 405B's layout: two chart panels, 79.7 GB of an H100's 80 GB, a 5.96 s step", async ({ browser }) => {
  await withoutJavaScript(
    browser,
    id,
    async (page) => {
      await expect(page.locator(chartSvg).first()).toContainText("H100");
      await expect(page.locator(chartSvg).first()).toContainText("79.7");
      await expect(page.locator(chartSvg).nth(1)).toContainText("5.96");
      await expect(page.getByTestId("parallelism-memory")).toHaveText("79.7 GB");
      await expect(page.getByTestId("parallelism-mfu")).toHaveText("42%");
    },
    { charts: 2 },
  );
});

test("ZeRO stage 0 keeps the whole optimizer state on every replica: the readout, the reason, the chart and the URL follow; a reload restores it", async ({ guarded: page }) => {
  await openEmbed(page, id);
  const before = await page.locator(chartSvg).first().innerHTML();
  await expect(page.getByTestId("parallelism-fits")).toHaveText("It fits: 79.7 GB of the H100's 80 GB.");
  await page.getByRole("combobox", { name: "ZeRO stage" }).selectOption("0");
  await expect(page).toHaveURL(/parallelism\.zero=0/);
  await expect(page.getByTestId("parallelism-memory")).toHaveText("124 GB");
  await expect(page.getByTestId("parallelism-fits")).toHaveText("It does not fit: it needs 124 GB per GPU, and the H100 has 80 GB.");
  await expect.poll(() => page.locator(chartSvg).first().innerHTML()).not.toBe(before);
  await page.reload();
  await expect(page.getByRole("combobox", { name: "ZeRO stage" })).toHaveValue("0");
  await expect(page.getByTestId("parallelism-memory")).toHaveText("124 GB");
});

test("when DP × TP × PP is not the GPU count the view says so beside the fields and offers the DP that fits", async ({ guarded: page }) => {
  await openEmbed(page, id);
  await page.getByRole("textbox", { name: "GPUs", exact: true }).fill("8192");
  const alert = page.getByTestId("parallelism-mismatch");
  await expect(alert).toHaveAttribute("role", "alert");
  await expect(alert).toContainText("DP × TP × PP = 128 × 8 × 16 = 16,384 GPUs, but the GPU count is 8,192");
  await expect(page.getByRole("status")).toContainText("Until DP × TP × PP equals the GPU count");
  await page.getByRole("button", { name: "Set DP to 64" }).click();
  await expect(alert).toHaveCount(0);
  await expect(page.getByRole("textbox", { name: "Data parallel (DP)" })).toHaveValue("64");
  await expect(page).toHaveURL(/parallelism\.dp=64/);
  await expect(page.getByTestId("parallelism-tokens")).toHaveText("8.39M");
  await expect(page.getByTestId("parallelism-fits")).toHaveText("It does not fit: it needs 80.05 GB per GPU, and the H100 has 80 GB.");
  await page.getByRole("textbox", { name: "Tensor parallel (TP)" }).fill("3");
  await expect(alert).toContainText("No whole DP works: make the GPU count a multiple of TP × PP = 48.");
});

test("a layout in the URL loads: Llama 2 7B on 64 GPUs, TP 8, DP 8, no pipeline", async ({ guarded: page }) => {
  await openEmbed(page, id, { query: "?parallelism.model=llama-2-7b&parallelism.gpus=64&parallelism.dp=8&parallelism.pp=1&parallelism.m=4" });
  await expect(page.getByRole("combobox", { name: "Model" })).toHaveValue("llama-2-7b");
  await expect(page.getByTestId("parallelism-bubble")).toHaveText("0%");
  await expect(page.getByTestId("parallelism-fits")).toContainText("It fits");
  await expect(page.getByRole("status")).toHaveCount(0);
});

test("in Chinese: nonsense in a field shows a message beside it; a malformed link value falls back with a note", async ({ guarded: page }) => {
  await openEmbed(page, id, { lang: "zh" });
  const gpus = page.getByRole("textbox", { name: "GPU 总数" });
  await typeRefused(gpus, "abc", "无法识别“abc”");
  await expect(page.getByTestId("parallelism-memory")).toHaveText("79.7 GB");
  await gpus.fill("1000");
  await expect(page.getByTestId("parallelism-mismatch")).toContainText("GPU 总数是 1,000");

  await page.goto(`zh/embed/${id}/?parallelism.tp=0&parallelism.zero=9`);
  await expect(page.getByRole("status")).toContainText("链接中“tp”的值（0）无法识别");
  await expect(page.getByRole("status")).toContainText("链接中“zero”的值（9）无法识别");
  await expect(page.getByTestId("parallelism-memory")).toHaveText("79.7 GB");
});
