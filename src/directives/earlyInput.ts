/**
 * What a reader does inside an island before it hydrates, kept so it can be replayed into the live
 * island. Before hydration the controls are plain HTML: typing, sliding with keys or pointer and
 * choosing an option change them natively, but no handler hears it, and the first render after
 * hydration would put the default value back. So the directive records:
 *
 * - each form control's latest value (or checked state) and which events it saw: `input`, `change`,
 *   an Enter key press, losing focus — in the order the reader touched them;
 * - clicks on `<button>`s, which do nothing without their handler.
 *
 * `replay()` (called right after hydration, in the same task, so before the next paint) writes each
 * value back and dispatches the same events, which the island's handlers now hear, then stops recording.
 */
export interface EarlyInput {
  /** Replays what was recorded into the hydrated island, once, and stops recording. */
  replay(): void;
  /** Stops recording without replaying (hydration failed). */
  stop(): void;
}

type Field = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

interface FieldInput {
  kind: "field";
  el: Field;
  value: string;
  checked: boolean;
  input: boolean;
  change: boolean;
  enter: boolean;
  blurred: boolean;
}
type Action = FieldInput | { kind: "click"; el: HTMLButtonElement };

const isField = (t: EventTarget | null): t is Field =>
  t instanceof HTMLInputElement || t instanceof HTMLSelectElement || t instanceof HTMLTextAreaElement;

export function recordEarlyInput(root: HTMLElement): EarlyInput {
  const actions: Action[] = [];

  /** The field's record, moved to the end: what was touched last is replayed last. */
  const touch = (el: Field): FieldInput => {
    const at = actions.findIndex((a) => a.el === el);
    const previous = at >= 0 ? (actions.splice(at, 1)[0] as FieldInput) : null;
    const record: FieldInput = previous ?? { kind: "field", el, value: el.value, checked: false, input: false, change: false, enter: false, blurred: false };
    record.value = el.value;
    record.checked = el instanceof HTMLInputElement && el.checked;
    actions.push(record);
    return record;
  };
  const known = (el: Field) => actions.some((a) => a.el === el);

  const listeners: [string, (e: Event) => void][] = [
    ["input", (e) => isField(e.target) && (touch(e.target).input = true)],
    ["change", (e) => isField(e.target) && (touch(e.target).change = true)],
    ["keydown", (e) => {
      if ((e as KeyboardEvent).key === "Enter" && isField(e.target)) touch(e.target).enter = true;
    }],
    ["focusout", (e) => {
      if (isField(e.target) && known(e.target)) touch(e.target).blurred = true;
    }],
    ["click", (e) => {
      const button = (e.target as Element | null)?.closest?.("button");
      if (button instanceof HTMLButtonElement && root.contains(button) && !button.disabled) actions.push({ kind: "click", el: button });
    }],
  ];
  for (const [type, listener] of listeners) root.addEventListener(type, listener, true);
  let done = false;
  const stop = () => {
    if (done) return;
    done = true;
    for (const [type, listener] of listeners) root.removeEventListener(type, listener, true);
  };

  return {
    stop,
    replay() {
      if (done) return;
      stop();
      for (const action of actions) {
        if (!action.el.isConnected) continue;
        if (action.kind === "click") {
          action.el.click();
          continue;
        }
        const { el } = action;
        if (el instanceof HTMLInputElement && (el.type === "checkbox" || el.type === "radio")) el.checked = action.checked;
        else if (!(el instanceof HTMLInputElement && el.type === "file")) el.value = action.value; // a file input keeps its files
        if (action.input) el.dispatchEvent(new Event("input", { bubbles: true }));
        if (action.change) el.dispatchEvent(new Event("change", { bubbles: true }));
        if (action.enter) el.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true }));
        if (action.blurred && document.activeElement !== el) {
          el.dispatchEvent(new FocusEvent("blur"));
          el.dispatchEvent(new FocusEvent("focusout", { bubbles: true }));
        }
      }
    },
  };
}
