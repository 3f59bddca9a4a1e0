/**
 * A notebook on the page, once the reader interacts with it: the toolbar (Edit, Reset, Share link,
 * Download), the runner (started on Edit, on a control, or on Run), each cell's output, and notebooks
 * that arrive by link or file (shown for review; nothing runs until the reader presses Run).
 *
 * The page trusts nothing the sandbox sends: values and errors are rendered by `render.ts` with every
 * string escaped, inputs are built by the page from plain data, and DOM outputs go into display frames.
 */
import { decodeNotebookHash, encodeNotebookHash, notebookHashId, type NotebookDoc } from "../hash.ts";
import type { InputSpec } from "../inputSpec.ts";
import type { CellOutput, InputPayload } from "../protocol.ts";
import { outputSignature, renderOutput, type OutputStrings } from "../render.ts";
import { isLocale, type Locale } from "../../i18n/locales.ts";
import { DisplayFrame } from "./display.ts";
import { Runner } from "./runner.ts";
import type { CellEditor } from "./editor.ts";
import type { LiveInput } from "./inputs.ts";
import { fill } from "../../i18n/fill.ts";

/** The notebook's UI strings, translated at build time (see Notebook.astro). */
export interface ClientStrings extends OutputStrings {
  edit: string;
  done: string;
  run: string;
  addCell: string;
  deleteCell: string;
  runCell: string;
  cellLabel: string;
  outputLabel: string;
  fromLink: string;
  fromFile: string;
  discard: string;
  badLink: string;
  badFile: string;
  linkCopied: string;
  linkLabel: string;
  crashed: string;
  stoppedUnknown: string;
  notRun: string;
  dropped: string;
  runnerTitle: string;
}

interface NotebookData {
  title?: string;
  cells: string[];
  strings: ClientStrings;
}

interface CellState {
  id: string;
  source: string;
  li: HTMLLIElement;
  code: HTMLElement;
  out: HTMLElement;
  sig?: string;
  stopped: boolean;
  display?: DisplayFrame;
  input?: LiveInput;
  inputSpec?: string;
  payload?: InputPayload;
  editor?: CellEditor;
  /** Bumped on each output, so a slow input build does not overwrite a newer output. */
  token: number;
}


const controllers = new WeakMap<HTMLElement, NotebookController>();

/** The controller of a `[data-notebook]` element, created on first use. */
export function mount(el: HTMLElement): NotebookController {
  let c = controllers.get(el);
  if (!c) {
    c = new NotebookController(el);
    controllers.set(el, c);
  }
  return c;
}

let inputsModule: Promise<typeof import("./inputs.ts")> | null = null;
let editorModule: Promise<typeof import("./editor.ts")> | null = null;
let highlightModule: Promise<typeof import("../highlight.ts")> | null = null;

/** Shows `source` in `code` at once, highlighted when the highlighter (with its parser) has loaded: not before it is needed. */
function showCode(code: HTMLElement, source: string): void {
  code.textContent = source;
  void (highlightModule ??= import("../highlight.ts")).then(({ highlight }) => {
    if (code.isConnected && code.textContent === source) code.innerHTML = highlight(source);
  });
}

/** Files (and the cell parser they need) load only to download or open one. */
let fileModule: Promise<typeof import("../notebookFile.ts")> | null = null;

