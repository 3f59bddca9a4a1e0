/**
 * The built site as the site benchmarks see it: the folder (`DIST_DIR`, default `dist/`), the base path
 * (`BASE`), the pages found in the build (never a hand-written list) and a local server for it.
 */
import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { htmlFiles, pagePath } from "../scripts/csp.ts";

export const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
export const DIST = resolve(root, process.env.DIST_DIR ?? "dist");
export const BASE = (process.env.BASE ?? "/").replace(/\/?$/, "/");
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export interface BuiltPage {
  /** Relative to the base, e.g. `en/power-law/`. */
  path: string;
  lang: string | null;
  kind: "root" | "home" | "essay" | "embed" | "page";
  html: string;
}

/** Every `index.html` page of the build. */
export function builtPages(): BuiltPage[] {
  return htmlFiles(DIST)
    .filter((f) => f === "index.html" || f.endsWith("/index.html"))
    .map((f) => {
      const path = pagePath(f);
      const html = readFileSync(join(DIST, f), "utf8");
      const lang = /^(en|zh)\//.exec(path)?.[1] ?? null;
      const kind = !lang ? "root" : path === `${lang}/` ? "home" : /^[^/]+\/embed\/[^/]+\/$/.test(path) ? "embed" : /<article\b[^>]*class="[^"]*\bessay\b/.test(html) ? "essay" : "page";
      return { path, lang, kind, html } as BuiltPage;
    });
}

/** The file a site URL (`/_astro/x.js`, `/scaling-lab/_astro/x.js`) is served from. */
export function fileOf(url: string): string {
  const path = url.startsWith(BASE) ? url.slice(BASE.length) : url.replace(/^\/+/, "");
  return join(DIST, path);
}

export function hasBuild(): boolean {
  return existsSync(DIST);
}

/** Serves the build with scripts/serve.ts (which sends its `_headers`, CSP included); returns a stop function. */
export async function serve(port: number): Promise<() => void> {
  const child = spawn(process.execPath, [join(root, "scripts/serve.ts"), "--port", String(port), "--dir", DIST], { cwd: root, stdio: "ignore", env: { ...process.env, BASE } });
  for (let i = 0; i < 100; i++) {
    try {
      await fetch(`http://localhost:${port}${BASE}`);
      break;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return () => child.kill();
}
