import { describe, expect, it } from "vitest";
import { PARALLELISM_DEFAULTS, parallelismView } from "../widgets/parallelism.ts";
import { parallelismChartOptions, type ParallelismStrings } from "../widgets/parallelismText.ts";
import en from "../i18n/en.json" with { type: "json" };
import zh from "../i18n/zh.json" with { type: "json" };
import { parallelismChart } from "./parallelismChart.ts";
import { assertSvgSnapshot } from "./snapshot.ts";
import { ssrDocument } from "./ssrDocument.ts";

const words = (dict: Record<string, string>) =>
  Object.fromEntries(Object.entries(dict).filter(([k]) => k.startsWith("parallelism.")).map(([k, v]) => [k.slice("parallelism.".length), v])) as unknown as ParallelismStrings;
const view = parallelismView(PARALLELISM_DEFAULTS);

describe("parallelismChart", () => {
  it("parallelismChart(data, options) renders the default layout (Llama 3.1 405B, 79.7 GB of an H100's 80 GB; a 5.96 s step) as a stable figure of two SVGs (snapshot)", () => {
    const figure = parallelismChart(view.chart, parallelismChartOptions(words(en), "en", "H100", 640, ssrDocument()));
    assertSvgSnapshot(figure.outerHTML, "parallelismChart-en");
    const svgs = figure.querySelectorAll("svg");
    expect(svgs).toHaveLength(2);
    expect(svgs[0].getAttribute("aria-label")).toBe("Memory one GPU holds, by part, against its capacity");
    expect(svgs[1].getAttribute("aria-label")).toBe("Time of one training step, by where it goes");
    expect(figure.outerHTML).toContain("H100: 80 GB");
    expect(figure.outerHTML).toContain(">79.7<");
    expect(figure.outerHTML).toContain(">5.96<");
    expect(figure.outerHTML).toContain("Pipeline bubble");
  });
  it("parallelismChart(data, { locale: 'zh' }) shows the Chinese labels and leaves out parts that are zero (no expert traffic)", () => {
    const html = parallelismChart(view.chart, parallelismChartOptions(words(zh), "zh", "H100", 320, ssrDocument())).outerHTML;
    expect(html).toContain("激活值");
    expect(html).toContain("流水线气泡");
    expect(html).not.toContain("专家 all-to-all");
    expect(html).not.toContain("NaN");
  });
  it("parallelismChart(data, options) draws empty panels, not NaN, for zero or non-finite data", () => {
    const empty = { memory: [], deviceBytes: 80e9, step: [{ part: "compute" as const, seconds: NaN }], dpSeconds: 0 };
    const html = parallelismChart(empty, parallelismChartOptions(words(en), "en", "H100", 320, ssrDocument())).outerHTML;
    expect(html).not.toContain("NaN");
  });
});
