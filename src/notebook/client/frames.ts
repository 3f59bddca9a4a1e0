/**
 * The page's side of the sandbox frames: one message listener for the whole page that hands each
 * message to the frame it came from (`event.source`), never trusting anything else about it.
 */
const handlers = new Map<MessageEventSource, (data: unknown) => void>();
let listening = false;

export function onFrameMessage(frame: HTMLIFrameElement, handler: (data: unknown) => void): () => void {
  if (!listening) {
    listening = true;
    addEventListener("message", (event) => {
      if (event.source) handlers.get(event.source)?.(event.data);
    });
  }
  const source = frame.contentWindow!;
  handlers.set(source, handler);
  return () => handlers.delete(source);
}

/** An `<iframe sandbox="allow-scripts">` of the sandbox page: an opaque origin, so it cannot reach this page. */
export function sandboxFrame(src: string, { title, hidden = false, popups = false }: { title: string; hidden?: boolean; popups?: boolean }): HTMLIFrameElement {
  const frame = document.createElement("iframe");
  frame.setAttribute("sandbox", popups ? "allow-scripts allow-popups allow-popups-to-escape-sandbox" : "allow-scripts");
  frame.setAttribute("referrerpolicy", "no-referrer");
  frame.setAttribute("allow", "");
  frame.title = title;
  frame.src = src;
  if (hidden) {
    frame.hidden = true;
    frame.tabIndex = -1;
    frame.setAttribute("aria-hidden", "true");
  }
  return frame;
}

/** The page's colours and fonts, for a display frame to match (light or dark). */
export function pageTheme(): Record<string, string> {
  const style = getComputedStyle(document.documentElement);
  const theme: Record<string, string> = { "color-scheme": style.colorScheme || "light" };
  for (const name of ["--fg", "--fg-muted", "--bg", "--bg-raised", "--rule", "--link", "--font-sans", "--font-body", "--font-mono", "--chart-1", "--chart-2", "--chart-3"]) {
    const value = style.getPropertyValue(name).trim();
    if (value) theme[name] = value;
  }
  return theme;
}
