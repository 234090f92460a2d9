// Browser tests of the page: Playwright (playwright-core) driving Debian's Chromium.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, existsSync, readdirSync, mkdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch, openPage, analyseText } from './harness.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const devDir = join(root, '..', 'shared', 'corpus', 'dev');
let env;

before(async () => { env = await launch(); });
after(async () => { await env?.close(); });

const count = (page, id) => page.textContent(`#${id}`).then(Number);

test('the sample loads on first visit with its findings in the panels', async () => {
  const { page, errors } = await openPage(env);
  assert.equal(await page.inputValue('#minutes-input'), readFileSync(join(root, 'www', 'sample.txt'), 'utf8'));
  assert.ok(await count(page, 'ind-count') >= 8);
  assert.ok(await count(page, 'act-count') >= 5);
  assert.ok(await count(page, 'con-count') >= 5);
  const table = await page.textContent('#indicators tbody');
  assert.match(table, /84%/);
  assert.match(table, /92% \(September\) ↓ 84%/);
  assert.match(await page.textContent('#actions'), /Owner: Mr Tom Hughes\. Due: by the end of January 2026\./);
  assert.match(await page.textContent('#concerns'), /high/);
  assert.match(await page.textContent('#meeting'), /Priya Desai/);
  assert.equal(await page.locator('[data-kind="indicator"]').count(), await count(page, 'ind-count'));
  assert.deepEqual(errors, []);
  mkdirSync(join(root, 'docs'), { recursive: true });
  await page.click('#indicators tbody tr:nth-child(4)');
  await page.waitForTimeout(800);
  await page.evaluate(() => window.scrollTo({ top: document.getElementById('results').offsetTop - 8, behavior: 'instant' }));
  await page.screenshot({ path: join(root, 'docs', 'screenshot.png') });
  await page.close();
});

test('a real dev-corpus file gives its figures', { skip: !existsSync(devDir) && 'needs ../shared/corpus/dev' }, async () => {
  const name = readdirSync(devDir).filter((f) => f.endsWith('.txt')).sort()[3];
  const text = readFileSync(join(devDir, name), 'utf8');
  const gold = JSON.parse(readFileSync(join(devDir, name.replace(/\.txt$/, '.gold.json')), 'utf8'));
  const { page } = await openPage(env);
  await analyseText(page, text);
  const required = gold.indicators.filter((g) => !g.optional).length;
  assert.ok(await count(page, 'ind-count') >= required, 'at least as many indicators as the gold requires');
  const table = await page.textContent('#indicators tbody');
  for (const g of gold.indicators.filter((x) => !x.optional)) {
    const shown = Number(g.value).toLocaleString('en-GB', { maximumFractionDigits: 2 });
    assert.ok(table.includes(shown), `value ${shown} is shown`);
  }
  await page.close();
});

test('selecting a row highlights its evidence in the source', async () => {
  const { page } = await openPage(env);
  const row = page.locator('#indicators tbody tr[data-kind="indicator"]').first();
  const start = Number(await row.getAttribute('data-start'));
  const end = Number(await row.getAttribute('data-end'));
  await row.focus();
  await page.keyboard.press('Enter');
  const marked = await page.locator('#source mark.active').allTextContents();
  assert.ok(marked.length > 0);
  const text = await page.inputValue('#minutes-input');
  assert.equal(marked.join(''), text.slice(start, end));
  assert.equal(await row.getAttribute('aria-current'), 'true');
  await page.locator('#concerns li[data-kind]').first().click();
  assert.ok(await page.locator('#source mark.active.k-concern').count() > 0);
  await page.close();
});

test('dropping and picking .txt files opens each as its own document', async () => {
  const { page } = await openPage(env);
  await page.evaluate(() => {
    const dt = new DataTransfer();
    dt.items.add(new File(['Agenda item\n\nHousing\n\nThere were 120 households in temporary accommodation, up from 96 in March 2025.'], 'housing.txt', { type: 'text/plain' }));
    document.getElementById('drop-zone').dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  });
  await page.waitForFunction(() => document.querySelector('#indicators tbody')?.textContent.includes('120'));
  assert.match(await page.inputValue('#minutes-input'), /households in temporary accommodation/);
  await page.setInputFiles('#file-input', { name: 'budget.txt', mimeType: 'text/plain', buffer: Buffer.from('The overspend was forecast at £2.4m. This is a significant pressure.') });
  await page.waitForFunction(() => document.querySelector('#indicators tbody')?.textContent.includes('£2,400,000'));
  assert.deepEqual(await page.locator('#doc-tabs [role="tab"]').allTextContents(), ['sample-minutes.txt', 'housing.txt', 'budget.txt']);
  await page.close();
});

