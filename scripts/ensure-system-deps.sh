#!/usr/bin/env bash
# System packages the tests need from Debian: chromium (browser tests), redis-server and
# postgresql (scale-out tests start private instances). Installed in one apt run when missing
# and we are root; the packages' own services are not used. Idempotent.
set -euo pipefail
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
command -v redis-server >/dev/null 2>&1 || missing+=(redis-server)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing+=(postgresql)
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" != "0" ]; then
  echo "missing ${missing[*]}: install them (sudo apt-get install ${missing[*]}) to run every test" >&2
  exit 1
fi
echo "Installing ${missing[*]} for the tests…"
apt-get update -qq
for pkg in "${missing[@]}"; do
  # chromium keeps its recommended fonts; the servers need nothing extra
  extra=(); [ "$pkg" = chromium ] || extra=(--no-install-recommends)
  DEBIAN_FRONTEND=noninteractive RUNLEVEL=1 apt-get install -y -qq "${extra[@]}" "$pkg" >/dev/null
done
