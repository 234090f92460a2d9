//! Any UTF-8 text: `analyse` must return, with sound spans, deterministically.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let mut report = minutes_analyser::analyse(text);
    for i in &report.indicators {
        assert!(i.span.start <= i.value_span.start && i.value_span.end <= i.span.end);
    }
    for s in report.spans_mut() {
        assert!(s.start <= s.end && s.end <= text.len());
        assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
    }
    report.to_utf16(text);
});
