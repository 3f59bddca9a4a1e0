/**
 * Syntax highlighting of a cell for reading (no editor loaded): a small JavaScript tokenizer that
 * marks tokens with the class names CodeMirror's `classHighlighter` uses (`tok-keyword`, `tok-number`,
 * …), so code looks the same before and after "Edit". Never fails: what it does not know stays plain.
 */
import { escapeHtml } from "./md.ts";

const KEYWORDS = new Set(
  ("async await break case catch class const continue debugger default delete do else export extends finally for " +
    "function if import in instanceof let new of return static switch this throw try typeof var void while with yield viewof get set")
    .split(" "),
);
const ATOMS = new Set(["null", "undefined", "NaN", "Infinity"]);
const BOOLS = new Set(["true", "false"]);

type Piece = [cls: string | null, text: string];

function tokenize(src: string, pieces: Piece[], start = 0, untilBrace = false): number {
  let i = start;
  let depth = 0;
  let regexOk = true; // whether a `/` here starts a regular expression
  let last = ""; // the last token that is not blank
  const push = (cls: string | null, text: string) => {
    pieces.push([cls, text]);
    if (cls !== "tok-comment" && text.trim()) last = text;
  };
  while (i < src.length) {
    const c = src[i];
    const rest = src.slice(i);
    let m: RegExpExecArray | null;
    if (untilBrace && c === "}" && depth === 0) return i;
    if ((m = /^\s+/.exec(rest))) {
      push(null, m[0]);
      i += m[0].length;
      continue;
    }
    if (rest.startsWith("//")) {
      const end = src.indexOf("\n", i);
      const text = end < 0 ? rest : src.slice(i, end);
      push("tok-comment", text);
      i += text.length;
      continue;
    }
    if (rest.startsWith("/*")) {
      const end = src.indexOf("*/", i + 2);
      const text = end < 0 ? rest : src.slice(i, end + 2);
      push("tok-comment", text);
      i += text.length;
      continue;
    }
    if (c === '"' || c === "'") {
      let j = i + 1;
      while (j < src.length && src[j] !== c && src[j] !== "\n") j += src[j] === "\\" ? 2 : 1;
      push("tok-string", src.slice(i, j + 1));
      i = Math.min(j + 1, src.length);
      regexOk = false;
      continue;
    }
    if (c === "`") {
      let j = i + 1;
      let from = i;
      while (j < src.length && src[j] !== "`") {
        if (src[j] === "\\") j += 2;
        else if (src[j] === "$" && src[j + 1] === "{") {
          push("tok-string2", src.slice(from, j + 2));
          j = tokenize(src, pieces, j + 2, true);
          if (src[j] === "}") {
            from = j;
            j++;
          } else from = j;
        } else j++;
      }
      push("tok-string2", src.slice(from, j + 1));
      i = Math.min(j + 1, src.length);
      regexOk = false;
      continue;
    }
    if ((m = /^(?:0[xX][\da-fA-F_]+|0[bB][01_]+|0[oO][0-7_]+|(?:\d[\d_]*\.?[\d_]*|\.\d[\d_]*)(?:[eE][+-]?\d+)?)n?/.exec(rest))) {
      push("tok-number", m[0]);
      i += m[0].length;
      regexOk = false;
      continue;
    }
    if ((m = /^[A-Za-z_$\u00a0-\uffff][\w$\u00a0-\uffff]*/.exec(rest))) {
      const word = m[0];
      const afterDot = last === "." || last === "?.";
      const cls = afterDot
        ? "tok-propertyName"
        : KEYWORDS.has(word)
          ? "tok-keyword"
          : BOOLS.has(word)
            ? "tok-bool"
            : ATOMS.has(word)
              ? "tok-atom"
              : /^\s*:(?!:)/.test(src.slice(i + word.length)) && /[{,]\s*$/.test(src.slice(0, i))
                ? "tok-propertyName tok-definition"
                : /^\s*=(?![=>])/.test(src.slice(i + word.length)) && /(^|\n)\s*(viewof\s+)?$/.test(src.slice(0, i))
                  ? "tok-variableName tok-definition"
                  : "tok-variableName";
      push(cls, word);
      i += word.length;
      regexOk = KEYWORDS.has(word) && !["this"].includes(word);
      continue;
    }
    if (c === "/" && regexOk && (m = /^\/(?![*/])(?:\\.|\[(?:\\.|[^\]\n])*\]|[^/\\\n[])+\/[a-z]*/.exec(rest))) {
      push("tok-string2", m[0]);
      i += m[0].length;
      regexOk = false;
      continue;
    }
    if (c === "{") depth++;
    if (c === "}") depth--;
    const op = /^(?:\?\.|\.\.\.|=>|[-+*/%=<>!&|^~?:]+)/.exec(rest)?.[0];
    if (op) {
      push("tok-operator", op);
      i += op.length;
    } else {
      push(/[()[\]{};,.]/.test(c) ? "tok-punctuation" : null, c);
      i += 1;
    }
    regexOk = !/[)\]}]/.test(c);
  }
  return i;
}

/** A cell's code as HTML spans with CodeMirror's token classes. */
export function highlight(code: string): string {
  const pieces: Piece[] = [];
  try {
    tokenize(code, pieces);
  } catch {
    return escapeHtml(code);
  }
  const out = pieces.map(([cls, text]) => (cls ? `<span class="${cls}">${escapeHtml(text)}</span>` : escapeHtml(text))).join("");
  // The tokenizer may stop early on odd input: never drop text.
  const shown = pieces.map(([, t]) => t).join("");
  return shown === code ? out : escapeHtml(code);
}
