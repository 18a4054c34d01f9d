#!/usr/bin/env bash
# End-to-end figures of the engine and the demo through the real CLI, as ./custojo runs it (Release, ReadyToRun):
#   demo at scale 1 and N (target: < 30 s at scale 1, < 3 min at scale 10),
#   cold check (no cache: compile + analyse the pack), warm check (cache hit) and a one-control check
#   over the scale-N store (targets: cold compile < 6 s, warm < 3 s and < 400 MB, one control < 1/10 of the full
#   check), the evaluation phase alone for the pack and for one control (benchmark `evaluate`),
#   and an import of 1,000,000 NDJSON login attempts into a new workspace (target: >= 100,000 records/s).
# Usage: tests/Custojo.Compliance.Benchmarks/bench-cli.sh [SCALE]   (default 11: 1,035,000 records, the 1,000,000 of the warm-check target)
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
scale="${1:-11}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
"$root/custojo" --help >/dev/null # publishes when a source changed
custojo=(dotnet "$root/src/Custojo.Compliance.Cli/bin/Release/net10.0/publish-r2r/custojo.dll")
export CUSTOJO_NOW=2026-11-24T10:00:00+01:00 CUSTOJO_CACHE="$work/cache" NO_COLOR=1
export DOTNET_TC_CallCountThreshold="${DOTNET_TC_CallCountThreshold:-3000}" # as ./custojo runs it

measure() { # label, command...
  local label=$1; shift
  /usr/bin/time -f "%e %M %U %S" -o "$work/time" "$@" >/dev/null 2>"$work/err" || true
  read -r seconds kb user system < <(tail -n 1 "$work/time")
  cpu=$(echo "$user + $system" | bc)
  printf '%-40s %8s s  %6d MB peak  %6s s CPU  (load %s)\n' "$label" "$seconds" $((kb / 1024)) "$cpu" "$(cut -d' ' -f1 /proc/loadavg)"
}

measure "demo --scale 1 (cold cache)" "${custojo[@]}" demo --dir "$work/demo1"
measure "demo --scale $scale" "${custojo[@]}" demo --dir "$work/scaled" --scale "$scale"
records=$("${custojo[@]}" evidence stats --workspace "$work/scaled" --format json | grep -o '"records": *[0-9]*' | head -1 | grep -o '[0-9]*$')
echo "store of the scale-$scale demo: $records records"
cd "$work/scaled"
measure "check --last 90d --no-cache (cold)" "${custojo[@]}" check --last 90d --no-cache
measure "check --last 90d (warm, cache hit)" "${custojo[@]}" check --last 90d
measure "check --last 90d --controls BKP-DB-03" "${custojo[@]}" check --last 90d --controls BKP-DB-03
measure "evidence verify" "${custojo[@]}" evidence verify

# The evaluation phase alone, each in a fresh process published as ./custojo is (target: one control < 1/10 of the pack).
dotnet publish "$root/tests/Custojo.Compliance.Benchmarks" -c Release --use-current-runtime --self-contained false \
  -p:PublishReadyToRun=true -o "$work/bench" -nologo -v q -clp:ErrorsOnly >/dev/null
bench=(dotnet "$work/bench/Custojo.Compliance.Benchmarks.dll" evaluate "$work/scaled" --policies "$root/policies" --days 90)
"${bench[@]}" >/dev/null # fills the compile cache when the benchmark's build keys it differently from the CLI's
"${bench[@]}"
"${bench[@]}" --controls BKP-DB-03

# Import of 1,000,000 NDJSON login attempts into a new workspace (target: >= 100,000 records/s).
dotnet run -c Release --project "$root/tests/Custojo.Compliance.Benchmarks" -- logins "$work/logins.ndjson" --records 1000000
"${custojo[@]}" init "$work/imported" >/dev/null 2>&1
measure "evidence import, 1,000,000 login attempts" "${custojo[@]}" evidence import "$work/logins.ndjson" --workspace "$work/imported"
