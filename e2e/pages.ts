/**
 * Helpers for e2e/every-page.spec.ts and e2e/subpath.smoke.ts: the page list read from the build
 * (`DIST_DIR`, default `dist/`; never a hand-written list), a guard that records everything a page must
 * not do, static checks of the built HTML (links, anchors, language, parity) and an axe-core scan.
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { parseHTML } from "linkedom";
import { htmlFiles, pagePath } from "../scripts/csp.ts";

const repo = resolve(fileURLToPath(new URL("..", import.meta.url)));

/** The built site the tests run against (the same folder playwright.config.ts serves). */
export const DIST = resolve(repo, process.env.DIST_DIR ?? "dist");

/** The base path the site was built for, with one trailing slash (`/` or `/scaling-lab/`). */
export const BASE = (process.env.BASE ?? "/").replace(/\/?$/, "/");

export const LANGS = ["en", "zh"] as const;
export type Lang = (typeof LANGS)[number];

export type PageKind = "root" | "home" | "essay" | "embed" | "page";

export interface SitePage {
  /** Path relative to the base, with a trailing slash: `""`, `en/`, `en/power-law/`, `zh/embed/power-law/`. */
  path: string;
  /** The built file, absolute. */
  file: string;
  /** The language segment, or null for the root language chooser. */
  lang: Lang | null;
  kind: PageKind;
}

let cached: SitePage[] | undefined;

/** Every `index.html` in the build, in both languages, embeds included, sorted by path. */
export function sitePages(): SitePage[] {
  if (cached) return cached;
  if (!existsSync(DIST)) throw new Error(`no build at ${DIST}: build first (DIST_DIR=${process.env.DIST_DIR ?? "dist"})`);
  cached = htmlFiles(DIST)
    .filter((f) => f === "index.html" || f.endsWith("/index.html"))
    .map((f) => {
      const path = pagePath(f);
      const file = join(DIST, f);
      const first = path.split("/")[0];
      const lang = (LANGS as readonly string[]).includes(first) ? (first as Lang) : null;
      const html = readFileSync(file, "utf8");
      const kind: PageKind = !lang
        ? "root"
        : path === `${lang}/`
          ? "home"
          : /^[^/]+\/embed\/[^/]+\/$/.test(path)
            ? "embed"
            : /<article\b[^>]*class="[^"]*\bessay\b/.test(html)
              ? "essay"
              : "page";
      return { path, file, lang, kind };
    });
  return cached;
}

const docs = new Map<string, Document>();

/** The built page parsed with linkedom (no browser): for the static checks. */
export function builtDocument(file: string): Document {
  let doc = docs.get(file);
  if (!doc) {
    doc = parseHTML(readFileSync(file, "utf8")).document as unknown as Document;
    docs.set(file, doc);
  }
  return doc;
}

/**
 * Records console errors, page errors, failed requests, HTTP errors, requests to any host but the
 * local server, and Content-Security-Policy violations (the `securitypolicyviolation` event, reported
 * from an init script, and Chromium's own "Refused to …" console errors).
 */
