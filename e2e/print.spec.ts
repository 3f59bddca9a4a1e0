import { test, expect } from "@playwright/test";

test("printing an essay gives a clean A4 document: charts kept, navigation and controls gone, links shown", async ({ page }) => {
  await page.goto("en/power-law/");
  await page.emulateMedia({ media: "print" });
  await expect(page.locator("#widget-power-law .chart-slot svg").first()).toBeVisible();
  await expect(page.locator(".site-header")).toBeHidden();
  await expect(page.locator(".toc")).toBeHidden();
  await expect(page.locator("#widget-power-law .widget-controls")).toBeHidden();
  // Every section and every block in it is laid out for paper, the last as much as the first (on screen
  // the far ones are skipped): what each block holds is drawn, unless the print sheet hides it.
  const sections = page.locator(".essay-section");
  expect(await sections.count()).toBeGreaterThan(2);
  const skipped = await sections.evaluateAll((all) =>
    all.flatMap((s) => [...s.children]).map((block) => block.firstElementChild)
      .filter((inner) => inner && getComputedStyle(inner).display !== "none" && !inner.checkVisibility({ contentVisibilityAuto: true }))
      .map((inner) => inner!.outerHTML.slice(0, 80)));
  expect(skipped).toEqual([]);
  const after = await page.locator(".references a").first().evaluate((a) => getComputedStyle(a, "::after").content);
  expect(after).toContain("http");

  const pdf = (await page.pdf({ format: "A4", printBackground: false })).toString("latin1");
  const pages = pdf.match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
  expect(pages).toBeGreaterThanOrEqual(2);
  expect(pages).toBeLessThanOrEqual(20);
  // A4 is 595 × 842 points.
  expect(pdf).toMatch(/\/MediaBox\s*\[\s*0\s+0\s+595\.\d+\s+841\.\d+\s*\]|\/MediaBox\s*\[\s*0\s+0\s+595\.\d+\s+842\.\d+\s*\]/);
});
