#!/usr/bin/env bash
# Browser tests drive Debian's Chromium. Install it when it is missing and we are root.
set -euo pipefail
if command -v chromium >/dev/null 2>&1 || [ -x /usr/bin/chromium ]; then exit 0; fi
if [ "$(id -u)" = "0" ]; then
  echo "Installing Debian's chromium for the browser tests…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
else
  echo "chromium is missing: install it (sudo apt-get install chromium) to run the browser tests" >&2
  exit 1
fi
