#!/usr/bin/env node
// The bundle-size check: fails when the wasm is over its gzip budget.
import { readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const BUDGET_GZIP = 400 * 1024;
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { raw, gzip } = JSON.parse(readFileSync(join(root, 'www', 'pkg', 'size.json'), 'utf8'));
console.log(`wasm: ${(raw / 1024).toFixed(1)} KiB raw, ${(gzip / 1024).toFixed(1)} KiB gzip (budget ${BUDGET_GZIP / 1024} KiB gzip)`);
if (gzip > BUDGET_GZIP) {
  console.error('wasm is over its size budget');
  process.exit(1);
}
