import { describe, expect, it } from "vitest";
import { CARD_HEIGHT, CARD_WIDTH, ogCard, type EssayCard } from "./ogCard.ts";

const powerLaw: EssayCard = {
  locale: "en",
  slug: "power-law",
  order: 2,
  title: "The power law",
  description: "Loss falls as a power of model size, data and compute. What Kaplan et al. measured and how, why it is a straight line on log–log axes, what the exponent means, and what ten times the parameters actually buys.",
  url: "example.org/en/power-law/",
};
const zhCard: EssayCard = { locale: "zh", slug: "no-figure", order: 5, title: "新解法：跳出稠密扩展", description: "混合专家、更好用和可复用的数据、不随上下文膨胀的新架构。".repeat(6) };

describe("ogCard", () => {
  it("ogCard(essay) returns a 1200×630 SVG whose text is paths only", () => {
    const svg = ogCard(powerLaw);
    expect(svg).toMatch(new RegExp(`^<svg [^>]*width="${CARD_WIDTH}" height="${CARD_HEIGHT}"`));
    expect(svg).not.toMatch(/<text|<tspan|<style|font-family|var\(|currentColor|NaN/);
    expect(svg.match(/<path /g)!.length).toBeGreaterThan(5);
  });

  it("ogCard(essay) carries the chapter's chart, with its tick labels as paths", () => {
    const svg = ogCard(powerLaw);
    expect(svg).toMatch(/<svg [^>]*viewBox="0 0 340 \d+"/);
    expect(svg).toContain("#7aa2ff");
  });

  it("ogCard(essay) without a chart still draws a Chinese title and a long description without overflow markers", () => {
    const svg = ogCard(zhCard);
    expect(svg.match(/<svg/g)).toHaveLength(1);
    // Brand, kicker, title and description: four text paths, none empty.
    expect(svg.match(/<path fill="#[0-9a-f]+" d="M/g)!.length).toBe(4);
  });
});
