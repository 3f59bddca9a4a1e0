import { describe, expect, it } from "vitest";
import { closeCjkGaps, closeCjkGapsInHtml } from "./cjkSpacing.ts";

describe("closeCjkGaps", () => {
  it("closeCjkGaps(text) removes a space between two Han characters: 1.51万亿 个 token → 1.51万亿个 token", () => {
    expect(closeCjkGaps("1.51万亿 个 token")).toBe("1.51万亿个 token");
    expect(closeCjkGaps("637亿 参数，")).toBe("637亿参数，");
  });
  it("closeCjkGaps(text) keeps the space between Han and digits or Latin letters", () => {
    expect(closeCjkGaps("1000 个 token")).toBe("1000 个 token");
    expect(closeCjkGaps("GPT-3 的 1750亿 tokens")).toBe("GPT-3 的 1750亿 tokens");
  });
  it("closeCjkGaps(text) writes a number and its 万/亿 as one word: 1370 亿 → 1370亿", () => {
    expect(closeCjkGaps("训练过 1370 亿参数的模型，用了 1.5 万亿 token")).toBe("训练过 1370亿参数的模型，用了 1.5万亿 token");
  });
  it("closeCjkGaps(text) closes gaps before Chinese punctuation", () => {
    expect(closeCjkGaps("约 1.4万亿 。")).toBe("约 1.4万亿。");
  });
  it("closeCjkGaps(text) leaves English alone", () => {
    expect(closeCjkGaps("1.4T tokens at 20 per parameter")).toBe("1.4T tokens at 20 per parameter");
    expect(closeCjkGaps("")).toBe("");
  });
});

describe("closeCjkGapsInHtml", () => {
  it("closeCjkGapsInHtml(html) closes a gap across element boundaries", () => {
    expect(closeCjkGapsInHtml('<p>拥有 <span class="num">370亿</span> 个激活参数</p>')).toBe('<p>拥有 <span class="num">370亿</span>个激活参数</p>');
    expect(closeCjkGapsInHtml("<p>参数 <b>的</b></p>")).toBe("<p>参数<b>的</b></p>");
    expect(closeCjkGapsInHtml("<p>亿 <i> </i> 个</p>")).toBe("<p>亿<i></i>个</p>");
  });
  it("closeCjkGapsInHtml(html) keeps a gap next to a digit or Latin letter", () => {
    const html = '<p>约 <span class="num">1000</span> 个 token</p>';
    expect(closeCjkGapsInHtml(html)).toBe(html);
  });
  it("closeCjkGapsInHtml(html) never touches tags, attributes, scripts, code or math", () => {
    const html = '<p title="亿 个">甲</p><script>const s = "亿 个";</script><code>亿 个</code><math><mi>亿 个</mi></math><img alt="亿 个"> 乙';
    expect(closeCjkGapsInHtml(html)).toBe(html);
  });
  it("closeCjkGapsInHtml(html) handles > inside quoted attributes", () => {
    const html = '<astro-island props="{&quot;a&quot;:&quot;x>y 亿 个&quot;}"></astro-island><p>一 二</p>';
    expect(closeCjkGapsInHtml(html)).toBe('<astro-island props="{&quot;a&quot;:&quot;x>y 亿 个&quot;}"></astro-island><p>一二</p>');
  });
});

describe("translator and fill follow the rule", () => {
  it("fill(template, values) closes the gap a Chinese number word leaves before a Han character", async () => {
    const { fill } = await import("../islands/shared/fill.ts");
    expect(fill("上下文为 {n} 个 token 时", { n: "12.8万" })).toBe("上下文为 12.8万个 token 时");
    expect(fill("上下文为 {n} 个 token 时", { n: "1000" })).toBe("上下文为 1000 个 token 时");
  });
});
