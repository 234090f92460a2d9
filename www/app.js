// The page: input, the analysis worker, and the rendering of its report.
// Pasted text is only ever placed with textContent / text nodes, never as HTML.
import { SAMPLE, SAMPLE_NAME } from './pkg/sample.js';
import { toCsv, toMarkdown, download, formatValue } from './export.js';

/** Largest text the page accepts: beyond this a browser tab may run out of memory. */
export const MAX_BYTES = 50 * 1024 * 1024;
const STORE_KEY = 'minutes-analyser:text';
const $ = (id) => document.getElementById(id);
const input = $('minutes-input');
const status = $('status');
const results = $('results');

const docs = [];
let active = -1;
let requestId = 0;
let debounce = null;
let sortKey = null;
let sortDir = 1;

const worker = new Worker(new URL('./worker.js', import.meta.url), { type: 'module' });
let workerReady = false;
const pending = new Map();

const fileRequests = new Map();

worker.onmessage = ({ data }) => {
  if (fileRequests.has(data.id)) {
    const { resolve, reject } = fileRequests.get(data.id);
    fileRequests.delete(data.id);
    if (data.type === 'document') resolve(data);
    else reject(new Error(data.message));
    return;
  }
  if (data.type === 'ready') {
    workerReady = true;
    $('version').textContent = `Analyser v${data.version}.`;
    if (active >= 0) analyseNow();
    else setStatus('Ready. Paste minutes or load the sample.');
    return;
  }
  const doc = pending.get(data.id);
  pending.delete(data.id);
  if (data.type === 'error') {
    setStatus(`Could not analyse: ${data.message}`, true);
    results.dataset.state = 'error';
    return;
  }
  if (!doc || data.id !== doc.requestId) return; // an older run; a newer one is on its way
  doc.report = JSON.parse(data.json);
  if (docs[active] === doc) render(doc, data.ms);
};
worker.onerror = (e) => setStatus(`The analyser failed to start: ${e.message}`, true);

function setStatus(message, isError = false) {
  status.textContent = message;
  status.classList.toggle('error', isError);
}

