/**
 * Notebooks (issue #8), on the Playground: reactive reruns, errors in their own cell, the watchdog,
 * the sandbox's walls, shared links (shown for review, run only after consent) and files.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { test, expect as baseExpect } from "./fixtures.ts";
import type { Locator, Page } from "@playwright/test";
import { fitPowerLaw } from "../src/lib/scaling/index.ts";
import { toNotebookKitHtml } from "../src/notebook/notebookFile.ts";
import { labNotebook } from "../src/widgets/labNotebook.ts";
import reference from "../src/data/labReference.json" with { type: "json" };

// The first run loads the sandbox and its runtime: allow for a slow machine.
const expect = baseExpect.configure({ timeout: 15_000 });
test.describe.configure({ timeout: 90_000 });

const PLAYGROUND = "en/playground/";

/** Puts the notebook in edit mode and waits for its editors. */
async function edit(page: Page, id: string): Promise<Locator> {
  const nb = page.locator(`#notebook-${id}`);
  await nb.scrollIntoViewIfNeeded();
  await nb.getByRole("button", { name: "Edit" }).click();
  await expect(nb.locator(".cm-content").first()).toBeVisible({ timeout: 30_000 });
  return nb;
}

/** Replaces cell `n`'s code (1-based) and runs it with Shift+Enter. */
async function setCell(page: Page, nb: Locator, n: number, code: string): Promise<void> {
  const editor = nb.locator(".nb-cell").nth(n - 1).locator(".cm-content");
  await editor.click();
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.press("Delete");
  await page.keyboard.insertText(code);
  await page.keyboard.press("Shift+Enter");
}

const out = (nb: Locator, n: number) => nb.locator(".nb-cell").nth(n - 1).locator(".nb-out");

test("editing a cell reruns the cells that read it, and only those", async ({ guarded: page }) => {
  await page.goto(PLAYGROUND);
  const nb = await edit(page, "plan-run");
  await expect(out(nb, 3)).toContainText("D = 1400000000000");
  await setCell(page, nb, 1, "N = 7e9");
  await expect(out(nb, 1)).toContainText("N = 7000000000");
  await expect(out(nb, 3)).toContainText("D = 140000000000");
  await expect(out(nb, 4)).toContainText("5.88e+21");
  await expect(out(nb, 2)).toContainText("tokensPerParam = 20");
  // The sentence is DOM, drawn in its own sandboxed frame.
  const sentence = nb.locator(".nb-cell").nth(5).frameLocator("iframe.nb-display");
  await expect(sentence.locator("body")).toContainText("A model with 7B parameters trained on 140B tokens");
  // A slider: moving it reruns what reads it.
  const counter = await edit(page, "count-params");
  await expect(out(counter, 5).locator("iframe.nb-display, .nb-md")).toHaveCount(1);
  await expect(out(counter, 1)).toHaveAttribute("data-live", "");
  const slider = out(counter, 1).getByRole("spinbutton");
  await slider.fill("64");
  await slider.press("Enter");
  await expect(out(counter, 3)).toContainText(/total: 1[45]\d{8}/);
});

test("a syntax error shows in its own cell, with its line; other cells keep working", async ({ guarded: page }) => {
  await page.goto(PLAYGROUND);
  const nb = await edit(page, "plan-run");
  await setCell(page, nb, 3, "D = tokensPerParam *\n  N +");
  const error = out(nb, 3).getByRole("alert");
  await expect(error).toContainText("SyntaxError");
  await expect(error).toContainText("Line 2");
  await expect(nb.getByRole("alert")).toHaveCount(1);
  await expect(out(nb, 4)).toContainText("reads D, which failed");
  await expect(out(nb, 1)).toContainText("N = 70000000000");
  await setCell(page, nb, 1, "N = 1e9");
  await expect(out(nb, 1)).toContainText("N = 1000000000");
  // A runtime error names its line too.
  await setCell(page, nb, 3, "D = {\n  const x = null;\n  return x.size;\n}");
  await expect(out(nb, 3).getByRole("alert")).toContainText("Line 3");
  await expect(out(nb, 3).getByRole("alert")).toContainText("TypeError");
});

test("an endless loop is stopped with a message, the page stays responsive, and the notebook keeps working", async ({ guarded: page }) => {
  await page.goto(PLAYGROUND);
  const nb = await edit(page, "scratch");
  await expect(out(nb, 1)).toContainText("x = 42");
  await setCell(page, nb, 1, "x = {\n  while (true) {}\n}");
  // While the cell loops, the page answers at once: a frame, a click, typing.
  const started = Date.now();
  for (let i = 0; i < 5; i++) {
    const t0 = Date.now();
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(null))));
    expect(Date.now() - t0).toBeLessThan(1000);
    await page.waitForTimeout(300);
  }
  await page.locator("h1").click();
  await expect(out(nb, 1).getByRole("alert")).toContainText("Stopped: this cell ran for more than 4 s", { timeout: 15_000 });
  expect(Date.now() - started).toBeGreaterThan(3000);
  await expect(out(nb, 2)).toContainText("reads x, which failed");
  // The sandbox was restarted: the notebook runs again.
  await setCell(page, nb, 1, "x = 6 * 9");
  await expect(out(nb, 1)).toContainText("x = 54");
  await expect(nb.locator(".nb-cell").nth(1).frameLocator("iframe.nb-display").locator("body")).toContainText("The answer is 54.");
});

