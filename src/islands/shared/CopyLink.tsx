import { useState } from "preact/hooks";

/** Copies the page URL, which carries the widget's state, so a link reproduces what the reader sees. */
export function CopyLink({ label, done, anchor }: { label: string; done: string; anchor: string }) {
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    const url = new URL(location.href);
    url.hash = anchor;
    try {
      await navigator.clipboard.writeText(url.href);
      setCopied(true);
      setTimeout(() => setCopied(false), 2000);
    } catch {
      // Clipboard refused (permissions, insecure context): put the link in the address bar instead.
      history.replaceState(history.state, "", url.href);
    }
  };
  return (
    <button type="button" class="widget-button" onClick={copy} aria-live="polite">
      {copied ? done : label}
    </button>
  );
}
