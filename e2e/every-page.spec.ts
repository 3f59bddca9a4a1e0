/**
 * Every page of the build (issue #9), in both languages, embeds included. The list comes from the
 * built `index.html` files (DIST_DIR), so a new essay, widget or page is covered without editing this
 * file. The server sends the build's `_headers` (scripts/serve.ts), so all of it runs under the site's
 * Content-Security-Policy, and a violation fails the page.
 *
 * - each page: no console/page error, failed request, HTTP error, request off the local server or CSP
 *   violation; axe-core (WCAG 2.1 A + AA) finds nothing; no horizontal scroll at 320 px;
 * - JavaScript off: essays show their text, KaTeX math and each widget's chart SVG (embeds too);
 * - keyboard only, on `/en/embed/<id>/`: Tab reaches every control of the widget, and changing the
 *   first one with the keyboard changes the chart or the readout;
 * - static (no browser): en/zh parity of pages, section ids, widget ids and notebook counts; internal
 *   links and anchors resolve and stay within their language.
 */
import { test, expect, type Page } from "@playwright/test";
import {
  BASE, axeViolations, builtDocument, guard, horizontalOverflow, linkProblems, notebookCount, sectionIds, sitePages, widgetIds, widgetSignature,
} from "./pages.ts";

const pages = sitePages();

/** Scrolls to the end like a reader, so anything loaded on scroll is loaded (and checked) too. */
async function readToTheEnd(page: Page): Promise<void> {
  await page.evaluate(async () => {
    for (let y = 0; y < document.documentElement.scrollHeight; y += 700) {
      window.scrollTo(0, y);
      await new Promise((r) => requestAnimationFrame(() => r(null)));
    }
    window.scrollTo(0, 0);
  });
  await page.waitForLoadState("networkidle");
}

// axe on a long essay takes a few seconds on a quiet 2-core machine; leave room for a busy one.
test.describe.configure({ timeout: 90_000 });

test.describe("every page", () => {
  for (const p of pages) {
    test(`/${p.path}: no error, no request off the site, no CSP violation, axe clean, no horizontal scroll at 320 px`, async ({ browser, baseURL }) => {
      const origin = new URL(baseURL!).origin;
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      const problems = guard(page, origin, { redirects: p.kind === "root" });
      await test.step("load", async () => {
        await page.goto(p.path, { waitUntil: "load" });
        await page.waitForLoadState("networkidle");
      });
      if (p.kind === "root") {
        // The root page sends the reader to a language at once, with no error on the way.
        await expect(page).toHaveURL(new RegExp(`${BASE}(en|zh)/$`));
        await context.close();
        // Scan the root page itself, as a reader without JavaScript sees it: its scripts are switched off
        // by a `script-src 'none'` header (axe, injected by Playwright, still runs; a page with JavaScript
        // disabled outright cannot be scanned).
        const stay = await browser.newContext({ viewport: { width: 1280, height: 900 } });
        const still = await stay.newPage();
        await still.route((url) => url.pathname === BASE, async (route) => {
          const response = await route.fetch();
          await route.fulfill({ response, headers: { ...response.headers(), "content-security-policy": "script-src 'none'" } });
        });
        await still.goto(p.path);
        await check(still, problems);
        await stay.close();
      } else {
        await test.step("read to the end", () => readToTheEnd(page));
        await check(page, problems);
        await context.close();
        await test.step("opened on a 320 px phone", async () => {
          // As a phone opens it, not only a desktop window narrowed after layout.
          const phone = await browser.newContext({ viewport: { width: 320, height: 640 } });
          const narrow = await phone.newPage();
          await narrow.goto(p.path, { waitUntil: "load" });
          await readToTheEnd(narrow);
          const o = await horizontalOverflow(narrow);
          if (o.scrollWidth > o.width) problems.push(`horizontal scroll when opened at 320 px: content is ${o.scrollWidth} px wide; sticking out: ${o.culprits.join(", ") || "?"}`);
          await phone.close();
        });
      }
      expect(problems, problems.join("\n")).toEqual([]);
    });
  }

  async function check(page: Page, problems: string[]): Promise<void> {
    await test.step("axe", async () => {
      for (const v of await axeViolations(page)) problems.push(`axe: ${v}`);
    });
    await test.step("320 px", async () => {
      await page.setViewportSize({ width: 320, height: 640 });
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      const o = await horizontalOverflow(page);
      if (o.scrollWidth > o.width) problems.push(`horizontal scroll at 320 px: content is ${o.scrollWidth} px wide; sticking out: ${o.culprits.join(", ") || "?"}`);
    });
  }
});

