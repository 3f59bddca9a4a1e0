/**
 * The lab in Chromium against the built site. CI time is precious: one quick-preset experiment is
 * trained once (cancelled part-way, resumed, finished), and every check that needs trained runs reads
 * that one session; the other tests never start the worker.
 */
import type { Page } from "@playwright/test";
import { test, expect as baseExpect } from "./fixtures.ts";

const expect = baseExpect.configure({ timeout: 20_000 });
const figure = "#widget-lab";

async function hydrate(page: Page) {
  const island = page.locator(`${figure} astro-island`).first();
  await island.hover();
  await expect(island).not.toHaveAttribute("ssr", /.*/, { timeout: 30_000 });
}

/** Finished runs the island keeps in sessionStorage for the current plan. */
async function keptRuns(page: Page): Promise<number> {
  return page.evaluate(() => {
    for (let i = 0; i < sessionStorage.length; i++) {
      const key = sessionStorage.key(i)!;
      if (key.startsWith("lab:")) return Object.keys(JSON.parse(sessionStorage.getItem(key) ?? "{}")).length;
    }
    return 0;
  });
}

test("the quick preset trains to the end, survives Cancel, Resume, a reload and Restart, and draws the curves and the fit", async ({ guarded: page }) => {
  // About 90 s on a quiet 2-core machine; far more when the machine is shared, hence the margin.
  test.setTimeout(240_000);
  await page.goto("en/embed/lab/");
  await hydrate(page);
  const started = Date.now();
  await page.getByRole("button", { name: "Start training" }).click();
  await expect(page.getByTestId("lab-status")).toHaveText("Training…");
  await expect(page.getByTestId("lab-backend")).toContainText("Trained with", { timeout: 60_000 });

  // Cancel once two runs are done: they are kept, and Resume trains only the rest.
  await baseExpect.poll(() => keptRuns(page), { timeout: 120_000 }).toBeGreaterThanOrEqual(2);
  await page.getByRole("button", { name: "Cancel" }).click();
  await expect(page.getByTestId("lab-status")).toContainText(/Cancelled\. \d of \d+ runs finished and are kept/);
  const kept = await keptRuns(page);
  expect(kept).toBeGreaterThanOrEqual(2);
  await expect(page.locator(`${figure} [data-testid="lab-live-charts"] svg`).first()).toBeVisible();
  await page.getByRole("button", { name: "Resume" }).click();
  await expect(page.getByTestId("lab-status")).toHaveText(/Done: every run trained/, { timeout: 180_000 });
  const took = `${Math.round((Date.now() - started) / 1000)} s from Start to Done, cancel and resume included`;
  test.info().annotations.push({ type: "quick preset", description: took });
  console.log(`quick preset: ${took}`);

  // The curves, the size chart with its fit, the exponent beside Kaplan's, MFU and the downloads.
  await expect(page.locator(`${figure} [data-testid="lab-live-charts"] svg[aria-label="Held-out loss while training"]`).first()).toBeVisible();
  await expect(page.locator(`${figure} [data-testid="lab-live-charts"] svg[aria-label="Final loss against model size"]`).first()).toBeVisible();
  await expect(page.getByTestId("lab-fit")).toContainText(/α = −?\d/);
  await expect(page.getByTestId("lab-fit")).toContainText("0.076");
  await expect(page.getByTestId("lab-fit").getByRole("link", { name: /Kaplan et al\., 2020/ })).toBeVisible();
  await expect(page.getByTestId("lab-percent")).toHaveText("100%");
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Runs (CSV)" }).click();
  expect((await download).suggestedFilename()).toBe("lab-size-runs.csv");
  await expect(page.getByTestId("lab-fit-link")).toHaveAttribute("href", /compute-optimal\/\?fit\.model=powerlaw#widget-fit$/);

  // A reload keeps the finished runs of this plan.
  await page.reload();
  await hydrate(page);
  await expect(page.getByTestId("lab-status")).toContainText(/(\d+) of \1 runs finished earlier/);
  await expect(page.getByTestId("lab-fit")).toContainText(/α = −?\d/);

  // Restart trains from scratch: the kept runs are forgotten.
  await page.getByRole("button", { name: "Restart from scratch" }).click();
  await expect(page.getByTestId("lab-status")).toHaveText("Training…");
  await baseExpect.poll(() => keptRuns(page)).toBeLessThan(kept);
  await page.getByRole("button", { name: "Cancel" }).click();
  await expect(page.getByTestId("lab-status")).toContainText("Cancelled.");
});

test("with JavaScript off the embed shows the reference run's charts, labelled as the reference", async ({ browser }) => {
  for (const [lang, caption, curves, size, valleys] of [
    ["en", "Reference run, not yours", "Held-out loss while training", "Final loss against model size", "IsoFLOP valleys"],
    ["zh", "这是参考结果", "训练过程中的留出损失", "最终损失与模型规模", "等算力曲线的谷底"],
  ] as const) {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${lang}/embed/lab/`);
    const reference = page.getByTestId("lab-reference");
    await expect(reference).toContainText(caption);
    await expect(reference).toContainText(/seed \d+|随机种子 \d+/);
    for (const title of [curves, size]) {
      await expect(reference.locator(`svg[aria-label="${title}"]:visible`)).toHaveCount(1);
      await expect(reference.locator(`svg[aria-label="${title}"]:visible path`).first()).toBeAttached();
    }
    // Experiment 2 cannot be picked without JavaScript: its reference is shown as well.
    await expect(page.getByTestId("lab-reference-budget").locator(`svg[aria-label="${valleys}"]:visible`)).toHaveCount(1);
    await context.close();
  }
});

test("a link with a malformed setting shows the default experiment and says so", async ({ guarded: page }) => {
  await page.goto("en/embed/lab/?lab.preset=huge");
  await expect(page.locator(figure)).toContainText("was not understood");
  await expect(page.getByLabel("Preset")).toHaveValue("quick");
  await expect(page.getByRole("button", { name: "Start training" })).toBeEnabled();
});

test("an out-of-range width is explained in the reader's language before anything starts", async ({ guarded: page }) => {
  const workers: string[] = [];
  page.on("worker", (w) => workers.push(w.url()));
  await page.goto("en/embed/lab/?lab.widths=8,16,32,4096");
  await expect(page.getByRole("alert").filter({ hasText: "4096" })).toContainText("from 8 to 256");
  await expect(page.getByRole("button", { name: "Start training" })).toBeDisabled();
  await page.goto("zh/embed/lab/?lab.widths=8,16,32,4096");
  await expect(page.getByRole("alert").filter({ hasText: "4096" })).toContainText("8 到 256");
  await expect(page.getByRole("button", { name: "开始训练" })).toBeDisabled();
  expect(workers, "no training worker was created").toEqual([]);
});
