#!/usr/bin/env bash
# Makes sure Debian's Chromium and a CJK font are installed for the end-to-end tests. Playwright never
# downloads a browser here: it drives /usr/bin/chromium (see playwright.config.ts). fonts-noto-cjk gives
# Chinese pages real glyphs, so their screenshots (e2e/visual.spec.ts) show text, not boxes.
set -euo pipefail
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
dpkg -s fonts-noto-cjk >/dev/null 2>&1 || need+=(fonts-noto-cjk)
[ ${#need[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -ne 0 ] && ! command -v sudo >/dev/null 2>&1; then
  echo "ensure-chromium: missing ${need[*]}; install Debian's packages (apt-get install ${need[*]})" >&2
  exit 1
fi
SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
echo "ensure-chromium: installing Debian's ${need[*]}" >&2
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}" >/dev/null
chromium --version
