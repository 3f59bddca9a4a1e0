import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const SNAPSHOT_DIR = join(dirname(fileURLToPath(import.meta.url)), "__snapshots__");

/** How much of a differing line a failure message shows on each side of the first difference. */
const CONTEXT = 80;

/**
 * Normalizes chart markup the way Observable Plot's own tests do, so snapshots change only when the
 * picture does: numbers rounded to one decimal, generated class ids renumbered.
 */
export function normalizeSvg(markup: string): string {
  const ids = new Map<string, string>();
  return markup
    .replace(/plot-[0-9a-f]{6,}/g, (id) => {
      if (!ids.has(id)) ids.set(id, `plot-${ids.size}`);
      return ids.get(id)!;
    })
    .replace(/-?\d+\.\d+/g, (n) => String(Math.round(Number(n) * 10) / 10))
    .replace(/></g, ">\n<");
}

/**
 * Where two texts first differ: the 1-based line, and that line from each side, cut to `CONTEXT`
 * characters either side of the first differing character (an SVG path's `d` can run to thousands).
 */
export function firstDifference(expected: string, actual: string): { line: number; expected: string; actual: string } | null {
  if (expected === actual) return null;
  const a = expected.split("\n");
  const b = actual.split("\n");
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const x = a[i] ?? "";
  const y = b[i] ?? "";
  let col = 0;
  while (col < x.length && col < y.length && x[col] === y[col]) col++;
  const cut = (s: string) => (col > CONTEXT ? "…" : "") + s.slice(Math.max(0, col - CONTEXT), col + CONTEXT) + (s.length > col + CONTEXT ? "…" : "");
  return { line: i + 1, expected: i < a.length ? cut(x) : "(end of file)", actual: i < b.length ? cut(y) : "(end of file)" };
}

/**
 * Checks markup against `__snapshots__/<name>.svg` and throws if it differs. On a mismatch it writes
 * `<name>-changed.svg` beside the snapshot (as Observable Plot's tests do) and the error names that
 * file and shows the first differing line, so a failure says where to look; if the change is meant,
 * move the `-changed.svg` over the snapshot. A missing snapshot is written on a developer's machine
 * but fails under CI, where it would mean the snapshot was never committed. `dir` is for tests.
 */
export function assertSvgSnapshot(markup: string, name: string, { dir = SNAPSHOT_DIR }: { dir?: string } = {}): void {
  const actual = normalizeSvg(markup);
  const path = join(dir, `${name}.svg`);
  const shown = relative(process.cwd(), path) || path;
  if (!existsSync(path)) {
    if (process.env.CI) throw new Error(`SVG snapshot ${name}: no ${shown} (under CI a snapshot is never written: run the test locally and commit the file)`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(path, actual);
    return;
  }
  const expected = readFileSync(path, "utf8");
  const diff = firstDifference(expected, actual);
  if (!diff) return;
  const changed = path.replace(/\.svg$/, "-changed.svg");
  writeFileSync(changed, actual);
  throw new Error(
    [
      `SVG snapshot ${name} differs from ${shown}; the new markup is in ${relative(process.cwd(), changed) || changed}`,
      `first difference, line ${diff.line}:`,
      `  snapshot: ${diff.expected}`,
      `  now:      ${diff.actual}`,
    ].join("\n"),
  );
}
