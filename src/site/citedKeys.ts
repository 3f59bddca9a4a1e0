/** The bibliography keys an essay cites, in order of first citation: every `<Cite key="…">` in its source. */
export function citedKeys(source: string): string[] {
  return [...new Set([...source.matchAll(/<Cite\b[^>]*\bkey="([^"]+)"/g)].map((m) => m[1]))];
}
