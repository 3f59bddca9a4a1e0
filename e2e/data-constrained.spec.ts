import { test, expect, hydrated } from "./fixtures.ts";

const id = "data-constrained";
const charts = `#widget-${id} .chart-slot svg:visible`;

test("with JavaScript off the embed page shows both charts as SVG, the readouts and the formula", async ({ browser }) => {
  test.setTimeout(60_000);
  for (const lang of ["en", "zh"]) {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${lang}/embed/${id}/`);
    await expect(page.locator(charts)).toHaveCount(2);
    await expect(page.locator(`${charts} path`).first()).toBeAttached();
    await expect(page.getByTestId("data-constrained-worth")).toHaveText("93%");
    await expect(page.getByTestId("data-constrained-effective")).toHaveText(lang === "en" ? "373B" : "3730亿");
    await expect(page.locator(`#widget-${id} .katex-display math`).first()).toBeAttached();
    await context.close();
  }
});

test("typing 40 epochs changes the charts, the readouts and the URL; reloading restores them", async ({ guarded: page }) => {
  await page.goto(`en/embed/${id}/`);
  await hydrated(page, id);
  const before = await page.locator(charts).first().innerHTML();
  await page.getByRole("textbox", { name: "Epochs (passes over the data)" }).fill("40");
  await expect(page).toHaveURL(/data-constrained\.e=40/);
  await expect.poll(() => page.locator(charts).first().innerHTML()).not.toBe(before);
  await expect(page.getByTestId("data-constrained-worth")).toHaveText("38%");
  const loss = await page.getByTestId("data-constrained-loss").textContent();
  await page.reload();
  await expect(page.getByRole("textbox", { name: "Epochs (passes over the data)" })).toHaveValue("40");
  await expect(page.getByTestId("data-constrained-loss")).toHaveText(loss!);
});

test("the unique-tokens slider moves the effective data; 1000亿 is read and nonsense shows a message (zh)", async ({ guarded: page }) => {
  await page.goto(`zh/embed/${id}/`);
  await hydrated(page, id);
  const slider = page.getByRole("slider", { name: "不重复 token 数" });
  await slider.focus();
  for (let i = 0; i < 10; i++) await slider.press("ArrowRight");
  await expect(page).toHaveURL(/data-constrained\.u=/);
  await expect(page.getByTestId("data-constrained-effective")).not.toHaveText("3730亿");
  const field = page.getByRole("textbox", { name: "不重复 token 数" });
  await field.fill("1000亿");
  await expect(page.getByTestId("data-constrained-effective")).toHaveText("3730亿");
  await field.fill("无限");
  await expect(page.getByRole("alert")).toContainText("无法识别“无限”");
  await expect(field).toHaveAttribute("aria-invalid", "true");
});

test("an out-of-range epoch count in the URL falls back to 4 and says so; the embed page stands alone", async ({ guarded: page }) => {
  await page.goto(`en/embed/${id}/?data-constrained.e=0`);
  await hydrated(page, id);
  await expect(page.getByRole("status")).toContainText("“e” (0) was not understood");
  await expect(page.getByRole("textbox", { name: "Epochs (passes over the data)" })).toHaveValue("4");
  await expect(page.getByRole("banner")).toHaveCount(0);
  await expect(page.getByRole("figure", { name: "Repeating data" })).toBeVisible();
});
