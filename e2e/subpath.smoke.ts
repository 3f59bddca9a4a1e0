/**
 * Smoke test of a sub-path deployment (run by scripts/test-subpath.sh): the build for
 * BASE=/scaling-lab/ served by nginx under deploy/nginx.conf. Links and assets stay under the base,
 * every page loads with its assets and no CSP violation, the language switch and search keep the base,
 * embeds work in a course page's cross-origin iframe while the essays refuse to be framed.
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { test, expect } from "@playwright/test";
import { BASE, guard, linkProblems, sitePages } from "./pages.ts";

test.skip(BASE === "/", "run by scripts/test-subpath.sh, with BASE=/scaling-lab/");

const pages = sitePages();

test("every link, script, stylesheet and island URL in the build starts with the base and resolves", () => {
  const problems = pages.flatMap((p) => linkProblems(p).map((m) => `/${p.path}: ${m}`));
  expect(problems, problems.join("\n")).toEqual([]);
});

test("every page loads under nginx with its assets, no HTTP error and no CSP violation", async ({ browser, baseURL }) => {
  test.setTimeout(30_000 + pages.length * 5_000);
  const context = await browser.newContext();
  const page = await context.newPage();
  const problems = guard(page, new URL(baseURL!).origin, { redirects: true });
  for (const p of pages.filter((p) => p.kind !== "root")) {
    const response = await page.goto(p.path);
    expect(response?.status(), `/${p.path}`).toBe(200);
    const csp = response!.headers()["content-security-policy"] ?? "";
    expect(csp, `CSP header on ${BASE}${p.path}`).toContain(p.kind === "embed" ? "frame-ancestors *" : "frame-ancestors 'self'");
    // The stylesheet applied (a broken asset path would leave the page unstyled).
    expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily), `/${p.path} styled`).not.toBe("");
    expect(await page.evaluate(() => document.styleSheets.length), `/${p.path} has its stylesheets`).toBeGreaterThan(0);
  }
  await context.close();
  expect(problems, problems.join("\n")).toEqual([]);
});

test("hashed assets are cached for a year; pages revalidate", async ({ page }) => {
  const response = await page.goto("en/");
  expect(response?.headers()["cache-control"], "an HTML page").toBe("no-cache");
  // The hashed asset to check is an island's module, named in its <astro-island> (served from /_astro/
  // under the base): every embed has one, whichever stylesheets the build inlines, and islands load only
  // on first touch, so it is read from the attribute rather than from the loaded resources.
  await page.goto("en/embed/power-law/");
  const asset = await page.evaluate(() => document.querySelector("astro-island")?.getAttribute("component-url") ?? undefined);
  expect(asset, "an island's module under /_astro/").toMatch(/\/_astro\//);
  const res = await page.request.get(asset!);
  expect(res.status()).toBe(200);
  expect(res.headers()["cache-control"]).toBe("public, max-age=31536000, immutable");
});

test("the root sends the reader to a language under the base; the language switch keeps the base", async ({ page, baseURL }) => {
  const problems = guard(page, new URL(baseURL!).origin, { redirects: true });
  await page.goto("");
  await expect(page).toHaveURL(new RegExp(`${BASE}en/$`));
  const essay = pages.find((p) => p.kind === "essay" && p.lang === "en")!;
  await page.goto(`${essay.path}?x=1#main`);
  await page.locator("a[data-lang-switch][hreflang=zh]").click();
  await expect(page).toHaveURL(new RegExp(`${BASE}zh/${essay.path.slice(3)}\\?x=1#main$`));
  expect(problems, problems.join("\n")).toEqual([]);
});

test("a widget hydrates and redraws under the base", async ({ page, baseURL }) => {
  const problems = guard(page, new URL(baseURL!).origin);
  // The power-law embed has a slider; a missing one is a failure, not a reason to skip.
  await page.goto("en/embed/power-law/");
  const control = page.locator("[data-widget] input[type=range]").first();
  await expect(control, "the power-law embed's slider").toHaveCount(1);
  await control.focus();
  await expect(page.locator("[data-widget] astro-island[ssr]")).toHaveCount(0);
  for (let i = 0; i < 5; i++) await control.press("ArrowRight");
  await expect(page).toHaveURL(/\?.+=/);
  expect(problems, problems.join("\n")).toEqual([]);
});

test("search runs under the base and its results link under the base", async ({ page, baseURL }) => {
  const problems = guard(page, new URL(baseURL!).origin);
  await page.goto("en/");
  const open = page.locator("[data-search-open]");
  await expect(open, "the search button").toBeVisible();
  await open.click();
  await page.locator("[data-search-dialog] input").fill("law");
  const first = page.locator("[data-search-dialog] a[href]").first();
  await expect(first).toBeVisible({ timeout: 15_000 });
  const hrefs = await page.locator("[data-search-dialog] a[href]").evaluateAll((as) => as.map((a) => a.getAttribute("href")!));
  expect(hrefs.filter((h) => !new URL(h, baseURL).pathname.startsWith(BASE)), "search result links outside the base").toEqual([]);
  expect(problems, problems.join("\n")).toEqual([]);
});

test("a course page on another origin can frame an embed, but not an essay", async ({ page, baseURL }) => {
  const embed = pages.find((p) => p.kind === "embed" && p.lang === "en")!;
  const essay = pages.find((p) => p.kind === "essay" && p.lang === "en")!;
  // The course page: another origin, served from loopback like the site (a page the browser thinks is
  // public may not frame a local one at all, whatever the site's headers say).
  const html = `<!doctype html><title>Course</title><iframe id="embed" src="${baseURL}${embed.path}" width="800" height="700"></iframe>
    <iframe id="essay" src="${baseURL}${essay.path}" width="800" height="400"></iframe>`;
  const server = createServer((_, res) => res.writeHead(200, { "content-type": "text/html" }).end(html));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const course = `http://127.0.0.1:${(server.address() as AddressInfo).port}/week-3.html`;
  const refused: string[] = [];
  page.on("console", (m) => {
    if (/frame-ancestors/.test(m.text())) refused.push(m.text());
  });
  await page.goto(course, { waitUntil: "load" });
  await expect(page.frameLocator("#embed").locator("[data-widget] svg:visible").first()).toBeVisible();
  await expect(page.frameLocator("#essay").locator("article")).toHaveCount(0);
  await expect.poll(() => refused.join("\n"), { message: "the browser refuses to frame the essay (frame-ancestors 'self')" }).toMatch(/frame-ancestors 'self'/);
  server.close();
});
