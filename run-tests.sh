#!/usr/bin/env bash
# Runs every test of the project, as CI does: the grammar's generated parser is checked for
# staleness, then the whole .NET solution is built and tested (unit, baseline, CLI process and
# SARIF validation tests), then the VS Code extension and language server end to end.
# Needs the .NET 10 SDK and Node.js 20 with npm; installs Debian's python3-aiosmtpd if missing.
set -euo pipefail
cd "$(dirname "$0")"

# The delivery tests send real mail to an aiosmtpd server they start on loopback. Debian's package
# installs into the system Python, so /usr/bin/python3 is asked, not a python3 first on PATH.
echo "== SMTP test server (python3-aiosmtpd)"
if ! /usr/bin/python3 -c "import aiosmtpd" 2>/dev/null; then
  if [ "$(id -u)" -eq 0 ]; then sudo=""; else sudo="sudo"; fi
  $sudo apt-get update
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y python3-aiosmtpd
fi

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

# The VS Code extension and the language server as an editor runs it: TextMate grammar tests,
# then node's test runner (the server process over stdio, fuzzing, the extension's parts, and the
# .vsix packaged by lsp/vscode/package.sh with its contents checked). Uses the Release build above.
echo "== VS Code extension (lsp/vscode)"
node_log="$(mktemp)"
trap 'rm -f "$log" "$node_log"' EXIT
set +e
(
  set -e
  cd lsp/vscode
  npm ci --no-audit --no-fund --loglevel=error
  npx --no-install vscode-tmgrammar-test -g syntaxes/journey.tmLanguage.json "test/grammar/*.journey"
  node --test --test-reporter=tap test/*.test.js
) 2>&1 | tee "$node_log"
node_status=${PIPESTATUS[0]}
set -e
if [ "$status" -eq 0 ]; then
  status=$node_status
fi

# One closing line for the whole run, summed over the test projects and node's test runner.
passed=$(grep -Eo 'Passed: +[0-9]+' "$log" | awk '{ s += $2 } END { print s + 0 }')
failed=$(grep -Eo 'Failed: +[0-9]+' "$log" | awk '{ s += $2 } END { print s + 0 }')
passed=$((passed + $(grep -Eo '^# pass [0-9]+' "$node_log" | awk '{ s += $3 } END { print s + 0 }')))
failed=$((failed + $(grep -Eo '^# fail [0-9]+' "$node_log" | awk '{ s += $3 } END { print s + 0 }')))
echo "tests: $passed passed, $failed failed"
exit "$status"
