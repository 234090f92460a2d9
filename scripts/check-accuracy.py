#!/usr/bin/env python3
"""Fails unless the dev-corpus accuracy meets the floors in issue #2.

Runs ../shared/eval/score.py --json (its --require cannot name attribute keys,
which contain dots) and checks every floor, printing the figures.
"""
import json
import subprocess
import sys

FLOORS = {
    ("indicators", "f1"): 0.92,
    ("actions", "f1"): 0.85,
    ("concerns", "f1"): 0.75,
    ("attributes", "indicator.category"): 0.80,
    ("attributes", "indicator.period"): 0.80,
    ("attributes", "indicator.previous"): 0.80,
    ("attributes", "indicator.comparisons_f1"): 0.80,
}

out = subprocess.run(
    [sys.executable, "../shared/eval/score.py", "--json", "--cmd",
     "target/release/minutes analyse --format json {file}", "../shared/corpus/dev"],
    capture_output=True, text=True, check=True)
summary = json.loads(out.stdout)
failed = []
for (group, key), floor in FLOORS.items():
    node = summary[group][key]
    value = node["accuracy"] if isinstance(node, dict) else node
    print(f"{group}.{key}: {value:.3f} (floor {floor})")
    if value < floor:
        failed.append(f"{group}.{key}")
if summary["errors"]:
    failed.append(f"{summary['errors']} scorer errors")
if failed:
    sys.exit("below the floor: " + ", ".join(failed))
