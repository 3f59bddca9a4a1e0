import { describe, expect, it } from "vitest";
import { translator } from "../i18n/index.ts";
import { paramCounterView, pastedConfigView } from "./paramCounter.ts";
import { countReadout, paramCounterWords, paramTable, pasteErrorLine, reportedText, signedPercent, viewName } from "./paramCounterText.ts";

const en = paramCounterWords(translator("en"));
const zh = paramCounterWords(translator("zh"));
const llama = paramCounterView({ model: "llama-3-8b" });
const deepseek = paramCounterView({ model: "deepseek-v3" });
const pasted = pastedConfigView('{"model_type":"llama","hidden_size":4096,"num_attention_heads":32,"num_hidden_layers":32,"intermediate_size":11008,"vocab_size":32000}');

describe("paramCounter text", () => {
  it("signedPercent(x) puts + before a gain, a minus sign (−) before a loss and nothing before zero", () => {
    expect(signedPercent(0.0035, "en")).toBe("+0.35%");
    expect(signedPercent(-0.0011, "en")).toBe("−0.11%");
    expect(signedPercent(0, "en")).toBe("0%");
  });
  it("viewName names a preset by its label and a paste by its family", () => {
    expect(viewName(llama, "en", en.pasted)).toBe("Llama 3 8B");
    if (!pasted.ok) throw new Error("the config should count");
    expect(viewName(pasted.view, "en", en.pasted)).toBe("your config (llama)");
    expect(viewName(pasted.view, "zh", zh.pasted)).toBe("你粘贴的配置（llama）");
  });
  it("pasteErrorLine gives each kind of failure its own line", () => {
    expect(pasteErrorLine({ kind: "json", message: "" }, en)).toBe(en.badJson);
    expect(pasteErrorLine({ kind: "config", message: "" }, en)).toBe(en.badConfig);
    expect(pasteErrorLine({ kind: "tooLarge", message: "" }, en)).toBe(en.tooLarge);
  });
  it("countReadout lists total, active and non-embedding counts in the locale's words", () => {
    expect(countReadout(deepseek, en, "en").map((i) => [i.testid, i.value])).toEqual([
      ["param-counter-total", "671B"],
      ["param-counter-active", "37.6B"],
      ["param-counter-non-embedding", expect.any(String)],
    ]);
    expect(countReadout(llama, zh, "zh")[0].value).toBe("80.3亿");
  });
  it("reportedText runs the total and active comparisons on with a space in English, none in Chinese, and ends before the link", () => {
    const text = reportedText(deepseek, en, "en")!;
    expect(text).toMatch(/^Reported: 671B\. This count differs by [+−]?[\d.]+%\. Reported active: 37B\. This count differs by [+−][\d.]+%\. $/);
    expect(reportedText(deepseek, zh, "zh")).not.toMatch(/\s$/);
    expect(reportedText(llama, en, "en")).not.toContain("active");
  });
  it("reportedText is null for a pasted config, which has nothing to compare with", () => {
    if (!pasted.ok) throw new Error("the config should count");
    expect(reportedText(pasted.view, en, "en")).toBeNull();
  });
  it("paramTable gives each part its count and share of the total, the shares summing to 100%", () => {
    const table = paramTable(llama, en, "en", "Llama 3 8B");
    expect(table.caption).toBe("Parameters by part: Llama 3 8B");
    expect(table.rows).toHaveLength(llama.chart.rows.length);
    expect(table.rows[0][0]).toBe(en.parts.embedding);
    const shares = table.rows.map((r) => Number(r[2].replace("%", "")));
    expect(shares.reduce((a, b) => a + b, 0)).toBeCloseTo(100, 0);
  });
});
