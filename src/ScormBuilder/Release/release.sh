#!/usr/bin/env bash
# Builds the downloads of a release, from Linux, each a zip holding the program, the built-in templates/ and a
# README.txt on how to run it there:
#   scormbuilder-VERSION-win-x64.zip, scormbuilder-VERSION-osx-arm64.zip   self-contained single files (JIT, trimmed,
#                                                                          ReadyToRun): no .NET needed
#   scormbuilder-VERSION-linux-x64.zip                                     Native AOT, as the plain publish makes it
# Usage: src/ScormBuilder/Release/release.sh [OUTPUT_DIR]   (default dist/release; RIDS="win-x64 ..." picks some)
# Needs the .NET SDK and python3. The same commit gives the same zips.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)
project="$root/src/ScormBuilder"
out=$(realpath -m "${1:-$root/dist/release}")
read -r -a rids <<< "${RIDS:-win-x64 osx-arm64 linux-x64}"
version=$(dotnet msbuild "$project" -nologo -getProperty:Version)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$out"

for rid in "${rids[@]}"; do
  case "$rid" in
    win-x64) exe=scormbuilder.exe readme=README-windows.txt ;;
    osx-arm64) exe=scormbuilder readme=README-macos.txt ;;
    linux-x64) exe=scormbuilder readme=README-linux.txt ;;
    *) echo "release.sh: no release is made for '$rid' (win-x64, osx-arm64, linux-x64)" >&2; exit 2 ;;
  esac
  # Trimming is safe: the Native AOT publish proves the app has no trim warnings. ReadyToRun makes 'build course'
  # about 5 times faster to start than the trimmed JIT build (figures in docs/command-line.md, Releases).
  flags=()
  [ "$rid" = linux-x64 ] || flags=(--self-contained -p:PublishAot=false -p:PublishSingleFile=true -p:PublishTrimmed=true -p:PublishReadyToRun=true)

  started=$SECONDS
  echo "release: publishing $rid"
  dotnet publish "$project" -c Release -r "$rid" "${flags[@]}" -o "$work/$rid/publish" -nologo -v quiet -warnaserror
  stage="$work/$rid/zip"
  mkdir -p "$stage"
  cp "$work/$rid/publish/$exe" "$stage/$exe"
  cp -r "$work/$rid/publish/templates" "$stage/templates"
  diff -r "$root/templates" "$stage/templates" >/dev/null || { echo "release.sh: the published templates differ from templates/" >&2; exit 1; }
  sed "s/{{version}}/$version/g" "$here/$readme" > "$stage/README.txt"
  # Notepad before Windows 10 (1809) shows a file without CR as one line.
  [ "$rid" != win-x64 ] || sed -i 's/$/\r/' "$stage/README.txt"
  zip="$out/scormbuilder-$version-$rid.zip"
  python3 "$here/zip-folder.py" "$stage" "$zip"
  printf 'release: %s  %s bytes (program %s bytes), %s s\n' \
    "$(basename "$zip")" "$(stat -c %s "$zip")" "$(stat -c %s "$stage/$exe")" "$((SECONDS - started))"
done

# The one build this machine can run: unpacked as a user would, it must start, create the sample course and build it.
if [[ " ${rids[*]} " == *" linux-x64 "* && "$(uname -sm)" == "Linux x86_64" ]]; then
  check="$work/check"
  mkdir -p "$check/tool" "$check/run"
  python3 -m zipfile -e "$out/scormbuilder-$version-linux-x64.zip" "$check/tool"
  chmod +x "$check/tool/scormbuilder"  # python's unzip drops the mode that unzip(1) restores
  [ "$("$check/tool/scormbuilder" --version)" = "$version" ] || { echo "release.sh: linux-x64 --version is not $version" >&2; exit 1; }
  (cd "$check/run" && "$check/tool/scormbuilder" new sample >/dev/null && "$check/tool/scormbuilder" build sample -o out >/dev/null)
  echo "release: linux-x64 unpacked, ran --version, new and build"
  # The native tool must make the very package the JIT build (what the tests run) makes: NUglify, kept whole for
  # trimming, and everything else must behave the same compiled ahead of time.
  "$check/tool/scormbuilder" build "$root/course" -o "$check/native" >/dev/null
  dotnet run --project "$project" -- build "$root/course" -o "$check/jit" >/dev/null
  cmp "$check"/native/*.zip "$check"/jit/*.zip || { echo "release.sh: the native tool's zip of course/ differs from the JIT build's" >&2; exit 1; }
  echo "release: linux-x64 builds course/ byte for byte as the JIT build does"
fi
ls -l "$out"
