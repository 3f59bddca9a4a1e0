import { test, expect } from "./fixtures.ts";

/**
 * Search finds chapters by their words in both languages: Pagefind keeps one index per language and
 * segments Chinese, so `幂律` finds the power-law chapter in /zh/ and never an English page.
 */
const cases = [
  { lang: "zh", query: "幂律", slug: "power-law", dialog: "搜索全站" },
  { lang: "zh", query: "算力", slug: "compute-optimal", dialog: "搜索全站" },
  { lang: "zh", query: "专家混合", slug: "beyond-dense-scaling", dialog: "搜索全站" },
  { lang: "en", query: "Chinchilla", slug: "compute-optimal", dialog: "Search the chapters" },
  { lang: "en", query: "tokens per parameter", slug: "compute-optimal", dialog: "Search the chapters" },
  { lang: "en", query: "power law", slug: "power-law", dialog: "Search the chapters" },
  { lang: "en", query: "KV cache", slug: "beyond-dense-scaling", dialog: "Search the chapters" },
  { lang: "en", query: "test-time compute", slug: "next-variable", dialog: "Search the chapters" },
  { lang: "zh", query: "并行训练", slug: "diminishing-returns", dialog: "搜索全站" },
  { lang: "zh", query: "突触", slug: "next-variable", dialog: "搜索全站" },
] as const;

for (const { lang, query, slug, dialog } of cases) {
  test(`searching "${query}" on /${lang}/ lists /${lang}/${slug}/ first`, async ({ guarded: page }) => {
    await page.goto(`${lang}/`);
    await page.getByRole("button", { name: lang === "zh" ? "搜索" : "Search" }).click();
    const search = page.getByRole("dialog", { name: dialog });
    await expect(search).toBeVisible();
    await search.getByRole("textbox").fill(query);
    const first = search.locator(".pagefind-ui__result-link").first();
    // The first search fetches Pagefind's WebAssembly and index chunks: slow on a busy 2-core runner.
    await expect(first).toHaveAttribute("href", new RegExp(`/${lang}/${slug}/`), { timeout: 15_000 });
    const hrefs = await search.locator(".pagefind-ui__result-link").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
    expect(hrefs.every((h) => h?.includes(`/${lang}/`))).toBe(true);
  });
}

test("the / key opens search and Escape closes it", async ({ guarded: page }) => {
  await page.goto("en/");
  await page.keyboard.press("/");
  const search = page.getByRole("dialog", { name: "Search the chapters" });
  await expect(search).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(search).toBeHidden();
});
