/**
 * Screenshots for looking at what we build: every given page in both languages, light and dark,
 * at 320 px and desktop width, into screenshots/ (ignored by git). Serve the site first (`npm start`).
 *
 * Usage: node scripts/screenshots.ts [path …]   (paths without language, e.g. `power-law/`)
 */
import { mkdirSync } from "node:fs";
import { chromium } from "@playwright/test";

const origin = process.env.SITE_URL ?? "http://localhost:4321/";
const paths = process.argv.slice(2).length ? process.argv.slice(2) : ["", "power-law/"];
mkdirSync("screenshots", { recursive: true });
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"] });
for (const lang of ["en", "zh"]) {
  for (const scheme of ["light", "dark"] as const) {
    for (const [label, width] of [["320", 320], ["desktop", 1280]] as const) {
      const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: scheme, deviceScaleFactor: 1 });
      const page = await context.newPage();
      for (const path of paths) {
        await page.goto(`${origin}${lang}/${path}`, { waitUntil: "networkidle" });
        // A full-page capture is not a reader scrolling: Chromium leaves the essay sections it has not
        // scrolled to blank (`content-visibility: auto`, src/markdown/rehypeSections.ts), so draw them all.
        if (process.env.FULL === "1") {
          await page.evaluate(() => document.querySelectorAll<HTMLElement>(".essay-section").forEach((s) => (s.style.contentVisibility = "visible")));
        }
        const name = `${lang}-${path.replace(/\W+/g, "-") || "home"}-${scheme}-${label}`.replace(/-+/g, "-");
        await page.screenshot({ path: `screenshots/${name}.png`, fullPage: process.env.FULL === "1" });
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        if (overflow > 0) console.log(`${name}: horizontal overflow of ${overflow}px`);
      }
      await context.close();
    }
  }
}
await browser.close();
console.log("screenshots/ written");
