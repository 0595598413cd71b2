#!/usr/bin/env bash
# inspect on each hostile archive of issue 25 (the same kinds as tests/ScormBuilder.Tests/Inspection/HostileArchives.cs):
# for each, the exit code (always 1), the median wall time of RUNS (default 5) cold whole-process runs and the
# largest peak resident memory among them (GNU time's "Maximum resident set size"), with the tool at CLI (default:
# a plain `dotnet publish -c Release` of src/ScormBuilder, the native tool users get). The archives are generated here;
# ONLY=pattern (a grep -E pattern, e.g. ONLY=entries) times only the archives whose names match.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${RUNS:-5}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
if [ -z "${CLI:-}" ]; then
  dotnet publish src/ScormBuilder -c Release -o "$work/cli" --nologo -v quiet >/dev/null
  CLI="$work/cli/scormbuilder"
fi
[ -x /usr/bin/time ] || { echo "GNU time (/usr/bin/time) is needed for the peak memory" >&2; exit 2; }

mkdir "$work/zips"
python3 - "$work/zips" <<'PY'
import struct, sys, zipfile
out = sys.argv[1]
BOMB = 256 * 1024 * 1024
MAX_MANIFEST = 8 * 1024 * 1024
manifest = '''<?xml version="1.0" encoding="utf-8"?>
<manifest identifier="M" version="1.0" xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2" xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2">
  <metadata><schema>ADL SCORM</schema><schemaversion>1.2</schemaversion></metadata>
  <organizations default="ORG"><organization identifier="ORG"><title>Course</title>
    <item identifier="ITEM" identifierref="RES"><title>Lesson</title></item></organization></organizations>
  <resources><resource identifier="RES" type="webcontent" adlcp:scormtype="sco" href="index.html">
    <file href="index.html"/><file href="media/a.png"/></resource></resources>
</manifest>
'''
laughs = '<?xml version="1.0"?>\n<!DOCTYPE manifest [\n<!ENTITY lol0 "lol">\n' + "".join(
    f'<!ENTITY lol{i} "{("&lol%d;" % (i - 1)) * 10}">\n' for i in range(1, 10)) + \
    ']>\n<manifest xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2">&lol9;</manifest>'
external = ('<?xml version="1.0"?>\n<!DOCTYPE manifest [<!ENTITY secret SYSTEM "file:///etc/passwd">]>\n'
            '<manifest xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2">&secret;</manifest>')

def sound(path, first=None, extra=()):
    """The small sound package, with `first` (name, head, fill byte) written first and BOMB bytes long past its head."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        if first:
            name, head, fill = first
            with z.open(name, "w") as f:
                f.write(head)
                chunk = bytes([fill]) * (1024 * 1024)
                for _ in range(BOMB // len(chunk)):
                    f.write(chunk)
        for name, text in [("imsmanifest.xml", manifest), ("index.html", "x"), ("media/a.png", "png"), *extra]:
            if not first or name != first[0]:
                z.writestr(name, text)

def declare(path, size):
    """The first entry's uncompressed size, in its local header and its directory entry, set to `size`: a header that lies."""
    data = bytearray(open(path, "rb").read())
    data[22:26] = struct.pack("<I", size)
    central = data.index(b"PK\x01\x02")
    data[central + 24:central + 28] = struct.pack("<I", size)
    open(path, "wb").write(data)

def many(path, count, name):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as z:
        for i in range(count):
            z.writestr(name(i), b"")

sound(f"{out}/bomb.zip", ("media/video.mp4", b"", 0))
for case, size in [("bomb-header-lies", len(manifest.encode())), ("bomb-header-lies-at-limit", MAX_MANIFEST)]:
    sound(f"{out}/{case}.zip", ("imsmanifest.xml", manifest.encode(), ord(" ")))
    declare(f"{out}/{case}.zip", size)
sound(f"{out}/traversal.zip", extra=[("../../escaped.html", "x"), ("/tmp/absolute.sh", "rm"), ("C:/Windows/x.html", "x")])
for case, text in [("billion-laughs", laughs), ("external-entity", external)]:
    with zipfile.ZipFile(f"{out}/{case}.zip", "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("imsmanifest.xml", text)
        z.writestr("index.html", "x")
many(f"{out}/entries-100000.zip", 100_000, str)
many(f"{out}/entries-100000-long-names.zip", 100_000, lambda i: "n" * 270 + f"/{i:09d}")
many(f"{out}/entries-100000-deep-names.zip", 100_000, lambda i: "a/" * 135 + f"{i:09d}")
many(f"{out}/entries-100001.zip", 100_001, str)

sound(f"{out}/sound.zip")
whole = open(f"{out}/sound.zip", "rb").read()
directory = struct.unpack("<I", whole[-6:-2])[0]
data_at = 30 + struct.unpack("<H", whole[26:28])[0] + struct.unpack("<H", whole[28:30])[0]
for case, cut in [("cut-in-entry-data", whole[:data_at + 5]), ("cut-in-central-directory", whole[:directory + 10]),
                  ("cut-in-end-record", whole[:-10]), ("central-directory-gap", whole[:directory + 10] + whole[directory + 40:])]:
    open(f"{out}/{case}.zip", "wb").write(cut)
PY
rm "$work/zips/sound.zip"

printf '%-28s %12s %5s %10s %14s\n' "archive" "bytes" "exit" "median s" "peak RSS MB"
for zip in "$work"/zips/*.zip; do
  name=$(basename "$zip" .zip)
  echo "$name" | grep -qE "${ONLY:-.}" || continue
  for _ in $(seq "$runs"); do
    /usr/bin/time -f "%e %M %x" -o "$work/time" "$CLI" inspect "$zip" >/dev/null 2>&1 || true
    cat "$work/time"
  done > "$work/runs"
  # GNU time prefixes "Command exited with non-zero status N" when the exit is not 0; the last line holds the figures.
  grep -E '^[0-9.]+ [0-9]+ [0-9]+$' "$work/runs" | sort -n | awk -v n="$name" -v b="$(stat -c %s "$zip")" '
    { t[NR] = $1; if ($2 > rss) rss = $2; if (code == "" || code == $3) code = $3; else code = "mixed" }
    END { printf "%-28s %12d %5s %10.3f %14.1f\n", n, b, code, t[int((NR + 1) / 2)], rss / 1024 }'
done
