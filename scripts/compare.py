#!/usr/bin/env python3
"""Times `crosscheck extract` against `wc -w` on the same text in one run, and, where
`pip install quantulum3` works, against quantulum3 on a 1 MB sample. Prints MB/s and the ratio.

Usage: scripts/compare.py [MEGABYTES] [RUNS]   (default 20 MB, 5 runs; needs `cargo build --release`)

Each command runs RUNS times, in turn with the others, and the best and the median time of each are
printed: on a shared machine one run can be a third slower than the next.
"""
import os
import subprocess
import sys
import tempfile
import time

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
binary = os.path.join(os.environ.get("CARGO_TARGET_DIR", os.path.join(root, "target")), "release", "crosscheck")
mb = float(sys.argv[1]) if len(sys.argv) > 1 else 20
runs = int(sys.argv[2]) if len(sys.argv) > 2 else 5
work = tempfile.mkdtemp()
corpus = os.path.join(work, "corpus.jsonl")
subprocess.run([sys.executable, os.path.join(root, "scripts", "corpus.py"), str(mb), corpus], check=True, stdout=subprocess.DEVNULL)
size = os.path.getsize(corpus) / 1e6


def timed(cmd, env=None):
    t = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, env={**os.environ, **(env or {})})
    return time.perf_counter() - t


commands = {
    "wc -w": (["wc", "-w", corpus], None),
    "crosscheck extract, 1 core": ([binary, "extract", "--format", "jsonl", corpus], {"RAYON_NUM_THREADS": "1"}),
    f"crosscheck extract, {os.cpu_count()} cores": ([binary, "extract", "--format", "jsonl", corpus], None),
}
times = {name: [] for name in commands}
for _ in range(runs):
    for name, (cmd, env) in commands.items():
        times[name].append(timed(cmd, env))
best = {name: min(t) for name, t in times.items()}
median = {name: sorted(t)[len(t) // 2] for name, t in times.items()}
print(f"text: {size:.1f} MB of JSON lines, {runs} runs of each   best: s  MB/s   median: s  MB/s")
for name in commands:
    b, m = best[name], median[name]
    print(f"{name + ':':31} {b:8.3f} {size / b:8.1f}   {m:8.3f} {size / m:8.1f}")
one = "crosscheck extract, 1 core"
print(f"{'crosscheck (1 core) / wc -w:':31} {best['wc -w'] / best[one]:8.3f} {'':8}   {median['wc -w'] / median[one]:8.3f}")
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
