#!/usr/bin/env python3
"""Write source-run-hashes.txt: one-way hashes of every 10-word run of the source documents.

Usage: make-source-hashes.py [--sources DIR] [--check]
The sources (default: ../shared/sources beside the repository) are normalised exactly as
../shared/tools/originality normalises them; each run of ten words, joined by single spaces and
encoded as UTF-8, becomes the first 8 bytes of its SHA-256 in hex. The file holds those hashes,
sorted and unique, one a line, so the sources' text never enters the repository. CourseContentTests
checks the course against it. --check compares instead of writing, and exits 1 if the file is stale.
"""
import argparse, hashlib, os, re, sys

RUN = 10
WORD = re.compile(r"[a-z0-9]+(?:['’][a-z]+)?")
HERE = os.path.dirname(os.path.abspath(__file__))
OUTPUT = os.path.join(HERE, "source-run-hashes.txt")


def words(text):
    # The same three steps as ../shared/tools/originality: drop markup, drop link targets, then words.
    text = re.sub(r"<[^>]+>", " ", text)
    text = re.sub(r"\]\([^)]*\)", "] ", text)
    return WORD.findall(text.lower().replace("’", "'"))


def run_hash(run):
    return hashlib.sha256(" ".join(run).encode("utf-8")).hexdigest()[:16]


def main():
    default_sources = os.path.normpath(os.path.join(HERE, "..", "..", "..", "shared", "sources"))
    ap = argparse.ArgumentParser()
    ap.add_argument("--sources", default=default_sources, help="default: ../shared/sources beside the repository")
    ap.add_argument("--check", action="store_true")
    a = ap.parse_args()
    if not os.path.isdir(a.sources):
        print(f"No source documents at {a.sources}: pass --sources DIR.", file=sys.stderr)
        return 2
    hashes = set()
    for f in sorted(os.listdir(a.sources)):
        if f.endswith(".txt"):
            with open(os.path.join(a.sources, f), encoding="utf-8", errors="replace") as fh:
                ws = words(fh.read())
            hashes |= {run_hash(ws[i:i + RUN]) for i in range(len(ws) - RUN + 1)}
    text = "".join(h + "\n" for h in sorted(hashes))
    if a.check:
        with open(OUTPUT, encoding="utf-8") as fh:
            if fh.read() != text:
                print(f"{OUTPUT} is stale: run {sys.argv[0]} and commit it.", file=sys.stderr)
                return 1
        print(f"{OUTPUT}: up to date ({len(hashes)} runs)")
        return 0
    with open(OUTPUT, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)
    print(f"Wrote {len(hashes)} hashes to {OUTPUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
