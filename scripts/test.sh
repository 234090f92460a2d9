#!/usr/bin/env bash
# One command: set up and run every test. Rust formatting, lints, unit and
# integration tests; the wasm build and its size budget; the browser tests; and,
# when ../shared is beside the project, the accuracy floor on the dev corpus.
set -euo pipefail
cd "$(dirname "$0")/.."
say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

bash scripts/setup.sh

say "cargo fmt --check"
cargo fmt --all -- --check
say "cargo clippy"
cargo clippy --all-targets --quiet -- -D warnings
# Without the CLI's allocator (the default feature `mimalloc`), as a library user may build.
cargo clippy --all-targets --no-default-features --quiet -- -D warnings
say "cargo test"
cargo test --release --quiet
say "wasm build"
node scripts/build-wasm.mjs
node scripts/check-size.mjs
say "browser tests"
node --test tests/browser/

if [ -f ../shared/eval/score.py ] && [ -d ../shared/corpus/dev ]; then
  say "accuracy on ../shared/corpus/dev"
  cargo build --release --quiet
  python3 scripts/check-accuracy.py
else
  echo "(../shared not found: accuracy check skipped)"
fi
say "all tests passed"
