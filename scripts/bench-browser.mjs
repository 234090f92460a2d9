#!/usr/bin/env node
// Browser benchmark: median milliseconds for the wasm build to analyse the sample
// and a 1 MB document in Debian's Chromium. Run after `node scripts/build-wasm.mjs`.
import { readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch } from '../tests/browser/harness.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const sample = readFileSync(join(root, 'www', 'sample.txt'), 'utf8');
const mb = sample.repeat(Math.ceil((1024 * 1024) / sample.length));
const item10k = sample.repeat(Math.ceil((10 * 1024) / sample.length));
const env = await launch();
try {
  const page = await env.context.newPage();
  await page.goto(env.base);
  await page.waitForSelector('#results[data-state="done"]');
  const results = await page.evaluate(async ({ sample, mb, item10k }) => {
    const { initSync, analyse } = await import('./pkg/minutes_analyser.js');
    const { wasmBase64 } = await import('./pkg/wasm-bytes.js');
    const bin = atob(wasmBase64);
    const bytes = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
    initSync({ module: bytes });
    const median = (text, runs) => {
      analyse(text); // warm-up: compiles the patterns once
      const times = [];
      for (let i = 0; i < runs; i++) {
        const t = performance.now();
        analyse(text);
        times.push(performance.now() - t);
      }
      times.sort((a, b) => a - b);
      return times[Math.floor(times.length / 2)];
    };
    return { sampleBytes: sample.length, sampleMs: median(sample, 50), itemMs: median(item10k, 30), mbBytes: mb.length, mbMs: median(mb, 7) };
  }, { sample, mb, item10k });
  console.log(`sample (${(results.sampleBytes / 1024).toFixed(1)} KB): median ${results.sampleMs.toFixed(2)} ms`);
  console.log(`10 KB item: median ${results.itemMs.toFixed(2)} ms`);
  console.log(`1 MB document: median ${results.mbMs.toFixed(1)} ms (${((results.mbBytes / 1048576) / (results.mbMs / 1000)).toFixed(1)} MB/s)`);
} finally {
  await env.close();
}
