#!/usr/bin/env python3
"""Instructions per analysis, in total and by function, in steady state.

    python3 scripts/profile-instructions.py FILE [--top N] [--inclusive]

Runs `examples/analyse` under callgrind (valgrind, one analysing thread) for 1 and
for 41 analyses of FILE and prints the difference divided by 40: building the
patterns and the regex crate's DFA states, which the first analysis pays, drops out,
so what is left is what every later analysis costs. Functions are summed over the
source files their code was inlined from. Needs valgrind; build first with
`cargo build --release --example analyse` (line tables are not needed).
"""

import argparse
import collections
import os
import re
import subprocess
import sys
import tempfile

BINARY = os.environ.get("ANALYSE_BINARY") or os.path.join(os.path.dirname(__file__), "..", "target", "release", "examples", "analyse")


def costs(out_file, inclusive):
    """Instructions by function name from one callgrind output file."""
    report = subprocess.run(
        ["callgrind_annotate", f"--inclusive={'yes' if inclusive else 'no'}",
         "--threshold=100", "--auto=no", out_file],
        capture_output=True, text=True, check=True,
    ).stdout
    by_function = collections.Counter()
    for line in report.splitlines():
        m = re.match(r"^ *([0-9,]+) \( *[0-9.]+%\)  (.*)$", line)
        if not m:
            continue
        name = m.group(2).split(" [")[0]
        # "file:function", except the totals line: the function is what is summed.
        function = name.split(":", 1)[1] if ":" in name and name != "PROGRAM TOTALS" else name
        by_function[function] += int(m.group(1).replace(",", ""))
    return by_function


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("file")
    parser.add_argument("--top", type=int, default=30)
    parser.add_argument("--inclusive", action="store_true",
                        help="with the cost of what each function calls")
    args = parser.parse_args()
    if not os.path.exists(BINARY):
        sys.exit(f"{BINARY} is missing: cargo build --release --example analyse")
    env = dict(os.environ, RAYON_NUM_THREADS="1")
    runs = {}
    with tempfile.TemporaryDirectory() as tmp:
        for n in (1, 41):
            out = os.path.join(tmp, f"callgrind.{n}")
            subprocess.run(
                ["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}",
                 BINARY, args.file, str(n)],
                env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True,
            )
            runs[n] = costs(out, args.inclusive)
    per_analysis = {k: (runs[41][k] - runs[1][k]) / 40 for k in runs[41]}
    total = per_analysis.pop("PROGRAM TOTALS", 0)
    print(f"{total / 1e6:.2f} M instructions per analysis")
    rows = sorted(per_analysis.items(), key=lambda kv: kv[1], reverse=True)
    for name, value in rows[: args.top]:
        share = 100 * value / total if total else 0
        print(f"{value / 1e3:9.1f} k {share:5.1f}%  {name[:110]}")


if __name__ == "__main__":
    main()
