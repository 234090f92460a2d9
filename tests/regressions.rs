//! Inputs that once crashed the analyser (found by hand or by `cargo fuzz`),
//! kept so they never do again. Drop a file in `tests/regressions/` to add one.

use std::path::Path;

#[test]
fn past_crash_inputs_are_analysed_soundly() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/regressions");
    let mut n = 0;
    for entry in std::fs::read_dir(&dir)
        .expect("tests/regressions exists")
        .flatten()
    {
        let bytes = std::fs::read(entry.path()).unwrap();
        let name = entry.file_name().to_string_lossy().to_string();
        let Ok(doc) = minutes_analyser::formats::read(&bytes, &name) else {
            continue;
        };
        let text = doc.text.as_str();
        let mut report = minutes_analyser::analyse(text);
        for s in report.spans_mut() {
            assert!(
                s.end <= text.len()
                    && text.is_char_boundary(s.start)
                    && text.is_char_boundary(s.end)
            );
        }
        n += 1;
    }
    assert!(n > 0);
}
