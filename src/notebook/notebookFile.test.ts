import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  exportCell, fromNotebookKitHtml, fromPlainJavaScript, importCell, importModuleCell, openNotebookFile, OJS_TYPE, toNotebookKitHtml, toPlainJavaScript,
} from "./notebookFile.ts";
import { STARTERS } from "./starters.ts";

const CELLS = [
  "N = 70e9",
  "D = 20 * N;",
  "  // leading comment\nC = scaling.trainingFlops(N, D) // trailing",
  "viewof N = Inputs.range([1e9, 1e12], { value: 70e9, transform: Math.log, label: \"Parameters\" })",
  "viewof pick = {\n  const s = Inputs.select([1, 2]);\n  return s;\n}",
  "total = {\n  let s = 0;\n  for (const r of runs) s += r.flops;\n  return s;\n}",
  "loaded = {\n  await new Promise((r) => setTimeout(r, 1));\n  return 1;\n}",
  "{\n  return 42;\n}",
  "Plot.plot({ marks: [Plot.dot(runs, { x: \"N\", y: \"loss\" })] })",
  "md`A **${fmt(N)}** model needs ${fmt.flops(C)}.\\n\\`code\\``",
  "function chinchilla(C) {\n  return Math.sqrt(C / 120);\n}",
  "class Run {}",
  "const a = 1;\nconst b = a + 1;",
  "ticker = {\n  for (let i = 0; ; i++) yield i;\n}",
  "broken = 20 *",
  "x = \"</script>\" + `<\\/script>` // a closing tag in a string",
  "// %% not a marker\ny = 1",
  "",
  "\n\nz = 3\n\n",
  "tex`\\frac{C}{6N}`",
];

describe("Notebook Kit files", () => {
  it("toNotebookKitHtml(doc) writes a <notebook> with one <script> per cell, plain JavaScript where it can", () => {
    const html = toNotebookKitHtml({ title: "Plan <a> run", cells: ["N = 70e9", "viewof k = Inputs.range([0, 1])", "ticker = { yield 1 }"] });
    expect(html).toMatch(/^<!doctype html>\n<notebook theme="air">\n  <title>Plan &lt;a&gt; run<\/title>/);
    expect(html).toContain('<script id="1" type="module">\n    const N = 70e9\n  </script>');
    expect(html).toContain('<script id="2" type="module">\n    const k = view(Inputs.range([0, 1]))\n  </script>');
    expect(html).toContain(`<script id="3" type="${OJS_TYPE}">\n    ticker = { yield 1 }\n  </script>`);
  });

  it("export then import gives back every cell exactly", () => {
    const doc = { title: "Round trip", cells: CELLS };
    expect(fromNotebookKitHtml(toNotebookKitHtml(doc))).toEqual(doc);
  });

  it("the starter notebooks round-trip", () => {
    for (const starter of STARTERS) {
      const doc = { title: starter.id, cells: starter.cells };
      expect(fromNotebookKitHtml(toNotebookKitHtml(doc))).toEqual(doc);
      expect(fromPlainJavaScript(toPlainJavaScript(doc))).toEqual(doc);
    }
  });

  it("any text round-trips through a script element (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.string(), { maxLength: 6 }), (cells) => {
        expect(fromNotebookKitHtml(toNotebookKitHtml({ cells: cells.map((c) => c.replace(/\r/g, "")) })).cells).toEqual(cells.map((c) => c.replace(/\r/g, "")));
      }),
      { numRuns: 200 },
    );
  });

  it("the exported block cells are plain JavaScript that evaluates to the same value", async () => {
    const { code } = exportCell("total = {\n  let s = 0;\n  for (const r of [1, 2, 3]) s += r;\n  return s;\n}");
    expect(code).toBe("const total = (() => {\n  let s = 0;\n  for (const r of [1, 2, 3]) s += r;\n  return s;\n})()");
    expect(new Function(`${code}; return total;`)()).toBe(6);
    const asyncCode = exportCell("x = {\n  await 0;\n  return 2;\n}").code;
    expect(asyncCode).toBe("const x = await (async () => {\n  await 0;\n  return 2;\n})()");
  });

  it("opens a Notebook Kit file written elsewhere: markdown, TeX, HTML, Observable JavaScript and other cells", () => {
    const file = `<!doctype html>
<notebook theme="slate">
  <title>Someone else's</title>
  <script id="4" type="text/markdown">
    # Hello \`code\` and \${not interpolated}
  </script>
  <script id="5" type="module">
    const n = view(Inputs.range([0, 10], {step: 1}));
  </script>
  <script id="6" type="module">
    const x = 2 * n;
  </script>
  <script id="7" type="application/x-tex">
    \\frac{a}{b}
  </script>
  <script id="8" type="text/html">
    <b>bold</b>
  </script>
  <script id="9" type="application/vnd.observable.javascript">
    y = x + 1
  </script>
  <script id="10" type="text/x-python">
    print("hi")
  </script>
  <script id="11">
    display(x);
    x * 2
  </script>
</notebook>`;
    const doc = fromNotebookKitHtml(file);
    expect(doc.title).toBe("Someone else's");
    expect(doc.cells).toEqual([
      "md`# Hello \\`code\\` and \\${not interpolated}`",
      "viewof n = Inputs.range([0, 10], {step: 1});",
      "x = 2 * n;",
      "tex.block`\\\\frac{a}{b}`",
      "html`<b>bold</b>`",
      "y = x + 1",
      'md`*This text/x-python cell cannot run here; its code:*\n\n~~~\nprint("hi")\n~~~`',
      "display(x);\nx * 2",
    ]);
  });

  it("refuses a file without a <notebook>", () => {
    expect(() => fromNotebookKitHtml("<html><body>hi</body></html>")).toThrow(/no <notebook>/);
  });
});

