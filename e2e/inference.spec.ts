import { test, expect, chartSlotSvg, openEmbed, typeRefused, withoutJavaScript } from "./fixtures.ts";

const id = "inference";
const charts = chartSlotSvg(id);

test("with JavaScript off the embed page shows both charts as SVG, the readouts and the formula", async ({ browser }) => {
  test.setTimeout(60_000);
  await withoutJavaScript(
    browser,
    id,
    async (page) => {
      await expect(page.getByTestId("inference-memory-batch")).toHaveText("30");
      await expect(page.getByTestId("inference-critical")).toHaveText("153");
      await expect(page.locator(`#widget-${id} .katex-display math`).first()).toBeAttached();
    },
    { charts: 2, mark: "path" },
  );
});

test("typing a batch of 16 raises the throughput, lowers the cost and writes the URL; reloading restores it", async ({ guarded: page }) => {
  await openEmbed(page, id);
  const before = await page.locator(charts).first().innerHTML();
  const tps = await page.getByTestId("inference-throughput").textContent();
  const cost = await page.getByTestId("inference-cost").textContent();
  await page.getByRole("textbox", { name: "Batch (sequences at once)" }).fill("16");
  await expect(page).toHaveURL(/inference\.b=16/);
  await expect(page.getByTestId("inference-throughput")).not.toHaveText(tps!);
  await expect(page.getByTestId("inference-cost")).not.toHaveText(cost!);
  await expect.poll(() => page.locator(charts).first().innerHTML()).not.toBe(before);
  const after = await page.getByTestId("inference-throughput").textContent();
  await page.reload();
  await expect(page.getByRole("textbox", { name: "Batch (sequences at once)" })).toHaveValue("16");
  await expect(page.getByTestId("inference-throughput")).toHaveText(after!);
});

test("a batch past the memory limit warns that it does not fit; a URL state loads", async ({ guarded: page }) => {
  await openEmbed(page, id, { query: "?inference.b=64&inference.ctx=32768&inference.model=llama-3-8b&inference.hw=H100" });
  await expect(page.getByRole("combobox", { name: "Model" })).toHaveValue("llama-3-8b");
  await expect(page.getByTestId("inference-memory-batch")).toHaveText("14");
  await expect(page.getByRole("status").filter({ hasText: "cannot run" })).toBeVisible();
});

test("nonsense in the context field shows a message beside it, in Chinese", async ({ guarded: page }) => {
  await openEmbed(page, id, { lang: "zh" });
  await typeRefused(page.getByRole("textbox", { name: "每条序列的上下文（token）" }), "很长", "无法识别“很长”");
  await expect(page.getByTestId("inference-memory-batch")).toHaveText("30");
});

test("a malformed batch in the URL falls back to 1 and says so; the embed page stands alone", async ({ guarded: page }) => {
  await openEmbed(page, id, { query: "?inference.b=0" });
  await expect(page.getByRole("status").filter({ hasText: "was not understood" })).toContainText("“b” (0) was not understood");
  await expect(page.getByRole("textbox", { name: "Batch (sequences at once)" })).toHaveValue("1");
  await expect(page.getByRole("banner")).toHaveCount(0);
  await expect(page.getByRole("figure", { name: "Serving a model, one token at a time" })).toBeVisible();
});
