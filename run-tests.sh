#!/usr/bin/env bash
# Runs every test of the project, as CI does: the grammar's generated parser is checked for
# staleness, then the whole .NET solution is built and tested (unit, baseline, CLI process and
# SARIF validation tests). Needs the .NET 10 SDK and Node.js 20 with npm.
set -euo pipefail
cd "$(dirname "$0")"

echo "== npm packages (grammar generator, SARIF validator)"
(cd grammar && npm ci --no-audit --no-fund --loglevel=error)
if [ -f tests/sarif/package.json ]; then
  (cd tests/sarif && npm ci --no-audit --no-fund --loglevel=error)
fi

echo "== generated parser is up to date"
grammar/regenerate.sh --check

echo "== dotnet test"
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
set +e
dotnet test MarketingAutomation.sln -c Release --nologo 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e

# One closing line for the whole run, summed over the test projects.
passed=$(grep -Eo 'Passed: +[0-9]+' "$log" | awk '{ s += $2 } END { print s + 0 }')
failed=$(grep -Eo 'Failed: +[0-9]+' "$log" | awk '{ s += $2 } END { print s + 0 }')
echo "tests: $passed passed, $failed failed"
exit "$status"
