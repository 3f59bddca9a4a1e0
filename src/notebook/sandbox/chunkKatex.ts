// Loaded into the sandbox's worker the first time a cell reads `tex`.
import katex from "katex";

(self as unknown as { __nbKatex: unknown }).__nbKatex = katex;
