import type { Locale } from "../i18n/locales.ts";

/**
 * The Playground's starter notebooks. The code is the same in both languages except for the labels
 * and sentences the cells show, which are written in the page's language.
 */
export interface Starter {
  /** Notebook id, also the anchor and the id in a shared link. */
  id: string;
  /** i18n key prefix of its title and description (`playground.<key>.title`, `….description`). */
  key: "planRun" | "fitRuns" | "countParams" | "kaplanChinchilla" | "scratch";
  cells: string[];
}

type Text = Record<Locale, string>;
const both = (en: string, zh: string): Text => ({ en, zh });

const RUNS_CSV = `params,tokens,loss
1e8,2e9,3.469
1e8,2e10,2.987
1e8,1e11,2.819
3e8,2e9,3.251
3e8,2e10,2.760
3e8,1e11,2.562
1e9,2e9,3.064
1e9,2e10,2.573
1e9,1e11,2.387
3e9,2e9,2.962
3e9,2e10,2.464
3e9,1e11,2.267`;

function starters(t: (text: Text) => string): Starter[] {
  return [
    {
      id: "scratch",
      key: "scratch",
      cells: [
        t(both("// Your notebook: edit any cell, add cells, share it as a link.\nx = 6 * 7", "// 你的笔记本：改任意单元格、加单元格，再用链接分享。\nx = 6 * 7")),
        t(both("md`The answer is **${x}**.`", "md`答案是 **${x}**。`")),
      ],
    },
    {
      id: "plan-run",
      key: "planRun",
      cells: [
        t(both("N = 70e9 // parameters", "N = 70e9 // 参数量")),
        t(both("tokensPerParam = 20 // Chinchilla's rule of thumb", "tokensPerParam = 20 // Chinchilla 的经验法则")),
        "D = tokensPerParam * N",
        "C = scaling.trainingFlops(N, D)",
        'run = scaling.trainingRun({ flops: C, accelerator: "H100", count: 1024, mfu: 0.4 })',
        t(
          both(
            "md`A model with ${fmt.params(N)} trained on ${fmt.tokens(D)} needs ${fmt.flops(C)}: about **${fmt.decimal(run.wallClockDays, { digits: 2 })} days** on 1,024 H100s at 40% utilisation, and about **$${fmt(run.costUsd, { digits: 2 })}** of GPU time.`",
            "md`${fmt.params(N)}的模型用 ${fmt.tokens(D)} 训练，需要 ${fmt.flops(C)}：在 1024 块 H100、40% 利用率下约 **${fmt.decimal(run.wallClockDays, { digits: 2 })} 天**，GPU 租金约 **${fmt(run.costUsd, { digits: 2 })} 美元**。`",
          ),
        ),
      ],
    },
    {
      id: "fit-runs",
      key: "fitRuns",
      cells: [
        t(both(`// Paste your own runs here: one line per run.\nruns = scaling.parseRunsCsv(\`${RUNS_CSV}\`)`, `// 把你自己的训练记录粘贴在这里：每行一次训练。\nruns = scaling.parseRunsCsv(\`${RUNS_CSV}\`)`)),
        "Inputs.table(runs, { format: { params: fmt, tokens: fmt } })",
        "fit = scaling.fitChinchilla(runs)",
        t(
          both(
            'Plot.plot({\n  width,\n  x: { type: "log", label: "Parameters N", tickFormat: fmt },\n  y: { label: "Final loss" },\n  color: { type: "categorical", legend: true, tickFormat: fmt, label: "Tokens D" },\n  marks: [\n    Plot.line(runs.flatMap((r) => d3.range(8, 9.6, 0.05).map((e) => ({ params: 10 ** e, tokens: r.tokens, loss: scaling.chinchillaLoss(10 ** e, r.tokens, fit) }))), { x: "params", y: "loss", z: "tokens", stroke: "tokens", strokeOpacity: 0.5 }),\n    Plot.dot(runs, { x: "params", y: "loss", fill: "tokens", r: 4 })\n  ]\n})',
            'Plot.plot({\n  width,\n  x: { type: "log", label: "参数量 N", tickFormat: fmt },\n  y: { label: "最终损失" },\n  color: { type: "categorical", legend: true, tickFormat: fmt, label: "训练 tokens D" },\n  marks: [\n    Plot.line(runs.flatMap((r) => d3.range(8, 9.6, 0.05).map((e) => ({ params: 10 ** e, tokens: r.tokens, loss: scaling.chinchillaLoss(10 ** e, r.tokens, fit) }))), { x: "params", y: "loss", z: "tokens", stroke: "tokens", strokeOpacity: 0.5 }),\n    Plot.dot(runs, { x: "params", y: "loss", fill: "tokens", r: 4 })\n  ]\n})',
          ),
        ),
        "optimum = scaling.computeOptimal(1e24, fit)",
        t(
          both(
            "md`Your fit: α = ${fit.alpha.toFixed(3)}, β = ${fit.beta.toFixed(3)}. With 10²⁴ FLOPs it would train ${fmt.params(optimum.params)} on ${fmt.tokens(optimum.tokens)}, ${fmt.decimal(optimum.tokensPerParam)} tokens per parameter.`",
            "md`你的拟合：α = ${fit.alpha.toFixed(3)}，β = ${fit.beta.toFixed(3)}。给定 10²⁴ FLOPs，它会用 ${fmt.tokens(optimum.tokens)} 训练${fmt.params(optimum.params)}的模型，每个参数 ${fmt.decimal(optimum.tokensPerParam)} 个 token。`",
          ),
        ),
      ],
    },
    {
      id: "count-params",
      key: "countParams",
      cells: [
        t(both('viewof layers = Inputs.range([8, 96], { step: 8, value: 32, label: "Layers" })', 'viewof layers = Inputs.range([8, 96], { step: 8, value: 32, label: "层数" })')),
        t(
          both(
            "// A Llama-3-8B-style config.json; change any field.\nconfig = ({\n  model_type: \"llama\",\n  vocab_size: 128256,\n  hidden_size: 4096,\n  intermediate_size: 14336,\n  num_hidden_layers: layers,\n  num_attention_heads: 32,\n  num_key_value_heads: 8,\n  max_position_embeddings: 8192,\n  tie_word_embeddings: false\n})",
            "// 仿 Llama-3-8B 的 config.json；任意字段都可以改。\nconfig = ({\n  model_type: \"llama\",\n  vocab_size: 128256,\n  hidden_size: 4096,\n  intermediate_size: 14336,\n  num_hidden_layers: layers,\n  num_attention_heads: 32,\n  num_key_value_heads: 8,\n  max_position_embeddings: 8192,\n  tie_word_embeddings: false\n})",
          ),
        ),
        "count = scaling.countParams(config)",
        t(
          both(
            'Plot.plot({\n  width,\n  marginLeft: 80,\n  x: { label: "Parameters", tickFormat: fmt },\n  y: { label: null },\n  marks: [\n    Plot.barX(Object.entries(count.breakdown).filter(([, n]) => n > 0), { x: "1", y: "0", sort: { y: "-x" }, fill: "#4f7fd9" }),\n    Plot.ruleX([0])\n  ]\n})',
            'Plot.plot({\n  width,\n  marginLeft: 80,\n  x: { label: "参数量", tickFormat: fmt },\n  y: { label: null },\n  marks: [\n    Plot.barX(Object.entries(count.breakdown).filter(([, n]) => n > 0), { x: "1", y: "0", sort: { y: "-x" }, fill: "#4f7fd9" }),\n    Plot.ruleX([0])\n  ]\n})',
          ),
        ),
        t(
          both(
            "md`${layers} layers: ${fmt.params(count.total)} in all, ${fmt.percent(count.breakdown.mlp / count.total)} of them in the MLPs.`",
            "md`${layers} 层：共${fmt.params(count.total)}，其中 ${fmt.percent(count.breakdown.mlp / count.total)} 在 MLP 里。`",
          ),
        ),
      ],
    },
    {
      id: "kaplan-vs-chinchilla",
      key: "kaplanChinchilla",
      cells: [
        "budgets = d3.range(19, 26.5, 0.5).map((e) => 10 ** e)",
        'rows = budgets.flatMap((C) => [\n  { C, law: "Kaplan 2020", N: scaling.kaplanOptimal(C / 2 / scaling.PF_DAY_FLOPS).params },\n  { C, law: "Chinchilla 2022", N: scaling.computeOptimal(C).params }\n])',
        t(
          both(
            'Plot.plot({\n  width,\n  x: { type: "log", label: "Training compute C (FLOPs)", tickFormat: fmt.sci },\n  y: { type: "log", label: "Compute-optimal parameters N", tickFormat: fmt },\n  color: { legend: true },\n  marks: [Plot.line(rows, { x: "C", y: "N", stroke: "law" }), Plot.dot(rows, { x: "C", y: "N", fill: "law", r: 2.5 })]\n})',
            'Plot.plot({\n  width,\n  x: { type: "log", label: "训练算力 C（FLOPs）", tickFormat: fmt.sci },\n  y: { type: "log", label: "算力最优参数量 N", tickFormat: fmt },\n  color: { legend: true },\n  marks: [Plot.line(rows, { x: "C", y: "N", stroke: "law" }), Plot.dot(rows, { x: "C", y: "N", fill: "law", r: 2.5 })]\n})',
          ),
        ),
        "tex.block`N_{\\text{Kaplan}} \\propto C^{0.73} \\qquad N_{\\text{Chinchilla}} \\propto C^{0.50}`",
        "gopher = 5.76e23 // Gopher's training budget, FLOPs",
        t(
          both(
            "md`At Gopher's budget Kaplan's rule asks for ${fmt.params(scaling.kaplanOptimal(gopher / 2 / scaling.PF_DAY_FLOPS).params)}; Chinchilla's for ${fmt.params(scaling.computeOptimal(gopher).params)}.`",
            "md`在 Gopher 的算力预算下，Kaplan 的规则给出${fmt.params(scaling.kaplanOptimal(gopher / 2 / scaling.PF_DAY_FLOPS).params)}，Chinchilla 的给出${fmt.params(scaling.computeOptimal(gopher).params)}。`",
          ),
        ),
      ],
    },
  ];
}

/** The starters in one language. */
export function startersFor(locale: Locale): Starter[] {
  return starters((text) => text[locale]);
}

/** Every starter in English (for tests). */
export const STARTERS: Starter[] = [...startersFor("en"), ...startersFor("zh")];
