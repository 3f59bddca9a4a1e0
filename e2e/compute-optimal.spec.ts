import { test, expect, hydrated } from "./fixtures.ts";

const id = "compute-optimal";
const charts = `#widget-${id} .chart-slot svg:visible`;

test("with JavaScript off the embed page shows both charts as SVG, the readouts and the formula", async ({ browser }) => {
  test.setTimeout(60_000);
  for (const lang of ["en", "zh"]) {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${lang}/embed/${id}/`);
    await expect(page.locator(charts)).toHaveCount(2);
    await expect(page.locator(`${charts} path`).first()).toBeAttached();
    await expect(page.locator(charts).first()).toHaveAttribute("aria-label", lang === "en" ? "Loss against model size at fixed compute" : "固定算力下损失随模型规模的变化");
    await expect(page.getByTestId("compute-optimal-params")).toHaveText(lang === "en" ? "67.9B" : "679亿");
    await expect(page.getByTestId("compute-optimal-ratio")).toHaveText("20.8");
    await expect(page.locator(`#widget-${id} .katex-display math`).first()).toBeAttached();
    await context.close();
  }
});

test("choosing Kaplan's rule changes the charts, the readouts and the URL; reloading restores it", async ({ guarded: page }) => {
  await page.goto(`en/embed/${id}/`);
  await hydrated(page, id);
  const before = await page.locator(charts).first().innerHTML();
  const rule = page.getByRole("combobox", { name: "Allocation rule" });
  await rule.selectOption("kaplan2020");
  await expect(page).toHaveURL(/compute-optimal\.rule=kaplan2020/);
  await expect.poll(() => page.locator(charts).first().innerHTML()).not.toBe(before);
  await expect(page.getByTestId("compute-optimal-params")).toHaveText("485B");
  await expect(page.getByTestId("compute-optimal-ratio")).toHaveText("0.408");
  await page.reload();
  await expect(rule).toHaveValue("kaplan2020");
  await expect(page.getByTestId("compute-optimal-params")).toHaveText("485B");
});

test("moving the budget slider changes the optimum; 3.14e23 typed in the field is read; nonsense shows a message", async ({ guarded: page }) => {
  await page.goto(`en/embed/${id}/`);
  await hydrated(page, id);
  const slider = page.getByRole("slider", { name: "Training compute (FLOPs)" });
  await slider.focus();
  for (let i = 0; i < 10; i++) await slider.press("ArrowRight");
  await expect(page).toHaveURL(/compute-optimal\.c=/);
  await expect(page.getByTestId("compute-optimal-params")).not.toHaveText("67.9B");
  const field = page.getByRole("textbox", { name: "Training compute (FLOPs)" });
  await field.fill("3.14e23");
  await expect(page).toHaveURL(/compute-optimal\.c=3\.14e23/);
  await expect(page.getByTestId("compute-optimal-params")).toHaveText("50.2B");
  await field.fill("lots");
  await expect(page.getByRole("alert")).toContainText("“lots” is not a number");
  await expect(field).toHaveAttribute("aria-invalid", "true");
  await expect(page).toHaveURL(/compute-optimal\.c=3\.14e23/);
  await field.fill("1e30");
  await expect(page.getByRole("alert")).toContainText("Enter a value from");
});

test("a malformed budget in the URL falls back to Gopher's budget and says so (zh)", async ({ guarded: page }) => {
  await page.goto(`zh/embed/${id}/?compute-optimal.c=banana&compute-optimal.rule=besiroglu2024`);
  await hydrated(page, id);
  await expect(page.getByRole("status")).toContainText("“c”的值（banana）无法识别");
  await expect(page.getByRole("combobox", { name: "分配规则" })).toHaveValue("besiroglu2024");
  await expect(page.getByTestId("compute-optimal-params")).toHaveText("722亿");
});

test("the embed page renders the widget alone, with the models table and a link back to the essay", async ({ guarded: page }) => {
  await page.goto(`zh/embed/${id}/`);
  await expect(page.getByRole("banner")).toHaveCount(0);
  await expect(page.getByRole("figure", { name: "算力最优分配" })).toBeVisible();
  await expect(page.locator(charts).nth(1)).toHaveAttribute("aria-label", "真实模型与算力最优线");
  await page.getByText("数据表：真实模型与算力最优线").click();
  await expect(page.getByRole("row", { name: /Chinchilla/ })).toContainText("接近最优");
  await expect(page.getByRole("row", { name: /GPT-3 175B/ })).toContainText("训练不足");
  await expect(page.getByRole("link", { name: "在文章中打开" })).toHaveAttribute("href", /compute-optimal\/#widget-compute-optimal/);
});
