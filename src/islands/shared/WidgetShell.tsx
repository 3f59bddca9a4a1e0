import type { ComponentChildren } from "preact";
import type { Fallback } from "../../widgets/urlState.ts";
import { CopyLink } from "./CopyLink.tsx";
import { DataTable, type DataTableProps } from "./DataTable.tsx";
import { ShowWork, type ShowWorkProps } from "./ShowWork.tsx";
import { WidgetNotes } from "./WidgetNotes.tsx";
import type { WidgetStrings } from "./widgetStrings.ts";

export interface WidgetShellProps {
  /** Extra class names for the widget's body, for its own styles. */
  class?: string;
  /** The widget's id: the anchor a copied link points at (`#widget-<id>`). */
  id: string;
  strings: WidgetStrings;
  /** From `useUrlState`: what the link got wrong, whether the state is the default, how to go back to it. */
  url: { fallbacks: Fallback[]; isDefault: boolean; reset(): void };
  /** The widget's own "this state could not be computed" notice, when its view fell back (`safeView`). */
  failed?: string | false;
  /** The fields, above the notes. */
  controls: ComponentChildren;
  /** "Show your work": the formula and the reproducing call (the summary comes from `strings`). */
  work: Omit<ShowWorkProps, "summary">;
  /** The numbers behind the charts, each behind a disclosure ("Data table" unless it says otherwise). */
  tables?: (Omit<DataTableProps, "summary"> & { summary?: string })[];
  /** Anything under the data tables, above the buttons (a note that a table was cut short). */
  after?: ComponentChildren;
  /** The widget's own body: charts, readouts, sentences. */
  children: ComponentChildren;
}

/**
 * What every widget has around its own body, in one place: its fields, then the notes on a link's
 * values that were not understood and the failed-state notice, the body, "show your work", the data
 * tables, and the copy-link and Reset buttons.
 */
export function WidgetShell({ class: extra, id, strings, url, failed, controls, work, tables = [], after, children }: WidgetShellProps) {
  return (
    <div class={extra ? `widget-body ${extra}` : "widget-body"}>
      {controls}
      <WidgetNotes fallbacks={url.fallbacks} template={strings.urlFallback} />
      {failed && (
        <p class="widget-note" role="status">
          {failed}
        </p>
      )}
      {children}
      <ShowWork summary={strings.showWork} {...work} />
      {tables.map((table) => (
        <DataTable {...table} summary={table.summary ?? strings.dataTable} />
      ))}
      {after}
      <div class="widget-actions">
        <CopyLink label={strings.copyLink} done={strings.linkCopied} anchor={`widget-${id}`} />
        {!url.isDefault && (
          <button type="button" class="widget-button" onClick={url.reset}>
            {strings.reset}
          </button>
        )}
      </div>
    </div>
  );
}
