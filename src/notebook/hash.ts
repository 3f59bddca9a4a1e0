/**
 * A notebook in a link: `#nb=<notebook-id>:<payload>`, where the payload is the notebook as JSON,
 * compressed with deflate (raw, RFC 1951, `CompressionStream("deflate-raw")`) and written in
 * base64url without padding. The hash never reaches a server, so a shared notebook stays between
 * the people who share it.
 */

/** What a notebook is, for links and files: its cells' code in order, and an optional title. */
export interface NotebookDoc {
  title?: string;
  cells: string[];
}

export const HASH_KEY = "nb";
/** Notebook ids: lowercase letters, digits and dashes (`plan-run`). */
export const NOTEBOOK_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;
/** Refuse links that would inflate to more than this (bytes of JSON). */
export const MAX_JSON_BYTES = 512 * 1024;
export const MAX_CELLS = 200;

export function toBase64Url(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

export function fromBase64Url(text: string): Uint8Array {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) throw new Error("invalid notebook link: not base64url");
  const base64 = text.replace(/-/g, "+").replace(/_/g, "/") + "===".slice((text.length + 3) % 4);
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

async function pipe(bytes: Uint8Array, transform: CompressionStream | DecompressionStream, limit = Infinity): Promise<Uint8Array> {
  const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(transform);
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > limit) {
      await reader.cancel();
      throw new Error("invalid notebook link: too large");
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** Checks a decoded value is a notebook and returns a clean copy (unknown fields dropped). */
export function toNotebookDoc(value: unknown): NotebookDoc {
  if (!value || typeof value !== "object") throw new Error("invalid notebook: not an object");
  const { title, cells } = value as Record<string, unknown>;
  if (!Array.isArray(cells) || !cells.every((c) => typeof c === "string")) throw new Error("invalid notebook: cells must be strings");
  if (cells.length > MAX_CELLS) throw new Error(`invalid notebook: more than ${MAX_CELLS} cells`);
  const doc: NotebookDoc = { cells: [...(cells as string[])] };
  if (typeof title === "string" && title.trim()) doc.title = title.slice(0, 200);
  return doc;
}

/** `#nb=<id>:<payload>` for a notebook. */
export async function encodeNotebookHash(id: string, doc: NotebookDoc): Promise<string> {
  if (!NOTEBOOK_ID.test(id)) throw new Error(`invalid notebook id: ${id}`);
  const json = new TextEncoder().encode(JSON.stringify(toNotebookDoc(doc)));
  const deflated = await pipe(json, new CompressionStream("deflate-raw"));
  return `#${HASH_KEY}=${id}:${toBase64Url(deflated)}`;
}

/** The notebook id a hash names, without decoding it (`null` if the hash is not a notebook link). */
export function notebookHashId(hash: string): string | null {
  const m = new RegExp(`^#${HASH_KEY}=([a-z0-9-]+):`).exec(hash);
  return m && NOTEBOOK_ID.test(m[1]) ? m[1] : null;
}

/** Decodes `#nb=<id>:<payload>`; `null` when the hash is not a notebook link; throws when it is one but broken. */
export async function decodeNotebookHash(hash: string): Promise<{ id: string; doc: NotebookDoc } | null> {
  const id = notebookHashId(hash);
  if (!id) return null;
  const payload = hash.slice(hash.indexOf(":") + 1);
  let json: string;
  try {
    const bytes = await pipe(fromBase64Url(payload), new DecompressionStream("deflate-raw"), MAX_JSON_BYTES);
    json = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch (error) {
    throw new Error(/too large|base64url/.test(String(error)) ? (error as Error).message : "invalid notebook link: the data is damaged");
  }
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    throw new Error("invalid notebook link: not JSON");
  }
  return { id, doc: toNotebookDoc(value) };
}
