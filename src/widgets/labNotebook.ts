/**
 * The reader's lab runs as a notebook that refits them (opened on the Playground or in Observable
 * Notebook Kit): the runs as data, the fit with the scaling module, and a chart. Cells are written in
 * the notebook's own syntax; `toNotebookKitHtml` (loaded only when the reader downloads) turns them
 * into a Notebook Kit file.
 */
import type { NotebookDoc } from "../notebook/hash.ts";
import type { LabExperiment } from "../lab/protocol.ts";
import type { LabRecord } from "./labCharts.ts";

export interface LabNotebookWords {
  title: string;
  intro: string;
}

/** Rounded enough to read, exact enough to refit. */
const num = (x: number) => Number(x.toPrecision(6));

export function labNotebook(experiment: LabExperiment, records: readonly LabRecord[], words: LabNotebookWords): NotebookDoc {
  const runs = records.map((r) => ({ id: r.id, group: r.group, N: num(r.nonEmbeddingParams), D: r.tokens, C: num(r.flops), loss: num(r.finalLoss) }));
  const data = `runs = ${JSON.stringify(runs, null, 1).replace(/\n\s*/g, " ")}`;
  const md = `md\`# ${words.title.replace(/`/g, "'")}\n\n${words.intro.replace(/`/g, "'")}\``;
  if (experiment === "size") {
    return {
      title: words.title,
      cells: [
        md,
        data,
        "fit = scaling.fitPowerLaw(runs.map((r) => r.N), runs.map((r) => r.loss))",
        "alpha = -fit.exponent",
        `Plot.plot({ x: { type: "log", label: "N" }, y: { type: "log", label: "loss" }, marks: [Plot.dot(runs, { x: "N", y: "loss" }), Plot.line(runs.map((r) => ({ N: r.N, loss: fit.coefficient * r.N ** fit.exponent })), { x: "N", y: "loss", stroke: "red" })] })`,
      ],
    };
  }
  return {
    title: words.title,
    cells: [
      md,
      data,
      // Approach 2 of Hoffmann et al. 2022: per budget, a parabola in ln N; its vertex is the optimal N.
      [
        "valleys = d3.groups(runs, (r) => r.group).map(([group, rs]) => {",
        "  const xs = rs.map((r) => Math.log(r.N)), ys = rs.map((r) => r.loss);",
        "  const n = xs.length, s = (f) => d3.sum(xs.map((x, i) => f(x, ys[i])));",
        "  const A = [[s((x) => x ** 4), s((x) => x ** 3), s((x) => x ** 2)], [s((x) => x ** 3), s((x) => x ** 2), s((x) => x)], [s((x) => x ** 2), s((x) => x), n]];",
        "  const t = [s((x, y) => y * x * x), s((x, y) => y * x), s((x, y) => y)];",
        "  const det = (m) => m[0][0] * (m[1][1] * m[2][2] - m[1][2] * m[2][1]) - m[0][1] * (m[1][0] * m[2][2] - m[1][2] * m[2][0]) + m[0][2] * (m[1][0] * m[2][1] - m[1][1] * m[2][0]);",
        "  const [a, b] = [0, 1].map((k) => det(A.map((row, i) => row.map((v, j) => (j === k ? t[i] : v)))) / det(A));",
        "  const N = Math.exp(-b / (2 * a)), C = +group;",
        "  return { group, C, N, D: C / (6 * N), tokensPerParam: C / (6 * N * N) };",
        "})",
      ].join("\n"),
      `Plot.plot({ x: { type: "log", label: "N" }, y: { label: "loss" }, color: { legend: true }, marks: [Plot.dot(runs, { x: "N", y: "loss", stroke: "group" }), Plot.ruleX(valleys, { x: "N", stroke: "group", strokeDasharray: "3,2" })] })`,
    ],
  };
}