test.describe("with JavaScript off", () => {
  for (const p of pages.filter((p) => p.kind === "essay" || p.kind === "embed")) {
    test(`/${p.path} shows its ${p.kind === "essay" ? "text, KaTeX math and " : ""}every chart's SVG`, async ({ browser }) => {
      const doc = builtDocument(p.file);
      const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      await page.goto(p.path);
      if (p.kind === "essay") {
        const text = (await page.locator("article").innerText()).replace(/\s+/g, " ");
        expect(text.length, "essay text").toBeGreaterThan(500);
        // Every formula outside a closed disclosure ("show your work", an exercise's answer) is laid out.
        const math = await page.locator("article .katex-html").evaluateAll((els) => {
          const open = els.filter((e) => !e.closest("details"));
          return { shown: open.filter((e) => e.getBoundingClientRect().width > 0).length, hidden: open.filter((e) => e.getBoundingClientRect().width === 0).length };
        });
        expect(math.hidden, "KaTeX formulas that are not laid out without JavaScript").toBe(0);
        if (doc.querySelectorAll("article .katex").length > 0) expect(math.shown + (await page.locator("article details .katex").count()), "KaTeX math").toBeGreaterThan(0);
      }
      const widgets = widgetIds(doc);
      if (p.kind === "embed") expect(widgets.length, "an embed holds its widget").toBeGreaterThan(0);
      for (const id of widgets) {
        const charts = await page.locator(`[data-widget="${id}"]`).first().evaluate((figure) =>
          [...figure.querySelectorAll("svg")]
            .filter((svg) => !svg.closest(".katex, details, button"))
            .filter((svg) => {
              const r = svg.getBoundingClientRect();
              const style = getComputedStyle(svg);
              return r.width > 100 && r.height > 50 && style.visibility !== "hidden" && style.display !== "none";
            }).length,
        );
        expect(charts, `[data-widget="${id}"] shows a visible chart SVG without JavaScript`).toBeGreaterThan(0);
      }
      await context.close();
    });
  }
});

test.describe("keyboard only", () => {
  for (const p of pages.filter((p) => p.kind === "embed" && p.lang === "en")) {
    const id = p.path.split("/")[2];
    test(`/${p.path}: Tab reaches every control, and the keyboard changes the chart or readout`, async ({ browser, baseURL }) => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      const problems = guard(page, new URL(baseURL!).origin);
      await page.goto(p.path);
      const figure = `[data-widget="${id}"]`;
      const before = await widgetSignature(page, figure);
      expect(await tabStops(page, figure), "the widget has controls").not.toEqual([]);

      // Tab from the top of the page until focus has passed through the whole widget.
      const visited: string[] = [];
      let first: string | null = null;
      let left = false;
      for (let i = 0; i < 60 && !left; i++) {
        await page.keyboard.press("Tab");
        const at = await page.evaluate(probe, [figure, CONTROL] as const);
        if (at.inside) {
          if (at.control) {
            visited.push(at.key);
            if (first === null) {
              first = at.key;
              // The first control: change it with the keyboard. Focus hydrates the island (client:interact).
              await page.waitForFunction((sel) => !document.querySelector(`${sel} astro-island[ssr]`), figure, { timeout: 10_000 });
              const stillFocused = await page.evaluate((sel) => document.querySelector(sel)!.contains(document.activeElement), figure);
              expect(stillFocused, "focus stays on the control when the widget hydrates").toBe(true);
              await changeWithKeyboard(page);
              await expect
                .poll(() => widgetSignature(page, figure), { message: `changing ${first} with the keyboard redraws the chart or the readout`, timeout: 5_000 })
                .not.toBe(before);
            }
          }
        } else if (visited.length > 0) left = true;
      }
      expect(first, "Tab reaches a control of the widget").not.toBeNull();
      const missed = (await tabStops(page, figure)).filter((k) => !visited.includes(k));
      expect(missed, `controls Tab never reached (reached: ${visited.join(", ")})`).toEqual([]);
      await context.close();
      expect(problems, problems.join("\n")).toEqual([]);
    });
  }
});

const CONTROL = "input:not([type=hidden]), select, textarea, [role=slider], [role=spinbutton], [role=radio], [role=checkbox], [role=switch], [role=combobox]";

