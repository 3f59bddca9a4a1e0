/**
 * Math as a reader sees it. Every formula on the site must be rendered and styled by one KaTeX: HTML
 * from one version under another's stylesheet loses the styles of renamed classes (0.16's `.base` and
 * `.strut` became `.katex-base` and `.katex-strut` in 0.19), and inline formulas then break mid-formula
 * and push lines apart. So, on every essay, the playground and the lab, at desktop and phone widths:
 *
 * - every class in KaTeX's HTML is styled by the page's stylesheets, except the atom classes that
 *   KaTeX emits for spacing only (`mord`, `mrel`, …);
 * - an inline formula breaks, if at all, only between KaTeX's own line-break groups (`.katex-base`),
 *   never inside one (the `k` of `y = c x^k` on its own line), and no group is taller than the line.
 */
import { test, expect } from "@playwright/test";
import { sitePages } from "./pages.ts";

/** Classes KaTeX emits for atom types and text runs, with no style of their own in any version. */
const UNSTYLED = new Set(["mord", "mbin", "mrel", "mopen", "mclose", "mpunct", "minner", "mop", "mtight", "text"]);

const pages = sitePages().filter((p) => p.kind === "essay" || p.path.endsWith("playground/") || /^[a-z]+\/lab\/$/.test(p.path));

for (const p of pages) {
  for (const width of [1280, 320]) {
    test(`/${p.path} at ${width} px: KaTeX's HTML is styled by its own stylesheet, and inline formulas keep to their line`, async ({ browser }) => {
      const context = await browser.newContext({ viewport: { width, height: 900 } });
      const page = await context.newPage();
      await page.goto(p.path, { waitUntil: "load" });
      const report = await page.evaluate((unstyled) => {
        const selectors: string[] = [];
        for (const sheet of document.styleSheets) for (const rule of sheet.cssRules) if (rule instanceof CSSStyleRule) selectors.push(rule.selectorText);
        const css = selectors.join(" ");
        const used = new Set<string>();
        for (const el of document.querySelectorAll(".katex-html, .katex-html *")) for (const c of el.classList) used.add(c);
        const missing = [...used].filter((c) => !unstyled.includes(c) && !new RegExp(`\\.${CSS.escape(c)}(?![\\w-])`).test(css));
        const broken: string[] = [];
        const tall: string[] = [];
        let inline = 0;
        for (const group of document.querySelectorAll<HTMLElement>(".katex-html > *")) {
          if (group.closest(".katex-display, details:not([open])") || group.classList.contains("tag")) continue;
          const rects = group.getClientRects();
          if (rects.length === 0) continue;
          inline++;
          const text = group.textContent!.replace(/\u200b/g, "").slice(0, 40);
          if (rects.length > 1) broken.push(text);
          const line = parseFloat(getComputedStyle(group.closest("p, li, td, th, figcaption, dd, div")!).lineHeight);
          if (group.getBoundingClientRect().height > 1.5 * line) tall.push(`${text} (${Math.round(group.getBoundingClientRect().height)} px in a ${Math.round(line)} px line)`);
        }
        return { missing, broken, tall, inline, formulas: document.querySelectorAll(".katex").length };
      }, [...UNSTYLED]);
      expect(report.formulas, "the page has math").toBeGreaterThan(0);
      expect(report.missing, "KaTeX classes the stylesheet does not style (rendering and styling versions differ)").toEqual([]);
      expect(report.broken, "inline formula groups broken across lines").toEqual([]);
      expect(report.tall, "inline formula groups taller than 1.5 lines").toEqual([]);
      await context.close();
    });
  }
}
