import { describe, expect, it } from "vitest";
import { compactSvg } from "./compactSvg.ts";
import { ssrDocument } from "./ssrDocument.ts";

function svg(markup: string): Element {
  const host = ssrDocument().createElement("div");
  host.innerHTML = markup;
  return host.firstElementChild!;
}

describe("compactSvg(svg)", () => {
  it("rounds path data, transforms and positions to two decimal places", () => {
    const out = compactSvg(svg(`<svg viewBox="0 0 640 397"><path d="M12.345678,67.891234L-3.14159,0.5" transform="translate(140.15382138835793,353)"/><circle cx="98.27990423106374" cy="32.26992896805753" r="2.4"/></svg>`));
    expect(out.querySelector("path")!.getAttribute("d")).toBe("M12.35,67.89L-3.14,0.5");
    expect(out.querySelector("path")!.getAttribute("transform")).toBe("translate(140.15,353)");
    expect(out.querySelector("circle")!.getAttribute("cx")).toBe("98.28");
    expect(out.querySelector("circle")!.getAttribute("cy")).toBe("32.27");
    expect(out.querySelector("circle")!.getAttribute("r")).toBe("2.4");
    expect(out.getAttribute("viewBox")).toBe("0 0 640 397");
  });

  it("writes a tiny negative number as 0, not -0, and keeps exponents", () => {
    const out = compactSvg(svg(`<svg><line x1="-0.0004" x2="1.23456e-7" y1=".125" y2="-.5"/></svg>`));
    const line = out.querySelector("line")!;
    expect(line.getAttribute("x1")).toBe("0");
    expect(line.getAttribute("x2")).toBe("1.23e-7");
    expect(line.getAttribute("y1")).toBe("0.13");
    expect(line.getAttribute("y2")).toBe("-.5");
  });

  it("leaves text, labels and descriptions as they are", () => {
    const out = compactSvg(svg(`<svg aria-label="α = 0.0762345" aria-description="slope 0.123456"><text x="1.23456" font-size="10.123456">0.123456</text><title>3.14159265</title></svg>`));
    expect(out.getAttribute("aria-label")).toBe("α = 0.0762345");
    expect(out.getAttribute("aria-description")).toBe("slope 0.123456");
    const text = out.querySelector("text")!;
    expect(text.getAttribute("x")).toBe("1.23");
    expect(text.getAttribute("font-size")).toBe("10.123456");
    expect(text.textContent).toBe("0.123456");
    expect(out.querySelector("title")!.textContent).toBe("3.14159265");
  });

  it("returns an svg with no attributes to round unchanged", () => {
    const markup = `<svg><g><text>1.5</text></g></svg>`;
    expect(compactSvg(svg(markup)).outerHTML).toBe(markup);
  });
});
