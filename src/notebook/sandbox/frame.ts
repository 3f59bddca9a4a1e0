/**
 * The script of the sandbox page (`/{lang}/notebook-sandbox/`), inlined into it (its hash is in the
 * page's Content-Security-Policy). The page is always framed with `sandbox="allow-scripts"` and no
 * `allow-same-origin`: an opaque origin, no access to the site's page, cookies or storage; its policy
 * (scripts/csp.ts, `NOTEBOOK_SANDBOX`) forbids every connection. It plays one of two roles, chosen by
 * the first message from the page:
 *
 * - runner (`nb:boot`, with the worker's code: the sandbox loads nothing from any server): creates the
 *   Web Worker that runs the cells from a blob (so the worker shares this origin and policy), relays
 *   messages (and the code of the parts the worker asks for), and is the watchdog: it pings the worker
 *   every 250 ms; a worker that has not answered for the time limit (a cell in an endless loop) is
 *   terminated, the cell that was running is reported as stopped, and a new worker is started for the
 *   page to fill again.
 * - display (`nb:show`): shows one cell's DOM output (a chart, `md`, `tex`), with dangerous elements
 *   and attributes removed, and reports its height so the page can size the frame.
 *
 * This function is stringified into the page: it must not use anything from outside its body.
 */
export function sandboxMain(config: { limitMs: number; loadingLimitMs: number }): void {
  if (window.parent === window) return;
  document.documentElement.classList.add("nb-framed");
  const parentWindow = window.parent;
  const post = (message: unknown) => parentWindow.postMessage(message, "*");
  const now = () => performance.now();
  let role: "runner" | "display" | null = null;

  // ---- runner ----
  let worker: Worker | null = null;
  let workerUrl: string | null = null;
  let init: { type: "init"; locale: string; width: number } | null = null;
  let lastAnswer = 0;
  let loadingSince = 0;
  let running: string | null = null;
  let lastStarted: string | null = null;
  let seq = 0;

  const spawn = () => {
    const w = new Worker(workerUrl!, { name: "notebook" });
    worker = w;
    lastAnswer = now();
    loadingSince = now();
    running = lastStarted = null;
    w.onmessage = (event: MessageEvent) => {
      if (worker !== w) return;
      const m = event.data as { type?: string; id?: unknown; done?: unknown; part?: unknown };
      lastAnswer = now();
      switch (m?.type) {
        case "pong":
          return;
        case "start":
          running = lastStarted = String(m.id);
          return;
        case "end":
          running = null;
          return;
        case "loading":
          loadingSince = m.done ? 0 : now();
          return;
        case "need":
          return post({ type: "nb:need", part: String(m.part) });
        case "ready":
          loadingSince = 0;
          break;
      }
      post({ type: "nb:worker", message: m });
    };
    w.onerror = (event) => {
      event.preventDefault();
      post({ type: "nb:worker", message: { type: "crashed", message: String(event.message ?? "") } });
    };
    w.postMessage(init);
  };

  const watch = () => {
    if (!worker) return;
    worker.postMessage({ type: "ping", seq: ++seq });
    const limit = loadingSince ? config.loadingLimitMs : config.limitMs;
    if (now() - lastAnswer <= limit) return;
    worker.terminate();
    worker = null;
    post({ type: "nb:stopped", id: running ?? lastStarted, seconds: Math.round(limit / 1000) });
    spawn();
    post({ type: "nb:restarted" });
  };

  const boot = (m: { code?: unknown; locale?: unknown; width?: unknown }) => {
    if (typeof m.code !== "string") throw new Error("no worker code");
    workerUrl = URL.createObjectURL(new Blob([m.code], { type: "text/javascript" }));
    init = { type: "init", locale: String(m.locale ?? "en"), width: Number(m.width) || 640 };
    spawn();
    setInterval(watch, 250);
  };

  // ---- display ----
  const root = document.getElementById("nb-display")!;
  const DROP = new Set(["script", "iframe", "frame", "frameset", "object", "embed", "applet", "meta", "base", "link", "portal", "noscript"]);
  const clean = (node: Element) => {
    for (const el of [node, ...node.querySelectorAll("*")]) {
      const tag = el.localName.toLowerCase();
      if (el !== node && DROP.has(tag)) {
        el.remove();
        continue;
      }
      if ((tag === "animate" || tag === "set") && /href/i.test(el.getAttribute("attributeName") ?? "")) {
        el.remove();
        continue;
      }
      for (const attr of [...el.attributes]) {
        const name = attr.name.toLowerCase();
        if (name.startsWith("on") || ((/(^|:)href$|^src$|^action$|^formaction$|^srcdoc$/.test(name)) && /^\s*(javascript|vbscript|data:text\/html)/i.test(attr.value))) {
          el.removeAttribute(attr.name);
        }
      }
      if (tag === "a" && el.hasAttribute("href") && !el.getAttribute("href")!.startsWith("#")) {
        el.setAttribute("target", "_blank");
        el.setAttribute("rel", "noopener noreferrer");
      }
    }
  };
  let lastHeight = -1;
  const reportHeight = () => {
    const height = Math.ceil(root.getBoundingClientRect().height);
    if (height !== lastHeight) {
      lastHeight = height;
      post({ type: "nb:height", height });
    }
  };
  const show = (m: { html?: unknown; theme?: unknown }) => {
    const theme = (m.theme && typeof m.theme === "object" ? m.theme : {}) as Record<string, unknown>;
    for (const [key, value] of Object.entries(theme)) {
      if (/^--[\w-]+$/.test(key) && typeof value === "string") document.documentElement.style.setProperty(key, value);
      if (key === "color-scheme" && typeof value === "string") document.documentElement.style.colorScheme = value;
    }
    const parsed = new DOMParser().parseFromString(`<!doctype html><body><div>${String(m.html ?? "")}</div>`, "text/html");
    const content = parsed.body.firstElementChild!;
    clean(content);
    root.replaceChildren(...[...content.childNodes].map((n) => document.adoptNode(n)));
    reportHeight();
  };

  addEventListener("message", (event: MessageEvent) => {
    if (event.source !== parentWindow) return;
    const m = event.data as { type?: unknown; seq?: unknown; message?: unknown };
    if (!m || typeof m.type !== "string") return;
    switch (m.type) {
      case "nb:ping":
        return post({ type: "nb:pong", seq: m.seq });
      case "nb:boot":
        if (role !== null) return;
        role = "runner";
        try {
          boot(m as never);
        } catch (error) {
          post({ type: "nb:worker", message: { type: "crashed", message: String(error) } });
        }
        return;
      case "nb:to-worker":
        if (role === "runner" && worker && m.message && typeof m.message === "object") worker.postMessage(m.message);
        return;
      case "nb:code": {
        const c = m as { part?: unknown; code?: unknown };
        if (role === "runner" && worker && typeof c.code === "string") worker.postMessage({ type: "code", part: String(c.part), code: c.code });
        return;
      }
      case "nb:show":
        if (role === "runner") return;
        if (role === null) {
          role = "display";
          document.documentElement.classList.add("nb-display");
          new ResizeObserver(reportHeight).observe(root);
        }
        show(m as never);
        return;
    }
  });
  post({ type: "nb:frame-ready" });
}
