# Sourced by cold-build.sh and cold-parts.sh from the repository's root: checks for hyperfine,
# builds `ma` and the floor console in Release (unless MA_SKIP_BUILD=1) and sets $ma and $floor
# to their assemblies, and defines hyperfine_stat. $1 is the calling script's name, for its messages.
cold_script="$1"
ma="src/MarketingAutomation.Cli/bin/Release/net10.0/ma.dll"
floor="tests/MarketingAutomation.Benchmarks/RoslynFloor/bin/Release/net10.0/roslyn-floor.dll"

if ! command -v hyperfine >/dev/null 2>&1; then
  echo "$cold_script: hyperfine is not installed (apt-get install -y hyperfine)" >&2
  exit 2
fi
if [ "${MA_SKIP_BUILD:-0}" != "1" ]; then
  dotnet build src/MarketingAutomation.Cli -c Release --nologo -v quiet >/dev/null
  dotnet build tests/MarketingAutomation.Benchmarks/RoslynFloor -c Release --nologo -v quiet >/dev/null
fi
for dll in "$ma" "$floor"; do
  if [ ! -f "$dll" ]; then
    echo "$cold_script: $dll not found; build it in Release first" >&2
    exit 2
  fi
done

# One statistic (median, min, max, stddev) of every command in a hyperfine JSON export ($1), one
# line each, in the order the commands were given.
hyperfine_stat() { grep -o "\"$2\": *[0-9.e-]*" "$1" | sed 's/.*: *//'; }
