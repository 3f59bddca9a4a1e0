import { test, expect } from "./fixtures.ts";

for (const lang of ["en", "zh"] as const) {
  test(`/${lang}/feed.xml is an Atom feed of the ${lang} essays`, async ({ request }) => {
    const response = await request.get(`${lang}/feed.xml`);
    expect(response.ok()).toBe(true);
    expect(response.headers()["content-type"]).toContain("xml");
    const xml = await response.text();
    expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom"');
    expect(xml).toContain(`/${lang}/power-law/</id>`);
    expect(xml).not.toContain(`/${lang === "en" ? "zh" : "en"}/power-law/`);
  });

  test(`/${lang}/power-law/ carries OpenGraph and Twitter metadata with a preview image that exists`, async ({ guarded: page, request }) => {
    await page.goto(`${lang}/power-law/`);
    const og = async (p: string) => page.locator(`meta[property="${p}"]`).getAttribute("content");
    expect(await og("og:title")).toBe(lang === "zh" ? "幂律" : "The power law");
    expect(await og("og:locale")).toBe(lang === "zh" ? "zh_CN" : "en_US");
    // The essay's own card (built by src/pages/[lang]/og/[slug].png.ts), not the language's shared one.
    const image = new URL((await og("og:image"))!);
    expect(image.pathname).toMatch(new RegExp(`/${lang}/og/power-law\\.png$`));
    await expect(page.locator('meta[name="twitter:image"]')).toHaveAttribute("content", image.href);
    const response = await request.get(image.pathname.replace(/^\//, ""));
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toContain("image/png");
    await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute("content", "summary_large_image");
  });
}

test("cite this page gives GB/T 7714 on /zh/ and follows the section when asked", async ({ guarded: page }) => {
  await page.goto("zh/power-law/#ten-x");
  const box = page.getByRole("region", { name: "引用本页" });
  await expect(box).toContainText("[EB/OL]");
  await expect(box.getByRole("checkbox", { name: /链接到正在阅读的小节/ })).toBeChecked();
  await expect(box.locator("code").first()).toContainText("/zh/power-law/#");
  await box.getByRole("checkbox").uncheck();
  await expect(box.locator("code").first()).not.toContainText("#");
});

test("the English essay's citations are APA and BibTeX, with the computed-on date", async ({ guarded: page }) => {
  await page.goto("en/power-law/");
  const box = page.getByRole("region", { name: "Cite this page" });
  await expect(box).toContainText("Scaling Lab. (20");
  await expect(box).toContainText("@misc{scalinglab");
  await expect(box).toContainText(/computed by the scaling module on \d{4}-\d{2}-\d{2}/);
  await expect(box).not.toContainText("[EB/OL]");
});

/**
 * The suite's build has no SITE, and the server listens on a port chosen for this run
 * (playwright.config.ts), so finding that port proves the address is the reader's, not one baked in.
 */
test("cite box and teachers' snippets carry the address the page is served from, not a placeholder", async ({ guarded: page, baseURL }) => {
  const here = new URL(baseURL!);
  await page.goto("en/power-law/");
  const box = page.getByRole("region", { name: "Cite this page" });
  for (const code of await box.locator("code").all()) {
    await expect(code).toContainText(`${here.origin}${here.pathname}en/power-law/`);
    await expect(code).not.toContainText("example.org");
  }
  await page.goto("zh/teachers/");
  const snippets = page.locator(".snippet code");
  await expect(snippets).toHaveCount(4);
  for (const code of await snippets.all()) {
    await expect(code).toContainText(`${here.origin}${here.pathname}zh/`);
    await expect(code).not.toContainText("example.org");
  }
});

test("without JavaScript, citations in a build without SITE give the page's path, never a placeholder host", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("en/power-law/");
  const text = await page.locator("[data-cite-box]").innerText();
  expect(text).toContain("/en/power-law/");
  expect(text).not.toContain("example.org");
  await context.close();
});
