/**
 * A long essay's sections are laid out only as the reader nears them (`content-visibility: auto`,
 * src/markdown/rehypeSections.ts). These tests are about what that could break for a reader: landing
 * on a link to a section far down the page, scrolling back up into sections never drawn, and reading
 * with JavaScript off (the skipping is CSS only).
 */
import { test, expect } from "./fixtures.ts";
import type { Page } from "@playwright/test";

/** The longest essay in each language (the one the skipping is for), and the last section in it. */
const LONG = "diminishing-returns";

async function lastSectionId(page: Page): Promise<string> {
  return page.locator(".essay-section > h2[id]").last().getAttribute("id") as Promise<string>;
}

for (const lang of ["en", "zh"] as const) {
  test(`/${lang}/${LONG}/: a link to its last section lands on that heading and stays there as the sections above are drawn`, async ({ guarded: page }) => {
    await page.goto(`${lang}/${LONG}/`);
    const id = await lastSectionId(page);
    // A new visit, as from a course page or a shared link.
    await page.goto(`about:blank`);
    await page.goto(`${lang}/${LONG}/#${id}`);
    const heading = page.locator(`h2#${id}`);
    await expect(heading).toBeInViewport();
    // Scroll up through two screens of sections that were skipped when the page opened: each is drawn
    // as it comes near, and scrolling back down returns to the heading.
    const before = (await heading.boundingBox())!.y;
    expect(before, "the heading is at the top of the window").toBeLessThan(200);
    await page.mouse.wheel(0, -1800);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    const drawn = await page.evaluate(() => {
      const middle = document.elementFromPoint(innerWidth / 2, innerHeight / 2);
      return middle?.closest(".essay-section")?.checkVisibility({ contentVisibilityAuto: true }) ?? null;
    });
    expect(drawn, "the section under the middle of the window is drawn").toBe(true);
    await page.mouse.wheel(0, 1800);
    await expect.poll(async () => Math.abs((await heading.boundingBox())!.y - before)).toBeLessThan(40);
  });
}

test(`/zh/${LONG}/ without JavaScript: every section's text is on the page and one far down is drawn when scrolled to`, async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 800 } });
  const page = await context.newPage();
  await page.goto(`zh/${LONG}/`);
  const sections = page.locator(".essay-section");
  expect(await sections.count()).toBeGreaterThan(3);
  const last = sections.last();
  // Skipped, yet in the document: find-in-page and assistive technology still reach its text.
  expect(await last.evaluate((s) => s.checkVisibility({ contentVisibilityAuto: true }) && !s.firstElementChild!.checkVisibility({ contentVisibilityAuto: true }))).toBe(true);
  expect((await last.textContent())!.length).toBeGreaterThan(100);
  await last.locator("h2").scrollIntoViewIfNeeded();
  await expect(last.locator("h2")).toBeInViewport();
  await expect.poll(() => last.locator("h2").evaluate((h) => h.checkVisibility({ contentVisibilityAuto: true }))).toBe(true);
  await context.close();
});
