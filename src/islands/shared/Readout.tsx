import type { ComponentChildren } from "preact";

export interface ReadoutItem {
  label: ComponentChildren;
  value: ComponentChildren;
  /** `data-testid` of the value, for the e2e tests. */
  testid?: string;
}

/** A widget's headline figures as a definition list, announced politely when they change. */
export function Readout({
  items,
  class: extra,
  live = true,
}: {
  items: (ReadoutItem | false | null | undefined)[];
  class?: string;
  /** `false` when a sentence beside the figures is the live region instead (no double announcement). */
  live?: boolean;
}) {
  return (
    <dl class={extra ? `readout ${extra}` : "readout"} aria-live={live ? "polite" : undefined}>
      {items.map(
        (item) =>
          item && (
            <div>
              <dt>{item.label}</dt>
              <dd data-testid={item.testid}>{item.value}</dd>
            </div>
          ),
      )}
    </dl>
  );
}
