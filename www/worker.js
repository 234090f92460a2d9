// Runs the analyser off the main thread so a large paste never freezes the page.
// The wasm module comes inlined (pkg/wasm-bytes.js): no request is made for it.
import { initSync, analyse, readDocument, version } from './pkg/minutes_analyser.js';
import { wasmBase64 } from './pkg/wasm-bytes.js';

function bytesOf(base64) {
  const bin = atob(base64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

let ready = false;
try {
  initSync({ module: bytesOf(wasmBase64) });
  ready = true;
  postMessage({ type: 'ready', version: version() });
} catch (e) {
  postMessage({ type: 'error', id: null, message: `could not start the analyser: ${e}` });
}

self.onmessage = (event) => {
  const { id, text, bytes, name } = event.data;
  if (!ready) {
    postMessage({ type: 'error', id, message: 'the analyser did not start' });
    return;
  }
  if (bytes) {
    try {
      postMessage({ type: 'document', id, name, ...readDocument(bytes, name) });
    } catch (e) {
      postMessage({ type: 'error', id, name, message: String(e) });
    }
    return;
  }
  const started = performance.now();
  try {
    const report = analyse(text);
    const ms = performance.now() - started;
    // Sent as JSON text: the page's thread reads one string faster than it rebuilds
    // thousands of objects from a structured clone (5 MB of minutes: 61 ms of its
    // time against 111), and this thread does the writing.
    postMessage({ type: 'result', id, json: JSON.stringify(report), ms });
  } catch (e) {
    postMessage({ type: 'error', id, message: String(e) });
  }
};
