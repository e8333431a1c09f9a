#!/usr/bin/env bash
# Every test: typecheck, unit + integration (real servers, real SQLite), then browser tests
# against the production build in Debian's Chromium. Prints one closing "N passed, N failed" line.
set -uo pipefail
cd "$(dirname "$0")/.."
mkdir -p .tmp
status=0
bash scripts/ensure-system-deps.sh || status=1
npm run --silent typecheck || status=1
npm run --silent lint || status=1
npx vitest run --reporter=default --reporter=json --outputFile.json=.tmp/unit.json || status=1
npm run --silent build || status=1
npx vitest run --config vitest.e2e.config.ts --reporter=default --reporter=json --outputFile.json=.tmp/e2e.json || status=1
node scripts/summarise-tests.mjs .tmp/unit.json .tmp/e2e.json || status=1
exit $status
