import { defineConfig } from "@playwright/test";

// A port of its own for each run unless E2E_PORT is given, so a test can tell the address the reader is
// on from one written into the build. Set here, before the workers start, so they inherit it.
process.env.E2E_PORT ??= String(20_000 + Math.floor(Math.random() * 20_000));
const port = Number(process.env.E2E_PORT);
const base = (process.env.BASE ?? "/").replace(/\/?$/, "/");

/**
 * End-to-end tests run against the built site (`dist/`), served on loopback by scripts/serve.ts, in
 * Debian's Chromium. Playwright never downloads a browser; background networking is off so the only
 * requests are the page's own.
 */
export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  // One retry under CI: a test that fails twice fails; a one-off timeout on a loaded 2-core runner does not.
  // The list reporter names every test that passed only on retry ("N flaky" and their titles), so a
  // flaky pass is visible in the log.
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [["list"]] : [["list"]],
  use: {
    baseURL: `http://localhost:${port}${base}`,
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    },
  },
  projects: [{ name: "chromium", use: { browserName: "chromium" } }],
  webServer: {
    command: `node scripts/serve.ts --port ${port} --dir ${process.env.DIST_DIR ?? "dist"}`,
    url: `http://localhost:${port}${base}`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
