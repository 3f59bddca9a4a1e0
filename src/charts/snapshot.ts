import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const SNAPSHOT_DIR = join(dirname(fileURLToPath(import.meta.url)), "__snapshots__");

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
 * Compares markup with `__snapshots__/<name>.svg`. On a mismatch writes `<name>-changed.svg` beside it
 * and returns false. A missing snapshot is written on a developer's machine but fails under CI, where
 * it would mean the snapshot was never committed.
 */
export function matchesSvgSnapshot(markup: string, name: string): boolean {
  const actual = normalizeSvg(markup);
  const path = join(SNAPSHOT_DIR, `${name}.svg`);
  if (!existsSync(path)) {
    if (process.env.CI) return false;
    mkdirSync(SNAPSHOT_DIR, { recursive: true });
    writeFileSync(path, actual);
    return true;
  }
  if (readFileSync(path, "utf8") === actual) return true;
  writeFileSync(path.replace(/\.svg$/, "-changed.svg"), actual);
  return false;
}
