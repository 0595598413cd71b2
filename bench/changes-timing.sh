#!/usr/bin/env bash
# build against changes on course/: median of RUNS (default 5) cold whole-process runs of each, with the tool at
# CLI (default: a plain `dotnet publish -c Release` of src/ScormBuilder, the native tool users get). changes
# compiles the course in memory as build does, then reads the zip build wrote and compares; the target is ≤ 2× build.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${RUNS:-5}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
if [ -z "${CLI:-}" ]; then
  dotnet publish src/ScormBuilder -c Release -o "$work/cli" --nologo -v quiet >/dev/null
  CLI="$work/cli/scormbuilder"
fi

"$CLI" build course -o "$work/previous" --templates templates >/dev/null 2>&1
zip=$(ls "$work"/previous/*.zip)

# Prints the median wall time in seconds over $runs runs of the given command.
median() {
  for _ in $(seq "$runs"); do
    start=$(date +%s.%N)
    "$@" >/dev/null 2>&1 || { echo "failed: $*" >&2; exit 1; }
    echo "$(date +%s.%N) - $start" | bc
  done | sort -n | awk '{ t[NR] = $1 } END { printf "%.3f\n", t[int((NR + 1) / 2)] }'
}

build=$(median "$CLI" build course -o "$work/out" --templates templates)
changes=$(median "$CLI" changes course --since "$zip" --templates templates)
printf 'build   %s s\nchanges %s s\nratio   %.2f\n' "$build" "$changes" "$(echo "$changes / $build" | bc -l)"
