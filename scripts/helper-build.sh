#!/usr/bin/env bash
# For several people (or agents) working in one checkout: builds into dist-<name>/ under a lock,
# so two builds never write the same folder or Astro cache at once.
# Usage: scripts/with-node.sh scripts/helper-build.sh <name>
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$PATH"
name="${1:?usage: helper-build.sh <name>}"
exec 9>/tmp/scaling-lab-build.lock
flock 9
astro build --outDir "dist-$name"
