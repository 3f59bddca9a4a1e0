#!/usr/bin/env bash
# Deployability as a course would host it: builds the site for the sub-path /scaling-lab/ into
# dist-subpath/, serves it with a real nginx under exactly deploy/nginx.conf (listen port and paths
# substituted) on loopback, and runs the smoke test e2e/subpath.smoke.ts against it: links, assets,
# embeds in a cross-origin iframe, the language switch, search, and the CSP header.
#
# nginx comes from Debian's packages when missing (apt-get). Runs in `npm test`, after the main e2e.
# Usage: scripts/with-node.sh scripts/test-subpath.sh
#   SUBPATH_PORT (default 4397): nginx's loopback port; SUBPATH_REUSE_BUILD=1: keep an existing dist-subpath/.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$PATH:/usr/sbin:/sbin"
port="${SUBPATH_PORT:-4397}"
base="/scaling-lab/"

if ! command -v nginx >/dev/null 2>&1; then
  if [ "$(id -u)" -ne 0 ] && ! command -v sudo >/dev/null 2>&1; then
    echo "test-subpath: nginx is missing; install Debian's 'nginx' package (apt-get install nginx)" >&2
    exit 1
  fi
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  echo "test-subpath: installing Debian's nginx package" >&2
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq nginx >/dev/null
fi
nginx -v

if [ "${SUBPATH_REUSE_BUILD:-}" = 1 ] && [ -f dist-subpath/_csp.nginx.conf ]; then
  echo "test-subpath: reusing dist-subpath/ (SUBPATH_REUSE_BUILD=1)"
else
  echo "test-subpath: building for BASE=$base into dist-subpath/"
  log="$(mktemp)"
  BASE="$base" scripts/helper-build.sh subpath >"$log" 2>&1 || { tail -40 "$log" >&2; rm -f "$log"; exit 1; }
  rm -f "$log"
fi

# nginx.conf: deploy/nginx.conf's server block in a minimal http block, everything in a temp dir.
tmp="$(mktemp -d)"
chmod 755 "$tmp"   # nginx's workers (user nobody when run as root) must reach the files
mkdir -p "$tmp/www"
# A copy, not a link: the checkout may sit in a directory nginx's workers cannot enter (a clone made in
# `mktemp -d` is mode 700), and then every request is "Permission denied".
cp -R dist-subpath "$tmp/www/scaling-lab"
server_block="$(sed -e "s|listen 80;|listen 127.0.0.1:$port;|" -e "s|/var/www|$tmp/www|g" deploy/nginx.conf)"
cat >"$tmp/nginx.conf" <<CONF
daemon off;
worker_processes 1;
pid $tmp/nginx.pid;
error_log $tmp/error.log warn;
events { worker_connections 128; }
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log $tmp/access.log;
    client_body_temp_path $tmp/client_body;
    proxy_temp_path $tmp/proxy;
    fastcgi_temp_path $tmp/fastcgi;
    uwsgi_temp_path $tmp/uwsgi;
    scgi_temp_path $tmp/scgi;
$server_block
}
CONF
nginx -t -c "$tmp/nginx.conf" -e "$tmp/error.log"
nginx -c "$tmp/nginx.conf" -e "$tmp/error.log" &
nginx_pid=$!
stop() {
  kill "$nginx_pid" 2>/dev/null || true
  wait "$nginx_pid" 2>/dev/null || true
  rm -rf "$tmp"
}
trap stop EXIT
node -e 'const u = process.argv[1]; (async () => { for (let i = 0; i < 100; i++) { try { if ((await fetch(u)).ok) return; } catch {} await new Promise((r) => setTimeout(r, 100)); } console.error(`test-subpath: nginx did not answer at ${u}`); process.exit(1); })()' "http://127.0.0.1:$port$base"

echo "test-subpath: nginx serves dist-subpath/ at http://localhost:$port$base"
DIST_DIR=dist-subpath BASE="$base" E2E_PORT="$port" playwright test -c e2e/subpath.config.ts
