/**
 * The cell editor, CodeMirror 6, loaded only when the reader presses "Edit" (the page does not pay
 * for it before). Highlighting uses CodeMirror's `classHighlighter`, the same `tok-*` classes as the
 * build-time highlighter, so code looks the same in both. Shift+Enter (or Ctrl/Cmd+Enter) runs the cell.
 */
import { EditorState } from "@codemirror/state";
import { EditorView, keymap, drawSelection, highlightActiveLine } from "@codemirror/view";
import { defaultKeymap, history, historyKeymap } from "@codemirror/commands";
import { bracketMatching, indentOnInput, syntaxHighlighting } from "@codemirror/language";
import { javascriptLanguage } from "@codemirror/lang-javascript";
import { classHighlighter } from "@lezer/highlight";

export interface CellEditor {
  readonly value: string;
  set(value: string): void;
  focus(): void;
  destroy(): void;
}

export interface EditorOptions {
  parent: HTMLElement;
  doc: string;
  /** Accessible name of the editor, e.g. "Cell 3". */
  label: string;
  /** Shift+Enter, Ctrl/Cmd+Enter, or leaving a changed editor. */
  onRun(value: string): void;
}

export function createEditor({ parent, doc, label, onRun }: EditorOptions): CellEditor {
  let committed = doc;
  const run = (view: EditorView) => {
    committed = view.state.doc.toString();
    onRun(committed);
    return true;
  };
  const view = new EditorView({
    parent,
    state: EditorState.create({
      doc,
      extensions: [
        history(),
        drawSelection(),
        highlightActiveLine(),
        indentOnInput(),
        bracketMatching(),
        javascriptLanguage,
        syntaxHighlighting(classHighlighter),
        EditorView.lineWrapping,
        EditorView.contentAttributes.of({ "aria-label": label, spellcheck: "false", autocapitalize: "off", autocorrect: "off" }),
        keymap.of([
          { key: "Shift-Enter", run, preventDefault: true },
          { key: "Mod-Enter", run, preventDefault: true },
          ...defaultKeymap,
          ...historyKeymap,
        ]),
        EditorView.domEventHandlers({
          blur: (_event, v) => {
            if (v.state.doc.toString() !== committed) run(v);
            return false;
          },
        }),
      ],
    }),
  });
  return {
    get value() {
      return view.state.doc.toString();
    },
    set(value: string) {
      committed = value;
      view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: value } });
    },
    focus: () => view.focus(),
    destroy: () => view.destroy(),
  };
}
