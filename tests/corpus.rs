//! Runs every dev-corpus file (and the project's own sample) through `analyse`
//! and checks the report's invariants.

use minutes_analyser::{analyse, Report};
use std::path::Path;

/// Spans lie inside the text on char boundaries, value spans inside their
/// evidence, and no finding is reported twice.
fn check_invariants(name: &str, text: &str, r: &Report) {
    let mut r = r.clone();
    for s in r.spans_mut() {
        assert!(
            s.start <= s.end && s.end <= text.len(),
            "{name}: span {s:?} outside the text"
        );
        assert!(
            text.is_char_boundary(s.start) && text.is_char_boundary(s.end),
            "{name}: span {s:?} not on char boundaries"
        );
    }
    for i in &r.indicators {
        assert!(
            i.span.start <= i.value_span.start && i.value_span.end <= i.span.end,
            "{name}: value span outside its evidence"
        );
        assert!(i.value.is_finite(), "{name}: non-finite value");
        assert!(
            !text[i.value_span.start..i.value_span.end].trim().is_empty(),
            "{name}: empty value span"
        );
    }
    let mut seen = std::collections::HashSet::new();
    for i in &r.indicators {
        assert!(
            seen.insert((i.value_span.start, i.value_span.end)),
            "{name}: duplicate indicator at {:?}",
            i.value_span
        );
    }
    let mut seen = std::collections::HashSet::new();
    for a in &r.actions {
        assert!(
            seen.insert((a.span.start, a.span.end)),
            "{name}: duplicate action"
        );
    }
    let mut seen = std::collections::HashSet::new();
    for c in &r.concerns {
        assert!(
            seen.insert((c.span.start, c.span.end)),
            "{name}: duplicate concern"
        );
    }
}

#[test]
fn dev_corpus_reports_keep_their_invariants() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/dev");
    let Ok(entries) = std::fs::read_dir(&dir) else {
        eprintln!(
            "skipped: {} is absent (put ../shared beside the project)",
            dir.display()
        );
        return;
    };
    let mut n = 0;
    for e in entries.flatten() {
        let path = e.path();
        if path.extension().is_some_and(|x| x == "txt") {
            let text = std::fs::read_to_string(&path).unwrap();
            let report = analyse(&text);
            assert!(
                !report.indicators.is_empty(),
                "{}: no indicators",
                path.display()
            );
            check_invariants(&path.display().to_string(), &text, &report);
            n += 1;
        }
    }
    assert!(n > 0, "no .txt files in {}", dir.display());
}

/// The minutes written for the project in other styles and services
/// (`tests/minutes/`): every one gives findings of each kind and keeps the invariants.
#[test]
fn written_minutes_keep_their_invariants() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/minutes");
    let mut n = 0;
    for e in std::fs::read_dir(&dir).unwrap().flatten() {
        let path = e.path();
        let text = std::fs::read_to_string(&path).unwrap();
        let report = analyse(&text);
        let name = path.display().to_string();
        check_invariants(&name, &text, &report);
        assert!(!report.indicators.is_empty(), "{name}: no indicators");
        assert!(!report.actions.is_empty(), "{name}: no actions");
        n += 1;
    }
    assert!(n >= 10, "only {n} files in {}", dir.display());
}

#[test]
fn the_sample_shows_every_kind_of_finding() {
    let text = include_str!("../www/sample.txt");
    let r = analyse(text);
    check_invariants("sample", text, &r);
    assert!(r.indicators.len() >= 8);
    assert!(r
        .actions
        .iter()
        .any(|a| a.owner.as_deref() == Some("Mr Tom Hughes")));
    assert!(r
        .concerns
        .iter()
        .any(|c| c.severity == minutes_analyser::report::Severity::High));
    let hra = r.indicators.iter().find(|i| i.value == 84.0).unwrap();
    assert_eq!(hra.previous.as_ref().map(|p| p.value), Some(92.0));
}

#[test]
fn messy_input_keeps_offsets_into_the_original() {
    let text = "Minutes:\r\n\u{b7}\u{a0}\u{a0}Dental checks:\u{a0}Ninety five per cent of children\u{2019}s checks were up to date.\r\n";
    let r = analyse(text);
    check_invariants("messy", text, &r);
    let i = &r.indicators[0];
    assert_eq!(i.value, 95.0);
    assert_eq!(
        &text[i.value_span.start..i.value_span.end],
        "Ninety five per cent"
    );
    assert_eq!(i.category, "dental_checks");
}