test("code in a cell cannot read the page, its storage or cookies, nor reach the network", async ({ page, baseURL }) => {
  // A server elsewhere, counting what reaches it; and this site itself, which must not be reached either.
  const hits: string[] = [];
  const server = createServer((req, res) => {
    hits.push(req.url ?? "");
    res.writeHead(200, { "access-control-allow-origin": "*", "content-type": "text/javascript" });
    res.end("/* leaked */");
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const elsewhere = `http://127.0.0.1:${(server.address() as AddressInfo).port}/leak`;
  const here = new URL("leak", baseURL).href;
  const reached: string[] = [];
  page.on("requestfinished", (r) => {
    if (r.url().includes("/leak")) reached.push(r.url());
  });
  try {
    await page.goto(PLAYGROUND);
    await page.evaluate(() => {
      localStorage.setItem("secret", "page-secret");
      document.cookie = "session=page-cookie; path=/";
    });
    const nb = await edit(page, "scratch");
    await setCell(page, nb, 1, "p = parent.document.title");
    await expect(out(nb, 1).getByRole("alert")).toContainText("parent is not defined");
    await setCell(page, nb, 2, "s = localStorage.getItem(\"secret\")");
    await expect(out(nb, 2).getByRole("alert")).toContainText("localStorage is not defined");
    await nb.getByRole("button", { name: "+ Add cell" }).click();
    const tries = (url: string, tag: string) => [
      `  try { r.fetch${tag} = await fetch(${JSON.stringify(url + "?fetch")}).then((x) => x.status); } catch (e) { r.fetch${tag} = "blocked"; }`,
      `  try { self.importScripts(${JSON.stringify(url + "?import")}); r.importScripts${tag} = "ran"; } catch (e) { r.importScripts${tag} = e.name; }`,
      `  try { await import(${JSON.stringify(url + "?module")}); r.import${tag} = "ran"; } catch (e) { r.import${tag} = "blocked"; }`,
      `  try { const ws = new WebSocket(${JSON.stringify(url.replace(/^http/, "ws") + "?ws")}); await new Promise((ok, no) => { ws.onopen = ok; ws.onerror = no; }); r.ws${tag} = "open"; } catch (e) { r.ws${tag} = "blocked"; }`,
    ];
    await setCell(page, nb, 3, [
      "probe = {",
      "  const r = { document: typeof self.document, cookie: self.document ? String(self.document.cookie) : \"none\", origin: self.origin };",
      ...tries(here, "Here"),
      ...tries(elsewhere, "Elsewhere"),
      "  try { indexedDB.open(\"x\"); r.indexedDB = \"opened\"; } catch (e) { r.indexedDB = e.name; }",
      "  try { self.postMessage({ type: \"outputs\", outputs: [] }); r.postMessage = \"sent\"; } catch (e) { r.postMessage = e.name; }",
      "  return JSON.stringify(r);",
      "}",
    ].join("\n"));
    const probe = out(nb, 3);
    await expect(probe).toContainText("probe = ");
    const result = JSON.parse(JSON.parse((await probe.locator(".nb-v-str").first().innerText()).trim()));
    expect(result).toEqual({
      document: "undefined", cookie: "none", origin: "null",
      fetchHere: "blocked", importScriptsHere: "TypeError", importHere: "blocked", wsHere: "blocked",
      fetchElsewhere: "blocked", importScriptsElsewhere: "TypeError", importElsewhere: "blocked", wsElsewhere: "blocked",
      indexedDB: "SecurityError", postMessage: "TypeError",
    });
    // HTML a cell returns reaches nothing either: its frame allows no request.
    await nb.getByRole("button", { name: "+ Add cell" }).click();
    await setCell(page, nb, 4, `html\`<img alt="x" src=${JSON.stringify(here + "?img")}><img alt="y" src=${JSON.stringify(elsewhere + "?img")}><b>shown</b>\``);
    await expect(nb.locator(".nb-cell").nth(3).frameLocator("iframe.nb-display").locator("b")).toHaveText("shown");
    await page.waitForTimeout(1000);
    expect(hits, "requests that reached the other server").toEqual([]);
    expect(reached, "requests that reached this site").toEqual([]);
    // The page is untouched.
    expect(await page.evaluate(() => localStorage.getItem("secret"))).toBe("page-secret");
  } finally {
    server.close();
  }
});

test("a shared link restores the edited notebook, but runs it only after the reader's consent", async ({ guarded: page, browser }) => {
  await page.goto(PLAYGROUND);
  const nb = await edit(page, "plan-run");
  await setCell(page, nb, 2, "tokensPerParam = 100");
  await expect(out(nb, 3)).toContainText("D = 7000000000000");
  await nb.getByRole("button", { name: "Share link" }).click();
  const link = await nb.getByRole("textbox", { name: "Link to this notebook" }).inputValue();
  expect(link).toMatch(/\/en\/playground\/#nb=plan-run:[A-Za-z0-9_-]+$/);

  const context = await browser.newContext();
  const other = await context.newPage();
  await other.goto(link);
  const shared = other.locator("#notebook-plan-run");
  await expect(shared.getByRole("status")).toContainText("This notebook came from a link. Review the code, then Run.");
  await expect(shared.locator(".nb-cell").nth(1).locator(".nb-code")).toContainText("tokensPerParam = 100");
  await expect(out(shared, 3)).toContainText("Not run yet");
  // Nothing runs before consent: no sandbox frame exists.
  await other.waitForTimeout(500);
  await expect(other.locator("iframe.nb-runner")).toHaveCount(0);
  await shared.getByRole("button", { name: "▶ Run" }).click();
  await expect(out(shared, 3)).toContainText("D = 7000000000000");
  await expect(other.locator("iframe.nb-runner")).toHaveCount(1);
  // Reset returns to the published notebook.
  await shared.getByRole("button", { name: "Reset" }).click();
  await expect(out(shared, 3)).toContainText("D = 1400000000000");
  expect(other.url()).not.toContain("#nb=");
  await context.close();
});

test("a notebook downloads as a Notebook Kit file and as JavaScript, and both open again on the Playground", async ({ guarded: page }) => {
  await page.goto(PLAYGROUND);
  const nb = await edit(page, "plan-run");
  await setCell(page, nb, 1, "N = 405e9");
  await expect(out(nb, 1)).toContainText("N = 405000000000");
  const edited = await nb.evaluate((el) => [...el.querySelectorAll(".nb-cell .cm-content")].map((e) => (e as HTMLElement).innerText));

  for (const [label, ext] of [["Notebook Kit file (.html)", "html"], ["JavaScript (.js)", "js"]] as const) {
    await nb.getByText("Download", { exact: true }).click();
    const [download] = await Promise.all([page.waitForEvent("download"), nb.getByRole("button", { name: label }).click()]);
    expect(download.suggestedFilename()).toBe(`plan-run.${ext}`);
    const path = await download.path();
    const text = readFileSync(path, "utf8");
    if (ext === "html") {
      expect(text).toMatch(/^<!doctype html>\n<notebook theme="air">/);
      expect(text).toContain('<script id="1" type="module">\n    const N = 405e9\n  </script>');
    } else expect(text).toContain("// %%\nconst N = 405e9\n");

    await page.locator("#open-notebook").setInputFiles(path);
    const scratch = page.locator("#notebook-scratch");
    await expect(scratch.getByRole("status")).toContainText("This notebook came from a file. Review the code, then Run.");
    const opened = await scratch.locator(".nb-cell .nb-code").allInnerTexts();
    expect(opened.map((s) => s.trim())).toEqual(edited.map((s) => s.trim()));
    await scratch.getByRole("button", { name: "▶ Run" }).click();
    await expect(out(scratch, 3)).toContainText("D = 8100000000000");
    await expect(scratch.locator(".nb-cell").nth(5).frameLocator("iframe.nb-display").locator("body")).toContainText("A model with 405B parameters");
  }
});

test("the lab's notebook of a reader's runs opens on the Playground, runs, and refits the exponent the lab printed", async ({ guarded: page }, info) => {
  // The file the lab's "Notebook that refits them" button makes, from the committed reference runs.
  const runs = reference.experiments.size;
  const file = info.outputPath("lab-size.html");
  writeFileSync(file, toNotebookKitHtml(labNotebook("size", runs, { title: "My lab runs, refitted", intro: "Runs trained in the browser." })));
  const alpha = -fitPowerLaw(runs.map((r) => r.nonEmbeddingParams), runs.map((r) => r.finalLoss)).exponent;

  await page.goto(PLAYGROUND);
  await page.locator("#open-notebook").setInputFiles(file);
  const scratch = page.locator("#notebook-scratch");
  await expect(scratch.getByRole("status")).toContainText("This notebook came from a file. Review the code, then Run.");
  await scratch.getByRole("button", { name: "▶ Run" }).click();
  // Cell 4 is `alpha = -fit.exponent`: the same value, to the digits a float's printing keeps alike.
  await expect(out(scratch, 4)).toContainText(`alpha = ${String(alpha).slice(0, 8)}`);
  expect(alpha).toBeGreaterThan(0);
  // The chart cell draws its plot (DOM output is shown in a sandboxed frame).
  await expect(scratch.locator(".nb-cell").nth(4).frameLocator("iframe.nb-display").locator("svg").first()).toBeVisible();
});
