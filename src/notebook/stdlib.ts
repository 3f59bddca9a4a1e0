/**
 * What every notebook cell can read without defining it: the scaling module, Plot, Inputs, d3's array
 * and format helpers, `md`, `tex`, `html`, `svg`, the locale's `fmt`, `width` and `locale`. The same
 * library serves the sandbox (a Web Worker, where the DOM, Plot and KaTeX are loaded on first use) and
 * the build (Node, where the default outputs are computed); in both the DOM is linkedom's.
 */
import * as scaling from "../lib/scaling/index.ts";
import * as d3array from "d3-array";
import { format as d3format, formatPrefix, precisionFixed, precisionPrefix, precisionRound } from "d3-format";
import type { Locale } from "../i18n/locales.ts";
import { makeFmt, namedFunctions } from "./fmt.ts";
import { createInputs } from "./inputSpec.ts";
import { markdown } from "./md.ts";
import { fixMarkLabels } from "../charts/a11y.ts";

/** fixMarkLabels for every SVG of a chart (a figure with a legend holds several). */
function fixAllMarkLabels(chart: Element): Element {
  const svgs = chart.tagName.toLowerCase() === "svg" ? [chart] : [...chart.querySelectorAll("svg")];
  for (const svg of svgs) fixMarkLabels(svg);
  return chart;
}

type PlotModule = typeof import("@observablehq/plot");
type Katex = { renderToString(tex: string, options?: Record<string, unknown>): string };
type ParseHTML = (html: string) => { document: Document };

/**
 * How the heavy parts are obtained: imported at build time; in the sandbox, loaded the first time a
 * cell reads a name that needs them (`ensure` resolves once the part is there).
 */
export interface Loaders {
  ensure(part: "dom" | "plot" | "katex"): void | Promise<void>;
  parseHTML(): ParseHTML;
  plot(): PlotModule;
  katex(): Katex;
}

/** `width`: the notebook's content width in pixels, and how it changes. */
export interface WidthSource {
  value: number;
  /** Subscribes to changes; `null` for a width that never changes (the build). */
  subscribe: ((listener: (width: number) => void) => () => void) | null;
}

const NODE = 1;
const FRAGMENT = 11;

export function isDomNode(value: unknown): value is Node {
  if (!value || typeof value !== "object") return false;
  const v = value as { nodeType?: unknown; nodeName?: unknown };
  return typeof v.nodeType === "number" && typeof v.nodeName === "string";
}