export function guard(page: Page, origin: string, options: { redirects?: boolean } = {}): string[] {
  const problems: string[] = [];
  const short = (text: string) => (text.length > 300 ? `${text.slice(0, 300)}…` : text);
  void page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      console.error(`CSP violation: ${e.effectiveDirective} blocked ${(e.blockedURI || "inline").slice(0, 80)} (${e.sourceFile}:${e.lineNumber}) ${e.sample}`);
    });
  });
  page.on("console", (m) => {
    if (m.type() === "error") problems.push(`console error: ${short(m.text())}`);
  });
  page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
  page.on("request", (r) => {
    const url = r.url();
    if (!url.startsWith(origin + "/") && !/^(data|blob|about):/.test(url)) problems.push(`request off the site: ${short(url)}`);
  });
  page.on("requestfailed", (r) => {
    // A page that redirects at once (the root's language choice) aborts what it was still loading.
    if (options.redirects && r.failure()?.errorText === "net::ERR_ABORTED") return;
    problems.push(`failed request: ${r.url()} ${r.failure()?.errorText}`);
  });
  page.on("response", (r) => {
    if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  return problems;
}

/** WCAG 2.1 A and AA rules. */
export const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

/**
 * Lays out the essay sections, and the blocks in them, that the browser skips while they are off
 * screen (`content-visibility: auto`, Essay.astro), as each one is when a reader scrolls to it. Without
 * this, axe could not see the colours of a skipped block, and a block's paint containment would clip
 * whatever sticks out of it instead of letting the page scroll sideways, so neither check would see it.
 */
async function renderEverySection(page: Page): Promise<void> {
  await page.evaluate(() => {
    const skippable = ".essay-section, .essay-section > *, .essay-section :is(.widget-body, .nb-cell) > *";
    for (const s of document.querySelectorAll<HTMLElement>(skippable)) s.style.contentVisibility = "visible";
  });
}

/** axe-core violations on the page as it is now, one line per rule with the first offending elements. */
export async function axeViolations(page: Page): Promise<string[]> {
  await renderEverySection(page);
  // Only violations are detailed (passes and "incomplete" cost time on a long page). `options()` replaces
  // every option, so it comes before `withTags()`, which sets `runOnly`.
  const { violations } = await new AxeBuilder({ page }).options({ resultTypes: ["violations"] }).withTags(WCAG_TAGS).analyze();
  return violations.map((v) => {
    const nodes = v.nodes.slice(0, 4).map((n) => `${n.target.join(" ")}${n.failureSummary ? ` (${n.failureSummary.split("\n").slice(1, 2).join("").trim()})` : ""}`);
    return `${v.id} [${v.impact}] ${v.help} — ${v.nodes.length} element(s): ${nodes.join("; ")}${v.nodes.length > 4 ? "; …" : ""}`;
  });
}

/** Elements that stick out past the viewport's right edge (the cause of a horizontal scroll), for messages. */
export async function horizontalOverflow(page: Page): Promise<{ scrollWidth: number; width: number; culprits: string[] }> {
  await renderEverySection(page);
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const scrollWidth = document.documentElement.scrollWidth;
    const culprits: string[] = [];
    if (scrollWidth > width) {
      for (const el of document.body.querySelectorAll<HTMLElement>("*")) {
        const r = el.getBoundingClientRect();
        if (r.right > width + 1 && r.width > 0) {
          // Report the outermost offender only.
          let p = el.parentElement;
          let inner = false;
          while (p && p !== document.body) {
            if (p.getBoundingClientRect().right > width + 1) inner = true;
            p = p.parentElement;
          }
          if (!inner) culprits.push(`${el.tagName.toLowerCase()}${el.id ? "#" + el.id : ""}${el.className && typeof el.className === "string" ? "." + el.className.trim().split(/\s+/).join(".") : ""} (right edge ${Math.round(r.right)} px)`);
        }
        if (culprits.length >= 5) break;
      }
    }
    return { scrollWidth, width, culprits };
  });
}

/** h2/h3 ids of the essay (or of `main` on other pages), in order. */
export function sectionIds(doc: Document): string[] {
  const scope = doc.querySelector("article") ?? doc.querySelector("main") ?? doc;
  return [...scope.querySelectorAll("h2[id], h3[id]")].map((h) => h.id);
}

export function widgetIds(doc: Document): string[] {
  return [...doc.querySelectorAll("[data-widget]")].map((el) => el.getAttribute("data-widget")!);
}

export function notebookCount(doc: Document): number {
  return doc.querySelectorAll("[data-notebook]").length;
}

/** The built file a URL path (starting with the base) serves, or null. */
export function fileForPath(pathname: string): string | null {
  if (!pathname.startsWith(BASE)) return null;
  const rel = decodeURIComponent(pathname.slice(BASE.length));
  const file = join(DIST, rel);
  if (!resolve(file).startsWith(DIST)) return null;
  if (existsSync(file) && statSync(file).isDirectory()) {
    return rel === "" || rel.endsWith("/") ? (existsSync(join(file, "index.html")) ? join(file, "index.html") : null) : null;
  }
  return existsSync(file) ? file : null;
}

