#!/usr/bin/env node
// Browser benchmark: median milliseconds for the wasm build to analyse the sample,
// a 10 KB item and a 1 MB document in Debian's Chromium, and the same texts through
// what a developer might otherwise pick for figures in the browser: the
// `compromise` npm library's numbers and percentages. Run after the wasm build.
import { readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch } from '../tests/browser/harness.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const sample = readFileSync(join(root, 'www', 'sample.txt'), 'utf8');
const texts = {
  'sample (2.1 KB)': sample,
  '10 KB item': sample.repeat(Math.ceil((10 * 1024) / sample.length)),
  '1 MB document': sample.repeat(Math.ceil((1024 * 1024) / sample.length)),
};
const env = await launch();
try {
  const page = await env.context.newPage();
  // A plain-text page has no CSP, so the benchmark may add compromise beside the wasm.
  await page.goto(`${env.base}sample.txt`);
  await page.addScriptTag({ path: join(root, 'node_modules', 'compromise', 'builds', 'compromise.js') });
  const results = await page.evaluate(async ({ base, texts }) => {
    const { initSync, analyse } = await import(`${base}pkg/minutes_analyser.js`);
    const { wasmBase64 } = await import(`${base}pkg/wasm-bytes.js`);
    const bin = atob(wasmBase64);
    const bytes = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
    initSync({ module: bytes });
    const nlp = window.nlp;
    const figuresByCompromise = (t) => {
      const doc = nlp(t);
      return doc.numbers().json().length + doc.percentages().json().length;
    };
    const median = (fn, text, runs) => {
      // Warm up for half a second: V8 first runs wasm as quickly compiled baseline
      // code and swaps in optimised code once it is hot, so the first calls measure
      // the compiler, not the analyser.
      const warmUntil = performance.now() + 500;
      do fn(text); while (performance.now() < warmUntil);
      const times = [];
      for (let i = 0; i < runs; i++) {
        const t = performance.now();
        fn(text);
        times.push(performance.now() - t);
      }
      times.sort((a, b) => a - b);
      return times[Math.floor(times.length / 2)];
    };
    const out = [];
    for (const [name, text] of Object.entries(texts)) {
      const runs = text.length > 100000 ? 5 : 100;
      out.push({
        name,
        ours: median(analyse, text, runs),
        compromise: median(figuresByCompromise, text, text.length > 100000 ? 3 : runs),
        ourFigures: analyse(text).indicators.length,
        theirFigures: figuresByCompromise(text),
      });
    }
    return out;
  }, { base: env.base, texts });
  console.log('| input | minutes-analyser (full analysis) | compromise (numbers + percentages only) | ratio |');
  console.log('|---|---|---|---|');
  for (const r of results) {
    console.log(`| ${r.name} | ${r.ours.toFixed(2)} ms (${r.ourFigures} indicators) | ${r.compromise.toFixed(2)} ms (${r.theirFigures} numbers) | ${(r.compromise / r.ours).toFixed(1)}x |`);
  }
} finally {
  await env.close();
}
