import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { importsOf, packageOf } from "./imports.ts";

/**
 * Every package the code imports is declared in package.json: one that resolves only because another
 * package depends on it (as `d3-array` did through Plot) breaks when that package changes.
 */

const root = fileURLToPath(new URL("../../", import.meta.url));
const SCANNED = ["src", "scripts", "bench", "e2e"];
const CODE = /\.(?:[cm]?[jt]sx?|astro)$/;

function files(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((e) =>
    e.name === "node_modules" ? [] : e.isDirectory() ? files(join(dir, e.name)) : CODE.test(e.name) ? [join(dir, e.name)] : [],
  );
}

const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as Record<string, Record<string, string> | undefined>;
const DECLARED: string[] = Object.keys({ ...pkg.dependencies, ...pkg.devDependencies });

/** `@types/…` of a package: `@types/node`, `@types/babel__core` for `@babel/core`. */
const typesOf = (name: string) => `@types/${name.replace(/^@([^/]+)\/(.+)$/, "$1__$2")}`;

/**
 * Type-only imports of packages that are not declared, which resolve through Astro's own dependencies.
 * They are erased when compiled, so nothing breaks at run time; declaring `@types/hast`, `@types/mdast`
 * and `vfile` as devDependencies would empty this list.
 */
const UNDECLARED_TYPES = new Set(["hast", "mdast", "vfile"]);

const scanned = [...SCANNED.flatMap(files), ...readdirSync(root).filter((f) => /\.config\.[cm]?[jt]s$/.test(f))];
/** Every import of every scanned file (read once: parsing ~430 files takes a few seconds). */
const found = scanned.flatMap((path) => importsOf(readFileSync(join(root, path), "utf8"), path).map((i) => ({ ...i, path })));

/** Each package imported that `declared` lacks, with where: `d3-array (src/notebook/stdlib.ts)`. A type-only import may be declared through `@types/…`. */
function undeclared(declared: Iterable<string>, undeclaredTypes = UNDECLARED_TYPES): string[] {
  const have = new Set(declared);
  const missing = new Map<string, Set<string>>();
  for (const { specifier, typeOnly, path } of found) {
    const name = packageOf(specifier);
    if (name === null || have.has(name) || (typeOnly && (have.has(typesOf(name)) || undeclaredTypes.has(name)))) continue;
    missing.set(name, (missing.get(name) ?? new Set()).add(path));
  }
  return [...missing].map(([name, where]) => `${name} (${[...where].join(", ")})`).sort();
}

describe("importsOf(text, fileName)", () => {
  it("finds static, side-effect, re-exported, dynamic and required imports, not those in strings or comments", () => {
    const text = [
      'import a from "pkg-a";',
      'import "./style.css";',
      'export { b } from "@scope/pkg-b/sub";',
      'const c = await import("pkg-c");',
      'const d = require("pkg-d");',
      '// import e from "pkg-e";',
      'const s = "import f from \'pkg-f\'";',
    ].join("\n");
    expect(importsOf(text, "x.ts").map((i) => i.specifier)).toEqual(["pkg-a", "./style.css", "@scope/pkg-b/sub", "pkg-c", "pkg-d"]);
  });

  it("marks type-only imports, and a .d.ts file's", () => {
    const text = 'import type { A } from "a";\nimport { type B } from "b";\nexport type { C } from "c";\ntype D = typeof import("d");';
    expect(importsOf(text, "x.ts")).toEqual([
      { specifier: "a", typeOnly: true },
      { specifier: "b", typeOnly: false },
      { specifier: "c", typeOnly: true },
      { specifier: "d", typeOnly: true },
    ]);
    expect(importsOf('import { X } from "x";', "x.d.ts")).toEqual([{ specifier: "x", typeOnly: true }]);
  });

  it("reads an .astro file's frontmatter and bundled scripts, not its inline scripts", () => {
    const text = '---\nimport A from "pkg-a";\n---\n<p>import b from "pkg-b"</p>\n<script>import "pkg-c";</script>\n<script is:inline>import("pkg-d")</script>';
    expect(importsOf(text, "X.astro").map((i) => i.specifier)).toEqual(["pkg-a", "pkg-c"]);
  });
});

describe("packageOf(specifier)", () => {
  it("names the package of a bare specifier or a subpath", () => {
    expect(packageOf("d3-array")).toBe("d3-array");
    expect(packageOf("d3-array/foo")).toBe("d3-array");
    expect(packageOf("@scope/pkg/x")).toBe("@scope/pkg");
    expect(packageOf("katex/dist/katex.min.css?url")).toBe("katex");
    expect(packageOf("../../node_modules/@observablehq/inputs/dist/index.css")).toBe("@observablehq/inputs");
  });

  it("is null for paths, Node builtins, Astro virtual modules and the ~/ alias", () => {
    for (const s of ["./a.ts", "../a.ts", "..", "/abs.js", "node:fs", "fs", "path/posix", "astro:content", "astro:i18n", "~/lib/scaling/index.ts"]) {
      expect(packageOf(s), s).toBeNull();
    }
  });
});

describe("package.json declares every package that src/, scripts/, bench/ and e2e/ import", () => {
  it("scans the code", () => {
    expect(scanned.length).toBeGreaterThan(100);
    expect(scanned).toContain("src/notebook/stdlib.ts");
  });

  it("every imported package is a dependency or devDependency", () => {
    expect(undeclared(DECLARED)).toEqual([]);
  });

  it("a package that is imported but not declared is named, with the files that import it", () => {
    const without = DECLARED.filter((name) => name !== "d3-array" && name !== "d3-format");
    const missing = undeclared(without);
    expect(missing.find((m) => m.startsWith("d3-array "))).toContain("src/notebook/stdlib.ts");
    expect(missing.find((m) => m.startsWith("d3-format "))).toContain("src/notebook/stdlib.ts");
  });

  it("a type-only import counts as declared through its @types package", () => {
    expect(undeclared(DECLARED, new Set()).map((m) => m.split(" ")[0])).toEqual(["hast", "mdast", "vfile"]);
    expect(undeclared([...DECLARED, "@types/hast", "@types/mdast", "vfile"], new Set())).toEqual([]);
    const withoutTypescript = DECLARED.filter((name) => name !== "typescript");
    expect(undeclared(withoutTypescript).find((m) => m.startsWith("typescript "))).toContain("src/build/imports.ts");
  });
});
