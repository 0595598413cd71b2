#!/usr/bin/env bash
# Runs the Windows build under Wine beside the Linux build of the release, and fails unless they behave the same:
# --version; 'new' (the same files); 'build' of the sample with the templates beside the program (the same zip,
# byte for byte, from LF and from CRLF sources); 'check' of a course with Windows-style paths (the same
# diagnostics, byte for byte); and 'preview' serving the course from Kestrel.
# Wine 8 (Debian 12) cannot load ReadyToRun code from inside a single-file bundle ("Failed to load
# System.Private.CoreLib.dll (error code 0x80070057)"), so the Windows program is published here as release.sh
# publishes it, trimmed single file, but without ReadyToRun: the same program, compiled as it runs.
# Usage: src/ScormBuilder/Release/wine-check.sh RELEASE_DIR   (holding release.sh's linux-x64 zip)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)
release=$(realpath "${1:?Usage: wine-check.sh RELEASE_DIR}")
wine=$(command -v wine64 || echo /usr/lib/wine/wine64)
[ -x "$wine" ] || { echo "wine-check.sh: Wine is not installed: apt-get install -y wine64" >&2; exit 1; }
version=$(dotnet msbuild "$root/src/ScormBuilder" -nologo -getProperty:Version)
work=$(mktemp -d)
export WINEPREFIX="$work/wine" WINEDEBUG=-all
preview_pid=
cleanup() {
  [ -z "$preview_pid" ] || kill "$preview_pid" 2>/dev/null || true
  # This check's own prefix only; -w waits until its server has gone, before the prefix is removed under it.
  wineserver=$(command -v wineserver || echo "$(dirname "$wine")/wineserver")
  [ ! -x "$wineserver" ] || { "$wineserver" -k; "$wineserver" -w; } 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
fail() { echo "wine-check.sh: $*" >&2; exit 1; }

echo "wine-check: publishing win-x64 without ReadyToRun"
dotnet publish "$root/src/ScormBuilder" -c Release -r win-x64 --self-contained -p:PublishAot=false -p:PublishSingleFile=true \
  -p:PublishTrimmed=true -p:PublishReadyToRun=false -o "$work/win-tool" -nologo -v quiet -warnaserror
mkdir -p "$work/lin-tool" "$work/win" "$work/lin"
python3 -m zipfile -e "$release/scormbuilder-$version-linux-x64.zip" "$work/lin-tool"
chmod +x "$work/lin-tool/scormbuilder"
# Each runs in a folder of its own, with no templates/ in it: the build takes the templates beside the program.
win() { (cd "$work/win" && "$wine" "$work/win-tool/scormbuilder.exe" "$@"); }
lin() { (cd "$work/lin" && "$work/lin-tool/scormbuilder" "$@"); }
unix() { tr -d '\r'; }  # Windows ends each printed line with CRLF

started=$SECONDS
[ "$(win --version | unix)" = "$version" ] || fail "scormbuilder.exe --version did not print $version"
echo "wine-check: --version prints $version (first start, with Wine setting up its prefix: $((SECONDS - started)) s)"

win new sample >/dev/null
lin new sample >/dev/null
diff -r "$work/win/sample" "$work/lin/sample" || fail "'new' wrote other files on Windows"
win build sample -o out | unix
lin build sample -o out >/dev/null
zip="my-first-course-0.1.0-scorm12.zip"
cmp "$work/win/out/$zip" "$work/lin/out/$zip" || fail "the Windows build's zip differs from the Linux build's"
echo "wine-check: 'new' and 'build' give the same files and the same zip"

# Git for Windows checks text out with CRLF: the zip must not change.
cp -r "$work/lin/sample" "$work/win/crlf"
find "$work/win/crlf" -type f -exec sed -i 's/$/\r/' {} +
win build crlf -o crlf-out >/dev/null
cmp "$work/win/crlf-out/$zip" "$work/lin/out/$zip" || fail "CRLF sources built to another zip on Windows"
echo "wine-check: CRLF sources build to the same zip"

# Paths as a Windows author may write them: other capitals, '\', a trailing dot, a device name; and text beyond ASCII.
for side in win lin; do
  broken="$work/$side/broken"
  cp -r "$work/lin/sample" "$broken"
  sed -i 's#(../media/course-to-package.svg)#(../Media/Course-To-Package.svg)#; s#(../case-studies/ward-induction.md)#(../case-studies/con.md)#' \
    "$broken/sessions/01-writing-a-session.md"
  sed -i 's#(../sessions/01-writing-a-session.md)#(..\\sessions\\01-writing-a-session.md)#' "$broken/pages/welcome.md"
  sed -i 's#^transcript: ../transcripts/02-build-walkthrough.md#transcript: ../transcripts/02-build-walkthrough.md.#' "$broken/sessions/02-from-text-to-package.md"
  sed -i 's#^id: reflection#id: reflection\nsümmary: Café#' "$broken/reflection.md"
done
set +e
win check broken 2>"$work/win-diagnostics" >/dev/null; win_status=$?
lin check broken 2>"$work/lin-diagnostics" >/dev/null; lin_status=$?
set -e
[ "$win_status" = 1 ] && [ "$lin_status" = 1 ] || fail "check of the broken course exited $win_status on Windows, $lin_status on Linux (both should be 1)"
unix < "$work/win-diagnostics" > "$work/win-diagnostics.lf"
diff "$work/lin-diagnostics" "$work/win-diagnostics.lf" || fail "the Windows build reports the broken course otherwise"
grep -q 'SB1043' "$work/lin-diagnostics" && grep -q 'sümmary' "$work/lin-diagnostics" || fail "the broken course did not break as meant"
echo "wine-check: Windows-style paths give the same $(grep -c ': error SB' "$work/lin-diagnostics") diagnostics, in UTF-8"

# Kestrel in the single file: the preview page and the course it frames are served.
(cd "$work/win" && exec "$wine" "$work/win-tool/scormbuilder.exe" preview sample --port 0 --watch false) > "$work/preview.out" 2>&1 &
preview_pid=$!
address=
for _ in $(seq 1 120); do
  address=$(unix < "$work/preview.out" | sed -n 's#^Preview: \(http://127\.0\.0\.1:[0-9]*/\)$#\1#p')
  [ -z "$address" ] || break
  kill -0 "$preview_pid" 2>/dev/null || fail "preview exited: $(cat "$work/preview.out")"
  sleep 0.5
done
[ -n "$address" ] || fail "preview printed no address within 60 s: $(cat "$work/preview.out")"
python3 - "$address" <<'PY' || fail "preview did not serve the page"
import sys, urllib.request
page = urllib.request.urlopen(sys.argv[1], timeout=30).read().decode("utf-8")
assert "<!doctype html>" in page.lower(), page[:200]
PY
echo "wine-check: preview serves $address"
echo "wine-check: passed in $((SECONDS - started)) s"
