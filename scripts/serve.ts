/**
 * A small static server for the built site (`dist/`), used by `npm start` and the end-to-end tests.
 * Serves under the same base path the site was built for (`BASE`, default `/`), sends `index.html`
 * for directories and the site's 404 page otherwise. Loopback only. When the build has a `_headers` file
 * (written by scripts/csp.ts: the Content-Security-Policy and friends), its headers are sent as a
 * static host would, so the end-to-end tests run with the CSP applied.
 *
 * Text (HTML, CSS, JS, SVG, JSON) is gzipped when the browser accepts it, as every static host does:
 * Lighthouse in `npm run bench` must see the bytes a reader downloads, not four times as many.
 *
 * Usage: node scripts/serve.ts [--port 4321] [--dir dist]
 */
import { createServer } from "node:http";
import { createReadStream, existsSync, readFileSync, statSync } from "node:fs";
import { extname, join, normalize, resolve } from "node:path";
import { parseArgs } from "node:util";
import { createGzip } from "node:zlib";
import { parseHeaders } from "./csp.ts";

const { values } = parseArgs({ options: { port: { type: "string", default: process.env.PORT ?? "4321" }, dir: { type: "string", default: "dist" } } });
const root = resolve(values.dir!);
const base = (process.env.BASE ?? "/").replace(/\/?$/, "/");
const port = Number(values.port);
const headerRules = existsSync(join(root, "_headers")) ? parseHeaders(readFileSync(join(root, "_headers"), "utf8")) : [];

/** Headers of every `_headers` rule matching the path; the same header from several rules is joined (as Netlify does). */
function headersFor(urlPath: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const rule of headerRules) {
    if (!rule.pattern.test(urlPath)) continue;
    for (const [name, value] of rule.headers) (out[name.toLowerCase()] ??= []).push(value);
  }
  return out;
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8", ".svg": "image/svg+xml", ".json": "application/json", ".xml": "application/xml",
  ".woff2": "font/woff2", ".woff": "font/woff", ".ttf": "font/ttf", ".png": "image/png", ".jpg": "image/jpeg",
  ".ico": "image/x-icon", ".txt": "text/plain; charset=utf-8", ".csv": "text/csv; charset=utf-8", ".wasm": "application/wasm",
  ".pf_meta": "application/octet-stream", ".pf_fragment": "application/octet-stream", ".pf_index": "application/octet-stream",
};

function resolveFile(urlPath: string): string | null {
  if (!urlPath.startsWith(base)) return null;
  const rel = decodeURIComponent(urlPath.slice(base.length));
  if (/^_(headers|csp\.nginx\.conf)$/.test(rel)) return null; // host configuration, not content
  const file = normalize(join(root, rel));
  if (!file.startsWith(root)) return null;
  if (existsSync(file) && statSync(file).isDirectory()) {
    const index = join(file, "index.html");
    return existsSync(index) ? index : null;
  }
  return existsSync(file) ? file : null;
}

const server = createServer((req, res) => {
  const url = new URL(req.url ?? "/", "http://localhost");
  if (url.pathname === base.slice(0, -1)) {
    res.writeHead(301, { location: base + url.search });
    return res.end();
  }
  // Directory URLs without a trailing slash redirect, as static hosts do.
  const file = resolveFile(url.pathname);
  if (!file && !url.pathname.endsWith("/") && resolveFile(url.pathname + "/")) {
    res.writeHead(301, { location: url.pathname + "/" + url.search });
    return res.end();
  }
  const found = file ?? resolveFile(base + "404.html");
  if (!found) {
    res.writeHead(404, { "content-type": "text/plain" });
    return res.end("Not found");
  }
  const type = TYPES[extname(found)] ?? "application/octet-stream";
  const gzip = /^(text\/|image\/svg|application\/(json|xml))/.test(type) && /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""));
  res.writeHead(file ? 200 : 404, { ...headersFor(url.pathname), "content-type": type, vary: "accept-encoding", ...(gzip ? { "content-encoding": "gzip" } : {}) });
  const body = createReadStream(found);
  if (gzip) body.pipe(createGzip()).pipe(res);
  else body.pipe(res);
});

server.listen(port, "127.0.0.1", () => {
  console.log(`Scaling Lab is served at http://localhost:${port}${base}  (Ctrl+C to stop)`);
});
