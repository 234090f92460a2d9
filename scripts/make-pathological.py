#!/usr/bin/env python3
"""Writes the hostile inputs measured in BENCHMARKS.md into a directory (default /tmp).

    python3 scripts/make-pathological.py [DIR]
    for f in DIR/p_*.txt; do /usr/bin/time -f "$f %es %MKB" target/release/minutes analyse $f >/dev/null; done
"""
import random
import sys

out = sys.argv[1] if len(sys.argv) > 1 else "/tmp"
MB = 1_000_000


def write(name, text):
    with open(f"{out}/p_{name}.txt", "w", encoding="utf-8") as f:
        f.write(text)


write("digits", "1234567890" * (MB // 10))
write("percent", "%" * MB)
write("brackets", "(" * (MB // 2) + ")" * (MB // 2))
write("bullets", "".join(f"· {i % 100}% of children were seen in time\n" for i in range(50_000)))
rtl = "שלום עולם ְֱ 45% مرحبا بالعالم ً ٌ 12 "
write("rtl", rtl * (MB // len(rtl.encode())))
random.seed(1)
clauses = [
    "5% of reviews were late",
    "12 children in care",
    "the rate of re-referrals was 17.4%",
    "compared with 22% nationally",
    "care leavers in education 61%",
    "Ninety five per cent of visits",
]
parts, size = [], 0
while size < MB:
    parts.append(random.choice(clauses))
    size += len(parts[-1]) + 2
write("runon", ", ".join(parts))