test('CSV export has one row per finding', async () => {
  const { page } = await openPage(env);
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-export="csv"]')]);
  const csv = readFileSync(await download.path(), 'utf8');
  const lines = csv.trim().split('\r\n');
  const total = (await count(page, 'ind-count')) + (await count(page, 'act-count')) + (await count(page, 'con-count'));
  assert.equal(lines[0].split(',')[0], 'kind');
  // Evidence cells never hold line breaks here, so lines are rows.
  assert.equal(lines.length, total + 1);
  assert.ok(lines.some((l) => l.startsWith('indicator,') && l.includes(',84,percent,')));
  const [ind] = await Promise.all([page.waitForEvent('download'), page.click('[data-export="csv-indicators"]')]);
  assert.equal(readFileSync(await ind.path(), 'utf8').trim().split('\r\n').length, (await count(page, 'ind-count')) + 1);
  await page.close();
});

test('markup in pasted minutes is shown as text and never runs', async () => {
  const { page } = await openPage(env);
  const payload = 'The Board noted 45% <img src=x onerror="window.__pwned=1"> of reviews <script>window.__pwned=2</script> were late. <b onmouseover="window.__pwned=3">This is not acceptable</b>.';
  await analyseText(page, payload);
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.equal(await page.locator('#results img, #results script, #results b').count(), 0);
  assert.match(await page.textContent('#source'), /<img src=x onerror=/);
  await page.close();
});

test('no request leaves the page after it has loaded, and CSP blocks fetch', async () => {
  const page = await env.context.newPage();
  const requests = [];
  await page.goto(env.base);
  await page.waitForSelector('#results[data-state="done"]');
  env.context.on('request', (r) => { if (!r.url().startsWith('blob:') && !r.url().startsWith('data:')) requests.push(r.url()); });
  await analyseText(page, readFileSync(join(root, 'www', 'sample.txt'), 'utf8') + '\nThere were 7 complaints.');
  await page.click('#sample-btn');
  await page.click('#indicators tbody tr:first-child');
  const [d] = await Promise.all([page.waitForEvent('download'), page.click('[data-export="json"]')]);
  await d.path();
  const blocked = await page.evaluate(() => fetch('/index.html').then(() => 'fetched', () => 'blocked'));
  const external = await page.evaluate(() => fetch('https://example.com/').then(() => 'fetched', () => 'blocked'));
  assert.equal(blocked, 'blocked');
  assert.equal(external, 'blocked');
  assert.deepEqual(requests, []);
  await page.close();
});

