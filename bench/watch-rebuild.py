#!/usr/bin/env python3
"""Rebuild time in watch mode after editing one session file of the real course.

Publishes the CLI (Release), copies course/ and templates/ to a temporary folder, starts
'scormbuilder build --watch' (or 'preview', with --mode preview), then edits course/sessions/02-pitfalls.md
(or --file) EDITS times (default 15), waiting for each rebuild's summary line. Prints, over the edits after the first two
(JIT warm-up), the median and range of:
  rebuild ms   the time the CLI reports for the rebuild (load, validate, render, and write the zip for build)
  save-to-done ms   from the moment the edited file is closed to the summary line (adds the file-watch
                    latency and the debounce that lets an editor finish its save)

    python3 bench/watch-rebuild.py [--mode build|preview] [--edits N] [--file course/sessions/02-pitfalls.md]

Editing a file under templates/ (e.g. --file templates/partials/session.sbn-html) shows the cost of loading the
templates again, which an edit to the course does not pay: watch mode keeps them between rebuilds.
"""
import argparse
import os
import queue
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SESSION = "course/sessions/02-pitfalls.md"
SUMMARY = {
    "build": re.compile(r"^Built .*: .* (\d+) ms, \d+ warnings?\.$"),
    "preview": re.compile(r"^Previewing build \d+: .* (\d+) ms, \d+ warnings?\.$"),
}


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--mode", choices=sorted(SUMMARY), default="build")
    parser.add_argument("--edits", type=int, default=15)
    parser.add_argument("--file", default=SESSION, help="the file to edit, relative to the repository root")
    args = parser.parse_args()
    warm_up = 2

    with tempfile.TemporaryDirectory(prefix="sb-watch-bench-") as work:
        cli = os.path.join(work, "cli")
        subprocess.run(["dotnet", "publish", os.path.join(ROOT, "src", "ScormBuilder"), "-c", "Release", "-o", cli,
                        "--nologo", "-v", "quiet"], check=True, stdout=subprocess.DEVNULL)
        shutil.copytree(os.path.join(ROOT, "course"), os.path.join(work, "course"))
        shutil.copytree(os.path.join(ROOT, "templates"), os.path.join(work, "templates"))
        command = [os.path.join(cli, "scormbuilder")]
        command += ["build", "course", "-o", "dist", "--watch"] if args.mode == "build" else ["preview", "course", "--port", "0"]
        command += ["--templates", "templates"]

        process = subprocess.Popen(command, cwd=work, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, bufsize=1)
        lines = queue.Queue()
        threading.Thread(target=lambda: [lines.put((time.monotonic(), l.rstrip("\n"))) for l in process.stdout], daemon=True).start()
        pattern = SUMMARY[args.mode]

        def next_summary():
            while True:
                at, line = lines.get(timeout=60)
                match = pattern.match(line)
                if match:
                    return at, int(match.group(1))

        try:
            _, first = next_summary()
            print(f"first build: {first} ms (cold)", file=sys.stderr)
            path = os.path.join(work, args.file)
            original = open(path, encoding="utf-8").read()
            reported, latency = [], []
            for edit in range(args.edits):
                time.sleep(0.5)
                with open(path, "w", encoding="utf-8") as f:
                    f.write(original + (f"\n{{{{# edit {edit + 1} }}}}\n" if path.endswith(".sbn-html") else f"\nEdit number {edit + 1}, made by the benchmark.\n"))
                saved = time.monotonic()
                done, ms = next_summary()
                if edit >= warm_up:
                    reported.append(ms)
                    latency.append((done - saved) * 1000)
        finally:
            process.kill()
            process.wait()

    def describe(values):
        return f"median {statistics.median(values):.0f}, min {min(values):.0f}, max {max(values):.0f}"

    print(f"{args.mode} --watch, one edit to {args.file}, {len(reported)} edits after {warm_up} warm-up:")
    print(f"  rebuild ms (reported by the CLI): {describe(reported)}")
    print(f"  save-to-done ms (end to end):     {describe(latency)}")


if __name__ == "__main__":
    main()
