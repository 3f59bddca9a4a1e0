import type { ClientDirective } from "astro";
import { recordEarlyInput } from "./earlyInput.ts";

/**
 * `client:interact="<widget-id>"` — hydrate an island on the reader's first touch, pointer, focus or key
 * press inside it, not merely when it scrolls into view. Every widget's default state is already in
 * the HTML as SVG, so a reader who only reads never pays for Plot (see the JS budget in DESIGN.md).
 * If the URL already carries state for this widget (`?<widget-id>.x=…`), the widget hydrates at once,
 * so a shared link shows what its sender saw.
 *
 * The island's code arrives some time after that first touch (hundreds of milliseconds on a slow
 * phone). Whatever the reader does meanwhile — types a value, moves a slider, picks an option, presses
 * a button — is recorded (earlyInput.ts) and replayed into the live island in the same task as the
 * hydration, before the next paint, so nothing is lost and nothing flickers back to the default.
 */
const interact: ClientDirective = (load, options, el) => {
  let started = false;
  const events = ["pointerenter", "pointerdown", "touchstart", "focusin", "keydown"] as const;
  const early = recordEarlyInput(el);
  const start = async () => {
    if (started) return;
    started = true;
    for (const type of events) el.removeEventListener(type, start);
    try {
      const hydrate = await load();
      await hydrate();
    } catch (error) {
      early.stop();
      throw error;
    }
    early.replay();
  };
  const prefix = typeof options.value === "string" && options.value ? `${options.value}.` : null;
  if (prefix && [...new URLSearchParams(location.search).keys()].some((key) => key.startsWith(prefix))) {
    void start();
    return;
  }
  for (const type of events) el.addEventListener(type, start, { passive: true });
};

export default interact;
