import { defineConfig } from "@playwright/test";
import config from "../playwright.config.ts";

/**
 * The sub-path smoke test (scripts/test-subpath.sh): the site built with BASE=/scaling-lab/ and served
 * by a real nginx that the script starts, so Playwright starts no server of its own here.
 */
export default defineConfig({
  ...config,
  testDir: ".",
  testMatch: /subpath\.smoke\.ts$/,
  webServer: undefined,
});
