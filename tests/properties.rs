//! Property tests: for any text, `analyse` returns, its spans are sound, and it
//! is deterministic.

use minutes_analyser::analyse;
use proptest::prelude::*;

/// Text built from the pieces minutes are made of, so the rules are exercised.
fn minutes_like() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "RESOLVED:",
        "1.",
        "·",
        "o",
        "Ø",
        "\u{a0}",
        "\r\n",
        "\n",
        " ",
        "86%",
        "86 per cent",
        "(90/108 children)",
        "from 94% (October) to 91% (December)",
        "£2.3m",
        "Ninety five",
        "not acceptable",
        "concern",
        "agreed to",
        "would be updated",
        "national average of 22%",
        "Children\u{2019}s",
        "e.g.",
        "Cllr.",
        "2,130",
        "per 10,000",
        "Q2",
        "31st January 2024",
        "-",
        "(",
        ")",
        ".",
        ",",
        "é",
        "\u{5d0}",
        "\u{301}",
        "😀",
    ]);
    prop::collection::vec(
        prop_oneof![pieces.prop_map(String::from), "\\PC{0,12}"],
        0..60,
    )
    .prop_map(|v| v.concat())
}

fn check(text: &str) {
    let mut r = analyse(text);
    for i in &r.indicators {
        assert!(i.span.start <= i.value_span.start && i.value_span.end <= i.span.end);
    }
    for s in r.spans_mut() {
        assert!(s.start <= s.end && s.end <= text.len());
        assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
    }
    assert_eq!(analyse(text), analyse(text), "analysis is deterministic");
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn any_string_is_analysed_soundly(text in "\\PC{0,300}") {
        check(&text);
    }

    #[test]
    fn minutes_like_text_is_analysed_soundly(text in minutes_like()) {
        check(&text);
    }
}
