#!/usr/bin/env bash
# Validates a SARIF file with Microsoft's SARIF multitool (pinned in package.json) and fails on
# any error-level finding, so `ma check --format sarif` is held to what code-scanning tools accept.
# Warnings and notes are printed but do not fail: they are advice (for example "give a helpUri",
# which `ma` leaves out on purpose because its help lives in a repository-relative docs file).
# Usage: tests/sarif/validate.sh <file.sarif>
set -euo pipefail

if [[ $# -ne 1 ]]; then
  echo "usage: $0 <file.sarif>" >&2
  exit 2
fi

input="$(realpath "$1")"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
tool="$here/node_modules/.bin/sarif-multitool"

# Installs the pinned validator on first use, exactly as locked.
if [[ ! -x "$tool" ]]; then
  (cd "$here" && npm ci --no-audit --no-fund --loglevel=error) >&2
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
report="$work/validation.sarif"

# `validate` silently reports nothing for a file its object model cannot load (an unknown enum
# value such as "level": "bogus"), so first make the multitool load and rewrite the file: that
# step fails loudly on exactly those files.
if ! "$tool" rewrite "$input" --output "$work/loaded.sarif" --log ForceOverwrite >"$work/rewrite.txt" 2>&1; then
  grep -m 5 -E 'Exception|error' "$work/rewrite.txt" >&2 || cat "$work/rewrite.txt" >&2
  echo "validate.sh: the SARIF multitool cannot load the file" >&2
  exit 1
fi

# The multitool's own exit code does not say whether the file is valid, so read its report.
set +e
"$tool" validate "$input" --output "$report" --log ForceOverwrite >"$work/stdout.txt" 2>&1
status=$?
set -e

if [[ ! -s "$report" ]]; then
  cat "$work/stdout.txt" >&2
  echo "validate.sh: the SARIF multitool wrote no report (exit code $status)" >&2
  exit 1
fi

node - "$report" <<'JS'
const log = JSON.parse(require('fs').readFileSync(process.argv[2], 'utf8'));
let errors = 0;
for (const run of log.runs ?? []) {
  // A tool failure (for example unreadable JSON) is reported as an error notification.
  for (const inv of run.invocations ?? []) {
    for (const n of inv.toolExecutionNotifications ?? []) {
      if ((n.level ?? 'warning') === 'error') {
        errors++;
        console.error(`error (tool): ${n.message?.text ?? ''}`);
      }
    }
  }
  for (const r of run.results ?? []) {
    const level = r.level ?? 'warning';
    const where = r.locations?.[0]?.physicalLocation?.region;
    const at = where ? ` (line ${where.startLine ?? '?'}, column ${where.startColumn ?? '?'})` : '';
    // The validator words its findings as a rule's message template plus arguments.
    const rule = run.tool?.driver?.rules?.[r.ruleIndex ?? -1];
    const template = r.message?.text ?? rule?.messageStrings?.[r.message?.id]?.text;
    const args = r.message?.arguments ?? [];
    const text = template ? template.replace(/\{(\d+)\}/g, (_, i) => args[i] ?? '') : args.join(' ');
    console.error(`${level} ${r.ruleId ?? ''}${at}: ${text}`);
    if (level === 'error') errors++;
  }
}
if (errors > 0) {
  console.error(`validate.sh: ${errors} error(s) in the SARIF file`);
  process.exit(1);
}
console.error('validate.sh: valid SARIF, no errors');
JS
