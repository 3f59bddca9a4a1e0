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
      // The section, and the block in it under the middle of the window, with what that block holds.
      const block = middle?.closest(".essay-section > *");
      return block ? (block.firstElementChild ?? block).checkVisibility({ contentVisibilityAuto: true }) : null;
    });
    expect(drawn, "the block under the middle of the window is drawn").toBe(true);
    await page.mouse.wheel(0, 1800);
    await expect.poll(async () => Math.abs((await heading.boundingBox())!.y - before)).toBeLessThan(40);
  });
}

/**
 * Scrolls up in wheel steps of 100 px and returns, for each step, how far the text under the middle of
 * the window moved on screen beyond those 100 px: what a reader sees as a jump.
 */
async function jumpsScrollingUp(page: Page, steps: number): Promise<number[]> {
  const jumps: number[] = [];
  for (let i = 0; i < steps; i++) {
    const before = await page.evaluate(() => {
      const el = document.elementFromPoint(innerWidth / 2, innerHeight / 2)!;
      (window as unknown as { ref: Element }).ref = el;
      return el.getBoundingClientRect().top;
    });
    await page.mouse.wheel(0, -100);
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const after = await page.evaluate(() => (window as unknown as { ref: Element }).ref.getBoundingClientRect().top);
    jumps.push(Math.round(Math.abs(after - before - 100)));
  }
  return jumps;
}

for (const lang of ["en", "zh"] as const) {
  test(`/${lang}/${LONG}/: a reader who goes to the end before the page has loaded and then scrolls back up sees the text move only as they scroll`, async ({ guarded: page }) => {
    await page.setViewportSize({ width: 390, height: 800 });
    // A reader who does not wait for the page to load: while it loads, even the blocks of a drawn
    // section wait until they come near the screen (Essay.astro), and the reader's first key ends that.
    await page.goto(`${lang}/${LONG}/`, { waitUntil: "domcontentloaded" });
    await page.mouse.move(195, 400);
    await page.keyboard.press("End");
    await expect(page.locator("html")).not.toHaveClass(/skip-blocks/);
    // Far down the page (the end itself moves as the sections near it are drawn).
    await expect.poll(() => page.evaluate(() => scrollY > document.documentElement.scrollHeight / 2)).toBe(true);
    const jumps = await jumpsScrollingUp(page, 60);
    expect(jumps.filter((j) => j > 3), `jumps of the text under the reader's eyes (px, per 100 px step): ${jumps.join(" ")}`).toEqual([]);
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
