#!/usr/bin/env bash
# `npm run build`: the deploy build. `astro build` makes the whole site in dist/ (pages, search index,
# CSP files, link-preview cards: see astro.config.mjs); this only records how long it took (bench).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$PATH"
start=$(date +%s%N)
astro build
ms=$(( ($(date +%s%N) - start) / 1000000 ))
mkdir -p bench/results
printf '{"buildMs": %d}\n' "$ms" > bench/results/last-build.json
echo "build: ${ms} ms"
