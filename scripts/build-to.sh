#!/usr/bin/env bash
# Builds client and server into another folder (e.g. .tmp/mine) so parallel work never shares dist/.
# Browser tests use it with APP_DIST=<folder>.
set -euo pipefail
out="${1:?usage: scripts/build-to.sh <folder>}"
npx vite build --outDir "$(realpath -m "$out")/client" --emptyOutDir >/dev/null
OUT_DIR="$out" node scripts/build-server.mjs
