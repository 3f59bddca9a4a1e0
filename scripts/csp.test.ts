/** Tests of scripts/csp.ts: the pure parts (hashes, routes, serialization, `_headers` parsing). */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { EMBED, NOTEBOOK_SANDBOX, ROUTES, inlineScriptHashes, pagePath, parseHeaders, serialize, sitePolicy } from "./csp.ts";

const sha = (text: string) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;

describe("inlineScriptHashes(html)", () => {
  it("hashes classic and module inline scripts, and skips external scripts and JSON data", () => {
    const html = `<script>a()</script><script type="module">b()</script><script src="/x.js"></script><script type="application/json">{"c":1}</script>`;
    expect(inlineScriptHashes(html)).toEqual([sha("a()"), sha("b()")]);
  });
});

describe("pagePath(file)", () => {
  it("maps a built file to its path relative to the base", () => {
    expect(pagePath("index.html")).toBe("");
    expect(pagePath("en/power-law/index.html")).toBe("en/power-law/");
    expect(pagePath("404.html")).toBe("404.html");
  });
});

describe("ROUTES", () => {
  const route = (path: string) => ROUTES.find((r) => r.match(path))?.name ?? "site";
  it("gives embeds and the notebook sandbox their own policy, and every other page the site's", () => {
    expect(route("en/embed/memory/")).toBe(EMBED.name);
    expect(route("zh/notebook-sandbox/")).toBe(NOTEBOOK_SANDBOX.name);
    expect(route("en/power-law/")).toBe("site");
    expect(route("")).toBe("site");
  });
  it("keeps 'unsafe-eval' and blob: workers to the sandbox, which loads nothing from the site and connects nowhere", () => {
    const site = sitePolicy(["'sha256-x'"]);
    const sandbox = NOTEBOOK_SANDBOX.policy(["'sha256-x'"]);
    expect(site["script-src"]).not.toContain("'unsafe-eval'");
    expect(sandbox["script-src"]).toEqual(["'sha256-x'", "'unsafe-eval'", "blob:"]);
    expect(sandbox["worker-src"]).toEqual(["blob:"]);
    expect(sandbox["default-src"]).toEqual(["'none'"]);
    expect(sandbox["connect-src"]).toEqual(["'none'"]);
    expect(sandbox["frame-ancestors"]).toEqual(["'self'"]);
  });
});

describe("serialize(policy, options)", () => {
  it("drops frame-ancestors (ignored by browsers in a meta tag) only for meta", () => {
    expect(serialize(EMBED.policy([]))).toContain("frame-ancestors *");
    expect(serialize(EMBED.policy([]), { meta: true })).not.toContain("frame-ancestors");
  });
});

describe("parseHeaders(text)", () => {
  it("reads path lines with their indented headers, and skips comments", () => {
    const rules = parseHeaders("# c\n/*\n  X-A: 1\n/en/embed/:w/\n  X-B: 2\n");
    expect(rules.map((r) => r.headers)).toEqual([[["X-A", "1"]], [["X-B", "2"]]]);
    expect(rules[0].pattern.test("/anything")).toBe(true);
    expect(rules[1].pattern.test("/en/embed/memory/")).toBe(true);
    expect(rules[1].pattern.test("/en/power-law/")).toBe(false);
  });
});

describe("deploy/nginx.conf", () => {
  it("sends each policy that _csp.nginx.conf sets, on a line that is not a comment", () => {
    const live = readFileSync(new URL("../deploy/nginx.conf", import.meta.url), "utf8")
      .split("\n")
      .filter((line) => !line.trim().startsWith("#"));
    for (const name of ["$scaling_lab_csp", "$scaling_lab_csp_embed", "$scaling_lab_csp_notebook"]) {
      expect(live.some((line) => line.includes(`add_header Content-Security-Policy ${name} always;`)), name).toBe(true);
    }
  });
});
