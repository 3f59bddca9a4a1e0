/**
 * Small, dependency-free readers of MDX source used by the content rules. They work on the text with
 * offsets (so every report has a line and column) and know just enough MDX: frontmatter, ESM lines,
 * fenced and inline code, `{/* comments *\/}`, JSX tags with `"…"` and `{…}` attributes, math.
 */

/** 1-based line and column of `offset` in `source`. */
export function lineColumn(source: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = source.indexOf("\n"); i !== -1 && i < offset; i = source.indexOf("\n", i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

/** Replaces `[start, end)` of `units` by spaces, keeping newlines (so offsets and lines survive). */
function blank(units: string[], start: number, end: number): void {
  for (let i = start; i < end; i++) if (units[i] !== "\n") units[i] = " ";
}

/**
 * The source with everything that is not text a reader sees blanked out: frontmatter, `import`/`export`
 * statements, fenced code (notebook cells), inline code, `{…}` expressions and comments. JSX tags and
 * math are kept (see `proseOnly`). Offsets are unchanged.
 */
export function withoutCode(source: string): string {
  // Split by UTF-16 unit (not code point), the unit offsets and columns count in.
  const units = source.split("");
  const mark = (re: RegExp) => {
    for (const m of source.matchAll(re)) blank(units, m.index, m.index + m[0].length);
  };
  mark(/^---\n[\s\S]*?\n---\n/g); // frontmatter (only at the start: the pattern is anchored by `^` and the first match)
  mark(/^```[\s\S]*?^```[^\n]*$/gm); // fenced code
  mark(/^(?:import|export)\b[\s\S]*?(?=\n\s*\n|$(?![\s\S]))/gm); // ESM up to the next blank line
  mark(/\{\/\*[\s\S]*?\*\/\}/g); // MDX comments
  mark(/`[^`\n]+`/g); // inline code
  return units.join("");
}

/** A JSX element found in the source. */
export interface Element {
  name: string;
  /** Offset of `<`. */
  start: number;
  /** Offset just after the opening tag's `>`. */
  openEnd: number;
  selfClosing: boolean;
  /** The attributes of the opening tag by name. */
  attributes: Map<string, Attribute>;
  /** Body `[bodyStart, bodyEnd)`, empty for a self-closing tag or a missing close. */
  bodyStart: number;
  bodyEnd: number;
}

/** An attribute: `name="text"` (`string`), `name={expr}` (`expression`, text without the braces) or bare `name` (`boolean`). */
export interface Attribute {
  kind: "string" | "expression" | "boolean";
  value: string;
  offset: number;
}

/** Index just after the `}` that closes the `{` at `open`, skipping strings, template literals and comments. */
export function matchBrace(source: string, open: number): number {
  let depth = 0;
  for (let i = open; i < source.length; i++) {
    const c = source[i];
    if (c === "{") depth++;
    else if (c === "}") {
      depth--;
      if (depth === 0) return i + 1;
    } else if (c === '"' || c === "'" || c === "`") {
      const close = source.indexOf(c, i + 1);
      if (close === -1) return source.length;
      i = close;
    } else if (c === "/" && source[i + 1] === "*") {
      const close = source.indexOf("*/", i + 2);
      i = close === -1 ? source.length : close + 1;
    }
  }
  return source.length;
}

/**
 * Every `<name …>` element in `source` (outside code: pass `withoutCode(source)` as `mask` to skip
 * code regions), with its attributes and body. Elements of the same name are not expected to nest.
 */
export function findElements(source: string, name: string, mask: string = withoutCode(source)): Element[] {
  const out: Element[] = [];
  const open = new RegExp(`<${name}(?=[\\s/>])`, "g");
  for (const m of mask.matchAll(open)) {
    const start = m.index;
    const attributes = new Map<string, Attribute>();
    let i = start + 1 + name.length;
    let selfClosing = false;
    while (i < source.length) {
      const c = source[i];
      if (/\s/.test(c)) { i++; continue; }
      if (c === "/" && source[i + 1] === ">") { selfClosing = true; i += 2; break; }
      if (c === ">") { i++; break; }
      if (c === "{") { i = matchBrace(source, i); continue; } // spread `{...props}`
      const attr = /^[A-Za-z_:][\w:.-]*/.exec(source.slice(i, i + 100));
      if (!attr) { i++; continue; }
      const attrName = attr[0];
      const attrOffset = i;
      i += attrName.length;
      if (source[i] !== "=") { attributes.set(attrName, { kind: "boolean", value: "", offset: attrOffset }); continue; }
      i++;
      const q = source[i];
      if (q === '"' || q === "'") {
        const close = source.indexOf(q, i + 1);
        const end = close === -1 ? source.length : close;
        attributes.set(attrName, { kind: "string", value: source.slice(i + 1, end), offset: attrOffset });
        i = end + 1;
      } else if (q === "{") {
        const end = matchBrace(source, i);
        attributes.set(attrName, { kind: "expression", value: source.slice(i + 1, end - 1), offset: attrOffset });
        i = end;
      }
    }
    const openEnd = i;
    let bodyStart = openEnd;
    let bodyEnd = openEnd;
    if (!selfClosing) {
      const close = mask.indexOf(`</${name}>`, openEnd);
      if (close !== -1) bodyEnd = close;
      else bodyStart = bodyEnd = openEnd;
    }
    out.push({ name, start, openEnd, selfClosing, attributes, bodyStart, bodyEnd });
  }
  return out;
}

/** The blocks of the source: runs of non-blank lines, as `[start, end)` offsets, in order. */
export function blocks(source: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const m of source.matchAll(/[^\n]*\S[^\n]*(?:\n[^\n]*\S[^\n]*)*/g)) out.push([m.index, m.index + m[0].length]);
  return out;
}

/** `[start, end)` of every math span, `$$…$$` (display) and `$…$` (inline), in `mask`. */
export function mathSpans(mask: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const m of mask.matchAll(/\$\$[\s\S]*?\$\$|\$[^$\n]+\$/g)) out.push([m.index, m.index + m[0].length]);
  return out;
}

/**
 * The text a reader sees as prose or math, everything else blanked (offsets kept): `withoutCode`, then
 * JSX/HTML tags with their attributes (a `<Num …/>` disappears whole; the text inside `<Term>…</Term>`
 * stays), `{…}` expressions outside math, and link targets `](…)`.
 */
export function proseOnly(source: string): string {
  const mask = withoutCode(source);
  const units = mask.split("");
  const math = mathSpans(mask);
  const inMath = (i: number) => math.some(([s, e]) => i >= s && i < e);
  for (let i = 0; i < mask.length; i++) {
    const c = mask[i];
    if (c === "<" && /[A-Za-z/]/.test(mask[i + 1] ?? "") && !inMath(i)) {
      let j = i + 1;
      while (j < source.length && source[j] !== ">") {
        if (source[j] === "{") j = matchBrace(source, j);
        else if (source[j] === '"' || source[j] === "'") {
          const close = source.indexOf(source[j], j + 1);
          j = close === -1 ? source.length : close + 1;
        } else j++;
      }
      blank(units, i, j + 1);
      i = j;
    } else if (c === "{" && !inMath(i)) {
      const end = matchBrace(source, i);
      blank(units, i, end);
      i = end - 1;
    } else if (c === "]" && mask[i + 1] === "(") {
      const close = mask.indexOf(")", i + 2);
      if (close !== -1 && !mask.slice(i, close).includes("\n")) {
        blank(units, i + 1, close + 1);
        i = close;
      }
    }
  }
  return units.join("");
}
