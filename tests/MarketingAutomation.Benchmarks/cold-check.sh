#!/usr/bin/env bash
# Times `ma check <workspace>` as a fresh process each run: runtime start-up, JIT, reading the
# files, parse and bind, printing. This is what a marketer waits for at the command line, and
# what in-process benchmarks cannot show.
#
#   tests/MarketingAutomation.Benchmarks/cold-check.sh [workspace] [runs]
#   (default: examples/shop, 20 runs; MA_SKIP_BUILD=1 times the ma.dll already built,
#   MA_NO_HYPERFINE=1 uses the plain loop even where hyperfine is installed)
#
# Uses hyperfine when it is installed (apt-get install -y hyperfine), otherwise a loop timed
# with `date +%s%N`. Prints the median and the spread (min, max, standard deviation) in ms.
set -euo pipefail
cd "$(dirname "$0")/../.."

workspace="${1:-examples/shop}"
runs="${2:-20}"
ma="src/MarketingAutomation.Cli/bin/Release/net10.0/ma.dll"

if [ "${MA_SKIP_BUILD:-0}" != "1" ]; then
  dotnet build src/MarketingAutomation.Cli -c Release --nologo -v quiet >/dev/null
fi
if [ ! -f "$ma" ]; then
  echo "cold-check: $ma not found; build src/MarketingAutomation.Cli in Release first" >&2
  exit 2
fi

# One run first, so that a broken command fails here with its own message, not as a timing.
# `ma check` exits 1 when it finds errors: that is a result, not a failure of this script.
set +e
dotnet "$ma" check "$workspace" >/dev/null
status=$?
set -e
if [ "$status" -gt 1 ]; then
  echo "cold-check: 'ma check $workspace' exited with $status" >&2
  exit "$status"
fi

echo "ma check $workspace: $runs fresh processes"
if [ "${MA_NO_HYPERFINE:-0}" != "1" ] && command -v hyperfine >/dev/null 2>&1; then
  json="$(mktemp)"
  trap 'rm -f "$json"' EXIT
  # Warm-up runs only fill the file cache; every timed run is still a new process.
  hyperfine --warmup 3 --runs "$runs" --ignore-failure --style basic --export-json "$json" \
    "dotnet $ma check $workspace"
  field() { grep -o "\"$1\": *[0-9.e-]*" "$json" | head -1 | sed 's/.*: *//'; }
  awk -v median="$(field median)" -v min="$(field min)" -v max="$(field max)" -v sd="$(field stddev)" \
    'BEGIN { printf "median %.0f ms, min %.0f ms, max %.0f ms, stddev %.0f ms\n", median * 1000, min * 1000, max * 1000, sd * 1000 }'
else
  times=()
  for _ in 1 2 3; do dotnet "$ma" check "$workspace" >/dev/null || true; done
  for ((i = 0; i < runs; i++)); do
    start=$(date +%s%N)
    dotnet "$ma" check "$workspace" >/dev/null || true
    end=$(date +%s%N)
    times+=($(((end - start) / 1000000)))
  done
  printf '%s\n' "${times[@]}" | sort -n | awk '
    { t[NR] = $1; sum += $1; sq += $1 * $1 }
    END {
      median = (NR % 2) ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2
      mean = sum / NR
      printf "median %.0f ms, min %d ms, max %d ms, stddev %.0f ms\n", median, t[1], t[NR], sqrt(sq / NR - mean * mean)
    }'
fi
