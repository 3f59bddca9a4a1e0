import { test, expect, hydrated } from "./fixtures.ts";

const id = "inference";
const charts = `#widget-${id} .chart-slot svg:visible`;

test("with JavaScript off the embed page shows both charts as SVG, the readouts and the formula", async ({ browser }) => {
  test.setTimeout(60_000);
  for (const lang of ["en", "zh"]) {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${lang}/embed/${id}/`);
    await expect(page.locator(charts)).toHaveCount(2);
    await expect(page.locator(`${charts} path`).first()).toBeAttached();
    await expect(page.getByTestId("inference-memory-batch")).toHaveText("30");
    await expect(page.getByTestId("inference-critical")).toHaveText("153");
    await expect(page.locator(`#widget-${id} .katex-display math`).first()).toBeAttached();
    await context.close();
  }
});

test("typing a batch of 16 raises the throughput, lowers the cost and writes the URL; reloading restores it", async ({ guarded: page }) => {
  await page.goto(`en/embed/${id}/`);
  await hydrated(page, id);
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
  await page.goto(`en/embed/${id}/?inference.b=64&inference.ctx=32768&inference.model=llama-3-8b&inference.hw=H100`);
  await hydrated(page, id);
  await expect(page.getByRole("combobox", { name: "Model" })).toHaveValue("llama-3-8b");
  await expect(page.getByTestId("inference-memory-batch")).toHaveText("14");
  await expect(page.getByRole("status").filter({ hasText: "cannot run" })).toBeVisible();
});

test("nonsense in the context field shows a message beside it, in Chinese", async ({ guarded: page }) => {
  await page.goto(`zh/embed/${id}/`);
  await hydrated(page, id);
  const field = page.getByRole("textbox", { name: "每条序列的上下文（token）" });
  await field.fill("很长");
  await expect(page.getByRole("alert")).toContainText("无法识别“很长”");
  await expect(field).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByTestId("inference-memory-batch")).toHaveText("30");
});

test("a malformed batch in the URL falls back to 1 and says so; the embed page stands alone", async ({ guarded: page }) => {
  await page.goto(`en/embed/${id}/?inference.b=0`);
  await hydrated(page, id);
  await expect(page.getByRole("status").filter({ hasText: "was not understood" })).toContainText("“b” (0) was not understood");
  await expect(page.getByRole("textbox", { name: "Batch (sequences at once)" })).toHaveValue("1");
  await expect(page.getByRole("banner")).toHaveCount(0);
  await expect(page.getByRole("figure", { name: "Serving a model, one token at a time" })).toBeVisible();
});
