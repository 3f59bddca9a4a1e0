/**
 * The lab's training text: the site's own essays, English and Chinese, as plain prose. They are licensed
 * CC BY 4.0 (the site's footer: "Text CC BY 4.0, code MIT"), so shipping them as training data is
 * honest, and a reader who trains on them can read what the model is learning to predict.
 * MDX → text: frontmatter, import/export statements, code blocks, JSX/HTML tags and `{expressions}`
 * go; prose, headings and TeX stay.
 */

/** The essay's reading order from its frontmatter (`order: 2`); Infinity when it has none. */
export function essayOrder(source: string): number {
  const front = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source)?.[1] ?? "";
  const order = /^order:\s*(-?\d+(?:\.\d+)?)\s*$/m.exec(front)?.[1];
  return order === undefined ? Infinity : Number(order);
}

/** Index just past a JSX tag or `{expression}` starting at `start`, skipping nested braces and quoted strings. */
function skipJsx(text: string, start: number, close: "}" | ">"): number {
  let depth = 0;
  let quote = "";
  for (let i = start; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === quote && text[i - 1] !== "\\") quote = "";
    } else if (c === '"' || c === "'" || c === "`") {
      // Quotes count only inside braces or as attribute values, not as apostrophes in prose.
      if (depth > 0 || (close === ">" && text[i - 1] === "=")) quote = c;
    } else if (c === "{") depth++;
    else if (c === "}") {
      depth--;
      if (close === "}" && depth === 0) return i + 1;
    } else if (c === ">" && close === ">" && depth === 0) return i + 1;
  }
  return text.length;
}

/** Removes tags and expressions outside TeX (`$…$` on one line, `$$…$$`), where braces are TeX's own. */
function stripJsx(text: string): string {
  let out = "";
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === "$" && text[i - 1] !== "\\") {
      const display = text.startsWith("$$", i);
      const end = display ? text.indexOf("$$", i + 2) : text.indexOf("$", i + 1);
      const newline = text.indexOf("\n", i);
      // Inline math closes on its own line; otherwise the "$" is a dollar sign.
      if (end > i && (display || newline === -1 || end < newline)) {
        const stop = end + (display ? 2 : 1);
        out += text.slice(i, stop);
        i = stop;
        continue;
      }
    }
    if (c === "<" && /[A-Za-z/!]/.test(text[i + 1] ?? "")) {
      i = skipJsx(text, i, ">");
      continue;
    }
    if (c === "{") {
      i = skipJsx(text, i, "}");
      continue;
    }
    out += c;
    i++;
  }
  return out;
}

/** One essay's MDX as plain text. */
export function mdxToText(source: string): string {
  let body = source.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n?/, "");
  // Fenced code (notebook cells, examples) is not prose.
  body = body.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[ \t]*$/gm, "");
  // import/export statements, including exports that continue over several lines until their brackets close.
  const lines: string[] = [];
  let open = 0;
  for (const line of body.split(/\r?\n/)) {
    if (open > 0 || /^(import|export)\s/.test(line) || /^\/\/\s/.test(line)) {
      for (const c of line) open += c === "(" || c === "{" || c === "[" ? 1 : c === ")" || c === "}" || c === "]" ? -1 : 0;
      open = Math.max(0, open);
      continue;
    }
    lines.push(line);
  }
  const text = stripJsx(lines.join("\n"))
    .replace(/\s*\[#[\w-]+\]\s*$/gm, "") // heading anchors "## Title [#id]"
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1") // links keep their text
    .replace(/^[ \t]+|[ \t]+$/gm, "")
    .replace(/[ \t]{2,}/g, " ");
  return text.replace(/\n{3,}/g, "\n\n").trim();
}

export type CorpusName = "en" | "zh" | "both";

/**
 * A corpus from essays in reading order. "both" alternates English and Chinese paragraph by paragraph,
 * so the held-out tail that `byteCorpus` cuts off holds both languages, not only the last Chinese essay.
 */
export function corpusText(essays: { en: string[]; zh: string[] }, name: CorpusName): string {
  if (name === "en" || name === "zh") return essays[name].map(mdxToText).join("\n\n");
  if (name !== "both") throw new RangeError(`invalid corpus: ${name} (en, zh or both)`);
  const paragraphs = (lang: "en" | "zh") => essays[lang].map(mdxToText).join("\n\n").split(/\n{2,}/);
  const [en, zh] = [paragraphs("en"), paragraphs("zh")];
  const out: string[] = [];
  // Interleave proportionally: the languages' paragraph counts differ.
  for (let i = 0, j = 0; i < en.length || j < zh.length; ) {
    if (j >= zh.length || (i < en.length && i / en.length <= j / zh.length)) out.push(en[i++]);
    else out.push(zh[j++]);
  }
  return out.join("\n\n");
}
