/**
 * Lets plain Node (24) import the lab's TensorFlow.js code the way Vite does: tfjs's ES-module builds
 * (`dist/index.js`, the packages' "module" field) use extensionless relative imports and sit in
 * packages without `"type": "module"`, so Node's own resolver would pick the CommonJS bundles instead —
 * and a second copy of tfjs-core with them. Registered by `node --import ./scripts/lab-node-hooks.mjs`.
 */
import { existsSync, readFileSync } from "node:fs";
import { createRequire, register } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const TFJS = /[\\/]node_modules[\\/]@tensorflow[\\/]tfjs-[a-z-]+[\\/]dist[\\/]/;

export async function resolve(specifier, context, next) {
  // Bare "@tensorflow/tfjs-core" (and backends) → the package's ES-module entry.
  const bare = /^@tensorflow\/(tfjs-[a-z-]+)$/.exec(specifier);
  if (bare) {
    const pkg = createRequire(import.meta.url).resolve(`@tensorflow/${bare[1]}/package.json`);
    const entry = JSON.parse(readFileSync(pkg, "utf8")).module;
    return { url: pathToFileURL(join(dirname(pkg), entry)).href, format: "module", shortCircuit: true };
  }
  // Extensionless deep imports ("@tensorflow/tfjs-backend-cpu/dist/shared") → add ".js".
  if (/^@tensorflow\/tfjs-[a-z-]+\/dist\//.test(specifier) && !/\.[cm]?js$/.test(specifier)) {
    return next(`${specifier}.js`, context);
  }
  // Extensionless relative imports inside tfjs's dist → add ".js".
  if (context.parentURL && TFJS.test(context.parentURL) && specifier.startsWith(".") && !/\.[cm]?js$/.test(specifier)) {
    const url = new URL(specifier, context.parentURL);
    const file = fileURLToPath(url);
    const candidate = existsSync(`${file}.js`) ? `${url.href}.js` : `${url.href}/index.js`;
    return { url: candidate, format: "module", shortCircuit: true };
  }
  return next(specifier, context);
}

export async function load(url, context, next) {
  // tfjs's ES-module files (not its *.node.js / UMD bundles) are modules whatever package.json says.
  if (TFJS.test(url) && url.endsWith(".js") && !/tf-[a-z-]+(\.node|\.es2017|\.min)?\.js$/.test(url)) {
    const loaded = await next(url, { ...context, format: "module" });
    // seedrandom is CommonJS whose named functions Node cannot see statically: take its default export.
    const source = String(loaded.source).replace("import * as seedrandom from 'seedrandom';", "import seedrandom from 'seedrandom';");
    // Node-only branches call require('util'), require('fs')…; give those modules a require of their own.
    if (!/\brequire\(/.test(source)) return { ...loaded, source };
    return { ...loaded, source: `import { createRequire as __labRequire } from "node:module"; const require = __labRequire(import.meta.url);\n${source}` };
  }
  return next(url, context);
}

if (!import.meta.url.includes("?hooks")) register(`${import.meta.url}?hooks`, import.meta.url);