test('a 5 MB paste completes while the page stays responsive', async () => {
  const { page } = await openPage(env);
  const unit = readFileSync(join(root, 'www', 'sample.txt'), 'utf8');
  const big = unit.repeat(Math.ceil((5 * 1024 * 1024) / unit.length));
  await page.evaluate((t) => {
    document.getElementById('results').dataset.state = 'stale';
    const input = document.getElementById('minutes-input');
    input.value = t;
    input.dispatchEvent(new Event('input'));
  }, big);
  // While the worker analyses, the main thread still answers promptly.
  await page.waitForFunction(() => /Analysing/.test(document.getElementById('status').textContent));
  // Measured until the findings come: a gap that ends after that holds the page's
  // drawing of them, not the analysis.
  const gaps = await page.evaluate(() => new Promise((resolve) => {
    const results = document.getElementById('results');
    const seen = [];
    let last = performance.now();
    const tick = () => {
      if (results.dataset.state !== 'working') { resolve(seen); return; }
      const now = performance.now();
      seen.push(now - last);
      last = now;
      if (seen.length < 50) setTimeout(tick, 10); else resolve(seen);
    };
    setTimeout(tick, 10);
  }));
  assert.ok(gaps.length >= 3, `only ${gaps.length} checks while analysing`);
  assert.ok(Math.max(...gaps) < 250, `main thread blocked for ${Math.max(...gaps)} ms`);
  await page.waitForSelector('#results[data-state="done"]', { timeout: 120_000 });
  assert.ok(await count(page, 'ind-count') > 1000);
  // The source view is cut into blocks the browser lays out only when shown, and
  // holds the text as pasted.
  const source = await page.evaluate(() => {
    const blocks = [...document.querySelectorAll('#source > .block')];
    return {
      blocks: blocks.length,
      lazy: getComputedStyle(blocks[0]).contentVisibility,
      same: document.getElementById('source').textContent === document.getElementById('minutes-input').value,
    };
  });
  assert.ok(source.blocks > 100, `${source.blocks} blocks`);
  assert.equal(source.lazy, 'auto');
  assert.ok(source.same, 'the source view holds the text as pasted');
  // A finding far down still brings its source into view, though the blocks on the
  // way had only estimated heights.
  await page.click('#indicators tbody tr:nth-child(450)');
  await page.waitForFunction(() => {
    const m = document.querySelector('#source mark.active')?.getBoundingClientRect();
    const v = document.getElementById('source').getBoundingClientRect();
    return m && m.top >= v.top && m.bottom <= v.bottom;
  }, null, { timeout: 5000 });
  // Blocks scrolled to get their marks as they come into view.
  await page.evaluate(() => { const s = document.getElementById('source'); s.scrollTop = s.scrollHeight / 3; });
  await page.waitForFunction(() => {
    const s = document.getElementById('source');
    const v = s.getBoundingClientRect();
    const shown = [...s.children].filter((b) => {
      const r = b.getBoundingClientRect();
      return r.bottom > v.top && r.top < v.bottom;
    });
    return shown.length > 0 && shown.every((b) => b.querySelector('mark'));
  }, null, { timeout: 5000 });
  // Long lists are cut for the page's sake, and say so.
  assert.ok(await page.locator('#indicators tbody tr[data-kind]').count() <= 500);
  assert.match(await page.textContent('#indicators tbody'), /Showing the first 500 of \d+/);
  assert.match(await page.textContent('#status'), /Found \d+ indicators/);
  await page.close();
});

const fixtures = join(root, 'tests', 'fixtures');
const dropFile = (page, name, mimeType) => page.setInputFiles('#file-input', { name, mimeType, buffer: readFileSync(join(fixtures, name)) });

test('dropped .docx, .html, .pdf and Windows-1252 files give the findings of the pasted sample', async () => {
  const { page } = await openPage(env);
  const pasted = [await count(page, 'ind-count'), await count(page, 'act-count'), await count(page, 'con-count')];
  for (const [name, mime, shown] of [
    ['sample.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', /Word \(\.docx\)/],
    ['sample.html', 'text/html', /HTML/],
    ['sample.pdf', 'application/pdf', /PDF/],
    ['sample-1252.txt', 'text/plain', /Windows-1252/],
  ]) {
    await page.evaluate(() => { document.getElementById('results').dataset.state = 'stale'; });
    await dropFile(page, name, mime);
    await page.waitForSelector('#results[data-state="done"]', { timeout: 60_000 });
    await page.waitForFunction((n) => document.querySelector('#doc-tabs [aria-selected="true"]')?.textContent === n, name);
    assert.match(await page.textContent('#status'), shown, name);
    const got = [await count(page, 'ind-count'), await count(page, 'act-count'), await count(page, 'con-count')];
    assert.deepEqual(got, pasted, name);
  }
  assert.match(await page.inputValue('#minutes-input'), /Councillor Amara Okafor/);
  assert.equal(await page.evaluate(() => window.__fromFixture), undefined, 'scripts in a dropped page never run');
  await page.close();
});

test('unreadable files get a plain message, never an empty result', async () => {
  const { page } = await openPage(env);
  for (const [name, mime, message] of [
    ['scanned.pdf', 'application/pdf', /no text; it looks scanned/],
    ['corrupt.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', /damaged/],
  ]) {
    await dropFile(page, name, mime);
    await page.waitForFunction((re) => new RegExp(re).test(document.getElementById('status').textContent), message.source, { timeout: 30_000 });
    assert.ok(await page.locator('#status.error').count() === 1, name);
  }
  await page.setInputFiles('#file-input', { name: 'minutes.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from('PK\x03\x04nonsense') });
  await page.waitForFunction(() => /minutes\.xlsx: \.xlsx files cannot be read/.test(document.getElementById('status').textContent));
  await page.close();
});
