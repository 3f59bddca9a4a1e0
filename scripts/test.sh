#!/usr/bin/env bash
# Every test: types, unit tests, the build, end-to-end tests against the built site in Chromium (under
# the site's Content-Security-Policy), then the sub-path build served by nginx (scripts/test-subpath.sh).
# Run through `npm test` (which brings Node 24 when needed).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$PATH"
echo "== type check"; astro sync >/dev/null; tsc --noEmit -p .
echo "== unit tests"; vitest run
echo "== build"; scripts/build.sh
echo "== end-to-end"; scripts/ensure-chromium.sh; playwright test
echo "== sub-path deployment (nginx, BASE=/scaling-lab/)"; scripts/test-subpath.sh
