/**
 * `npm run bench`: measures the performance budgets of ../shared/DESIGN.md and prints them as a table.
 * Figures, not pass/fail timing tests: a budget that is missed is marked "✗ OVER" (or "✗ BELOW" for a
 * floor such as a Lighthouse score), and the raw rows
 * are written to bench/results/latest.json so a change can be compared with the last run.
 *
 * Runs every `bench/*.bench.ts` module (module timings, and the site measured in Chromium against
 * the built `dist/`, or `DIST_DIR`; build first with `npm run build`). `npm run bench -- site` runs
 * only the modules whose file name contains `site`.
 */
import { readdirSync, writeFileSync, mkdirSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { BenchModule, BenchRow } from "../bench/types.ts";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const benchDir = join(root, "bench");
const only = process.argv.slice(2);
const files = readdirSync(benchDir)
  .filter((f) => f.endsWith(".bench.ts"))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();

const rows: (BenchRow & { group: string })[] = [];
for (const file of files) {
  const group = file.replace(/\.bench\.ts$/, "");
  process.stderr.write(`bench: ${group}…\n`);
  try {
    const mod = (await import(pathToFileURL(join(benchDir, file)).href)) as BenchModule;
    for (const row of await mod.run()) rows.push({ group, ...row });
  } catch (error) {
    rows.push({ group, name: `(failed: ${(error as Error).message.split("\n")[0]})`, value: NaN, unit: "" });
  }
}

const fmt = (x: number) => (Number.isNaN(x) ? "—" : x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toPrecision(3));
const higher = (r: BenchRow) => r.better === "higher";
const missed = (r: BenchRow) => r.budget !== undefined && !Number.isNaN(r.value) && (higher(r) ? r.value < r.budget : r.value > r.budget);
const lines = rows.map((r) => {
  const status = r.budget === undefined ? "" : Number.isNaN(r.value) ? "NO DATA" : missed(r) ? (higher(r) ? "✗ BELOW" : "✗ OVER") : "ok";
  const budget = r.budget === undefined ? "" : `${higher(r) ? "≥" : "≤"} ${fmt(r.budget)} ${r.unit}`;
  return [r.group, r.name, `${fmt(r.value)} ${r.unit}`, budget, status, r.note ?? ""];
});
const header = ["group", "measure", "value", "budget", "status", "note"];
const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
const print = (cells: string[]) => console.log(cells.map((c, i) => c.padEnd(widths[i])).join("  ").trimEnd());
print(header);
print(widths.map((w) => "-".repeat(w)));
for (const line of lines) print(line);
const over = rows.filter(missed);
const noData = rows.filter((r) => r.budget !== undefined && Number.isNaN(r.value));
console.log(over.length ? `\n✗ ${over.length} budget(s) missed: ${over.map((r) => r.name).join("; ")}` : "\nAll measured budgets met.");
if (noData.length) console.log(`${noData.length} budget(s) not measured: ${noData.map((r) => `${r.name} (${r.note ?? "no data"})`).join("; ")}`);

mkdirSync(join(root, "bench/results"), { recursive: true });
writeFileSync(join(root, "bench/results/latest.json"), JSON.stringify({ date: new Date().toISOString(), rows }, null, 2));
