#!/usr/bin/env bash
# inspect on a package of FILES (default 10,000) files: median of RUNS (default 5) cold whole-process runs, with
# the tool at CLI (default: a plain `dotnet publish -c Release` of src/ScormBuilder, the native tool users get).
# The package is generated here: one SCO whose manifest lists every file, so inspect reads the whole directory,
# validates the manifest against the XSDs and matches every <file> to an entry. The target is under one second.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${RUNS:-5}
files=${FILES:-10000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
if [ -z "${CLI:-}" ]; then
  dotnet publish src/ScormBuilder -c Release -o "$work/cli" --nologo -v quiet >/dev/null
  CLI="$work/cli/scormbuilder"
fi

python3 - "$work/big.zip" "$files" <<'PY'
import sys, zipfile
path, count = sys.argv[1], int(sys.argv[2])
names = ["index.html"] + [f"assets/{i // 1000:02d}/file-{i:05d}.txt" for i in range(count - 1)]
listed = "\n".join(f'        <file href="{n}"/>' for n in names)
manifest = f'''<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="big" version="1.0" xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
  <metadata><schema>ADL SCORM</schema><schemaversion>1.2</schemaversion></metadata>
  <organizations default="org"><organization identifier="org"><title>Big</title>
    <item identifier="i1" identifierref="r1"><title>Big</title></item></organization></organizations>
  <resources>
    <resource identifier="r1" type="webcontent" adlcp:scormtype="sco" href="index.html">
{listed}
    </resource>
  </resources>
</manifest>
'''
with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("imsmanifest.xml", manifest)
    for n in names:
        z.writestr(n, "<!doctype html><title>x</title>" if n.endswith(".html") else f"{n}\n")
PY

for _ in $(seq "$runs"); do
  start=$(date +%s.%N)
  "$CLI" inspect "$work/big.zip" >/dev/null 2>&1 || true
  echo "$(date +%s.%N) - $start" | bc
done | sort -n | awk -v f="$files" '{ t[NR] = $1 } END { printf "inspect, %d files: median %.3f s (min %.3f, max %.3f)\n", f, t[int((NR + 1) / 2)], t[1], t[NR] }'
"$CLI" inspect "$work/big.zip" | tail -3
