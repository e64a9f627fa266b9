#!/usr/bin/env python3
"""Writes a JSON-lines corpus recombined from the fixture articles (eight paragraphs an article,
drawn with a fixed seed), to measure crosscheck on any size of text.

Usage: scripts/corpus.py MEGABYTES OUT.jsonl [SEED]
"""
import glob
import json
import os
import random
import sys

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
megabytes, out = float(sys.argv[1]), sys.argv[2]
rng = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 42)
paras = []
for f in sorted(glob.glob(os.path.join(root, "fixtures", "*", "*.txt")) + glob.glob(os.path.join(root, "fixtures", "*", "*.md"))):
    text = open(f, encoding="utf-8").read()
    if text.startswith("---\n"):
        text = text.split("\n---\n", 1)[-1]
    paras += [p.strip() for p in text.split("\n\n") if p.strip()]
size, n = 0, 0
with open(out, "w", encoding="utf-8") as f:
    while size < megabytes * 1_000_000:
        line = json.dumps({"id": f"a{n}", "source": f"Outlet {n % 7}", "text": "\n\n".join(rng.choice(paras) for _ in range(8))})
        f.write(line + "\n")
        size += len(line) + 1
        n += 1
print(f"{out}: {n} articles, {size / 1e6:.1f} MB")
