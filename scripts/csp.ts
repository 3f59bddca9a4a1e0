/**
 * The site's Content-Security-Policy, computed from the built HTML (issue #9).
 *
 * Runs after every build (the `scaling-lab:csp` integration in astro.config.mjs calls `writeCsp`), or
 * by hand: `node scripts/csp.ts [--dir dist]`. It
 *
 * 1. hashes every inline `<script>` of every page (sha256; Astro's island loader, the client:interact
 *    directive, the pre-paint theme script, the root page's language redirect, the notebook sandbox's
 *    runner) — no other inline script is allowed, and no third-party origin appears anywhere;
 * 2. writes `<dir>/_headers` (Netlify / Cloudflare Pages format; scripts/serve.ts sends it too): one
 *    rule per built page, so no two rules overlap (hosts join overlapping headers, and two CSP headers
 *    are both enforced). Embeds (`/{lang}/embed/…`) get `frame-ancestors *` so course pages can frame
 *    them; every other page `frame-ancestors 'self'`;
 * 3. writes `<dir>/_csp.nginx.conf`, an nginx include that sets `$scaling_lab_csp`,
 *    `$scaling_lab_csp_embed` and `$scaling_lab_csp_notebook` for deploy/nginx.conf;
 * 4. puts the same policy, less `frame-ancestors` (which browsers ignore in a meta tag), into each page
 *    as `<meta http-equiv="Content-Security-Policy">`, for hosts that cannot send headers (GitHub Pages).
 *    Only a header can stop other sites from framing the essays: see deploy/README.md.
 *
 * Styles: `style-src 'unsafe-inline'` is needed (KaTeX's and Plot's `style` attributes, Astro's scoped
 * `<style>` blocks); a style hash would switch 'unsafe-inline' off, so none is added.
 *
 * Why not Astro's own `security.csp` (checked against the installed astro 7.3.5, issue 16):
 * it covers only part of this, and adopting it would break the notebook. A trial build with
 * `security.csp` (our directives, `scriptDirective.resources: ['self', 'wasm-unsafe-eval']`,
 * `styleDirective.resources: ['self', 'unsafe-inline']`) in place of this step showed, page by page:
 *
 * - It does hash what Astro bundles: the hoisted module scripts Vite inlines, the `client:interact`
 *   directive, the island loader (node_modules/astro/dist/core/csp/common.js, `trackScriptHashes`). It
 *   does not hash `<script is:inline>` — our pre-paint theme script (every page), the root page's
 *   language redirect and the sandbox's runner (the trial's policy lacked all three; the feature's docs
 *   say "Inline scripts are not supported out of the box": docs.astro.build/en/reference/experimental-
 *   flags/csp). Supplying those hashes by hand means hashing the built text anyway, as we do here.
 * - Its meta tag goes where Astro renders head content (runtime/server/render/head.js,
 *   `renderAllHeadContent`), i.e. after the layout's own `<head>` children: the theme script runs
 *   before any policy applies. Ours sits right after `<meta charset>`, before every script and style.
 * - One policy for every page. A page can only add sources (`Astro.csp.insertDirective`,
 *   `insertScriptResource`, …: core/fetch/fetch-state.js `getCsp`, which merges into the site's
 *   directives) and cannot leave the feature; so the notebook sandbox cannot get `default-src 'none'`,
 *   no `'self'`, `'unsafe-eval'` and `blob:` workers (`NOTEBOOK_SANDBOX` below). In the trial it got the
 *   site's policy, which blocks its (unhashed) runner script, and e2e/notebook.spec.ts failed with
 *   "Executing inline script violates … script-src". `Astro.csp` on that page could add its hash,
 *   'unsafe-eval' and blob:, but not take away the site's `'self'` sources (`default-src`,
 *   `connect-src`): the sandbox would run the reader's code with network access to the site.
 * - A static build without an adapter gets meta tags only (core/fetch/fetch-state.js: `cspDestination`
 *   is "meta" for prerendered pages; "adapter" only with an adapter's `staticHeaders`,
 *   core/build/plugins/plugin-manifest.js), so no `_headers` and no nginx include, and the trial build
 *   had neither. `frame-ancestors`, which differs per route (embeds vs. the rest), is ignored by
 *   browsers in a meta tag: a header file of ours is needed whatever Astro does.
 *
 * So this step stays whole: it is the one place that knows every inline script and every route's policy.
 * Revisit when Astro hashes `is:inline` scripts and lets a route replace (not only extend) the policy.
 */
import { createHash } from "node:crypto";
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

export type Policy = Record<string, string[]>;