/**
 * Runs in the page: the widget's Tab stops (visible, enabled controls outside a closed disclosure; a
 * radio group is one stop, named by its group) and where the focus is now.
 */
function probe([sel, selector]: readonly [string, string]) {
  const key = (el: Element) => {
    const input = el as HTMLInputElement;
    if (input.type === "radio" && input.name) return `radio group "${input.name}"`;
    const label = el.getAttribute("aria-label") ?? (el.id ? document.querySelector(`label[for="${CSS.escape(el.id)}"]`)?.textContent?.trim() : null) ?? el.id;
    return `${el.tagName.toLowerCase()}${input.type ? `[${input.type}]` : ""} "${label}"`;
  };
  const fig = document.querySelector(sel)!;
  const stops = new Set<string>();
  for (const el of fig.querySelectorAll<HTMLElement>(selector)) {
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.height === 0 || (el as HTMLInputElement).disabled || el.closest("details:not([open])")) continue;
    stops.add(key(el));
  }
  const el = document.activeElement;
  return { stops: [...stops], inside: !!el && fig.contains(el), control: !!el && el.matches(selector), key: el ? key(el) : "" };
}

async function tabStops(page: Page, figure: string): Promise<string[]> {
  return (await page.evaluate(probe, [figure, CONTROL] as const)).stops;
}

/** Changes the focused control the way a keyboard user would, by its kind. */
async function changeWithKeyboard(page: Page): Promise<void> {
  const kind = await page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    return el.getAttribute("role") ?? (el.tagName === "INPUT" ? (el as HTMLInputElement).type : el.tagName.toLowerCase());
  });
  switch (kind) {
    case "range":
    case "slider":
      for (let i = 0; i < 8; i++) await page.keyboard.press("ArrowRight");
      break;
    case "number":
    case "spinbutton":
      for (let i = 0; i < 3; i++) await page.keyboard.press("ArrowUp");
      break;
    case "select":
    case "combobox":
    case "radio":
      await page.keyboard.press("ArrowDown");
      break;
    case "checkbox":
    case "switch":
      await page.keyboard.press("Space");
      break;
    default: {
      // A text field: replace its value with a nearby one typed by hand (10× what it holds, or "2").
      const value = await page.evaluate(() => (document.activeElement as HTMLInputElement).value);
      await page.keyboard.press("ControlOrMeta+A");
      await page.keyboard.type(/\d/.test(value) ? `${value}0` : "2");
    }
  }
}

test.describe("static checks of the build", () => {
  test("every /en/ page has a /zh/ twin (and back) with the same section ids, widget ids and notebook count", () => {
    const byPath = new Map(pages.map((p) => [p.path, p]));
    const problems: string[] = [];
    for (const p of pages.filter((p) => p.lang)) {
      const other = p.lang === "en" ? "zh" : "en";
      const twinPath = `${other}/${p.path.slice(p.lang!.length + 1)}`;
      const twin = byPath.get(twinPath);
      if (!twin) {
        problems.push(`/${p.path} has no /${twinPath}`);
        continue;
      }
      if (p.lang !== "en") continue;
      const [a, b] = [builtDocument(p.file), builtDocument(twin.file)];
      const diff = (what: string, x: unknown, y: unknown) => {
        if (JSON.stringify(x) !== JSON.stringify(y)) problems.push(`/${p.path} vs /${twinPath}: ${what} differ: ${JSON.stringify(x)} ≠ ${JSON.stringify(y)}`);
      };
      diff("section ids (h2/h3)", sectionIds(a), sectionIds(b));
      diff("widget ids ([data-widget])", widgetIds(a), widgetIds(b));
      diff("notebook counts ([data-notebook])", notebookCount(a), notebookCount(b));
    }
    expect(problems, problems.join("\n")).toEqual([]);
  });

  test("internal links and #anchors resolve, stay under the base, and stay within their language", () => {
    const problems = pages.flatMap((p) => linkProblems(p).map((m) => `/${p.path}: ${m}`));
    expect(problems, problems.join("\n")).toEqual([]);
  });

  test("the page list comes from the build and covers both languages, essays and embeds", () => {
    const kinds = new Set(pages.map((p) => `${p.lang}:${p.kind}`));
    for (const k of ["en:home", "zh:home", "en:essay", "zh:essay", "en:embed", "zh:embed"]) expect(kinds, k).toContain(k);
  });
});
