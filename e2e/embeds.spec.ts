import { test, expect } from "./fixtures.ts";
import { sitePages } from "./pages.ts";

/**
 * Every widget's embed page, in both languages (the list comes from the build): the widget alone, with
 * no site header, sized for a course page's iframe, and a link back that lands on the same widget in
 * its essay. The widgets' own specs test what each one computes.
 */
const embeds = sitePages().filter((p) => p.kind === "embed");

test("the build has an embed page for every widget in both languages", () => {
  const ids = (lang: string) => embeds.filter((p) => p.lang === lang).map((p) => p.path.split("/")[2]);
  expect(ids("en").length).toBeGreaterThan(0);
  expect(ids("zh")).toEqual(ids("en"));
});

for (const p of embeds) {
  const id = p.path.split("/")[2];
  test(`/${p.path} shows the widget alone, and its link back lands on the widget in its essay`, async ({ guarded: page }) => {
    await page.goto(p.path);
    await expect(page.locator("[data-widget]")).toHaveCount(1);
    await expect(page.locator(`#widget-${id}`)).toBeVisible();
    await expect(page.getByRole("banner")).toHaveCount(0);
    const back = page.getByRole("link", { name: p.lang === "zh" ? "在文章中打开" : "Open in the essay" });
    await expect(back).toHaveAttribute("href", new RegExp(`^/(?:.+/)?${p.lang}/[a-z0-9-]+/#widget-${id}$`));
    await back.click();
    await expect(page).toHaveURL(new RegExp(`/${p.lang}/[a-z0-9-]+/#widget-${id}$`));
    await expect(page.locator(`#widget-${id}`)).toBeInViewport();
  });
}
