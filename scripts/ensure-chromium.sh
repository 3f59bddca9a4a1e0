#!/usr/bin/env bash
# Makes sure Debian's Chromium is installed for the end-to-end tests. Playwright never downloads a
# browser here: it drives /usr/bin/chromium (see playwright.config.ts).
set -euo pipefail
if command -v chromium >/dev/null 2>&1; then exit 0; fi
if [ "$(id -u)" -ne 0 ] && ! command -v sudo >/dev/null 2>&1; then
  echo "ensure-chromium: chromium is missing; install Debian's 'chromium' package (apt-get install chromium)" >&2
  exit 1
fi
SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
echo "ensure-chromium: installing Debian's chromium package" >&2
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium fonts-noto-cjk >/dev/null
chromium --version
