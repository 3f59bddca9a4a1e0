import type { Page } from "@playwright/test";
import { test, expect as baseExpect, hydrated as hydratedSoon } from "./fixtures.ts";

// Generous timeouts: these pages hydrate in well under a second on a quiet machine, but shared CI
// machines can be many times slower, and a timeout there says nothing about the widget.
test.describe.configure({ timeout: 90_000 });
const expect = baseExpect.configure({ timeout: 20_000 });

/** `hydrated` from the fixtures, after waiting patiently for the island to hydrate. */
async function hydrated(page: Page, widgetId: string): Promise<void> {
  const island = page.locator(`#widget-${widgetId} astro-island`);
  await island.hover();
  await expect(island).not.toHaveAttribute("ssr", /.*/, { timeout: 30_000 });
  await hydratedSoon(page, widgetId);
}

const id = "model-timeline";
const chart = `#widget-${id} .chart-slot svg[aria-label]:visible`;

test("with JavaScript off the embed page shows the models, their tooltips and the compute doubling time", async ({ browser }) => {
  for (const [lang, name, months] of [
    ["en", "Training compute of notable models over time", "14 months"],
    ["zh", "重要模型的训练算力随时间的变化", "14 个月"],
  ]) {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${lang}/embed/${id}/`);
    const svg = page.locator(`#widget-${id} svg[aria-label="${name}"]:visible`);
    await expect(svg).toHaveCount(1);
    expect(await svg.locator("circle").count()).toBeGreaterThan(30);
    await expect(svg.locator("title").first()).toBeAttached();
    expect(await svg.locator("title").allTextContents()).toContain(
      lang === "en" ? "GPT-3 175B\nOpenAI · 2020-05\n3.14 × 10²³ FLOPs\nSource: arxiv.org/abs/2005.14165" : "GPT-3 175B\nOpenAI · 2020-05\n3.14 × 10²³ FLOPs\n来源：arxiv.org/abs/2005.14165",
    );
    await expect(page.getByTestId("timeline-doubling")).toHaveText(months);
    await context.close();
  }
});

test("switching to parameters and filtering changes the chart, the readout and the URL; reloading restores them", async ({ guarded: page }) => {
  await page.goto(`en/embed/${id}/`);
  await hydrated(page, id);
  const doubling = await page.getByTestId("timeline-doubling").textContent();
  await page.getByRole("button", { name: "Parameters", exact: true }).click();
  await expect(page).toHaveURL(/model-timeline\.metric=params/);
  await expect(page.locator(`#widget-${id} svg[aria-label="Parameters of notable models over time"]`)).toHaveCount(1);
  await expect(page.getByRole("button", { name: "Parameters", exact: true })).toHaveAttribute("aria-pressed", "true");
  await page.getByRole("combobox", { name: "Organisation" }).selectOption("Meta");
  await expect(page).toHaveURL(/model-timeline\.org=Meta/);
  await expect(page.getByTestId("timeline-count")).toHaveText("6");
  await page.getByRole("checkbox", { name: "Open weights only" }).check();
  await expect(page).toHaveURL(/model-timeline\.open=1/);
  await page.getByRole("button", { name: "Open weights", exact: true }).click();
  await expect(page).toHaveURL(/model-timeline\.color=open/);
  const after = await page.getByTestId("timeline-doubling").textContent();
  expect(after).not.toBe(doubling);
  // Let the first load finish (favicon included) so the reload does not abort a request.
  await page.waitForLoadState("networkidle");
  await page.reload();
  await expect(page.getByRole("combobox", { name: "Organisation" })).toHaveValue("Meta");
  await expect(page.getByRole("checkbox", { name: "Open weights only" })).toBeChecked();
  await expect(page.getByRole("button", { name: "Parameters", exact: true })).toHaveAttribute("aria-pressed", "true");
  await expect(page.getByTestId("timeline-doubling")).toHaveText(after!);
});

test("hovering a dot shows Plot's tip with the model's name, organisation, value and source", async ({ guarded: page }) => {
  await page.goto(`en/embed/${id}/`);
  await hydrated(page, id);
  const dot = page.locator(`${chart} g[data-mark="dot"] circle`).first();
  await dot.hover();
  // Plot re-renders the tip on pointer moves, so it may carry its aria-label again or the data-mark it was given.
  const tip = page.locator(`${chart} :is(g[aria-label="tip"], g[data-mark="tip"])`);
  await expect(tip).toContainText("T5-11B");
  await expect(tip).toContainText("Google · 2019-10");
  await expect(tip).toContainText("Source:");
});

test("filters that match nothing say so, and a malformed value in the URL falls back with a note", async ({ guarded: page }) => {
  await page.goto(`en/embed/${id}/?model-timeline.org=OpenAI&model-timeline.open=1`);
  await expect(page.getByText("No model matches these filters.")).toBeVisible();
  await expect(page.locator(chart)).toHaveCount(1);
  expect(await page.locator(chart).innerHTML()).not.toContain("NaN");
  await page.goto(`zh/embed/${id}/?model-timeline.org=Nobody&model-timeline.metric=flops`);
  await expect(page.getByRole("status").filter({ hasText: "链接中“org”的值（Nobody）无法识别" })).toBeVisible();
  await expect(page.getByRole("combobox", { name: "机构" })).toHaveValue("all");
  await expect(page.getByRole("button", { name: "训练算力" })).toHaveAttribute("aria-pressed", "true");
});
