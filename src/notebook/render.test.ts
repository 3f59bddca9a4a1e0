import { describe, expect, it } from "vitest";
import { renderInspected } from "./render.ts";

const strings = { line: "line {line}", blocked: "blocked", timeout: "timeout", pending: "pending", more: "{n} more" };
/** The text a reader copies: every text node, tags dropped (hidden separators included, as a selection copies them). */
const copied = (html: string) => html.replace(/<[^>]+>/g, "");

describe("renderInspected", () => {
  it("renderInspected(number with a hint) copies as `1000000000 (1B)`, not `10000000001B`", () => {
    const html = renderInspected({ t: "number", v: "1000000000", hint: "1B" }, "N", strings);
    expect(copied(html)).toBe("N = 1000000000 (1B)");
    expect(html).toContain('<span class="nb-v-hint">');
  });
  it("renderInspected(number without a hint) is the number alone", () => {
    expect(copied(renderInspected({ t: "number", v: "42" }, undefined, strings))).toBe("42");
  });
});
