/**
 * On every page with a notebook (bundled once by Notebook.astro, about 1 KB): shows the toolbars, and
 * loads the notebook's code only when the reader reaches for it — first pointer, touch, focus or key
 * press inside a notebook — or at once when the URL carries a shared notebook (`#nb=<id>:…`), which
 * is then shown for review, not run.
 */
type Controller = typeof import("./controller.ts");

let controllerModule: Promise<Controller> | null = null;
const load = () => (controllerModule ??= import("./controller.ts"));

function notebooks(): HTMLElement[] {
  return [...document.querySelectorAll<HTMLElement>("[data-notebook]")];
}

async function mountEl(el: HTMLElement) {
  const { mount } = await load();
  return mount(el);
}

function arm(el: HTMLElement): void {
  el.querySelector(".nb-toolbar")?.removeAttribute("hidden");
  const events = ["pointerenter", "pointerdown", "touchstart", "focusin", "keydown"] as const;
  let mounted = false;
  let starting = false;
  let missed: HTMLElement | null = null;
  // A click on a button before the notebook's code has arrived is replayed once it has.
  const early = (event: Event) => {
    if (mounted) return;
    missed = (event.target as Element).closest<HTMLElement>("[data-action]") ?? missed;
    if (missed) start();
  };
  const start = () => {
    if (starting) return;
    starting = true;
    for (const type of events) el.removeEventListener(type, start);
    void mountEl(el).then(() => {
      mounted = true;
      el.removeEventListener("click", early);
      const replay = missed;
      missed = null;
      replay?.click();
    });
  };
  el.addEventListener("click", early);
  for (const type of events) el.addEventListener(type, start, { passive: true });
}

/** `#nb=<id>:…` names a notebook on this page (or, on the Playground, the scratch notebook). */
async function openFromHash(): Promise<void> {
  const id = /^#nb=([a-z0-9][a-z0-9-]*):/.exec(location.hash)?.[1];
  if (!id) return;
  const all = notebooks();
  const el = all.find((n) => n.dataset.notebook === id) ?? all.find((n) => n.hasAttribute("data-notebook-fallback"));
  if (!el) return;
  const c = await mountEl(el);
  await c.openHash(location.hash);
}

function wireFileOpeners(): void {
  for (const input of document.querySelectorAll<HTMLInputElement>("input[data-notebook-open]")) {
    input.addEventListener("change", async () => {
      const file = input.files?.[0];
      const el = document.getElementById(input.dataset.notebookOpen!);
      if (!file || !el) return;
      const c = await mountEl(el);
      await c.openFile(file);
      input.value = "";
    });
  }
}

for (const el of notebooks()) arm(el);
wireFileOpeners();
void openFromHash();
addEventListener("hashchange", () => void openFromHash());
