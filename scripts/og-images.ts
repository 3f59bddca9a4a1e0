/**
 * Renders the link-preview images (1200×630 PNG, OpenGraph/Twitter) into public/og/ with Debian's
 * Chromium: one per language, with the site's name, tagline and the power-law line. Run when the
 * wording changes (`node scripts/og-images.ts`); the PNGs are committed so the build needs no browser.
 * They serve the pages that are not essays: each essay has its own card, rendered by the build itself
 * without a browser (src/site/og/, src/pages/[lang]/og/[slug].png.ts).
 */
import { chromium } from "@playwright/test";
import { DICTIONARIES } from "../src/i18n/index.ts";

const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"] });
const page = await browser.newPage({ viewport: { width: 1200, height: 630 } });
for (const lang of ["en", "zh"] as const) {
  const t = DICTIONARIES[lang];
  await page.setContent(`<!doctype html><html lang="${lang === "zh" ? "zh-CN" : "en"}"><body style="margin:0">
  <div style="width:1200px;height:630px;box-sizing:border-box;padding:80px 90px;background:#14161a;color:#e7e5df;
    font-family:system-ui,'Noto Sans CJK SC',sans-serif;display:flex;flex-direction:column;justify-content:space-between">
    <div>
      <div style="font-size:30px;letter-spacing:.12em;text-transform:uppercase;color:#ff9566">${lang === "zh" ? "Scaling Lab" : "尺度定律实验室"}</div>
      <div style="font-size:92px;font-weight:800;margin-top:18px;letter-spacing:-.02em">${t["site.title"]}</div>
      <div style="font-size:38px;line-height:1.35;margin-top:24px;max-width:900px;color:#c9c7c0">${t["site.tagline"]}</div>
    </div>
    <svg width="1020" height="90" viewBox="0 0 1020 90"><path d="M0 10 L1020 80" stroke="#7aa2ff" stroke-width="6" stroke-linecap="round"/>
      <circle cx="510" cy="45" r="12" fill="#ff6b5e"/></svg>
  </div></body></html>`);
  await page.screenshot({ path: `public/og/${lang}.png` });
}
await browser.close();
console.log("public/og/en.png, public/og/zh.png written");