export class NotebookController {
  readonly el: HTMLElement;
  readonly id: string;
  readonly locale: Locale;
  readonly sandbox: string;
  readonly strings: ClientStrings;
  title: string | undefined;
  readonly #original: string[];
  readonly #originalHtml: string;
  readonly #list: HTMLOListElement;
  readonly #banner: HTMLElement;
  #cells: CellState[] = [];
  #runner: Runner | null = null;
  #consented = true;
  #editing = false;
  #nextId: number;
  #width = 640;
  #widthTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(el: HTMLElement) {
    this.el = el;
    this.id = el.dataset.notebook!;
    this.locale = isLocale(el.dataset.locale) ? el.dataset.locale : "en";
    this.sandbox = el.dataset.sandbox!;
    const data = JSON.parse(el.querySelector<HTMLScriptElement>("script.nb-data")!.textContent!) as NotebookData;
    this.strings = data.strings;
    this.title = data.title;
    this.#original = data.cells;
    this.#list = el.querySelector<HTMLOListElement>(".nb-cells")!;
    this.#banner = el.querySelector<HTMLElement>(".nb-banner")!;
    this.#originalHtml = this.#list.innerHTML;
    this.#cells = this.#readCells(this.#original);
    this.#nextId = this.#original.length + 1;
    this.#width = this.#measureWidth();

