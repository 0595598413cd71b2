#!/usr/bin/env python3
"""Zips a folder deterministically: entries in byte order of their paths, one fixed timestamp, Unix modes (0755 for
executables, 0644 for the rest) and deflate at level 9, so the same files always make the same zip.

Usage: zip-folder.py FOLDER ZIP
"""
import os
import stat
import sys
import zipfile

FIXED_TIME = (1980, 1, 1, 0, 0, 0)


def main(folder: str, target: str) -> None:
    paths = []
    for directory, _, files in os.walk(folder):
        for name in files:
            full = os.path.join(directory, name)
            paths.append(os.path.relpath(full, folder).replace(os.sep, "/"))
    paths.sort(key=lambda p: p.encode("utf-8"))

    partial = target + ".partial"
    with zipfile.ZipFile(partial, "w") as archive:
        for path in paths:
            full = os.path.join(folder, path)
            executable = os.stat(full).st_mode & stat.S_IXUSR
            info = zipfile.ZipInfo(path, date_time=FIXED_TIME)
            info.create_system = 3  # Unix: unzip on Linux and macOS restores the modes below
            info.external_attr = (stat.S_IFREG | (0o755 if executable else 0o644)) << 16
            info.compress_type = zipfile.ZIP_DEFLATED
            with open(full, "rb") as source:
                archive.writestr(info, source.read(), compresslevel=9)
    os.replace(partial, target)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
