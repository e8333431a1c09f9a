#!/usr/bin/env bash
# Every test: typecheck, unit + integration (real servers, real SQLite), then browser tests
# against the production build in Debian's Chromium. Prints one closing "N passed, N failed" line.
# The 10-minute idle-session browser test runs in its own vitest process in the background from
# right after the build, so it overlaps the other tests instead of adding ten minutes.
set -uo pipefail
cd "$(dirname "$0")/.."
mkdir -p .tmp
status=0
bash scripts/ensure-system-deps.sh || status=1
npm run --silent typecheck || status=1
npm run --silent lint || status=1
npm run --silent build || status=1
rm -f .tmp/e2e-idle.json
npx vitest run --config vitest.idle.config.ts --reporter=default --reporter=json --outputFile.json=.tmp/e2e-idle.json >.tmp/e2e-idle.log 2>&1 &
idle=$!
npx vitest run --reporter=default --reporter=json --outputFile.json=.tmp/unit.json || status=1
npx vitest run --config vitest.e2e.config.ts --reporter=default --reporter=json --outputFile.json=.tmp/e2e.json || status=1
wait "$idle" || status=1
echo "--- idle-session browser test (ran in the background) ---"
cat .tmp/e2e-idle.log
node scripts/summarise-tests.mjs .tmp/unit.json .tmp/e2e.json .tmp/e2e-idle.json || status=1
exit $status