/** A DOM node as HTML (a fragment as its children's HTML). */
export function serializeNode(node: Node): string {
  if (node.nodeType === FRAGMENT) return [...node.childNodes].map(serializeNode).join("");
  if (node.nodeType === NODE) return (node as Element).outerHTML;
  const text = node.textContent ?? "";
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/**
 * linkedom has no canvas. Plot draws a continuous colour legend's ramp on one, pixel by pixel, and
 * embeds it as an image: record the pixels, and give the image back as an SVG of rectangles.
 */
function withCanvas(doc: Document): Document {
  const create = doc.createElement.bind(doc) as (name: string) => HTMLElement;
  (doc as unknown as { createElement: (name: string) => HTMLElement }).createElement = (name: string) => {
    const el = create(name);
    if (String(name).toLowerCase() !== "canvas") return el;
    const fills: string[] = [];
    let fillStyle = "#000";
    const context = {
      canvas: el,
      get fillStyle() {
        return fillStyle;
      },
      set fillStyle(v: unknown) {
        fillStyle = String(v);
      },
      fillRect(x: number, y: number, w: number, h: number) {
        fills.push(`<rect x="${+x}" y="${+y}" width="${+w}" height="${+h}" fill="${fillStyle.replace(/[<>"&]/g, "")}"/>`);
      },
      clearRect() {
        fills.length = 0;
      },
    };
    const size = (key: "width" | "height", fallback: number) => Number((el as unknown as Record<string, unknown>)[key] ?? el.getAttribute(key)) || fallback;
    Object.assign(el, {
      getContext: () => context,
      toDataURL: () =>
        `data:image/svg+xml,${encodeURIComponent(`<svg xmlns="http://www.w3.org/2000/svg" width="${size("width", 300)}" height="${size("height", 150)}" shape-rendering="crispEdges">${fills.join("")}</svg>`)}`,
    });
    return el;
  };
  return doc;
}

export interface Stdlib {
  builtins: Record<string, unknown>;
  /** The name under which the page knows a built-in function, if it does. */
  nameOf(f: Function): string | undefined;
}

export function createStdlib({ locale, loaders, width }: { locale: Locale; loaders: Loaders; width: WidthSource }): Stdlib {
  const fmt = makeFmt(locale);
  const names = new Map<Function, string>([...namedFunctions(fmt)].map(([name, f]) => [f, name]));
  const nameOf = (f: Function) => names.get(f);

  let doc: Document | null = null;
  const document = () => (doc ??= withCanvas(loaders.parseHTML()("<!doctype html><html><head></head><body></body></html>").document));

  /** Parses HTML into nodes; `${…}` DOM values are put where their placeholders are. */
  const fragment = (html: string, nodes: Node[], svg = false): Node => {
    const d = document();
    const container = d.createElement("div");
    container.innerHTML = svg ? `<svg xmlns="http://www.w3.org/2000/svg">${html}</svg>` : html;
    const root = svg ? container.firstChild! : container;
    for (const slot of [...(container as Element).querySelectorAll("[data-nb-slot]")]) {
      const node = nodes[Number(slot.getAttribute("data-nb-slot"))];
      if (node) slot.replaceWith(node);
    }
    const children = [...root.childNodes].filter((n) => !(n.nodeType === 3 && !n.textContent?.trim()));
    if (children.length === 1 && children[0].nodeType === NODE) return children[0];
    const frag = d.createDocumentFragment();
    for (const c of [...root.childNodes]) frag.appendChild(c);
    return frag;
  };

  const escape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
  /** Joins a template's parts; DOM values become placeholders, other values text (escaped unless `raw`). */
  const join = (strings: readonly string[], values: unknown[], piece: (v: unknown) => string): string => {
    let out = strings[0];
    for (let i = 0; i < values.length; i++) out += piece(values[i]) + strings[i + 1];
    return out;
  };
  const htmlPiece = (nodes: Node[]) => {
    const piece = (v: unknown): string => {
      if (v == null || v === false) return "";
      if (Array.isArray(v)) return v.map(piece).join("");
      if (isDomNode(v)) {
        nodes.push(v);
        return `<span data-nb-slot="${nodes.length - 1}"></span>`;
      }
      return escape(String(v));
    };
    return piece;
  };

  const html = (strings: TemplateStringsArray, ...values: unknown[]) => {
    const nodes: Node[] = [];
    return fragment(join(strings, values, htmlPiece(nodes)), nodes);
  };
  const svg = (strings: TemplateStringsArray, ...values: unknown[]) => {
    const nodes: Node[] = [];
    return fragment(join(strings, values, htmlPiece(nodes)), nodes, true);
  };
  const md = (strings: TemplateStringsArray, ...values: unknown[]) => {
    const nodes: Node[] = [];
    const piece = (v: unknown): string => {
      if (v == null || v === false) return "";
      if (Array.isArray(v)) return v.map(piece).join("");
      if (isDomNode(v)) {
        nodes.push(v);
        return `\u0000${nodes.length - 1}\u0000`;
      }
      return String(v);
    };
    const source = join(strings, values, piece);
    const rendered = markdown(source).replace(/\u0000(\d+)\u0000/g, '<span data-nb-slot="$1"></span>');
    const d = document();
    const root = d.createElement("div");
    root.setAttribute("class", "nb-md");
    root.innerHTML = rendered;
    for (const slot of [...root.querySelectorAll("[data-nb-slot]")]) {
      const node = nodes[Number(slot.getAttribute("data-nb-slot"))];
      if (node) slot.replaceWith(node);
    }
    return root;
  };
  const texRender = (displayMode: boolean) => (strings: TemplateStringsArray, ...values: unknown[]) => {
    const source = String.raw({ raw: strings.raw }, ...values.map((v) => (isDomNode(v) ? v.textContent : v)));
    const d = document();
    const el = d.createElement(displayMode ? "div" : "span");
    el.setAttribute("class", displayMode ? "nb-tex nb-tex-block" : "nb-tex");
    // MathML: the browser typesets it, with no stylesheet or font to load (the sandbox may load nothing).
    el.innerHTML = loaders.katex().renderToString(source, { displayMode, throwOnError: false, output: "mathml" });
    return el;
  };
  const tex = Object.assign(texRender(false), { block: texRender(true) });

  let plot: PlotModule | null = null;
  const Plot = async () => {
    await loaders.ensure("dom");
    await loaders.ensure("plot");
    if (plot) return plot;
    const P = loaders.plot();
    const withDocument = <T extends Record<string, unknown>>(o: T = {} as T) => ({ document: document(), ...o });
    // Mark groups' `aria-label`s are not allowed on a role-less <g>: hidden, as the site's charts do.
    const draw = (o?: Record<string, unknown>) => fixAllMarkLabels(P.plot(withDocument(o) as never) as Element);
    const legend = (o?: Record<string, unknown>) => fixAllMarkLabels(P.legend(withDocument(o) as never) as Element);
    const isClass = (f: Function) => /^class\b/.test(Function.prototype.toString.call(f));
    const wrapped: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(P)) {
      if (typeof value !== "function" || isClass(value)) {
        wrapped[key] = value;
        continue;
      }
      // A mark's own `.plot()` would use the page's document (there is none here): give it ours.
      wrapped[key] = (...args: unknown[]) => {
        const result = (value as (...a: unknown[]) => unknown)(...args);
        if (result instanceof P.Mark) {
          Object.defineProperty(result, "plot", {
            value: ({ marks = [], ...options }: { marks?: unknown[] } & Record<string, unknown> = {}) => draw({ ...options, marks: [...marks, result] }),
            configurable: true,
          });
        }
        return result;
      };
    }
    wrapped.plot = draw;
    wrapped.legend = legend;
    return (plot = wrapped as unknown as PlotModule);
  };

  const d3 = Object.freeze({ ...d3array, format: d3format, formatPrefix, precisionFixed, precisionPrefix, precisionRound });

  const widthBuiltin = width.subscribe
    ? function* () {
        let current = width.value;
        let resolve: ((w: number) => void) | null = null;
        let changed = false;
        const unsubscribe = width.subscribe!((w) => {
          current = w;
          if (resolve) {
            resolve(w);
            resolve = null;
          } else changed = true;
        });
        try {
          yield current;
          for (;;) {
            if (changed) {
              changed = false;
              yield current;
            } else yield new Promise<number>((r) => (resolve = r));
          }
        } finally {
          unsubscribe();
        }
      }
    : () => width.value;

  const builtins: Record<string, unknown> = {
    scaling: () => scaling,
    Plot,
    Inputs: () => createInputs(nameOf),
    d3: () => d3,
    md: async () => (await loaders.ensure("dom"), md),
    tex: async () => (await loaders.ensure("dom"), await loaders.ensure("katex"), tex),
    html: async () => (await loaders.ensure("dom"), html),
    svg: async () => (await loaders.ensure("dom"), svg),
    fmt: () => fmt,
    locale: () => locale,
    width: widthBuiltin,
    Promises: () => ({ delay: (ms: number, value?: unknown) => new Promise((r) => setTimeout(() => r(value), ms)) }),
  };
  return { builtins, nameOf };
}
