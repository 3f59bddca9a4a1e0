import { describe, expect, it } from "vitest";
import { proseNumbers, shows, typedNumber } from "./typedNumber.ts";
import { proseOnly } from "../mdx.ts";

const references = [
  { value: 1287, label: "RUNS.gpt3.energyMwh" },
  { value: 174.6e9, label: "RUNS.gpt3.params" },
  { value: 70e9, label: "models.chinchilla.params" },
  { value: 3.8e25, label: "RUNS.llama.flops" },
  { value: 1.03e9, label: "x" },
  { value: 1e12, label: "round" },
  { value: 0.462, label: "MFU.palm", percent: true },
  { value: 0.05, label: "KAPLAN.alpha" },
];
const at = (source: string) => typedNumber(source, { references }).map((v) => `${v.line}:${v.column} ${v.message.split(" is typed")[0]}`);

describe("typedNumber(source, { references })", () => {
  it("reports a table number typed in a paragraph without <Cite>", () => {
    expect(at("GPT-3's training drew 1,287 MWh.")).toEqual(['1:23 "1,287"']);
    expect(at("A model of 175 billion parameters.\n\nChinchilla, at 70B,")).toEqual(['1:12 "175 billion"', '3:16 "70B"']);
    expect(at("GPT-3 有 1750 亿参数。")).toEqual(['1:9 "1750 亿"']);
    expect(at("$$\nC = 3.8 \\times 10^{25}\n$$")).toEqual(['2:5 "3.8 \\times 10^{25}"']);
    expect(at("PaLM reached 46.2% MFU.")).toEqual(['1:14 "46.2%"']);
  });

  it("with model names given, reads only their sizes as names", () => {
    const modelNames = new Set(["Llama", "GPT"]);
    const run = (source: string) => typedNumber(source, { references, modelNames }).map((v) => v.message.split(" is typed")[0]);
    expect(run("Llama 2 70B and GPT-3 175B.")).toEqual([]);
    expect(run("At 70B, and Chinchilla (70B).")).toEqual(['"70B"', '"70B"']);
  });

  it("accepts a number with a <Cite> in its paragraph, or a formula introduced by a cited paragraph", () => {
    expect(at('It drew 1,287 MWh\n<Cite key="patterson2021" note="Table 4" />.')).toEqual([]);
    expect(at('As printed <Cite key="k" />:\n\n$$\nC = 3.8 \\times 10^{25}\n$$')).toEqual([]);
  });

  it("ignores <Num>, names, identifiers, years, code, attributes and round or short numbers", () => {
    expect(at("<Num value={1287} /> and `1287` and {1287}")).toEqual([]);
    expect(at("GPT-3 175B, Llama 3.1\n405B, Chinchilla (70B), H100, arXiv:2005.14165, in 2020.")).toEqual([]);
    expect(at('<ClaimCheck id="a" claim="1,287 MWh" verdict="holds">x</ClaimCheck>')).toEqual([]);
    expect(at("```js\nx = 1287\n```")).toEqual([]);
    expect(at("About 1T tokens, 1.0B parameters, +5% accuracy, 0.05 of it.")).toEqual([]);
  });
});

describe("proseNumbers(prose) and shows(n, reference)", () => {
  it("reads values, digits and scale", () => {
    const [a, b, c, d] = proseNumbers(proseOnly("1,287 and 1.4万亿 and 10,000 and 3.14 × 10²³"));
    expect([a.value, a.digits, a.scaled]).toEqual([1287, 4, false]);
    expect([b.value, b.digits, b.scaled]).toEqual([1.4e12, 2, true]);
    expect([c.value, c.digits]).toEqual([10000, 1]);
    expect(d.value).toBeCloseTo(3.14e23, -20);
  });

  it("compares bare numbers by their digits, scaled ones at scale", () => {
    const [bare, scaled] = proseNumbers("174.6 and 1.75-billion");
    expect(shows(bare, { value: 174.6e9, label: "" })).toBe(true);
    expect(shows(scaled, { value: 174.6e9, label: "" })).toBe(false);
  });
});
