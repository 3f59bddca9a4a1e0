import type { Fallback } from "../../widgets/urlState.ts";
import { fill } from "./fill.ts";

/** Says which values from the link were not understood and were replaced by defaults. */
export function WidgetNotes({ fallbacks, template }: { fallbacks: Fallback[]; template: string }) {
  if (fallbacks.length === 0) return null;
  return (
    <div role="status" class="widget-notes">
      {fallbacks.map((f) => (
        <p class="widget-note">{fill(template, { field: f.field, value: f.value })}</p>
      ))}
    </div>
  );
}
