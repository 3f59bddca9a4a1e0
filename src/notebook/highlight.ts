/**
 * Syntax highlighting of a cell for reading (no editor loaded): `@lezer/highlight`'s `highlightCode`
 * over the tree of CodeMirror's JavaScript parser, with the `tok-*` classes of CodeMirror's
 * `classHighlighter` that `notebook.css` styles. Never fails: what the parser cannot read stays plain.
 *
 * Observable JavaScript is not JavaScript, and the notebook has always shown a few things its own way,
 * so these are ours: the cell's head (`viewof`, and `x =` before a block) is hidden from the parser, so
 * that `{ … }` reads as a block and not as an object; `viewof` is a keyword; a name given a value at the
 * start of a line (`x = …`) is a definition, while names declared with `const`, `let` or as parameters
 * are plain names; `null`, `undefined`, `NaN` and `Infinity` are atoms; an escape is part of its
 * string, and `${ }` of its template; a key is a key only before `:` (`{ a: 1 }`, not `{ a }`).
 */
import { highlightCode, tagHighlighter, tags } from "@lezer/highlight";
import { javascriptLanguage } from "@codemirror/lang-javascript";
import { escapeHtml } from "./md.ts";

const KEY = "tok-propertyName tok-definition";
const ESCAPE = "escape"; // not a class: an escape takes its string's

const highlighter = tagHighlighter([
  { tag: tags.keyword, class: "tok-keyword" },
  { tag: tags.null, class: "tok-atom" },
  { tag: tags.bool, class: "tok-bool" },
  { tag: tags.string, class: "tok-string" },
  { tag: tags.number, class: "tok-number" },
  { tag: [tags.regexp, tags.special(tags.string), tags.special(tags.brace)], class: "tok-string2" },
  { tag: tags.escape, class: ESCAPE },
  { tag: [tags.variableName, tags.className], class: "tok-variableName" },
  { tag: [tags.definition(tags.propertyName), tags.labelName], class: KEY },
  { tag: tags.propertyName, class: "tok-propertyName" },
  { tag: tags.operator, class: "tok-operator" },
  { tag: tags.comment, class: "tok-comment" },
  { tag: tags.punctuation, class: "tok-punctuation" },
]);

const IDENT = "[A-Za-z_$\\u00a0-\\uffff][\\w$\\u00a0-\\uffff]*";
/** The head of a cell the parser must not see: `viewof `, and `x =` before a block. */
const HEAD = new RegExp(`^\\s*(?:viewof\\s+)?(?:${IDENT}\\s*=\\s*(?=\\{))?`);
const NAME = new RegExp(`^${IDENT}$`);
const PIECES = new RegExp(`${IDENT}|=(?![=>])|[^]`, "g");
const ASSIGNED = /\s*=(?![=>])/y;
const COLON = /\s*:(?!:)/y;
const ATOMS = new Set(["undefined", "NaN", "Infinity"]);

/** A cell's code as HTML spans with CodeMirror's token classes. */
export function highlight(code: string): string {
  const head = HEAD.exec(code)![0];
  const tree = javascriptLanguage.parser.parse(head.replace(/[^\n]/g, " ") + code.slice(head.length));
  let html = "";
  let at = 0; // where in `code` the next text starts
  let line = ""; // the current line so far
  let last = ""; // the class of the last text
  const put = (text: string, cls: string) => {
    html += cls ? `<span class="${cls}">${escapeHtml(text)}</span>` : escapeHtml(text);
    [at, line, last] = [at + text.length, line + text, cls];
  };
  const followedBy = (re: RegExp, text: string) => ((re.lastIndex = at + text.length), re.test(code));
  const name = (text: string) =>
    text === "viewof"
      ? "tok-keyword"
      : ATOMS.has(text)
        ? "tok-atom"
        : /^\s*(viewof\s+)?$/.test(line) && followedBy(ASSIGNED, text)
          ? "tok-variableName tok-definition"
          : "tok-variableName";
  highlightCode(
    code,
    tree,
    highlighter,
    (text, classes) => {
      if (classes === ESCAPE) return put(text, last);
      if (classes === KEY && !followedBy(COLON, text)) classes = "tok-variableName";
      if (classes && classes !== "tok-variableName") return put(text, classes);
      // Names, and text the parser left plain (the head, or what it could not read).
      for (const [piece] of text.matchAll(PIECES)) put(piece, NAME.test(piece) ? name(piece) : piece === "=" ? "tok-operator" : classes);
    },
    () => {
      html += "\n";
      [at, line] = [at + 1, ""];
    },
  );
  return html;
}
