//! The JavaScript face of the analyser: a thin `wasm-bindgen` layer, no logic.
//!
//! Spans in the returned report are **UTF-16 code-unit offsets** (what
//! `String.prototype.slice` takes), not the UTF-8 byte offsets of the Rust API.

use wasm_bindgen::prelude::*;

/// Analyses minutes and returns the report as a plain JS object (spans in UTF-16 units).
#[wasm_bindgen]
pub fn analyse(text: &str) -> Result<JsValue, JsValue> {
    let mut report = crate::analyse(text);
    report.to_utf16(text);
    let serializer = serde_wasm_bindgen::Serializer::json_compatible();
    serde::Serialize::serialize(&report, &serializer).map_err(|e| JsValue::from_str(&e.to_string()))
}

/// The analyser's version.
#[wasm_bindgen]
pub fn version() -> String {
    crate::VERSION.to_string()
}

/// What `readDocument` returns. A struct rather than `serde_json::json!`, which would
/// bring serde_json's value and number code into the wasm for three strings.
#[derive(serde::Serialize)]
struct ReadDocument<'a> {
    text: &'a str,
    format: &'static str,
    encoding: &'static str,
}

/// Reads a dropped file (.txt in any common encoding, .html, .docx) into text.
/// Returns `{ text, format, encoding }`, or throws a message for the person who dropped it.
#[wasm_bindgen(js_name = readDocument)]
pub fn read_document(bytes: &[u8], name: &str) -> Result<JsValue, JsValue> {
    let doc = crate::formats::read(bytes, name).map_err(|e| JsValue::from_str(&e.to_string()))?;
    let out = ReadDocument {
        text: &doc.text,
        format: doc.format.as_str(),
        encoding: doc.encoding,
    };
    let serializer = serde_wasm_bindgen::Serializer::json_compatible();
    serde::Serialize::serialize(&out, &serializer).map_err(|e| JsValue::from_str(&e.to_string()))
}
