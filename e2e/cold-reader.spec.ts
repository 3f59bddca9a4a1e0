/**
 * A cold reader: a slow phone (CPU throttled 4× through the Chrome DevTools Protocol) that acts the
 * moment the page has loaded, before any island is live. Islands hydrate on first interaction
 * (`client:interact`), so whatever the reader does while the island's code is on its way must not be
 * lost: it is recorded by the directive and replayed into the live island (src/directives/earlyInput.ts).
 *
 * To be sure each action lands before hydration, not merely probably, the island's code (every
 * `/_astro/*.js` request) is held back until the reader has finished acting; the test checks that the
 * island was still server-rendered then. Once the code arrives, the state must reach the control, the
 * widget's output (chart or readout) and the URL, and stay there.
 */
import type { Page } from "@playwright/test";
import { test, expect } from "./fixtures.ts";
import { widgetSignature } from "./pages.ts";

interface Scenario {
  widget: string;
  essay: string;
  /** What the reader does, in words, for the test's name. */
  does: string;
  /** What the reader does, on the widget's figure (`#widget-<id>`). */
  act(page: Page, figure: string): Promise<void>;
  /** What the control must show afterwards (checked after hydration). */
  expectControl(page: Page, figure: string): Promise<void>;
}

/** Select the first text field's contents, type `value`, press Enter. */
const typeInto = (value: string, nth = 0): Pick<Scenario, "does" | "act" | "expectControl"> => ({
  does: `types ${value} and presses Enter`,
  async act(page, figure) {
    const field = page.locator(`${figure} input[type=text]`).nth(nth);
    await field.click();
    await field.press("ControlOrMeta+a");
    await field.pressSequentially(value);
    await field.press("Enter");
  },
  async expectControl(page, figure) {
    await expect(page.locator(`${figure} input[type=text]`).nth(nth)).toHaveValue(value);
  },
});

/** Pick the `<select>`'s option at `index` (the first select in the widget unless `nth`). */
const choose = (index: number, nth = 0): Pick<Scenario, "does" | "act" | "expectControl"> => {
  let chosen = "";
  return {
    does: "picks an option",
    async act(page, figure) {
      const select = page.locator(`${figure} select`).nth(nth);
      chosen = (await select.locator("option").nth(index).getAttribute("value")) ?? "";
      await select.focus();
      await select.selectOption(chosen);
    },
    async expectControl(page, figure) {
      await expect(page.locator(`${figure} select`).nth(nth)).toHaveValue(chosen);
    },
  };
};

const SCENARIOS: Scenario[] = [
  { widget: "power-law", essay: "power-law", ...typeInto("1T") },
  {
    widget: "power-law",
    essay: "power-law",
    does: "moves its slider three steps with the keyboard",
    async act(page, figure) {
      const slider = page.locator(`${figure} input[type=range]`).first();
      await slider.focus();
      for (let i = 0; i < 3; i++) await slider.press("ArrowRight");
    },
    async expectControl(page, figure) {
      await expect(page.locator(`${figure} input[type=text]`).first()).not.toHaveValue("1B");
    },
  },
  { widget: "compute-optimal", essay: "compute-optimal", ...typeInto("1e25") },
  { widget: "fit", essay: "compute-optimal", ...typeInto("1e24") },
  { widget: "diminishing-returns", essay: "diminishing-returns", ...typeInto("1B") },
  { widget: "memory", essay: "diminishing-returns", ...typeInto("70B") },
  { widget: "roofline", essay: "diminishing-returns", ...typeInto("64") },
  { widget: "training-cost", essay: "diminishing-returns", ...typeInto("70B") },
  { widget: "attention-vs-ssm", essay: "beyond-dense-scaling", ...typeInto("32K") },
  { widget: "data-constrained", essay: "beyond-dense-scaling", ...typeInto("50B") },
  { widget: "moe", essay: "beyond-dense-scaling", ...typeInto("16") },
  { widget: "inference", essay: "next-variable", ...typeInto("16", 1) },
  { widget: "parallelism", essay: "diminishing-returns", ...typeInto("32", 5) },
  { widget: "param-counter", essay: "why-parameters-grow", ...choose(2) },
  {
    widget: "model-timeline",
    essay: "why-parameters-grow",
    does: "presses a toggle button",
    async act(page, figure) {
      await page.locator(`${figure} button[aria-pressed="false"]`).first().click();
    },
    async expectControl(page, figure) {
      await expect(page.locator(`${figure} button[aria-pressed]`).first()).toHaveAttribute("aria-pressed", "true");
    },
  },
];

