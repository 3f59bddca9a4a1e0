import type { LabRecord } from "../../widgets/labCharts.ts";

/**
 * Finished runs of a plan, kept in sessionStorage under the plan's key: a Cancel, a worker crash or a
 * reload keeps them, and Resume trains only what is missing. Storage may be full or forbidden (private
 * modes): then the runs live only in memory, which is still correct, just forgetful.
 */
export function loadRuns(key: string): Record<string, LabRecord> {
  try {
    const text = sessionStorage.getItem(key);
    const parsed: unknown = text ? JSON.parse(text) : null;
    return parsed && typeof parsed === "object" ? (parsed as Record<string, LabRecord>) : {};
  } catch {
    return {};
  }
}

export function saveRuns(key: string, runs: Record<string, LabRecord>): void {
  try {
    if (Object.keys(runs).length) sessionStorage.setItem(key, JSON.stringify(runs));
    else sessionStorage.removeItem(key);
  } catch {
    // Quota or privacy mode: keep them in memory only.
  }
}
