//! Any bytes, as the CLI reads a file: decoding either fails cleanly or the text
//! is analysed.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    if let Ok(text) = minutes_analyser::input::decode(bytes) {
        assert_eq!(text.as_bytes(), bytes, "decoding never alters the text");
        let report = minutes_analyser::analyse(text);
        let _ = minutes_analyser::render::csv(&report, None);
        let _ = minutes_analyser::render::markdown(&report, None);
    }
});