describe("plain JavaScript files", () => {
  it("toPlainJavaScript(doc) writes cells after // %% lines, with a header", () => {
    const js = toPlainJavaScript({ title: "Plan", cells: ["N = 70e9", "ticker = { yield 1 }"] }, { url: "https://example.org/en/playground/" });
    expect(js).toMatch(/^\/\/ Plan\n/);
    expect(js).toContain("https://example.org/en/playground/");
    expect(js.endsWith("// %%\nconst N = 70e9\n// %% observable\nticker = { yield 1 }\n")).toBe(true);
  });

  it("export then import gives back every cell exactly", () => {
    const doc = { title: "Round trip", cells: CELLS };
    expect(fromPlainJavaScript(toPlainJavaScript(doc))).toEqual(doc);
  });

  it("a JavaScript file that is not one of ours opens as one cell", () => {
    expect(fromPlainJavaScript("const x = 1;\n")).toEqual({ cells: ["x = 1;"] });
  });

  it("openNotebookFile(text, name) picks the format", () => {
    expect(openNotebookFile(toNotebookKitHtml({ cells: ["a = 1"] }), "a.html").cells).toEqual(["a = 1"]);
    expect(openNotebookFile(toPlainJavaScript({ cells: ["a = 1"] }), "a.js").cells).toEqual(["a = 1"]);
  });
});

describe("importCell(type, code) / importModuleCell(code)", () => {
  it("rewrite Notebook Kit's plain JavaScript into Observable syntax", () => {
    expect(importModuleCell("const N = 70e9;")).toBe("N = 70e9;");
    expect(importModuleCell("let N = 70e9;")).toBe("let N = 70e9;");
    expect(importModuleCell("const a = 1, b = 2;")).toBe("const a = 1, b = 2;");
    expect(importModuleCell("(() => {\n  return 1;\n})()")).toBe("{\n  return 1;\n}");
    expect(importCell("module", "not javascript (")).toBe("not javascript (");
  });
});
