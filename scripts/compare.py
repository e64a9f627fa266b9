#!/usr/bin/env python3
"""Times `crosscheck extract` against `wc -w` on the same text in one run, and, where
`pip install quantulum3` works, against quantulum3 on a 1 MB sample. Prints MB/s and the ratio.

Usage: scripts/compare.py [MEGABYTES]   (default 20; needs `cargo build --release` first)
"""
import os
import subprocess
import sys
import tempfile
import time

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
binary = os.path.join(os.environ.get("CARGO_TARGET_DIR", os.path.join(root, "target")), "release", "crosscheck")
mb = float(sys.argv[1]) if len(sys.argv) > 1 else 20
work = tempfile.mkdtemp()
corpus = os.path.join(work, "corpus.jsonl")
subprocess.run([sys.executable, os.path.join(root, "scripts", "corpus.py"), str(mb), corpus], check=True, stdout=subprocess.DEVNULL)
size = os.path.getsize(corpus) / 1e6


def timed(cmd, env=None):
    t = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, env={**os.environ, **(env or {})})
    return time.perf_counter() - t


wc = timed(["wc", "-w", corpus])
one = timed([binary, "extract", "--format", "jsonl", corpus], {"RAYON_NUM_THREADS": "1"})
all_cores = timed([binary, "extract", "--format", "jsonl", corpus])
print(f"text: {size:.1f} MB of JSON lines")
print(f"wc -w:                          {wc:8.3f} s {size / wc:9.1f} MB/s")
print(f"crosscheck extract, 1 core:     {one:8.3f} s {size / one:9.1f} MB/s")
print(f"crosscheck extract, {os.cpu_count()} cores:    {all_cores:8.3f} s {size / all_cores:9.1f} MB/s")
print(f"crosscheck (1 core) / wc -w:    {wc / one:8.3f}")
try:
    import quantulum3  # noqa: F401
except ImportError:
    subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "quantulum3"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
try:
    from quantulum3 import parser
    import json
    sample = os.path.join(work, "one.jsonl")
    subprocess.run([sys.executable, os.path.join(root, "scripts", "corpus.py"), "1", sample], check=True, stdout=subprocess.DEVNULL)
    t = time.perf_counter()
    for line in open(sample, encoding="utf-8"):
        parser.parse(json.loads(line)["text"])
    q = time.perf_counter() - t
    print(f"quantulum3 on 1 MB, 1 core:     {q:8.3f} s {1 / q:9.3f} MB/s")
except Exception as e:  # quantulum3 absent or failing: say so
    print(f"quantulum3: skipped ({e.__class__.__name__}: {e})")
