#!/usr/bin/env bash
# Builds the site and serves it locally. Run through `npm start` (which brings Node 24 when needed).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$PATH"
scripts/build.sh
exec node scripts/serve.ts --port "${PORT:-4321}"
