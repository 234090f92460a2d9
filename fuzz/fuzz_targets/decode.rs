//! Any bytes, as the CLI reads a file: reading either fails with a message or the
//! text is analysed.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    if let Ok(doc) = minutes_analyser::formats::read(bytes, "file.txt") {
        if doc.format == minutes_analyser::formats::Format::Text && doc.encoding == "UTF-8" {
            assert_eq!(doc.text.as_bytes(), bytes, "UTF-8 text is never altered");
        }
        let report = minutes_analyser::analyse(&doc.text);
        let _ = minutes_analyser::render::csv(&report, None);
        let _ = minutes_analyser::render::markdown(&report, None);
    }
});
