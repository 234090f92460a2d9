#!/usr/bin/env bash
# Shows which outputs a rule changed: runs two builds of the CLI over the dev corpus,
# the sample and the written minutes in tests/minutes/, and diffs their JSON.
#   bash scripts/compare-outputs.sh OLD_BINARY [NEW_BINARY]
# (Build the old one from a worktree: git worktree add /tmp/old HEAD && cargo build --release there.)
set -euo pipefail
cd "$(dirname "$0")/.."
old=${1:?give the old build of minutes}
new=${2:-target/release/minutes}
changed=0
for f in ../shared/corpus/dev/*.txt www/sample.txt tests/minutes/*.txt; do
  [ -f "$f" ] || continue
  if ! diff <("$old" analyse --format json "$f") <("$new" analyse --format json "$f") > /tmp/compare-outputs.diff; then
    echo "### $f"
    head -n "${LINES_SHOWN:-30}" /tmp/compare-outputs.diff
    changed=$((changed + 1))
  fi
done
echo "$changed file(s) changed"
