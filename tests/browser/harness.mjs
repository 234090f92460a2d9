// Shared set-up for the browser tests: the static server and Debian's Chromium
// driven by playwright-core (never a downloaded browser).
import { chromium } from 'playwright-core';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from '../../scripts/serve.mjs';

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** Starts the server on a free port and a fresh Chromium profile. */
export async function launch() {
  const server = await startServer(0);
  const base = `http://127.0.0.1:${server.address().port}/`;
  const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'minutes-chromium-')), {
    executablePath: CHROMIUM,
    headless: true,
    args: FLAGS,
    acceptDownloads: true,
    viewport: { width: 1400, height: 1000 },
  });
  return {
    base,
    context,
    async close() {
      await context.close();
      await new Promise((r) => server.close(r));
    },
  };
}

/** Opens the page and waits until the first analysis has rendered. */
export async function openPage(env) {
  const page = await env.context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(env.base);
  await page.waitForSelector('#results[data-state="done"]', { timeout: 60_000 });
  return { page, errors };
}

/** Replaces the text and waits for the new analysis to render. */
export async function analyseText(page, text) {
  await page.evaluate(() => { document.getElementById('results').dataset.state = 'stale'; });
  await page.fill('#minutes-input', text);
  await page.click('#analyse-btn');
  await page.waitForSelector('#results[data-state="done"]', { timeout: 60_000 });
}
