/**
 * A cell's DOM output (a chart, `md`, `tex`, `html`) shown in its own sandbox frame: the HTML came from
 * code the page does not trust, so it never enters the page. The frame reports its height.
 */
import { onFrameMessage, pageTheme, sandboxFrame } from "./frames.ts";

const MAX_HEIGHT = 5000;

export class DisplayFrame {
  readonly element: HTMLIFrameElement;
  #ready = false;
  #html: string | null = null;
  #unlisten: () => void;

  constructor(parent: HTMLElement, src: string, title: string) {
    this.element = sandboxFrame(src, { title, popups: true });
    this.element.className = "nb-display";
    parent.replaceChildren(this.element);
    this.#unlisten = onFrameMessage(this.element, (data) => {
      const m = data as { type?: unknown; height?: unknown };
      if (m?.type === "nb:frame-ready") {
        this.#ready = true;
        this.#send();
      } else if (m?.type === "nb:height" && typeof m.height === "number" && Number.isFinite(m.height)) {
        this.element.style.height = `${Math.max(0, Math.min(MAX_HEIGHT, Math.ceil(m.height)))}px`;
      }
    });
  }

  show(html: string): void {
    this.#html = html;
    this.#send();
  }

  /** Re-sends the page's theme (after the reader switches between light and dark). */
  retheme(): void {
    this.#send();
  }

  #send(): void {
    if (!this.#ready || this.#html === null) return;
    this.element.contentWindow?.postMessage({ type: "nb:show", html: this.#html, theme: pageTheme() }, "*");
  }

  dispose(): void {
    this.#unlisten();
    this.element.remove();
  }
}
