// The few parts of opentype.js 2.0.0 the card renderer uses (the package ships no types). We import its
// ESM build by path: the package has no "exports" and its "main" is a UMD file whose named exports
// Node cannot see, while Vite would pick the ESM "module" file; the explicit path is the same for both.
declare module "opentype.js/dist/opentype.mjs" {
  export interface PathCommand {
    type: "M" | "L" | "C" | "Q" | "Z";
    x: number;
    y: number;
    x1: number;
    y1: number;
    x2: number;
    y2: number;
  }
  export interface Path {
    commands: PathCommand[];
  }
  export interface Glyph {
    index: number;
    advanceWidth?: number;
    getPath(x: number, y: number, fontSize: number): Path;
  }
  export interface Font {
    unitsPerEm: number;
    hasChar(c: string): boolean;
    charToGlyph(c: string): Glyph;
    getKerningValue(left: Glyph, right: Glyph): number;
  }
  export function parse(buffer: ArrayBuffer): Font;
}