const LOCAL = "http://site.local";

/**
 * Checks every link and every URL-bearing attribute of a built page without a browser: internal URLs
 * stay under the base and resolve to a built file, `#anchors` name an element of their target page, and
 * a page in one language links into the other only from the language switch (`a[data-lang-switch]`)
 * and the hreflang alternates. Absolute links to the site's own canonical origin count as internal.
 */
export function linkProblems(page: SitePage): string[] {
  const doc = builtDocument(page.file);
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute("href");
  const siteOrigin = canonical ? new URL(canonical).origin : null;
  const pageUrl = new URL(BASE + page.path, LOCAL);
  const problems: string[] = [];
  const attrs: [string, string][] = [
    ["a[href]", "href"], ["area[href]", "href"], ["link[href]", "href"], ["script[src]", "src"], ["img[src]", "src"],
    ["iframe[src]", "src"], ["source[src]", "src"], ["video[src]", "src"], ["form[action]", "action"], ["astro-island[component-url]", "component-url"],
    ["astro-island[renderer-url]", "renderer-url"], ["[data-src]", "data-src"],
  ];
  for (const [selector, attr] of attrs) {
    for (const el of doc.querySelectorAll(selector)) {
      const raw = el.getAttribute(attr)!;
      const what = `<${el.tagName.toLowerCase()} ${attr}="${raw}">`;
      if (/^(mailto|tel|data|blob|javascript):/i.test(raw)) {
        if (/^javascript:/i.test(raw)) problems.push(`${what}: javascript: URL`);
        continue;
      }
      let url = new URL(raw, pageUrl);
      if (siteOrigin && url.origin === siteOrigin) url = new URL(url.pathname + url.search + url.hash, LOCAL);
      if (url.origin !== LOCAL) continue; // an external link (a paper, a dataset): not ours to check
      if (!url.pathname.startsWith(BASE)) {
        problems.push(`${what}: outside the base path ${BASE} (missing withBase()?)`);
        continue;
      }
      const target = fileForPath(url.pathname);
      if (!target) {
        const dir = fileForPath(url.pathname + "/");
        problems.push(`${what}: ${dir ? "needs a trailing slash" : "no such page or file in the build"}`);
        continue;
      }
      if (url.hash.length > 1 && target.endsWith(".html")) {
        const id = decodeURIComponent(url.hash.slice(1));
        const targetDoc = builtDocument(target);
        if (!targetDoc.getElementById(id) && !targetDoc.querySelector(`a[name="${id.replace(/["\\]/g, "\\$&")}"]`)) problems.push(`${what}: no element with id "${id}" on ${url.pathname}`);
      }
      if (page.lang && target.endsWith(".html")) {
        const targetLang = url.pathname.slice(BASE.length).split("/")[0];
        const isSwitch = el.matches("a[data-lang-switch]") || el.matches('link[rel~="alternate"][hreflang]');
        if ((LANGS as readonly string[]).includes(targetLang) && targetLang !== page.lang && !isSwitch) problems.push(`${what}: a /${page.lang}/ page links into /${targetLang}/`);
      }
    }
  }
  return problems;
}

/** What keyboard changes compare: the widget's chart SVGs (not KaTeX's) and its readouts. */
export async function widgetSignature(page: Page, selector: string): Promise<string> {
  return page.locator(selector).evaluate((figure) => {
    const svgs = [...figure.querySelectorAll("svg")].filter((svg) => !svg.closest(".katex, details, .widget-controls, button, label"));
    const readouts = [...figure.querySelectorAll("[aria-live], output, .readout, [data-testid]")].map((el) => el.textContent ?? "");
    return JSON.stringify({ svgs: svgs.map((s) => s.outerHTML), readouts });
  });
}
