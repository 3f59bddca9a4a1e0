#!/usr/bin/env bash
# Every test: types, unit tests, the build, end-to-end tests against the built site in Chromium (under
# the site's Content-Security-Policy), then the sub-path build served by nginx (scripts/test-subpath.sh).
# Run through `npm test` (which brings Node 24 when needed).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$PATH"
# Each step prints when it started, so a slow CI run shows where the time went.
SECONDS=0
step() { printf '== %s (at %dm%02ds)\n' "$1" $((SECONDS / 60)) $((SECONDS % 60)); }
step "type check"; astro sync >/dev/null; tsc --noEmit -p .
step "unit tests"; vitest run
step "build"; scripts/build.sh
step "end-to-end"; scripts/ensure-chromium.sh; playwright test
step "sub-path deployment (nginx, BASE=/scaling-lab/)"; scripts/test-subpath.sh
step "done"
