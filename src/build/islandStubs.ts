import { readFileSync } from "node:fs";
import type { AstroIntegration } from "astro";

/**
 * Two of Observable Plot's dependencies that every island carries but no island chart reaches, replaced
 * in the browser bundle (Vite's `client` environment only) by stubs that throw when used:
 *
 * - `d3-geo` (≈ 9 KB gzip): Plot reaches it only through a `projection` option, the geo marks
 *   (`geo`, `sphere`, `graticule`, `contour`, `density`), `geoCentroid` and a geo `clip`. Our charts are
 *   x/y charts and use none of them. Plot calls `geoTransform` once at load (its "reflect-y" projection),
 *   so that stub returns a transform whose `stream` throws instead.
 * - `d3-scale-chromatic` (≈ 7 KB gzip): Plot reaches it only to pick colours for a colour *scale*
 *   without a `range` (a data field as `fill`/`stroke`, a legend). Our charts pass colours themselves
 *   (CSS variables, which Plot draws as is) or give the scale its `range`; see src/build/islandStubs.test.ts.
 *   A colour field over *empty* data still makes Plot build a default (turbo) scale that it never
 *   applies; the stubs allow that (they throw only when called or when a table entry is read).
 *
 * Both are single-file bundles whose top-level code (scheme tables, `new Adder()`s) the bundler cannot
 * drop, and Plot's scheme and projection tables name every export, so tree-shaking alone keeps all of it.
 * The server render (prerendered charts, OpenGraph cards) and the notebook's Plot (a worker bundle, with
 * its own plugins) keep the real packages: a notebook cell may draw a map or use a scheme.
 */
export const STUBBED = ["d3-geo", "d3-scale-chromatic"] as const;

const PREFIX = "\0island-stub:";

/** The names a d3 `dist/*.mjs` bundle exports, read from its closing `export { local as name, … }`. */
export function exportedNames(bundle: string): string[] {
  const block = [...bundle.matchAll(/export\s*\{([^}]*)\}/g)].at(-1)?.[1];
  if (!block) throw new Error("islandStubs: no `export { … }` statement found in the bundle");
  return block
    .split(",")
    .map((s) => s.trim().split(/\s+as\s+/).at(-1)!)
    .filter(Boolean);
}

/**
 * A module exporting `names`, each throwing, naming itself, when it is used: a function when called, a
 * colour table (`scheme…`) when one of its entries is read. Merely holding or inspecting one does not
 * throw: Plot builds a colour scale even for a mark whose data is empty, and only uses it on values.
 */
export function stubModule(pkg: string, names: string[]): string {
  const lines = [
    `const fail = (name) => { throw new Error(\`\${name} (${pkg}) is left out of the island bundles: see src/build/islandStubs.ts\`); };`,
    `const missing = (name) => function () { fail(name); };`,
    `const missingTable = (name) => new Proxy([], { get(target, key) { if (typeof key === "string" && /^\\d+$/.test(key)) fail(name); return Reflect.get(target, key); } });`,
  ];
  for (const name of names) {
    if (name === "geoTransform") {
      // Called once as Plot loads (its "reflect-y" projection); the transform throws only when used.
      lines.push(`export function geoTransform() { return { stream: missing("geoTransform") }; }`);
    } else {
      lines.push(`export const ${name} = /*#__PURE__*/ ${name.startsWith("scheme") ? "missingTable" : "missing"}(${JSON.stringify(name)});`);
    }
  }
  return lines.join("\n") + "\n";
}

export function islandStubs(): AstroIntegration {
  return {
    name: "scaling-lab:island-stubs",
    hooks: {
      "astro:config:setup": ({ updateConfig }) => {
        updateConfig({
          vite: {
            plugins: [
              {
                name: "scaling-lab:island-stubs",
                enforce: "pre",
                applyToEnvironment: (environment) => environment.name === "client",
                async resolveId(id, importer) {
                  if (!(STUBBED as readonly string[]).includes(id)) return null;
                  const real = await this.resolve(id, importer, { skipSelf: true });
                  if (!real) return null;
                  return { id: `${PREFIX}${id}?${real.id}`, moduleSideEffects: false };
                },
                load(id) {
                  if (!id.startsWith(PREFIX)) return null;
                  const [pkg, file] = id.slice(PREFIX.length).split("?");
                  return stubModule(pkg, exportedNames(readFileSync(file, "utf8")));
                },
              },
            ],
          },
        });
      },
    },
  };
}
