import { isBuiltin } from "node:module";
import ts from "typescript";

/**
 * The modules a source file imports, read with TypeScript's parser (so an `import` inside a string or a
 * comment is not one): static `import … from`, `import "…"`, `export … from`, `import("…")`,
 * `require("…")`, and, as type-only, `import type`, `export type`, `typeof import("…")` and
 * `/// <reference types>`. An `.astro` file is read through its frontmatter and its bundled `<script>`s;
 * a `.d.ts` file imports types only.
 */

export interface Import {
  specifier: string;
  /** Erased when compiled: `import type …`, `export type …`, an `import("…")` type, a `.d.ts` file. */
  typeOnly: boolean;
}

/** The TypeScript inside an `.astro` file: its frontmatter and its `<script>`s that are bundled (not `is:inline`). */
function astroCode(text: string): string {
  const parts: string[] = [];
  const front = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  if (front) parts.push(front[1]);
  for (const m of text.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) if (!/\bis:inline\b/.test(m[1])) parts.push(m[2]);
  return parts.join("\n;\n");
}

export function importsOf(text: string, fileName: string): Import[] {
  const code = fileName.endsWith(".astro") ? astroCode(text) : text;
  const kind = /\.[cm]?jsx?$/.test(fileName) ? ts.ScriptKind.JSX : ts.ScriptKind.TSX;
  const file = ts.createSourceFile(fileName.replace(/\.astro$/, ".ts"), code, ts.ScriptTarget.Latest, true, kind);
  const declarationFile = /\.d\.[cm]?ts$/.test(fileName);
  const out: Import[] = [];
  const add = (node: ts.Node | undefined, typeOnly: boolean) => {
    if (node && ts.isStringLiteralLike(node)) out.push({ specifier: node.text, typeOnly: typeOnly || declarationFile });
  };
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node)) add(node.moduleSpecifier, node.importClause?.isTypeOnly ?? false);
    else if (ts.isExportDeclaration(node)) add(node.moduleSpecifier, node.isTypeOnly);
    else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference)) add(node.moduleReference.expression, node.isTypeOnly);
    else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) add(node.argument.literal, true);
    else if (ts.isCallExpression(node) && node.arguments.length >= 1) {
      const callee = node.expression;
      if (callee.kind === ts.SyntaxKind.ImportKeyword || (ts.isIdentifier(callee) && callee.text === "require")) add(node.arguments[0], false);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  for (const ref of file.typeReferenceDirectives) out.push({ specifier: ref.fileName, typeOnly: true });
  return out;
}

/**
 * The package a specifier names (`d3-array/foo` → `d3-array`, `@scope/pkg/x` → `@scope/pkg`, a path into
 * `node_modules/` → the package there), or null for what is not a package: a relative or absolute path,
 * a Node builtin (`node:fs`, `fs`), an Astro virtual module (`astro:content`), the `~/` alias of `src/`.
 */
export function packageOf(specifier: string): string | null {
  const bare = specifier.replace(/[?#].*$/, "");
  const inNodeModules = /(?:^|\/)node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(bare);
  if (inNodeModules) return inNodeModules[1];
  if (/^(?:\.{1,2}(?:\/|$)|\/|~\/|astro:|virtual:|[a-z][a-z0-9+.-]*:\/\/)/.test(bare) || isBuiltin(bare)) return null;
  const m = /^(@[^/]+\/[^/]+|[^/@][^/]*)/.exec(bare);
  return m ? m[1] : null;
}
