#!/usr/bin/env bash
# Cold whole-process timings of the CLI exactly as a plain `dotnet publish -c Release` of src/ScormBuilder makes it
# (the native, ahead-of-time compiled tool): median of RUNS runs (default 9) of
#   scormbuilder --version      (the process-start floor)
#   scormbuilder build course   (this course)
#   generated courses with 40 sessions / 200 questions and 400 sessions / 2,000 questions
# plus peak memory (max RSS) and the learner-side download sizes. Needs GNU time: apt-get install -y time
# PUBLISH_FLAGS adds flags to the publish, e.g. PUBLISH_FLAGS="-p:PublishAot=false -p:PublishReadyToRun=true" for
# the ReadyToRun JIT build to compare with; ZIP_OUT=DIR keeps the zip of course/ for a byte comparison.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${RUNS:-9}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# shellcheck disable=SC2086
dotnet publish src/ScormBuilder -c Release ${PUBLISH_FLAGS:-} -o "$work/cli" --nologo -v quiet >/dev/null
dotnet run --project bench/ScormBuilder.Benchmarks -c Release -- generate 40 200 5 "$work/gen40" >/dev/null
dotnet run --project bench/ScormBuilder.Benchmarks -c Release -- generate 400 2000 5 "$work/gen400" >/dev/null
cli="$work/cli/scormbuilder"

# Prints "median_seconds max_rss_mb" over $runs runs of the given command.
measure() {
  for _ in $(seq "$runs"); do
    /usr/bin/time -f "%e %M" -o "$work/t" "$@" >/dev/null 2>&1 || { echo "failed: $*" >&2; exit 1; }
    cat "$work/t"
  done | sort -n | awk '{ t[NR] = $1; if ($2 > m) m = $2 } END { printf "%.3f %.0f\n", t[int((NR + 1) / 2)], m / 1024 }'
}

printf '%-28s %10s %12s\n' input "median s" "peak MB"
printf '%-28s %10s %12s\n' "--version" $(measure "$cli" --version)
printf '%-28s %10s %12s\n' "course" $(measure "$cli" build course -o "$work/out" --templates templates)
printf '%-28s %10s %12s\n' "generated 40 sessions" $(measure "$cli" build "$work/gen40" -o "$work/out" --templates templates)
printf '%-28s %10s %12s\n' "generated 400 sessions" $(measure "$cli" build "$work/gen400" -o "$work/out" --templates templates)

zip=$(ls "$work"/out/post-with-care-*.zip)
if [ -n "${ZIP_OUT:-}" ]; then mkdir -p "$ZIP_OUT" && cp "$zip" "$ZIP_OUT/"; fi
unzip -q -o "$zip" -d "$work/pkg"
echo
printf 'package zip: %d bytes\n' "$(stat -c %s "$zip")"
for f in "$work"/pkg/assets/*.js "$work"/pkg/assets/*.css; do
  printf '%-14s raw %6d bytes, gzip -9 %6d bytes\n' "$(basename "$f")" "$(stat -c %s "$f")" "$(gzip -9c "$f" | wc -c)"
done
printf '%-14s gzip -9 %6d bytes\n' "js+css" "$(cat "$work"/pkg/assets/*.js "$work"/pkg/assets/*.css | gzip -9c | wc -c)"