/** A route with a policy of its own, matched against a page's path relative to the base (`en/embed/x/`). */
export interface CspRoute {
  /** Name shown in the generated files. */
  name: string;
  match(path: string): boolean;
  /** The whole policy for the route, given the site's script hashes. */
  policy(hashes: string[]): Policy;
}

/** The policy of every ordinary page. */
export function sitePolicy(hashes: string[]): Policy {
  return {
    "default-src": ["'self'"],
    // 'wasm-unsafe-eval': site search (Pagefind, added to dist/pagefind/ by scripts/build.sh after the
    // Astro build) compiles WebAssembly. It allows WebAssembly only, never eval() of JavaScript.
    "script-src": ["'self'", ...hashes, "'wasm-unsafe-eval'"],
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:"],
    // data: KaTeX's smallest fonts are inlined into the CSS by Vite.
    "font-src": ["'self'", "data:"],
    "connect-src": ["'self'"],
    // Same-origin workers (fitChinchilla runs in a Web Worker built as its own file).
    "worker-src": ["'self'"],
    // Essays and teaching pages may frame the site's own embeds.
    "frame-src": ["'self'"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'self'"],
  };
}

/** Embeds: the same, but any page (a course's LMS, a slide deck) may frame them. */
export const EMBED: CspRoute = {
  name: "embed",
  match: (path) => /^[^/]+\/embed\//.test(path),
  policy: (hashes) => ({ ...sitePolicy(hashes), "frame-ancestors": ["*"] }),
};

/**
 * The notebook sandbox (`/{lang}/notebook-sandbox/`, src/pages/[lang]/notebook-sandbox.astro): the
 * document that runs a reader's code, framed by the notebook with `<iframe sandbox="allow-scripts">`. It
 * must not share the site's policy: no network at all, only its own (hashed) inline script plus the
 * evaluation the runner needs ('unsafe-eval' only here, never on the site), framed only by the site.
 * Adjust it here, in one place; the e2e gate (e2e/every-page.spec.ts) checks it like every other page.
 */
export const NOTEBOOK_SANDBOX: CspRoute = {
  name: "notebook-sandbox",
  match: (path) => /(^|\/)notebook-sandbox\//.test(path),
  // No 'self' anywhere (notebook engineer, issue #8): the sandbox reaches no server, not even this
  // site's. Its one script is inline (hashed); the page fetches the runtime's code and hands it over,
  // and the frame runs it from blob: URLs (a Worker, importScripts). Styles are inline, images data:.
  policy: (hashes) => ({
    "default-src": ["'none'"],
    "script-src": [...hashes, "'unsafe-eval'", "blob:"],
    "style-src": ["'unsafe-inline'"],
    "img-src": ["data:", "blob:"],
    "font-src": ["data:"],
    "connect-src": ["'none'"],
    "worker-src": ["blob:"],
    "base-uri": ["'none'"],
    "form-action": ["'none'"],
    "frame-ancestors": ["'self'"],
  }),
};

/** Routes with their own policy, first match wins; every other page gets `sitePolicy`. */
export const ROUTES: CspRoute[] = [NOTEBOOK_SANDBOX, EMBED];

/**
 * Content-hashed build assets (`/_astro/…`) never change under their name: caches keep them for a year
 * without asking again. Pages keep the host's default (revalidated), so a new build is seen at once.
 */
export const IMMUTABLE_ASSETS = { path: "_astro/*", headers: { "Cache-Control": "public, max-age=31536000, immutable" } };

/** Headers for every response (hosts that support `_headers`; deploy/nginx.conf sets the same). */
export const COMMON_HEADERS: Record<string, string> = {
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "strict-origin-when-cross-origin",
};

export function serialize(policy: Policy, options: { meta?: boolean } = {}): string {
  return Object.entries(policy)
    .filter(([name]) => !(options.meta && (name === "frame-ancestors" || name === "sandbox" || name.startsWith("report-"))))
    .map(([name, values]) => [name, ...values].join(" "))
    .join("; ");
}

const INLINE_SCRIPT = /<script\b(?![^>]*\bsrc=)([^>]*)>([\s\S]*?)<\/script>/gi;

/** sha256 sources of a page's inline scripts (JSON data blocks are not scripts and are skipped). */
export function inlineScriptHashes(html: string): string[] {
  const out: string[] = [];
  for (const m of html.matchAll(INLINE_SCRIPT)) {
    const type = /\btype=["']?([^"'\s>]+)/i.exec(m[1])?.[1]?.toLowerCase();
    if (type && !["module", "text/javascript", "application/javascript"].includes(type)) continue;
    out.push(`'sha256-${createHash("sha256").update(m[2], "utf8").digest("base64")}'`);
  }
  return out;
}

/** Every `index.html` and other `.html` page under `dir`, as paths relative to it (`en/power-law/index.html`). */
export function htmlFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const full = join(d, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith(".html")) out.push(relative(dir, full).split(sep).join("/"));
    }
  };
  walk(dir);
  return out.sort();
}

