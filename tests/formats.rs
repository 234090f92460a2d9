//! Each file format the core reads yields the same findings as the same minutes
//! pasted as text. Fixtures are made by `tests/fixtures/make_fixtures.py`.

use minutes_analyser::{analyse, formats};
use std::path::Path;

fn counts(text: &str) -> (usize, usize, usize) {
    let r = analyse(text);
    (r.indicators.len(), r.actions.len(), r.concerns.len())
}

fn fixture(name: &str) -> Vec<u8> {
    std::fs::read(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures")
            .join(name),
    )
    .unwrap()
}

#[test]
fn every_format_gives_the_findings_of_the_pasted_text() {
    let pasted = counts(include_str!("../www/sample.txt"));
    for (name, format, encoding) in [
        ("sample.docx", formats::Format::Docx, "UTF-8"),
        ("sample.html", formats::Format::Html, "UTF-8"),
        ("sample-1252.txt", formats::Format::Text, "Windows-1252"),
        ("sample-utf16.txt", formats::Format::Text, "UTF-16LE"),
    ] {
        let doc = formats::read(&fixture(name), name).unwrap();
        assert_eq!((doc.format, doc.encoding), (format, encoding), "{name}");
        assert_eq!(counts(&doc.text), pasted, "{name}");
    }
}

#[test]
fn broken_files_get_a_plain_message() {
    let e = formats::read(&fixture("corrupt.docx"), "corrupt.docx").unwrap_err();
    assert!(e.to_string().contains("damaged"), "{e}");
    let e = formats::read(&fixture("scanned.pdf"), "scanned.pdf").unwrap_err();
    assert!(e.to_string().contains("PDF"), "{e}");
}
