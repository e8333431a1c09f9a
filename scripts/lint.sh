#!/usr/bin/env bash
# Lint, layering and formatting checks; runs all three and fails if any finds something.
set -uo pipefail
cd "$(dirname "$0")/.."
status=0
npx eslint . || status=1
npx depcruise client shared server bench test --config .dependency-cruiser.cjs || status=1
npm run --silent format:check || status=1
exit $status
