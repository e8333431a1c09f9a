#!/usr/bin/env bash
# The scale-out tests start their own redis-server and PostgreSQL (temp dirs, free ports).
# Install the Debian packages when the binaries are missing and we are root; idempotent.
set -euo pipefail
missing=()
command -v redis-server >/dev/null 2>&1 || missing+=(redis-server)
if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then missing+=(postgresql); fi
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = "0" ]; then
  echo "Installing ${missing[*]} for the scale-out tests…"
  apt-get update -qq
  # the packages' own services are not wanted: the tests start private instances
  DEBIAN_FRONTEND=noninteractive RUNLEVEL=1 apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
else
  echo "missing ${missing[*]}: install them (sudo apt-get install ${missing[*]}) to run the scale-out tests" >&2
  exit 1
fi