test.describe.configure({ timeout: 60_000 });

for (const lang of ["en", "zh"] as const) {
  for (const s of SCENARIOS) {
    test(`${lang}/${s.essay}: a cold reader who ${s.does} in ${s.widget} before it hydrates keeps it (control, output, URL)`, async ({ guarded: page }) => {
      const cdp = await page.context().newCDPSession(page);
      await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });

      const figure = `#widget-${s.widget}`;
      await page.goto(`${lang}/${s.essay}/`, { waitUntil: "load" });
      // From here on, hold back the code that an island asks for until the reader has acted (the page's
      // own scripts ran before \`load\`).
      let release!: () => void;
      const gate = new Promise<void>((r) => (release = r));
      await page.route(/\/_astro\/.*\.js$/, async (route) => {
        await gate;
        await route.continue();
      });
      await page.locator(figure).scrollIntoViewIfNeeded();
      const before = await widgetSignature(page, figure);
      const started = Date.now();
      await s.act(page, figure);
      const cold = await page.locator(`${figure} astro-island[ssr]`).count();
      expect(cold, "the island was not yet live while the reader acted").toBeGreaterThan(0);
      test.info().annotations.push({ type: "acted", description: `${Date.now() - started} ms of input before hydration` });
      release();

      await expect(page.locator(`${figure} astro-island[ssr]`), "the island hydrates once its code arrives").toHaveCount(0, { timeout: 20_000 });
      await expect
        .poll(() => new URL(page.url()).searchParams.toString(), { message: "the state reached the URL", timeout: 10_000 })
        .toContain(`${s.widget}.`);
      await expect.poll(() => widgetSignature(page, figure), { message: "the state reached the chart or readout", timeout: 10_000 }).not.toBe(before);
      // And stays: no later render puts the default back.
      await page.evaluate(() => new Promise((r) => setTimeout(r, 500)));
      await s.expectControl(page, figure);
      expect(new URL(page.url()).searchParams.toString()).toContain(`${s.widget}.`);
      await cdp.send("Emulation.setCPUThrottlingRate", { rate: 1 });
    });
  }
}

// The lab's Start changes no URL state, so it is not one of the scenarios above: a press before
// hydration must still start training once the island's code arrives.
test("a cold reader who presses the lab's Start before it hydrates starts training", async ({ guarded: page }) => {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  const figure = "#widget-lab";
  await page.goto("en/embed/lab/", { waitUntil: "load" });
  let release!: () => void;
  const gate = new Promise<void>((r) => (release = r));
  await page.route(/\/_astro\/.*\.js$/, async (route) => {
    await gate;
    await route.continue();
  });
  await page.locator(`${figure} button`, { hasText: "Start training" }).click();
  expect(await page.locator(`${figure} astro-island[ssr]`).count(), "the island was not yet live while the reader acted").toBeGreaterThan(0);
  release();
  await expect(page.locator(`${figure} astro-island[ssr]`)).toHaveCount(0, { timeout: 20_000 });
  await expect(page.getByTestId("lab-status")).toHaveText("Training…", { timeout: 10_000 });
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 1 });
  await page.getByRole("button", { name: "Cancel" }).click();
  await expect(page.getByTestId("lab-status")).toContainText("Cancelled.", { timeout: 20_000 });
});
