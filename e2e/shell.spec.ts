import { test, expect } from "./fixtures.ts";

for (const lang of ["en", "zh"] as const) {
  test(`/${lang}/ home and the power-law essay load with no error and no request off the site`, async ({ guarded: page }) => {
    await page.goto(`${lang}/`);
    await expect(page.locator("html")).toHaveAttribute("lang", lang === "zh" ? "zh-CN" : "en");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await page.getByRole("main").getByRole("link", { name: lang === "zh" ? "幂律" : "The power law" }).click();
    await expect(page).toHaveURL(new RegExp(`/${lang}/power-law/$`));
    await expect(page.locator("link[rel=alternate][hreflang=en]")).toHaveAttribute("href", /\/en\/power-law\/$/);
    await expect(page.locator("link[rel=alternate][hreflang=zh-CN]")).toHaveAttribute("href", /\/zh\/power-law\/$/);
    await expect(page.locator("link[rel=canonical]")).toHaveAttribute("href", new RegExp(`/${lang}/power-law/$`));
    await page.mouse.wheel(0, 4000);
  });

  test(`/${lang}/power-law/ links every chapter and page from its footer, and the playground from its header`, async ({ guarded: page }) => {
    await page.goto(`${lang}/power-law/`);
    const footer = page.getByRole("contentinfo").getByRole("navigation");
    await expect(footer.getByRole("listitem")).toHaveCount(6 + 6);
    for (const slug of ["why-parameters-grow", "next-variable", "lab", "glossary", "references", "teachers", "playground"]) {
      await expect(footer.locator(`a[href$="/${lang}/${slug}/"]`)).toHaveCount(1);
    }
    await page.getByRole("banner").getByRole("link", { name: lang === "zh" ? "实验场" : "Playground" }).click();
    await expect(page).toHaveURL(new RegExp(`/${lang}/playground/$`));
    await expect(page.getByRole("banner").getByRole("link", { name: lang === "zh" ? "实验场" : "Playground" })).toHaveAttribute("aria-current", "page");
  });
}

test("the language switch keeps the path, the query and the hash", async ({ guarded: page }) => {
  await page.goto("en/power-law/?power-law.n=7e10#ten-x");
  await page.getByRole("navigation", { name: "Language" }).getByRole("link", { name: "简体中文" }).click();
  await expect(page).toHaveURL(/\/zh\/power-law\/\?power-law\.n=7e10#ten-x$/);
  await page.getByRole("navigation", { name: "语言" }).getByRole("link", { name: "English" }).click();
  await expect(page).toHaveURL(/\/en\/power-law\/\?power-law\.n=7e10#ten-x$/);
});

test("/ sends a reader whose browser prefers Chinese to /zh/", async ({ browser, baseURL }) => {
  const context = await browser.newContext({ locale: "zh-CN" });
  const page = await context.newPage();
  await page.goto(baseURL!);
  await expect(page).toHaveURL(/\/zh\/$/);
  await context.close();
});

test("/ sends an English-preferring reader to /en/, and links both languages without JavaScript", async ({ browser, baseURL }) => {
  const js = await browser.newContext({ locale: "en-GB" });
  const page = await js.newPage();
  await page.goto(baseURL!);
  await expect(page).toHaveURL(/\/en\/$/);
  await js.close();
  const noJs = await browser.newContext({ javaScriptEnabled: false });
  const still = await noJs.newPage();
  await still.goto(baseURL!);
  await expect(still.getByRole("link", { name: "English" })).toBeVisible();
  await expect(still.getByRole("link", { name: "简体中文" })).toBeVisible();
  await noJs.close();
});

test("the theme toggle switches to dark and the choice survives a reload", async ({ guarded: page }) => {
  await page.goto("en/");
  const toggle = page.getByRole("button", { name: /Colour theme/ });
  await toggle.click(); // system → light
  await toggle.click(); // light → dark
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
});

test("without JavaScript the header shows no search or theme button, which could not work", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("zh/power-law/");
  await expect(page.getByRole("banner").getByRole("link", { name: "实验场" })).toBeVisible();
  await expect(page.locator("[data-search-open]")).toBeHidden();
  await expect(page.locator(".theme-toggle")).toBeHidden();
  await context.close();
});
