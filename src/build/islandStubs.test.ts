import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { exportedNames, stubModule } from "./islandStubs.ts";

const root = fileURLToPath(new URL("../../", import.meta.url));
const load = (code: string) => import(/* @vite-ignore */ `data:text/javascript,${encodeURIComponent(code)}`);

describe("exportedNames(bundle)", () => {
  it("reads the public names of a d3 bundle's closing export statement", () => {
    expect(exportedNames("function a() {}\nexport { a as geoPath, transform as geoTransform, geoStream };\n")).toEqual(["geoPath", "geoTransform", "geoStream"]);
  });

  it("reads the real packages' exports (the names Plot imports are among them)", () => {
    const geo = exportedNames(readFileSync(join(root, "node_modules/d3-geo/dist/d3-geo.mjs"), "utf8"));
    const chromatic = exportedNames(readFileSync(join(root, "node_modules/d3-scale-chromatic/dist/d3-scale-chromatic.mjs"), "utf8"));
    expect(geo).toEqual(expect.arrayContaining(["geoPath", "geoTransform", "geoAlbersUsa", "geoGraticule10", "geoCentroid"]));
    expect(chromatic).toEqual(expect.arrayContaining(["schemeObservable10", "schemeGreys", "interpolateTurbo", "interpolateRdBu"]));
  });

  it("refuses a file without an export statement", () => {
    expect(() => exportedNames("module.exports = {};")).toThrow(/no `export/);
  });
});

describe("stubModule(pkg, names)", () => {
  it("exports every name, each throwing with its name and package when called or read", async () => {
    const m = await load(stubModule("d3-scale-chromatic", ["schemeGreys", "interpolateTurbo"]));
    expect(() => m.interpolateTurbo(0.5)).toThrow(/interpolateTurbo \(d3-scale-chromatic\).*islandStubs\.ts/);
    expect(() => m.schemeGreys[3]).toThrow(/schemeGreys \(d3-scale-chromatic\)/);
  });

  it("does not throw when a stub is only held or inspected (Plot's colour scale for a mark with no data)", async () => {
    const m = await load(stubModule("d3-scale-chromatic", ["schemeGreys", "interpolateTurbo"]));
    expect(typeof m.interpolateTurbo).toBe("function");
    expect(m.interpolateTurbo.length).toBe(0);
    expect(m.schemeGreys.length).toBe(0);
  });

  it("lets Plot call geoTransform as it loads, and throws only when the transform is used", async () => {
    const m = await load(stubModule("d3-geo", ["geoTransform"]));
    const transform = m.geoTransform({ point() {} });
    expect(() => transform.stream({})).toThrow(/geoTransform \(d3-geo\)/);
  });
});

/** Source files that call Plot in the browser (the notebook's Plot is a worker bundle and keeps both packages). */
function islandChartSources(): string[] {
  const dir = join(root, "src/charts");
  return readdirSync(dir)
    .filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"))
    .map((f) => join(dir, f))
    .filter((f) => readFileSync(f, "utf8").includes("@observablehq/plot"));
}

describe("the island charts", () => {
  it("use no projection, geo mark or named colour scheme (left out of the island bundles)", () => {
    const files = islandChartSources();
    expect(files.length).toBeGreaterThan(5);
    const used = files.flatMap((f) => {
      const text = readFileSync(f, "utf8");
      return [...text.matchAll(/\bprojection\s*:|\bscheme\s*:|\bPlot\.(?:geo|sphere|graticule|contour|density|geoCentroid|centroid|raster)\b|\bpivot\s*:/g)].map((m) => `${f.slice(root.length)}: ${m[0]}`);
    });
    expect(used).toEqual([]);
  });
});