    el.addEventListener("click", (event) => this.#onClick(event));
    // A reader touching a control that is still the page's static copy starts the runtime.
    const touch = (event: Event) => {
      const target = event.target as Element;
      const cell = this.#cellOf(target);
      if (!cell || cell.input || !target.closest(".nb-out form, .nb-out input")) return;
      this.start();
    };
    el.addEventListener("pointerdown", touch);
    el.addEventListener("focusin", touch);
    el.addEventListener("input", touch);
    new ResizeObserver(() => this.#onResize()).observe(this.#list);
    // Opening the download menu fetches the file code, so the click that follows downloads at once.
    el.querySelector(".nb-menu")?.addEventListener("toggle", () => void (fileModule ??= import("../notebookFile.ts")));
    const retheme = () => this.#cells.forEach((c) => c.display?.retheme());
    new MutationObserver(retheme).observe(document.documentElement, { attributes: true, attributeFilter: ["data-theme", "class"] });
    matchMedia("(prefers-color-scheme: dark)").addEventListener("change", retheme);
  }

  // ---- cells ----

  #readCells(sources: readonly string[]): CellState[] {
    return [...this.#list.querySelectorAll<HTMLLIElement>(":scope > .nb-cell")].map((li, i) => ({
      id: li.dataset.cell!,
      source: sources[i] ?? "",
      li,
      code: li.querySelector<HTMLElement>(".nb-code")!,
      out: li.querySelector<HTMLElement>(".nb-out")!,
      sig: li.querySelector<HTMLElement>(".nb-out")!.dataset.sig,
      stopped: false,
      token: 0,
    }));
  }

  #cellOf(node: Element | null): CellState | undefined {
    const li = node?.closest<HTMLLIElement>(".nb-cell");
    return li ? this.#cells.find((c) => c.li === li) : undefined;
  }

  #newCellElement(id: string, source: string): HTMLLIElement {
    const li = document.createElement("li");
    li.className = "nb-cell";
    li.dataset.cell = id;
    li.innerHTML = `<div class="nb-code"><pre class="nb-pre"><code></code></pre></div><div class="nb-out"></div>`;
    showCode(li.querySelector("code")!, source);
    return li;
  }

  #labelCells(): void {
    this.#cells.forEach((c, i) => {
      const n = i + 1;
      for (const b of c.li.querySelectorAll<HTMLButtonElement>("[data-action=run-cell]")) b.setAttribute("aria-label", fill(this.strings.runCell, { n }));
      for (const b of c.li.querySelectorAll<HTMLButtonElement>("[data-action=delete-cell]")) b.setAttribute("aria-label", fill(this.strings.deleteCell, { n }));
      for (const b of c.li.querySelectorAll<HTMLButtonElement>(".nb-cell-actions button")) b.title = b.getAttribute("aria-label") ?? "";
      if (c.display) c.display.element.title = fill(this.strings.outputLabel, { n });
    });
  }

  #replaceCells(sources: readonly string[], placeholder: string): void {
    this.#disposeOutputs();
    this.#list.replaceChildren(...sources.map((s, i) => this.#newCellElement(`c${i + 1}`, s)));
    this.#cells = this.#readCells(sources);
    for (const c of this.#cells) c.out.innerHTML = placeholder ? `<div class="nb-pending">${escapeText(placeholder)}</div>` : "";
    this.#nextId = sources.length + 1;
    this.#labelCells();
  }

  #disposeOutputs(): void {
    for (const c of this.#cells) {
      c.display?.dispose();
      c.editor?.destroy();
    }
  }

  get sources(): string[] {
    return this.#cells.map((c) => c.editor?.value ?? c.source);
  }

  // ---- runtime ----

  /** Starts the runtime (a no-op while a notebook from a link or file waits for the reader's Run). */
  start(): void {
    if (this.#runner || !this.#consented) return;
    this.el.classList.add("nb-live");
    this.#runner = new Runner(this.el, this.sandbox, { locale: this.locale, width: this.#width, title: this.strings.runnerTitle }, {
      ready: () => {
        this.#sendDefine();
        this.#runner?.send({ type: "width", width: this.#width });
      },
      outputs: (outputs) => {
        for (const [id, output] of outputs) {
          const cell = this.#cells.find((c) => c.id === id);
          if (cell) this.#show(cell, output);
        }
      },
      stopped: (id, seconds) => {
        const cell = this.#cells.find((c) => c.id === id);
        if (cell) {
          cell.stopped = true;
          this.#show(cell, { kind: "timeout", seconds });
        } else this.#say(fill(this.strings.stoppedUnknown, { seconds }));
      },
      crashed: (message) => this.#say(fill(this.strings.crashed, { error: message })),
    });
  }

  #sendDefine(): void {
    this.#runner?.send({ type: "define", cells: this.#cells.map((c) => ({ id: c.id, source: c.source, stopped: c.stopped })) });
  }

  #show(cell: CellState, output: CellOutput): void {
    const token = ++cell.token;
    if (output.kind === "pending") {
      cell.li.classList.add("nb-busy");
      return;
    }
    cell.li.classList.remove("nb-busy");
    const sig = outputSignature(output);
    if (sig === cell.sig && (output.kind !== "input" || cell.input)) return;
    cell.sig = sig;
    if (output.kind === "html") {
      cell.input = undefined;
      delete cell.out.dataset.live;
      if (!cell.display) {
        const n = this.#cells.indexOf(cell) + 1;
        cell.display = new DisplayFrame(cell.out, this.sandbox, fill(this.strings.outputLabel, { n }));
      }
      cell.display.show(output.html);
      return;
    }
    cell.display?.dispose();
    cell.display = undefined;
    delete cell.out.dataset.live;
    if (output.kind === "input") {
      void this.#showInput(cell, output, token);
      return;
    }
    cell.input = undefined;
    cell.out.innerHTML = renderOutput(output, this.strings, `${this.el.id}-${cell.id}-input`);
  }

  async #showInput(cell: CellState, output: Extract<CellOutput, { kind: "input" }>, token: number): Promise<void> {
    let live: LiveInput;
    const spec = output.spec as InputSpec;
    try {
      const { buildInput } = await (inputsModule ??= import("./inputs.ts"));
      if (cell.token !== token) return;
      live = buildInput(spec, this.locale);
    } catch (error) {
      cell.out.innerHTML = renderOutput({ kind: "error", message: String(error) }, this.strings, "");
      return;
    }
    // The reader's earlier value survives a rerun of the same input (and a restart of the sandbox).
    const specKey = JSON.stringify(spec);
    // A value the reader set in the page's static copy before the runtime was there.
    const staticInput = cell.input ? null : cell.out.querySelector<HTMLInputElement>("form input[type=number]");
    const staticValue = staticInput && staticInput.value !== staticInput.defaultValue ? staticInput.valueAsNumber : undefined;
    let payload: InputPayload | undefined;
    if (cell.payload && cell.inputSpec === specKey) payload = cell.payload;
    else if (staticValue !== undefined && Number.isFinite(staticValue)) payload = { value: staticValue };
    cell.inputSpec = specKey;
    if (payload) live.restore(payload);
    const send = () => {
      cell.payload = live.payload();
      this.#runner?.send({ type: "input", id: cell.id, payload: cell.payload });
    };
    live.element.addEventListener("input", send);
    const nodes: Node[] = [live.element];
    if (spec.dropped?.length) {
      const note = document.createElement("p");
      note.className = "nb-note";
      note.textContent = fill(this.strings.dropped, { names: spec.dropped.join(", ") });
      nodes.push(note);
    }
    // Keep a keyboard user's place: focus moves to the same part of the live control.
    const focused = cell.out.contains(document.activeElement) ? (document.activeElement as HTMLInputElement) : null;
    cell.out.replaceChildren(...nodes);
    cell.out.dataset.live = "";
    cell.input = live;
    if (focused) {
      const same = live.element.querySelector<HTMLElement>(focused.name ? `[name="${CSS.escape(focused.name)}"]` : "input, select, button, textarea");
      (same ?? live.element.querySelector<HTMLElement>("input, select, button, textarea"))?.focus();
    }
    // The sandbox guesses an input's first value; tell it the control's, if they differ (or the reader's).
    const current = live.payload();
    const guessed = output.value.t === "number" ? Number(output.value.v) : undefined;
    if (payload || ("value" in current && typeof current.value === "number" && guessed !== undefined && current.value !== guessed)) send();
  }

  #measureWidth(): number {
    const out = this.#list.querySelector<HTMLElement>(".nb-out");
    return Math.max(200, Math.round(out?.clientWidth || this.#list.clientWidth || 640));
  }

  #onResize(): void {
    if (this.#widthTimer) clearTimeout(this.#widthTimer);
    this.#widthTimer = setTimeout(() => {
      const width = this.#measureWidth();
      if (width === this.#width) return;
      this.#width = width;
      if (this.#runner) {
        this.#runner.width = width;
        this.#runner.send({ type: "width", width });
      }
    }, 150);
  }

  // ---- actions ----

  #onClick(event: MouseEvent): void {
    const button = (event.target as Element).closest<HTMLElement>("[data-action]");
    if (!button || !this.el.contains(button)) return;
    const cell = this.#cellOf(button);
    switch (button.dataset.action) {
      case "edit":
        return void this.toggleEdit();
      case "reset":
        return this.reset();
      case "share":
        return void this.share();
      case "download-html":
        return void this.download("html");
      case "download-js":
        return void this.download("js");
      case "run-reviewed":
        return this.runReviewed();
      case "discard":
        return this.reset();
      case "add-cell":
        return void this.addCell();
      case "run-cell":
        if (cell?.editor) this.#commit(cell, cell.editor.value, true);
        return;
      case "delete-cell":
        if (cell) this.#deleteCell(cell);
        return;
    }
  }

  /** A cell's code changed (Shift+Enter, Run, or leaving the editor): rerun it and what reads it. */
  #commit(cell: CellState, value: string, force = false): void {
    if (value === cell.source && !cell.stopped && !force) return;
    cell.source = value;
    cell.stopped = false;
    cell.li.classList.toggle("nb-edited", value !== this.#original[this.#cells.indexOf(cell)]);
    if (this.#consented) {
      this.start();
      this.#sendDefine();
    }
  }

  async toggleEdit(): Promise<void> {
    const button = this.el.querySelector<HTMLButtonElement>("[data-action=edit]")!;
    if (this.#editing) {
      this.#editing = false;
      for (const c of this.#cells) {
        if (c.editor) this.#commit(c, c.editor.value);
        c.editor?.destroy();
        c.editor = undefined;
        c.code.innerHTML = `<pre class="nb-pre"><code></code></pre>`;
        showCode(c.code.querySelector("code")!, c.source);
      }
      this.el.querySelectorAll(".nb-cell-actions, .nb-add").forEach((e) => e.remove());
      this.el.classList.remove("nb-editing");
      button.textContent = this.strings.edit;
      button.setAttribute("aria-pressed", "false");
      return;
    }
    this.#editing = true;
    button.textContent = this.strings.done;
    button.setAttribute("aria-pressed", "true");
    this.el.classList.add("nb-editing");
    this.start();
    const { createEditor } = await (editorModule ??= import("./editor.ts"));
    if (!this.#editing) return;
    for (const c of this.#cells) this.#attachEditor(c, createEditor);
    const add = document.createElement("div");
    add.className = "nb-add";
    add.innerHTML = `<button type="button" class="nb-button" data-action="add-cell"></button>`;
    add.firstElementChild!.textContent = `+ ${this.strings.addCell}`;
    this.#list.after(add);
    this.#labelCells();
  }

  #attachEditor(cell: CellState, createEditor: typeof import("./editor.ts").createEditor): void {
    if (cell.editor) return;
    cell.code.replaceChildren();
    cell.editor = createEditor({
      parent: cell.code,
      doc: cell.source,
      label: fill(this.strings.cellLabel, { n: this.#cells.indexOf(cell) + 1 }),
      onRun: (value) => this.#commit(cell, value),
    });
    const actions = document.createElement("div");
    actions.className = "nb-cell-actions";
    actions.innerHTML = `<button type="button" class="nb-button" data-action="run-cell">▶</button><button type="button" class="nb-button nb-quiet" data-action="delete-cell">✕</button>`;
    cell.code.after(actions);
  }

  async addCell(): Promise<void> {
    const id = `c${this.#nextId++}`;
    const li = this.#newCellElement(id, "");
    this.#list.append(li);
    const cell: CellState = { id, source: "", li, code: li.querySelector(".nb-code")!, out: li.querySelector(".nb-out")!, stopped: false, token: 0 };
    this.#cells.push(cell);
    const { createEditor } = await (editorModule ??= import("./editor.ts"));
    this.#attachEditor(cell, createEditor);
    this.#labelCells();
    cell.editor?.focus();
  }

  #deleteCell(cell: CellState): void {
    cell.display?.dispose();
    cell.editor?.destroy();
    cell.li.remove();
    this.#cells = this.#cells.filter((c) => c !== cell);
    this.#labelCells();
    if (this.#consented) this.#sendDefine();
    const next = this.el.querySelector<HTMLElement>(".nb-cell [data-action=run-cell], [data-action=add-cell]");
    next?.focus();
  }

  /** Back to the notebook as published: its cells and their build-time outputs. */
  reset(): void {
    if (this.#editing) void this.toggleEdit();
    this.#disposeOutputs();
    this.#list.innerHTML = this.#originalHtml;
    this.#cells = this.#readCells(this.#original);
    this.#nextId = this.#original.length + 1;
    this.#hideBanner();
    if (notebookHashId(location.hash) === this.id) history.replaceState(null, "", location.pathname + location.search);
    this.#consented = true;
    // A fresh runtime the next time it is needed: the old one holds the reader's values.
    this.#runner?.dispose();
    this.#runner = null;
    this.el.classList.remove("nb-live");
  }

  async share(): Promise<void> {
    const hash = await encodeNotebookHash(this.id, this.#doc());
    const url = `${location.origin}${location.pathname}${location.search}${hash}`;
    let copied = false;
    try {
      await navigator.clipboard.writeText(url);
      copied = true;
    } catch {
      // No clipboard (insecure context, permission): the link is shown to copy by hand.
    }
    this.#say(copied ? this.strings.linkCopied : this.strings.linkLabel, { link: url });
  }

  #doc(): NotebookDoc {
    return { ...(this.title ? { title: this.title } : {}), cells: this.sources };
  }

  async download(kind: "html" | "js"): Promise<void> {
    const { toNotebookKitHtml, toPlainJavaScript } = await (fileModule ??= import("../notebookFile.ts"));
    const doc = this.#doc();
    const playground = new URL(this.el.dataset.playground ?? location.href, location.href).href;
    const text = kind === "html" ? toNotebookKitHtml(doc) : toPlainJavaScript(doc, { url: playground });
    const blob = new Blob([text], { type: kind === "html" ? "text/html" : "text/javascript" });
    const a = document.createElement("a");
    a.href = URL.createObjectURL(blob);
    a.download = `${this.id}.${kind}`;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
    this.el.querySelector<HTMLDetailsElement>(".nb-menu")?.removeAttribute("open");
  }

  // ---- notebooks from elsewhere ----

  /** Shows a notebook that came from a link or a file. Nothing runs until the reader presses Run. */
  review(doc: NotebookDoc, origin: "link" | "file"): void {
    if (this.#editing) void this.toggleEdit();
    this.#runner?.dispose();
    this.#runner = null;
    this.el.classList.remove("nb-live");
    this.#consented = false;
    if (doc.title) this.title = doc.title;
    this.#replaceCells(doc.cells, this.strings.notRun);
    for (const c of this.#cells) c.li.classList.add("nb-edited");
    this.#say(origin === "link" ? this.strings.fromLink : this.strings.fromFile, { review: true });
    this.el.scrollIntoView({ block: "start" });
    this.#banner.focus({ preventScroll: true });
  }

  runReviewed(): void {
    this.#consented = true;
    this.#hideBanner();
    for (const c of this.#cells) c.out.innerHTML = "";
    this.start();
    this.#sendDefine();
  }

  async openHash(hash: string): Promise<void> {
    try {
      const decoded = await decodeNotebookHash(hash);
      if (decoded) this.review(decoded.doc, "link");
    } catch (error) {
      this.#say(fill(this.strings.badLink, { error: (error as Error).message }));
      this.el.scrollIntoView({ block: "start" });
    }
  }

  async openFile(file: File): Promise<void> {
    try {
      if (file.size > 2_000_000) throw new Error("larger than 2 MB");
      const { openNotebookFile } = await (fileModule ??= import("../notebookFile.ts"));
      this.review(openNotebookFile(await file.text(), file.name), "file");
    } catch (error) {
      this.#say(fill(this.strings.badFile, { error: (error as Error).message }));
      this.el.scrollIntoView({ block: "start" });
    }
  }

  // ---- the banner ----

  #say(message: string, { link, review = false }: { link?: string; review?: boolean } = {}): void {
    const b = this.#banner;
    b.replaceChildren();
    const p = document.createElement("p");
    p.textContent = message;
    b.append(p);
    if (link) {
      const input = document.createElement("input");
      input.type = "text";
      input.readOnly = true;
      input.value = link;
      input.className = "nb-link";
      input.setAttribute("aria-label", this.strings.linkLabel);
      input.addEventListener("focus", () => input.select());
      b.append(input);
    }
    const actions = document.createElement("div");
    actions.className = "nb-banner-actions";
    if (review) {
      actions.innerHTML = `<button type="button" class="nb-button nb-primary" data-action="run-reviewed"></button><button type="button" class="nb-button" data-action="discard"></button>`;
      actions.children[0].textContent = `▶ ${this.strings.run}`;
      actions.children[1].textContent = this.strings.discard;
    } else {
      actions.innerHTML = `<button type="button" class="nb-button nb-quiet" data-close></button>`;
      actions.children[0].textContent = "✕";
      actions.children[0].setAttribute("aria-label", this.strings.done);
      actions.children[0].addEventListener("click", () => this.#hideBanner());
    }
    b.append(actions);
    b.classList.toggle("nb-banner-review", review);
    b.hidden = false;
  }

  #hideBanner(): void {
    this.#banner.hidden = true;
    this.#banner.replaceChildren();
  }
}

function escapeText(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
