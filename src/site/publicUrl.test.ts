import { describe, expect, it } from "vitest";
import { PLACEHOLDER_SITE, livePublicUrl, publicUrl } from "./publicUrl.ts";

describe("publicUrl", () => {
  it("publicUrl(path, site) is absolute under the SITE the build was given", () => {
    expect(publicUrl("/scaling-lab/en/power-law/#ten-x", new URL("https://uni.example.edu/"))).toBe("https://uni.example.edu/scaling-lab/en/power-law/#ten-x");
  });
  it("publicUrl(path, site) is the bare path when SITE is the placeholder or missing", () => {
    expect(publicUrl("/en/power-law/", new URL(PLACEHOLDER_SITE))).toBe("/en/power-law/");
    expect(publicUrl("/en/power-law/", undefined)).toBe("/en/power-law/");
  });
  it("livePublicUrl(path, location) uses the host the reader is on", () => {
    expect(livePublicUrl("/en/power-law/?power-law.n=7e10", { href: "http://localhost:53121/en/teachers/" })).toBe("http://localhost:53121/en/power-law/?power-law.n=7e10");
  });
});
