import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { parse, type Font, type Glyph, type PathCommand } from "opentype.js/dist/opentype.mjs";

/**
 * Text as SVG path data, so the preview cards need no system font: resvg gets only shapes, and the
 * build renders the same card on any machine. The font is Noto Sans SC (Latin and Simplified Chinese)
 * from @fontsource/noto-sans-sc, which ships it split into ~100 unicode-range chunks the way Google
 * Fonts serves it. A card parses only the chunks its characters live in (~25 ms each), not the 1.5 MB
 * full font; parsed chunks and look-ups are cached for the whole build.
 */

export type Weight = 400 | 700;

export interface TextStyle {
  size: number;
  weight: Weight;
  /** Extra space after each character, in pixels. */
  letterSpacing?: number;
}

const require = createRequire(import.meta.url);
const PACKAGE = "@fontsource/noto-sans-sc";

let ranges: { lo: number; hi: number; chunk: string }[] | undefined;

/** unicode.json: `{"[21]": "U+4e00-4e01,…", "latin": "U+0000-00ff,…"}` → flat ranges with chunk names. */
function chunkRanges() {
  ranges ??= Object.entries(JSON.parse(readFileSync(require.resolve(`${PACKAGE}/unicode.json`), "utf8")) as Record<string, string>).flatMap(
    ([key, list]) =>
      list.split(",").map((range) => {
        const [lo, hi = lo] = range.trim().replace(/^U\+/i, "").split("-");
        return { lo: parseInt(lo, 16), hi: parseInt(hi, 16), chunk: key.replace(/^\[(\d+)\]$/, "$1") };
      }),
  );
  return ranges;
}

const fonts = new Map<string, Font>();