function sizeLabel(n) {
  return n > 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(n / 1024))} KB`;
}

// ---- documents and tabs -------------------------------------------------------

function addDoc(name, text, source = '') {
  docs.push({ name, text, source, report: null, requestId: 0 });
  selectDoc(docs.length - 1);
}

function selectDoc(i) {
  active = i;
  input.value = docs[i].text;
  renderTabs();
  if (docs[i].report) render(docs[i], null);
  else analyseNow();
}

function renderTabs() {
  const tabs = $('doc-tabs');
  tabs.replaceChildren();
  tabs.hidden = docs.length < 2;
  docs.forEach((d, i) => {
    const b = document.createElement('button');
    b.type = 'button';
    b.setAttribute('role', 'tab');
    b.setAttribute('aria-selected', String(i === active));
    b.tabIndex = i === active ? 0 : -1;
    b.textContent = d.name;
    b.addEventListener('click', () => selectDoc(i));
    b.addEventListener('keydown', (e) => {
      const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
      if (step) {
        selectDoc((i + step + docs.length) % docs.length);
        tabs.children[active]?.focus();
      }
    });
    tabs.append(b);
  });
}

// ---- analysis -------------------------------------------------------------------

function analyseNow() {
  clearTimeout(debounce);
  if (active < 0) return;
  const doc = docs[active];
  doc.text = input.value;
  remember();
  // UTF-16 length is within a factor of three of the UTF-8 size and costs nothing to read.
  const bytes = doc.text.length;
  if (bytes > MAX_BYTES) {
    setStatus(`This text is ${sizeLabel(bytes)}; the page analyses up to ${sizeLabel(MAX_BYTES)} so the tab does not run out of memory. Split the file, or use the command-line tool.`, true);
    return;
  }
  if (!workerReady) return;
  doc.requestId = ++requestId;
  pending.set(doc.requestId, doc);
  results.dataset.state = 'working';
  results.setAttribute('aria-busy', 'true');
  setStatus(`Analysing ${sizeLabel(bytes)}…`);
  worker.postMessage({ id: doc.requestId, text: doc.text });
}

function scheduleAnalysis() {
  clearTimeout(debounce);
  debounce = setTimeout(analyseNow, 350);
}

// ---- rendering ------------------------------------------------------------------

function el(tag, props = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (k === 'class') e.className = v;
    else if (k === 'data') Object.assign(e.dataset, v);
    else if (k.startsWith('aria-') || k === 'role' || k === 'tabindex') e.setAttribute(k, v);
    else e[k] = v;
  }
  for (const c of children) if (c != null) e.append(c);
  return e;
}

const ARROWS = { up: '↑', down: '↓', flat: '→' };
/** Rows shown per panel: beyond this the page would spend seconds building them. */
const MAX_ROWS = 500;
const moreNote = (shown, total) => `Showing the first ${shown} of ${total}; export CSV or JSON for all of them.`;

function findingAttrs(kind, span) {
  return { data: { kind, start: String(span.start), end: String(span.end) }, tabindex: '0' };
}

function render(doc, ms) {
  const r = doc.report;
  renderMeeting(r.meeting);
  renderIndicators(r.indicators);
  renderActions(r.actions);
  renderConcerns(r.concerns);
  renderSource(doc.text, r);
  $('ind-count').textContent = r.indicators.length;
  $('act-count').textContent = r.actions.length;
  $('con-count').textContent = r.concerns.length;
  results.removeAttribute('aria-busy');
  results.dataset.state = 'done';
  const took = ms == null ? '' : ` in ${ms < 1 ? ms.toFixed(2) : Math.round(ms)} ms`;
  setStatus(`${doc.source ?? ''}Found ${r.indicators.length} indicators, ${r.actions.length} actions and decisions, ${r.concerns.length} concerns${took}.`);
}

function renderMeeting(m) {
  const box = $('meeting');
  box.replaceChildren();
  const facts = [];
  if (m.body) facts.push(['Body', m.body]);
  if (m.period) facts.push(['Period', m.period]);
  const titles = m.items.map((i) => i.title).filter(Boolean);
  if (titles.length) facts.push([titles.length > 1 ? 'Items' : 'Item', titles.join('; ')]);
  if (m.people.length) facts.push(['People', m.people.map((p) => `${p.name} (${p.role})`).join('; ')]);
  if (!facts.length) return;
  const dl = el('dl');
  for (const [k, v] of facts) dl.append(el('dt', { textContent: k }), el('dd', { textContent: v }));
  box.append(dl);
}

function renderIndicators(list) {
  const rows = list.map((i, n) => ({ i, n }));
  if (sortKey) {
    rows.sort((a, b) => {
      const x = a.i[sortKey] ?? '';
      const y = b.i[sortKey] ?? '';
      return (typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y))) * sortDir;
    });
  }
  const body = $('indicators').tBodies[0];
  body.replaceChildren();
  for (const { i } of rows.slice(0, MAX_ROWS)) {
    const change = i.previous
      ? `${formatValue(i.previous.value, i.unit)}${i.previous.period ? ` (${i.previous.period})` : ''} ${ARROWS[i.direction] ?? '→'} ${formatValue(i.value, i.unit)}`
      : i.direction ? `${ARROWS[i.direction]} ${i.direction}` : '';
    const marker = i.assessment === 'better' ? el('span', { class: 'better', textContent: ' ▲ better', title: 'better, by this measure\'s polarity' })
      : i.assessment === 'worse' ? el('span', { class: 'worse', textContent: ' ▼ worse', title: 'worse, by this measure\'s polarity' }) : null;
    const bench = i.comparisons.map((c) => `${c.kind.replace(/_/g, ' ')} ${formatValue(c.value, i.unit)}`).join('; ');
    const role = i.role !== 'actual' ? el('span', { class: 'role', textContent: ` ${i.role}` }) : null;
    const tr = el('tr', findingAttrs('indicator', i.span),
      el('td', {}, i.metric),
      el('td', { class: 'num' }, formatValue(i.value, i.unit), role),
      el('td', {}, i.period ?? ''),
      el('td', {}, change, marker),
      el('td', {}, bench),
      el('td', {}, i.category.replace(/_/g, ' ')));
    body.append(tr);
  }
  if (!list.length) body.append(el('tr', {}, el('td', { colSpan: 6, class: 'empty', textContent: 'No figures found.' })));
  if (list.length > MAX_ROWS) body.append(el('tr', {}, el('td', { colSpan: 6, class: 'empty', textContent: moreNote(MAX_ROWS, list.length) })));
}

function renderActions(list) {
  const ul = $('actions');
  ul.replaceChildren();
  for (const a of list.slice(0, MAX_ROWS)) {
    const meta = el('p', { class: 'meta' },
      el('span', { class: `badge ${a.kind}`, textContent: a.kind }),
      a.owner ? ` Owner: ${a.owner}.` : '',
      a.due ? ` Due: ${a.due}.` : '');
    ul.append(el('li', findingAttrs('action', a.span), meta, el('p', { textContent: a.text })));
  }
  if (!list.length) ul.append(el('li', { class: 'empty', textContent: 'No actions or decisions found.' }));
  if (list.length > MAX_ROWS) ul.append(el('li', { class: 'empty', textContent: moreNote(MAX_ROWS, list.length) }));
}

function renderConcerns(list) {
  const ul = $('concerns');
  ul.replaceChildren();
  for (const c of list.slice(0, MAX_ROWS)) {
    const meta = el('p', { class: 'meta' },
      el('span', { class: `badge sev-${c.severity}`, textContent: c.severity }),
      ` ${c.topic.replace(/_/g, ' ')}`);
    ul.append(el('li', findingAttrs('concern', c.span), meta, el('p', { textContent: c.text })));
  }
  if (!list.length) ul.append(el('li', { class: 'empty', textContent: 'No concerns found.' }));
  if (list.length > MAX_ROWS) ul.append(el('li', { class: 'empty', textContent: moreNote(MAX_ROWS, list.length) }));
}

/**
 * Characters per block of the source view. A block off screen is not laid out
 * (`content-visibility: auto` in style.css): the 5 MB text took the browser some 1.4 s
 * to lay out at once after its findings came, freezing the page.
 */
const SOURCE_BLOCK = 16384;
/** The line height of the source view in pixels (style.css: 13px/1.5), for a block's estimated height. */
const SOURCE_LINE = 19.5;

/** Where the source view's blocks end: after a line break at least SOURCE_BLOCK characters on. */
function blockEnds(text) {
  const ends = [];
  for (let at = SOURCE_BLOCK; at < text.length;) {
    const nl = text.indexOf('\n', at);
    if (nl < 0) break;
    ends.push(nl + 1);
    at = nl + 1 + SOURCE_BLOCK;
  }
  ends.push(text.length);
  return ends;
}

/** A block of the source view holding text[from, to), with the height its lines would take until it is laid out. */
function sourceBlock(text, from, to) {
  let lines = 1;
  for (let i = text.indexOf('\n', from); i >= 0 && i < to - 1; i = text.indexOf('\n', i + 1)) lines++;
  const block = el('span', { class: 'block', data: { start: String(from), end: String(to) } }, text.slice(from, to));
  block.style.containIntrinsicSize = `auto ${Math.ceil(lines * SOURCE_LINE)}px`;
  return block;
}

/**
 * The marks of each block not yet shown: [text, start, end, classes] pieces. A long
 * text's blocks hold plain text until they come near the view (or a finding in them is
 * selected, or the page is printed): the 5 MB text's tens of thousands of marks took
 * a third of a second to make.
 */
let unmarked = new Map();
let blockWatch = null;

/** Puts a block's marks in, if it has them still to come. */
function markBlock(block) {
  const pieces = unmarked.get(block);
  if (!pieces) return;
  unmarked.delete(block);
  blockWatch?.unobserve(block);
  const frag = document.createDocumentFragment();
  for (const [piece, a, b, classes] of pieces) {
    if (!classes) { frag.append(piece); continue; }
    // Made directly, not with el(): a long text has tens of thousands of these.
    const mark = document.createElement('mark');
    mark.className = classes;
    mark.dataset.start = a;
    mark.dataset.end = b;
    mark.textContent = piece;
    frag.append(mark);
  }
  block.replaceChildren(frag);
}

window.addEventListener('beforeprint', () => [...unmarked.keys()].forEach(markBlock));

/** The source text cut at every finding boundary, each piece marked with the kinds covering it. */
function renderSource(text, r) {
  const spans = [
    ...r.indicators.map((i) => ['indicator', i.span]),
    ...r.actions.map((a) => ['action', a.span]),
    ...r.concerns.map((c) => ['concern', c.span]),
  ];
  const ends = blockEnds(text);
  const cuts = new Set([0, ...ends]);
  for (const [, s] of spans) { cuts.add(s.start); cuts.add(s.end); }
  const points = [...cuts].sort((a, b) => a - b);
  const starts = new Map();
  for (const [kind, s] of spans) {
    if (!starts.has(s.start)) starts.set(s.start, []);
    starts.get(s.start).push([kind, s.end]);
  }
  blockWatch?.disconnect();
  unmarked = new Map();
  const open = [];
  const blocks = [];
  let pieces = [];
  for (let p = 0; p < points.length - 1; p++) {
    const a = points[p];
    const b = points[p + 1];
    for (const x of starts.get(a) ?? []) open.push(x);
    for (let k = open.length - 1; k >= 0; k--) if (open[k][1] <= a) open.splice(k, 1);
    // A finding across a block's end is marked in each block.
    const classes = open.length ? [...new Set(open.map((o) => `k-${o[0]}`))].join(' ') : '';
    pieces.push([text.slice(a, b), a, b, classes]);
    if (b === ends[blocks.length]) {
      const block = sourceBlock(text, pieces[0][1], b);
      if (pieces.some((x) => x[3])) unmarked.set(block, pieces);
      blocks.push(block);
      pieces = [];
    }
  }
  const source = $('source');
  source.replaceChildren(...blocks);
  if (blocks.length < 2) {
    blocks.forEach(markBlock);
    return;
  }
  blockWatch = new IntersectionObserver((seen) => {
    for (const e of seen) if (e.isIntersecting) markBlock(e.target);
  }, { root: source, rootMargin: '100% 0px' });
  for (const block of unmarked.keys()) blockWatch.observe(block);
}

function showEvidence(row) {
  const start = Number(row.dataset.start);
  const end = Number(row.dataset.end);
  document.querySelectorAll('[aria-current="true"]').forEach((e) => e.removeAttribute('aria-current'));
  row.setAttribute('aria-current', 'true');
  const source = $('source');
  source.querySelectorAll('mark.active').forEach((m) => m.classList.remove('active'));
  for (const block of source.children) {
    if (Number(block.dataset.start) < end && start < Number(block.dataset.end)) markBlock(block);
  }
  let first = null;
  for (const m of source.querySelectorAll('mark')) {
    const a = Number(m.dataset.start);
    const b = Number(m.dataset.end);
    if (a < end && start < b) {
      m.classList.add('active');
      first ??= m;
    }
  }
  if (!first) return;
  if (source.children.length < 2) {
    first.scrollIntoView({ block: 'center', behavior: 'smooth' });
    return;
  }
  // A long text's blocks are laid out as they come into view, and their heights then
  // differ from the estimates the scroll went by: settle on the mark again for a few
  // frames, as the blocks around it are laid out.
  let frames = 4;
  const settle = () => {
    first.scrollIntoView({ block: 'center', behavior: 'instant' });
    if (--frames > 0) requestAnimationFrame(settle);
  };
  settle();
}

// ---- input, files, storage, exports ---------------------------------------------

function remember() {
  if ($('remember').checked && active >= 0) {
    try { localStorage.setItem(STORE_KEY, docs[active].text); } catch { setStatus('Could not store the text on this device (storage full?).', true); }
  }
}

/** Reads .txt/.html/.docx in the analyser's worker (Rust), returning { text, format, encoding }. */
function readInWorker(bytes, name) {
  return new Promise((resolve, reject) => {
    const id = ++requestId;
    fileRequests.set(id, { resolve, reject });
    worker.postMessage({ id, bytes, name }, [bytes.buffer]);
  });
}

/** Reads a PDF's text layer with pdf.js, in reading order, with hyphenated line ends joined. */
async function readPdf(bytes, name) {
  const pdfjs = await import('./vendor/pdf.min.mjs');
  pdfjs.GlobalWorkerOptions.workerSrc = new URL('./vendor/pdf.worker.min.mjs', import.meta.url).href;
  let pdf;
  try {
    pdf = await pdfjs.getDocument({ data: bytes, isEvalSupported: false, disableFontFace: true }).promise;
  } catch (e) {
    if (e?.name === 'PasswordException') throw new Error('this PDF is password-protected; save a copy without a password and try again');
    throw new Error(`this PDF could not be read (${e?.message ?? e})`);
  }
  const pages = [];
  for (let p = 1; p <= pdf.numPages; p++) {
    setStatus(`${name}: reading page ${p} of ${pdf.numPages}…`);
    const content = await (await pdf.getPage(p)).getTextContent();
    let text = '';
    let lastY = null;
    for (const item of content.items) {
      if (typeof item.str !== 'string') continue;
      const y = item.transform[5];
      if (lastY !== null && Math.abs(y - lastY) > 2 && !text.endsWith('\n')) text += '\n';
      text += item.str;
      if (item.hasEOL) text += '\n';
      lastY = y;
    }
    pages.push(text);
  }
  await pdf.destroy();
  const text = pages.join('\n\n').replace(/(\p{L})-\n(?=\p{Ll})/gu, '$1');
  if (text.replace(/\s/g, '').length < 20) {
    throw new Error('this PDF has no text; it looks scanned (pictures of pages). Run it through OCR first.');
  }
  return { text, format: 'PDF', encoding: 'text layer' };
}

async function openFiles(files) {
  const list = [...files];
  for (const f of list) {
    if (f.size > MAX_BYTES) {
      setStatus(`${f.name} is ${sizeLabel(f.size)}; the page reads files up to ${sizeLabel(MAX_BYTES)} so the tab does not run out of memory.`, true);
      continue;
    }
    setStatus(`Reading ${f.name}…`);
    try {
      const bytes = new Uint8Array(await f.arrayBuffer());
      const doc = /\.pdf$/i.test(f.name) || (bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46)
        ? await readPdf(bytes, f.name)
        : await readInWorker(bytes, f.name);
      if (active >= 0 && docs.length === 1 && !docs[0].text.trim()) docs.pop();
      const plain = doc.format === 'text' && doc.encoding === 'UTF-8';
      addDoc(f.name, doc.text, plain ? '' : `Read ${f.name} as ${doc.format} (${doc.encoding}). `);
    } catch (e) {
      setStatus(`${f.name}: ${e.message}`, true);
    }
  }
}

function exportAs(kind) {
  const doc = docs[active];
  if (!doc?.report) { setStatus('Nothing to export yet.', true); return; }
  const base = doc.name.replace(/\.[^.]+$/, '') || 'minutes';
  if (kind === 'json') download(`${base}.report.json`, 'application/json', JSON.stringify(doc.report, null, 2));
  else if (kind === 'md') download(`${base}.summary.md`, 'text/markdown', toMarkdown(doc.report, doc.name));
  else if (kind === 'copy') {
    navigator.clipboard.writeText(toMarkdown(doc.report, doc.name))
      .then(() => setStatus('Summary copied to the clipboard.'), () => setStatus('The browser did not allow copying.', true));
  } else {
    const which = kind === 'csv' ? 'all' : kind.slice(4);
    download(`${base}.${which}.csv`, 'text/csv', toCsv(doc.report, doc.text, which));
  }
}

input.addEventListener('input', () => {
  if (active < 0) addDoc('pasted text', '');
  scheduleAnalysis();
});
$('analyse-btn').addEventListener('click', analyseNow);
$('sample-btn').addEventListener('click', () => {
  const i = docs.findIndex((d) => d.name === SAMPLE_NAME);
  if (i >= 0) { docs[i].text = SAMPLE; docs[i].report = null; selectDoc(i); } else addDoc(SAMPLE_NAME, SAMPLE);
});
$('clear-btn').addEventListener('click', () => {
  docs.length = 0;
  active = -1;
  input.value = '';
  renderTabs();
  localStorage.removeItem(STORE_KEY);
  $('remember').checked = false;
  results.dataset.state = 'idle';
  setStatus('Cleared.');
  input.focus();
});
$('file-input').addEventListener('change', (e) => openFiles(e.target.files));
$('remember').addEventListener('change', (e) => {
  if (e.target.checked) remember();
  else localStorage.removeItem(STORE_KEY);
});
const drop = $('drop-zone');
drop.addEventListener('dragover', (e) => { e.preventDefault(); drop.classList.add('over'); });
drop.addEventListener('dragleave', () => drop.classList.remove('over'));
drop.addEventListener('drop', (e) => {
  e.preventDefault();
  drop.classList.remove('over');
  openFiles(e.dataTransfer.files);
});
document.querySelector('.exports').addEventListener('click', (e) => {
  const b = e.target.closest('button[data-export]');
  if (b) exportAs(b.dataset.export);
});
for (const list of [$('indicators'), $('actions'), $('concerns')]) {
  list.addEventListener('click', (e) => {
    const row = e.target.closest('[data-kind]');
    if (row) showEvidence(row);
  });
  list.addEventListener('keydown', (e) => {
    const row = e.target.closest('[data-kind]');
    if (!row) return;
    if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); showEvidence(row); }
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const sib = e.key === 'ArrowDown' ? row.nextElementSibling : row.previousElementSibling;
      sib?.focus();
    }
  });
}
document.querySelectorAll('th button[data-sort]').forEach((b) => b.addEventListener('click', () => {
  const key = b.dataset.sort;
  sortDir = sortKey === key ? -sortDir : 1;
  sortKey = key;
  document.querySelectorAll('th').forEach((th) => th.removeAttribute('aria-sort'));
  b.parentElement.setAttribute('aria-sort', sortDir > 0 ? 'ascending' : 'descending');
  const doc = docs[active];
  if (doc?.report) renderIndicators(doc.report.indicators);
}));

// First visit: the remembered text if the user asked for it, else the sample.
const stored = localStorage.getItem(STORE_KEY);
if (stored != null) {
  $('remember').checked = true;
  addDoc('remembered text', stored);
} else {
  addDoc(SAMPLE_NAME, SAMPLE);
}