/** The URL path of a built file relative to the base: `en/power-law/index.html` → `en/power-law/`. */
export function pagePath(file: string): string {
  return file === "index.html" ? "" : file.replace(/(^|\/)index\.html$/, "$1");
}

const META = /<meta http-equiv="Content-Security-Policy"[^>]*>\s*/i;

export interface CspResult {
  hashes: string[];
  pages: number;
  site: string;
  embed: string;
}

/**
 * Computes the policies for the build in `dir` (served under `base`, e.g. `/` or `/scaling-lab/`) and
 * writes `_headers`, `_csp.nginx.conf` and the meta tags. Idempotent: running it twice changes nothing.
 */
export function writeCsp(dir: string, base = process.env.BASE ?? "/"): CspResult {
  const root = resolve(dir);
  const prefix = base.replace(/\/?$/, "/");
  const files = htmlFiles(root);
  const html = new Map(files.map((f) => [f, readFileSync(join(root, f), "utf8").replace(META, "")]));
  const hashes = [...new Set([...html.values()].flatMap(inlineScriptHashes))].sort();
  const policyFor = (path: string): Policy => ROUTES.find((r) => r.match(path))?.policy(hashes) ?? sitePolicy(hashes);

  const rules: string[] = [
    "# Generated by scripts/csp.ts after each build: do not edit (see deploy/README.md).",
    "# One rule per page, so that no two Content-Security-Policy rules overlap.",
    `${prefix}*`,
    ...Object.entries(COMMON_HEADERS).map(([k, v]) => `  ${k}: ${v}`),
    `${prefix}${IMMUTABLE_ASSETS.path}`,
    ...Object.entries(IMMUTABLE_ASSETS.headers).map(([k, v]) => `  ${k}: ${v}`),
  ];
  for (const [file, text] of html) {
    const path = pagePath(file);
    const policy = policyFor(path);
    const urlPath = prefix + (file.endsWith("index.html") ? path : file);
    rules.push(urlPath, `  Content-Security-Policy: ${serialize(policy)}`);
    const meta = `<meta http-equiv="Content-Security-Policy" content="${serialize(policy, { meta: true }).replaceAll('"', "&quot;")}">`;
    // Right after <meta charset>, before any script or style, so it covers the whole document.
    const withMeta = /<meta charset[^>]*>/i.test(text) ? text.replace(/(<meta charset[^>]*>)/i, `$1${meta}`) : text.replace(/<head>/i, `<head>${meta}`);
    writeFileSync(join(root, file), withMeta);
  }
  writeFileSync(join(root, "_headers"), rules.join("\n") + "\n");

  const site = serialize(sitePolicy(hashes));
  const embed = serialize(EMBED.policy(hashes));
  writeFileSync(
    join(root, "_csp.nginx.conf"),
    [
      "# Generated by scripts/csp.ts after each build: the site's Content-Security-Policy for nginx.",
      "# Include it inside the server block; deploy/nginx.conf uses the three variables.",
      `set $scaling_lab_csp "${site}";`,
      `set $scaling_lab_csp_embed "${embed}";`,
      `set $scaling_lab_csp_notebook "${serialize(NOTEBOOK_SANDBOX.policy(hashes))}";`,
      "",
    ].join("\n"),
  );
  return { hashes, pages: files.length, site, embed };
}

/** Parses a `_headers` file into rules (Netlify / Cloudflare Pages syntax: path lines, indented headers). */
export function parseHeaders(text: string): { pattern: RegExp; headers: [string, string][] }[] {
  const rules: { pattern: RegExp; headers: [string, string][] }[] = [];
  for (const line of text.split("\n")) {
    if (!line.trim() || line.trim().startsWith("#")) continue;
    if (!/^\s/.test(line)) {
      const source = line.trim().replace(/[.+?^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*").replace(/:\w+/g, "[^/]+");
      rules.push({ pattern: new RegExp(`^${source}$`), headers: [] });
    } else if (rules.length) {
      const i = line.indexOf(":");
      if (i > 0) rules[rules.length - 1].headers.push([line.slice(0, i).trim(), line.slice(i + 1).trim()]);
    }
  }
  return rules;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { dir: { type: "string", default: process.env.DIST_DIR ?? "dist" } } });
  const result = writeCsp(values.dir!);
  console.log(`csp: ${result.pages} pages, ${result.hashes.length} inline script hash(es); wrote _headers and _csp.nginx.conf in ${values.dir}`);
}
