#!/usr/bin/env bash
# Builds the static site into dist/ and records how long it took (read by `npm run bench`).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$PATH"
start=$(date +%s%N)
astro build
# Search index: one per language (by <html lang>); the extended build segments Chinese words.
pagefind --site dist --output-subdir pagefind
ms=$(( ($(date +%s%N) - start) / 1000000 ))
mkdir -p bench/results
printf '{"buildMs": %d}\n' "$ms" > bench/results/last-build.json
echo "build: ${ms} ms"
