import { blocks, lineColumn } from "./mdx.ts";
import type { Violation } from "./types.ts";

/** `{/* check-ignore <rule-id>: <reason> *\/}`, the opt-out marker. */
const MARKER = /\{\/\*\s*check-ignore\s+([a-z0-9-]+)\s*(?::\s*([\s\S]*?))?\s*\*\/\}/g;

/** An opt-out marker found in a source. */
export interface IgnoreMarker {
  ruleId: string;
  reason: string;
  offset: number;
  /** The block `[start, end)` whose violations of `ruleId` it silences. */
  scope: [number, number];
}

/**
 * Every `check-ignore` marker in `source`. A marker silences its rule in the paragraph (block of
 * non-blank lines) it sits in; a marker that is a paragraph on its own silences the next paragraph.
 */
export function ignoreMarkers(source: string): IgnoreMarker[] {
  const paragraphs = blocks(source);
  return [...source.matchAll(MARKER)].map((m) => {
    const i = paragraphs.findIndex(([s, e]) => m.index >= s && m.index < e);
    const own = paragraphs[i];
    const alone = source.slice(...own).trim() === m[0];
    const scope = alone && paragraphs[i + 1] ? paragraphs[i + 1] : own;
    return { ruleId: m[1], reason: (m[2] ?? "").trim(), offset: m.index, scope };
  });
}

/**
 * Drops the violations a marker silences, and reports every marker without a reason
 * (`check-ignore-reason`): an opt-out says why.
 */
export function applyIgnoreMarkers(source: string, violations: Omit<Violation, "file">[]): Omit<Violation, "file">[] {
  const markers = ignoreMarkers(source);
  const kept = violations.filter(
    (v) => !markers.some((m) => m.ruleId === v.ruleId && v.offset >= m.scope[0] && v.offset < m.scope[1]),
  );
  const unexplained = markers
    .filter((m) => m.reason === "")
    .map((m) => ({ ...lineColumn(source, m.offset), ruleId: "check-ignore-reason", message: `check-ignore ${m.ruleId} gives no reason`, offset: m.offset }));
  return [...kept, ...unexplained];
}
