#!/usr/bin/env python3
"""Compares the speed of two builds of `examples/analyse` on one text, in pairs.

    python3 scripts/compare-speed.py OLD NEW [FILE] [--rounds N] [--runs R]

Each round runs both builds once (R analyses each, alternating which goes first)
and takes the ratio NEW/OLD of their medians; the median ratio over the rounds, with
its quartiles, says whether a change is faster. On a shared machine the time of one
build moves by ±30% from minute to minute, but both builds of a round see the same
minute, so the ratio moves far less: OLD against itself gives 0.97-1.03. Build the
old one from a worktree (see scripts/compare-outputs.sh).
"""

import argparse
import os
import statistics
import subprocess
import tempfile


def median_ms(binary, text, runs):
    """The median ms of one launch of `runs` analyses (the example prints it)."""
    out = subprocess.run([binary, text, str(runs)], capture_output=True, text=True, check=True)
    words = out.stdout.split()
    return float(words[words.index("median") + 1])


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("old")
    p.add_argument("new")
    p.add_argument("file", nargs="?", default=None, help="default: the dev corpus joined")
    p.add_argument("--rounds", type=int, default=30)
    p.add_argument("--runs", type=int, default=100)
    a = p.parse_args()
    text, joined = a.file, None
    if text is None:
        corpus = os.path.join(here, "..", "..", "shared", "corpus", "dev")
        names = sorted(n for n in os.listdir(corpus) if n.endswith(".txt"))
        with tempfile.NamedTemporaryFile("wb", suffix=".txt", delete=False) as out:
            for n in names:
                with open(os.path.join(corpus, n), "rb") as f:
                    out.write(f.read())
        text = joined = out.name
    ratios, olds, news = [], [], []
    try:
        for i in range(a.rounds):
            if i % 2:
                old, new = median_ms(a.old, text, a.runs), median_ms(a.new, text, a.runs)
            else:
                new, old = median_ms(a.new, text, a.runs), median_ms(a.old, text, a.runs)
            ratios.append(new / old)
            olds.append(old)
            news.append(new)
    finally:
        if joined:
            os.unlink(joined)
    q = statistics.quantiles(ratios, n=4)
    print(f"new/old {statistics.median(ratios):.3f} (quartiles {q[0]:.3f}-{q[2]:.3f}, "
          f"{a.rounds} rounds); medians old {statistics.median(olds):.3f} ms, "
          f"new {statistics.median(news):.3f} ms")


if __name__ == "__main__":
    main()
