#!/usr/bin/env bash
# Where a cold `ma build` goes beyond Roslyn's floor: times fresh processes that compile only part
# of the workspace's generated C#, through the same emitter, references and options as the floor
# (RoslynFloor/), against the floor itself and the whole `ma build`, and prints each one's ratio
# to the floor. With --ready-to-run it also times the floor console published ReadyToRun (Roslyn
# precompiled), against a floor published the same way; with --composite, published
# self-contained as one composite ReadyToRun image with the framework (a few minutes to publish).
#
#   tests/MarketingAutomation.Benchmarks/cold-parts.sh [--ready-to-run] [--composite] [workspace] [runs]
#   (default: examples/shop, 10 runs; MA_SKIP_BUILD=1 times the Release builds already there)
#
# Needs hyperfine (apt-get install -y hyperfine). Run it on a machine as quiet as you can get.
set -euo pipefail
cd "$(dirname "$0")/../.."

ready_to_run=0
composite=0
while [ "${1:-}" = "--ready-to-run" ] || [ "${1:-}" = "--composite" ]; do
  case "$1" in
    --ready-to-run) ready_to_run=1 ;;
    --composite) composite=1 ;;
  esac
  shift
done
workspace="${1:-examples/shop}"
runs="${2:-10}"
source tests/MarketingAutomation.Benchmarks/cold-setup.sh cold-parts

out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT

# The generated C# of this very workspace; the schema file is the C# types of its contact and events.
dotnet "$ma" build "$workspace" -o "$out/ma" --emit-cs >/dev/null
generated="$out/ma/generated"
schema="$generated/Schema.g.cs"
all="$(find "$generated" -name '*.g.cs' | sort | tr '\n' ' ')"

# Times the floor and the parts with one floor console (the command that starts it); prints a
# row per command with its ratio.
time_parts() {
  local label="$1" console="$2" json="$out/$1.json"
  # One run of each first, so that a broken command fails here with its own message.
  $console "$out/floor" >/dev/null
  $console "$out/floor" $all >/dev/null
  local commands=(-n "floor (empty class)" "$console $out/floor"
    -n "schema types only" "$console $out/floor $schema"
    -n "all generated C#" "$console $out/floor $all")
  if [ "$label" = "jit" ]; then
    commands+=(-n "ma build" "dotnet $ma build $workspace -o $out/ma")
  fi
  echo
  echo "$label: $runs fresh processes each; load average: $(cut -d' ' -f1-3 /proc/loadavg)"
  # Warm-up runs only fill the file cache; every timed run is still a new process.
  hyperfine -N --warmup 2 --runs "$runs" --style none --export-json "$json" "${commands[@]}" >/dev/null
  paste <(grep -o '"command": *"[^"]*"' "$json" | sed 's/"command": *"//; s/"$//') \
        <(hyperfine_stat "$json" median) <(hyperfine_stat "$json" min) <(hyperfine_stat "$json" max) | awk -F'\t' '
    NR == 1 { floor = $2 }
    { printf "  %-20s median %5.0f ms (%5.0f to %5.0f), %.2fx the floor\n", $1, $2 * 1000, $3 * 1000, $4 * 1000, $2 / floor }'
  echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
}

# Publishes the floor console ReadyToRun to $1 with the other options given. The two kinds of
# publish share the project's intermediate folder, and one would reuse the other's precompiled
# images (which then abort at start), so that folder is cleared first.
publish_floor() {
  local into="$1"
  shift
  rm -rf tests/MarketingAutomation.Benchmarks/RoslynFloor/obj/Release/net10.0/linux-x64
  dotnet publish tests/MarketingAutomation.Benchmarks/RoslynFloor -c Release -r linux-x64 -p:PublishReadyToRun=true \
    "$@" -o "$into" --nologo -v quiet >/dev/null
}

time_parts jit "dotnet $floor"
if [ "$ready_to_run" = "1" ]; then
  publish_floor "$out/r2r" --self-contained false
  time_parts ready-to-run "dotnet $out/r2r/roslyn-floor.dll"
fi
if [ "$composite" = "1" ]; then
  publish_floor "$out/composite" --self-contained true -p:PublishReadyToRunComposite=true
  time_parts composite "$out/composite/roslyn-floor"
fi
