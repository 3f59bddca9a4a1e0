/**
 * What a reader sees, compared pixel by pixel with committed baselines (`visual.spec.ts-snapshots/`):
 * the home page, each essay's first view, a display formula, and every widget's default state (its
 * embed page), at 1280 px and 320 px, light and dark, English and Chinese.
 *
 * Baselines are made on this project's machines (Debian's Chromium, DejaVu and Noto CJK fonts from
 * `scripts/ensure-chromium.sh`), with animations and the caret off. After a change that is meant to
 * alter what readers see: `npm run build && npm run test:visual -- --update-snapshots`, look at every
 * changed PNG, and commit them with the change (README, "Visual baselines").
 */
import { test, expect, type Page } from "@playwright/test";
import { sitePages } from "./pages.ts";

const WIDTHS = [
  { name: "desktop", width: 1280, height: 800 },
  { name: "phone", width: 320, height: 640 },
] as const;
const THEMES = ["light", "dark"] as const;
const LANGS = ["en", "zh"] as const;

const all = sitePages();
const essays = [...new Set(all.filter((p) => p.kind === "essay" && p.lang === "en").map((p) => p.path.split("/")[1]))];
const widgets = [...new Set(all.filter((p) => p.kind === "embed" && p.lang === "en").map((p) => p.path.split("/")[2]))];

/** Same pixels every run: fonts loaded, images decoded, nothing still moving. */
async function settle(page: Page): Promise<void> {
  await page.waitForLoadState("networkidle");
  await page.evaluate(async () => {
    await document.fonts.ready;
    await Promise.all([...document.images].map((img) => img.decode().catch(() => undefined)));
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  });
}

/**
 * One screenshot each, after `settle`: toHaveScreenshot's retake-until-stable loop doubles the time of a
 * full-page capture in software rendering, and the page is already still.
 */
const shot = { animations: "disabled", caret: "hide", scale: "css" } as const;
const same = { maxDiffPixelRatio: 0.002 };

test.describe.configure({ timeout: 60_000 });

for (const lang of LANGS) {
  for (const theme of THEMES) {
    for (const size of WIDTHS) {
      test.describe(`${lang}, ${theme}, ${size.width} px`, () => {
        test.use({ viewport: { width: size.width, height: size.height }, colorScheme: theme });

        test("home page", async ({ page }) => {
          await page.goto(`${lang}/`);
          await settle(page);
          expect(await page.screenshot({ ...shot, fullPage: true })).toMatchSnapshot(`home-${lang}-${theme}-${size.name}.png`, same);
        });

        for (const slug of essays) {
          test(`essay ${slug}: first view`, async ({ page }) => {
            await page.goto(`${lang}/${slug}/`);
            await settle(page);
            expect(await page.screenshot(shot)).toMatchSnapshot(`essay-${slug}-${lang}-${theme}-${size.name}.png`, same);
          });
        }

        test("a display formula (power-law, Kaplan's law)", async ({ page }) => {
          await page.goto(`${lang}/power-law/#kaplan-ln`);
          await settle(page);
          const formula = page.locator("#kaplan-ln ~ .katex-display").first();
          expect(await formula.screenshot(shot)).toMatchSnapshot(`formula-${lang}-${theme}-${size.name}.png`, same);
        });

        for (const id of widgets) {
          test(`widget ${id}: default state`, async ({ page }) => {
            await page.goto(`${lang}/embed/${id}/`);
            await settle(page);
            expect(await page.screenshot({ ...shot, fullPage: true })).toMatchSnapshot(`widget-${id}-${lang}-${theme}-${size.name}.png`, same);
          });
        }
      });
    }
  }
}