function chunkFont(chunk: string, weight: Weight): Font {
  const file = `noto-sans-sc-${chunk}-${weight}-normal.woff`;
  let font = fonts.get(file);
  if (!font) {
    const bytes = readFileSync(require.resolve(`${PACKAGE}/files/${file}`));
    font = parse(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    fonts.set(file, font);
  }
  return font;
}

const found = new Map<string, Font | null>();

/** The chunk whose cmap has `char` (unicode.json narrows the candidates), or null: it would be tofu. */
export function fontFor(char: string, weight: Weight): Font | null {
  const key = `${weight}${char}`;
  if (!found.has(key)) {
    const cp = char.codePointAt(0)!;
    const candidates = chunkRanges().filter((r) => cp >= r.lo && cp <= r.hi);
    found.set(key, candidates.map((r) => chunkFont(r.chunk, weight)).find((f) => f.hasChar(char)) ?? null);
  }
  return found.get(key)!;
}

// Noto Sans SC has ¹²³ but not ⁰ or ⁴–⁹, which the charts' powers of ten use ("10²⁶"): every superscript
// digit is set as a small raised digit instead, so all of them match.
const SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

/** The font and glyph to draw `char` with, scaled and raised for a superscript digit; null for tofu. */
function resolve(char: string, weight: Weight): { font: Font; glyph: Glyph; scale: number; rise: number } | null {
  const digit = SUPERSCRIPTS.indexOf(char);
  const drawn = digit >= 0 ? String(digit) : char;
  const font = fontFor(drawn, weight);
  return font && { font, glyph: font.charToGlyph(drawn), scale: digit >= 0 ? 0.62 : 1, rise: digit >= 0 ? 0.38 : 0 };
}

/** Characters of `text` that no chunk can draw (they are left out of the card). */
export function missingChars(text: string, weight: Weight): string[] {
  return [...new Set(text)].filter((c) => !resolve(c, weight));
}

interface Placed {
  glyph: Glyph;
  x: number;
  size: number;
  rise: number;
}

function layout(text: string, style: TextStyle): { placed: Placed[]; width: number } {
  const spacing = style.letterSpacing ?? 0;
  const placed: Placed[] = [];
  let x = 0;
  let prev: { glyph: Glyph; font: Font } | undefined;
  for (const char of text) {
    const found = resolve(char, style.weight);
    if (!found) continue;
    const { font, glyph } = found;
    const size = style.size * found.scale;
    const px = size / font.unitsPerEm;
    // Kerning pairs live inside one chunk; a pair across chunks (Latin next to Han) has none anyway.
    // (opentype.js answers NaN for some pairs its GPOS reader cannot follow.)
    if (prev?.font === font) x += (font.getKerningValue(prev.glyph, glyph) || 0) * px;
    placed.push({ glyph, x, size, rise: found.rise * style.size });
    x += (glyph.advanceWidth ?? 0) * px + spacing;
    prev = { glyph, font };
  }
  return { placed, width: placed.length ? x - spacing : 0 };
}

/** Advance width of `text` in pixels. */
export function measure(text: string, style: TextStyle): number {
  return layout(text, style).width;
}

// One decimal is a tenth of a pixel; `+ 0` turns -0 into 0. (opentype.js's own toPathData prints a
// rounded -0 as "0" with no separator, so "3.1" and "0" run together into "3.10" and the path breaks.)
const num = (v: number) => String(Math.round(v * 10) / 10 + 0);
const COORDS = { M: ["x", "y"], L: ["x", "y"], Q: ["x1", "y1", "x", "y"], C: ["x1", "y1", "x2", "y2", "x", "y"], Z: [] } as const;
const pathData = (commands: PathCommand[]) => commands.map((c) => c.type + COORDS[c.type].map((k) => num(c[k])).join(" ").replace(/ -/g, "-")).join("");

/** Path data for `text` with its baseline at `y`; `anchor` places `x` like SVG's `text-anchor`. */
export function textPath(text: string, x: number, y: number, style: TextStyle, anchor: "start" | "middle" | "end" = "start"): string {
  const { placed, width } = layout(text, style);
  const left = x - (anchor === "end" ? width : anchor === "middle" ? width / 2 : 0);
  return placed.map((p) => pathData(p.glyph.getPath(left + p.x, y - p.rise, p.size).commands)).join("");
}

// Han, kana, CJK and full-width punctuation: a line may break before or after any of them.
const CJK = /[\u2E80-\u9FFF\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFFEF]/u;
// Kinsoku: these never start a line (they stay with what precedes) …
const NO_START = /^[，。、：；！？）》」』”’…,.;:!?)\]]$/u;
// … and these never end one (they stay with what follows).
const NO_END = /^[（《「『“‘(\[]$/u;

/** Unbreakable pieces: an English word with its trailing space, or one CJK character with its punctuation. */
function pieces(text: string): string[] {
  const out: string[] = [];
  let glueNext = false;
  for (const char of text.replace(/\s+/g, " ").trim()) {
    const last = out.length - 1;
    const joins =
      last >= 0 &&
      (glueNext || NO_START.test(char) || (!CJK.test(char) && !out[last].endsWith(" ") && !CJK.test(out[last].slice(-1))) || (char === " " && !out[last].endsWith(" ")));
    if (joins) out[last] += char;
    else out.push(char);
    glueNext = NO_END.test(char);
  }
  return out;
}

/**
 * Greedy line breaking: English at spaces, Chinese between any two characters. More than `maxLines`
 * lines end in an ellipsis on the last one kept.
 */
export function wrap(text: string, maxWidth: number, style: TextStyle, maxLines: number): { lines: string[]; truncated: boolean } {
  const lines: string[][] = [];
  let line: string[] = [];
  const fits = (ps: string[], suffix = "") => measure(ps.join("").trimEnd() + suffix, style) <= maxWidth;
  for (const piece of pieces(text)) {
    if (line.length && !fits([...line, piece])) {
      lines.push(line);
      line = [];
    }
    line.push(piece);
  }
  if (line.length) lines.push(line);
  const truncated = lines.length > maxLines;
  if (truncated) {
    const last = lines[maxLines - 1];
    // Noto Sans SC's "…" sits mid-height, as Chinese sets it; English text gets three full stops.
    const ellipsis = CJK.test(last.join("")) ? "…" : "...";
    while (last.length > 1 && !fits(last, ellipsis)) last.pop();
    // The ellipsis replaces a trailing comma, dash or colon rather than following it.
    last.splice(0, last.length, last.join("").trimEnd().replace(/[\s,.;:，。；：、—–-]+$/u, "") + ellipsis);
  }
  return { lines: lines.slice(0, maxLines).map((l) => l.join("").trimEnd()), truncated };
}
