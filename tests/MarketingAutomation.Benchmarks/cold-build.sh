#!/usr/bin/env bash
# Times `ma build <workspace> -o <tmp>` as a fresh process against Roslyn's floor as a fresh
# process (RoslynFloor/: one empty class through the same emitter, references, options and
# runtime settings, written to disk the same way), in the same run, and prints the ratio.
# The goal (issue 3) is a cold build within 1.5x of the floor.
#
#   tests/MarketingAutomation.Benchmarks/cold-build.sh [workspace] [runs]
#   (default: examples/shop, 10 runs; MA_SKIP_BUILD=1 times the Release builds already there)
#
# Needs hyperfine (apt-get install -y hyperfine): it alternates nothing, so run it on a machine
# as quiet as you can get and read the spread before the median.
set -euo pipefail
cd "$(dirname "$0")/../.."

workspace="${1:-examples/shop}"
runs="${2:-10}"
source tests/MarketingAutomation.Benchmarks/cold-setup.sh cold-build

out="$(mktemp -d)"
json="$(mktemp)"
trap 'rm -rf "$out" "$json"' EXIT

# One run of each first, so that a broken command fails here with its own message.
dotnet "$ma" build "$workspace" -o "$out/ma" >/dev/null
dotnet "$floor" "$out/floor" >/dev/null

echo "cold build of $workspace vs Roslyn floor: $runs fresh processes each; load average: $(cut -d' ' -f1-3 /proc/loadavg)"
# Warm-up runs only fill the file cache; every timed run is still a new process.
hyperfine --warmup 2 --runs "$runs" --style basic --export-json "$json" \
  -n floor "dotnet $floor $out/floor" \
  -n ma "dotnet $ma build $workspace -o $out/ma"

# hyperfine's JSON lists the commands in order: floor first, then ma.
paste <(printf 'floor\nma\n') <(hyperfine_stat "$json" median) <(hyperfine_stat "$json" min) \
  <(hyperfine_stat "$json" max) <(hyperfine_stat "$json" stddev) | awk '
  { printf "%-6s median %5.0f ms, min %5.0f ms, max %5.0f ms, stddev %4.0f ms\n", $1, $2 * 1000, $3 * 1000, $4 * 1000, $5 * 1000; m[NR] = $2 }
  END { printf "ratio (ma median / floor median): %.2fx; goal 1.5x\n", m[2] / m[1] }'
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
