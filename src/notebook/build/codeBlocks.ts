/**
 * The code of the code blocks in rendered HTML (MDX code fences inside `<Notebook>`, already turned
 * into `<pre><code>` with highlighting spans by the Markdown pipeline): tags removed, entities decoded.
 */
const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0" };

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, e: string) => {
    const k = e.toLowerCase();
    if (k.startsWith("#x")) return String.fromCodePoint(parseInt(k.slice(2), 16));
    if (k.startsWith("#")) return String.fromCodePoint(Number(k.slice(1)));
    return ENTITIES[k] ?? whole;
  });
}

export function codeBlocks(html: string): string[] {
  const blocks: string[] = [];
  for (const m of html.matchAll(/<pre\b[^>]*>\s*<code\b[^>]*>([\s\S]*?)<\/code>\s*<\/pre>/gi)) {
    blocks.push(decodeEntities(m[1].replace(/<br\s*\/?>/gi, "\n").replace(/<[^>]+>/g, "")).replace(/\n$/, ""));
  }
  return blocks;
}
