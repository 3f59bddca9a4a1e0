/**
 * Spacing in Chinese text that mixes in numbers and Latin words, as Chinese typesetting does it (W3C,
 * "Requirements for Chinese Text Layout", §3.4 mixed text): a space sets Latin letters and digits apart
 * from Han characters (`1000 个`, `1.4万亿 tokens`, `GPT-3 的`); there is never a space between two
 * Han characters or Chinese punctuation marks (`637亿参数`, `1.51万亿个 token`); and a number with its
 * multiplier 万 or 亿 is one word (`1370亿`, as `formatCount` writes it, not `1370 亿`).
 *
 * Authors and translators write the first kind; the second kind creeps in when a formatted number that
 * ends in 万/亿 meets a template or a sentence written for one that ends in a digit (`{n} 个 token`).
 * So the gap is closed once, after formatting: in `fill` for UI strings, and over the built Chinese
 * pages for essays (closeCjkGapsInHtml, src/build/cjkSpacing.ts).
 */

/** A Han character or a CJK / full-width punctuation mark. */
export const CJK = /[\p{Script=Han}\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65]/u;
const GAP = /([\p{Script=Han}\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65])[ \t\n\u00a0]+(?=[\p{Script=Han}\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65])/gu;

/**
 * Removes every run of spaces between two CJK characters (`1.51万亿 个 token` → `1.51万亿个 token`)
 * and between a number and its 万/亿 (`1370 亿` → `1370亿`).
 */
export function closeCjkGaps(text: string): string {
  return text.replace(GAP, "$1").replace(/(\d)[ \t\u00a0]+(?=[万亿])/g, "$1");
}

/** Elements whose text is code, math source or data, never prose. */
const RAW = new Set(["script", "style", "pre", "code", "textarea", "svg", "math", "kbd", "samp"]);
const TOKEN = /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][\w-]*)(?:[^>"']|"[^"]*"|'[^']*')*?(\/?)>|[^<]+|</g;
const VOID = new Set(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"]);

/**
 * `closeCjkGaps` over an HTML document's text, across element boundaries
 * (`<span class="num">370亿</span> 个激活参数` → `…</span>个激活参数`). Tags, attributes, comments and
 * the text of code, math and scripts are left exactly as they are.
 */
export function closeCjkGapsInHtml(html: string): string {
  const tokens = html.match(TOKEN) ?? [];
  const raw: string[] = [];
  /** Whitespace seen since the last CJK character: [token index, where it starts in that token]. */
  let gap: [number, number][] = [];
  let last = "";
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    const tag = /^<(\/?)([a-zA-Z][\w-]*)/.exec(token);
    if (tag) {
      const name = tag[2].toLowerCase();
      if (RAW.has(name) && !VOID.has(name) && !token.endsWith("/>")) {
        if (tag[1]) raw.pop();
        else raw.push(name);
        gap = [];
        last = "";
      }
      continue;
    }
    if (token.startsWith("<") || raw.length > 0) continue;
    const text = closeCjkGaps(token);
    const first = /\S/.exec(text);
    if (!first) {
      // Only whitespace: part of a gap if one is open after a CJK character.
      if (CJK.test(last)) gap.push([i, 0]);
      tokens[i] = text;
      continue;
    }
    if (CJK.test(last) && CJK.test(text[first.index])) {
      // A gap between two CJK characters, across tags: close it wherever it lies.
      for (const [index, at] of gap) tokens[index] = tokens[index].slice(0, at);
      tokens[i] = text.slice(first.index);
    } else tokens[i] = text;
    const kept = tokens[i];
    const trimmed = kept.trimEnd();
    last = trimmed[trimmed.length - 1];
    gap = trimmed.length < kept.length ? [[i, trimmed.length]] : [];
  }
  return tokens.join("");
}
