#!/usr/bin/env bash
# One command: set up, build the wasm and the CLI, and serve the page with the
# sample loaded on http://127.0.0.1:8080 (PORT=... to change).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
node scripts/build-wasm.mjs
cargo build --release --quiet
exec node scripts/serve.mjs "${PORT:-8080}"
