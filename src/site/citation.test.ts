import { describe, expect, it } from "vitest";
import { citeEssay } from "./citation.ts";

const base = { title: "The power law", site: "Scaling Lab", url: "https://x.org/en/power-law/#ten-x", date: "2026-11-28", locale: "en" as const };

describe("citeEssay", () => {
  it("citeEssay(input) writes BibTeX with a key from the slug and the section URL", () => {
    const { bibtex } = citeEssay(base);
    expect(bibtex).toMatch(/^@misc\{scalinglab2026powerlaw,/);
    expect(bibtex).toContain("\\url{https://x.org/en/power-law/#ten-x}");
    expect(bibtex).toContain("Accessed 2026-11-28");
  });
  it("citeEssay(input) writes APA: site, year, title, site, URL", () => {
    expect(citeEssay(base).apa).toBe("Scaling Lab. (2026). The power law. Scaling Lab. https://x.org/en/power-law/#ten-x");
  });
  it("citeEssay(input) writes GB/T 7714 with [EB/OL] and the dates for a Chinese page", () => {
    const { gbt } = citeEssay({ ...base, title: "幂律", site: "尺度定律实验室", url: "https://x.org/zh/power-law/", locale: "zh" });
    expect(gbt).toBe("尺度定律实验室. 幂律[EB/OL]. (2026-11-28)[2026-11-28]. https://x.org/zh/power-law/.");
  });
  it("citeEssay(input) accepts the page's path when the build does not know its address", () => {
    const { bibtex, apa } = citeEssay({ ...base, url: "/scaling-lab/en/power-law/" });
    expect(bibtex).toMatch(/^@misc\{scalinglab2026powerlaw,/);
    expect(apa).toBe("Scaling Lab. (2026). The power law. Scaling Lab. /scaling-lab/en/power-law/");
  });
});
