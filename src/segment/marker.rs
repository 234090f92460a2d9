//! Reads the bullet or number that opens a line of a list.
//!
//! Every line of the text is asked whether it opens with a marker, before anything
//! else can run side by side, so this is written out rather than run as a pattern
//! with named groups: the grammar is small and fixed, and a pattern with captures
//! cost some thousand instructions a line. The tests check it against that pattern.

/// The kind of a list marker, used to work out nesting.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MarkerKind {
    /// A bullet sign ("•", "-", "Ø", and "o" used as one).
    Symbol(char),
    /// "1." or "(2)".
    Number,
    /// "1.2" or "3.1.4.".
    DottedNumber,
    /// "(a)" or "b.".
    Letter,
    /// "(iv)" or "ii.".
    Roman,
}

/// A marker at the start of a line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ListMarker {
    /// Where the marker and the white space after it end.
    pub end: usize,
    /// What kind of marker it is.
    pub kind: MarkerKind,
    /// The number of a numbered entry ("2" of "(2)"); none for the other kinds.
    pub number: Option<u32>,
}

/// The signs used as bullets, besides "o".
const BULLETS: &[char] = &[
    '·', '•', '▪', '◦', '●', '○', '■', '□', '➢', '➤', '►', '‣', '⁃', '∙', 'Ø', '§', '-', '*', '>',
    '→', '⇒', '➔', '➜', '⇨', '◆', '❖', '✓', '✔',
];

/// The roman numerals of list entries, in the order they are tried.
const ROMANS: &[&str] = &[
    "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii",
];

/// The marker opening `line` (which starts with no white space), if any: a bullet, a
/// number, a dotted number, a letter or a roman numeral, followed by white space or
/// the end of the line. Where several readings fit, the first in that order wins,
/// and within one the longest: "i." is a letter, "ii." a roman numeral.
pub fn list_marker(line: &str) -> Option<ListMarker> {
    let b = line.as_bytes();
    // The marker may end at `i` if white space or the end of the line follows; the
    // marker's end takes in all of that white space.
    let ends_at = |i: usize| -> Option<usize> {
        match b.get(i) {
            None => Some(i),
            Some(&c) if is_space(c) => {
                Some(i + b[i..].iter().take_while(|&&c| is_space(c)).count())
            }
            Some(_) => None,
        }
    };
    let marker = |end, kind, number| ListMarker { end, kind, number };
    let first = line.chars().next()?;
    if BULLETS.contains(&first) {
        if let Some(end) = ends_at(first.len_utf8()) {
            return Some(marker(end, MarkerKind::Symbol(first), None));
        }
    }
    if first == 'o' {
        if let Some(end) = ends_at(1) {
            return Some(marker(end, MarkerKind::Symbol('o'), None));
        }
    }
    // An opening bracket is optional: with it first, then without.
    let opens: &[usize] = if first == '(' { &[1, 0] } else { &[0] };
    for &at in opens {
        if let Some(end) = dotted_number(b, at, &ends_at) {
            return Some(marker(end, MarkerKind::DottedNumber, None));
        }
    }
    for &at in opens {
        for digits in digit_runs(b, at) {
            let n = at + digits;
            if matches!(b.get(n), Some(b'.' | b')')) {
                if let Some(end) = ends_at(n + 1) {
                    let number = line[at..n].parse().ok();
                    return Some(marker(end, MarkerKind::Number, number));
                }
            }
        }
    }
    if first == '(' && b.get(1).is_some_and(u8::is_ascii_alphabetic) && b.get(2) == Some(&b')') {
        if let Some(end) = ends_at(3) {
            return Some(marker(end, MarkerKind::Letter, None));
        }
    }
    if first.is_ascii_lowercase() && matches!(b.get(1), Some(b'.' | b')')) {
        if let Some(end) = ends_at(2) {
            return Some(marker(end, MarkerKind::Letter, None));
        }
    }
    for &at in opens {
        for roman in ROMANS {
            let n = at + roman.len();
            if b[at..].starts_with(roman.as_bytes()) && matches!(b.get(n), Some(b'.' | b')')) {
                if let Some(end) = ends_at(n + 1) {
                    return Some(marker(end, MarkerKind::Roman, None));
                }
            }
        }
    }
    None
}

/// White space as the patterns read it (ASCII).
fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | 0x0B | 0x0C | b'\r')
}

/// The lengths a run of one or two digits at `at` may take, longest first.
fn digit_runs(b: &[u8], at: usize) -> impl Iterator<Item = usize> {
    let n = b[at.min(b.len())..]
        .iter()
        .take(2)
        .take_while(|c| c.is_ascii_digit())
        .count();
    (1..=n).rev()
}

/// The end of a dotted number at `at` ("1.2", "3.1.4", each part one or two digits,
/// then an optional stop and closing bracket) that white space or the line's end
/// follows, trying the longer readings first.
fn dotted_number(b: &[u8], at: usize, ends_at: &impl Fn(usize) -> Option<usize>) -> Option<usize> {
    for first in digit_runs(b, at) {
        let dot = at + first;
        if b.get(dot) != Some(&b'.') {
            continue;
        }
        for second in digit_runs(b, dot + 1) {
            let after = dot + 1 + second;
            // A third part, then none.
            let mut thirds: Vec<usize> = Vec::with_capacity(3);
            if b.get(after) == Some(&b'.') {
                thirds.extend(digit_runs(b, after + 1).map(|n| after + 1 + n));
            }
            thirds.push(after);
            for end in thirds {
                // An optional stop, then an optional closing bracket, each tried with first.
                let stops: &[usize] = if b.get(end) == Some(&b'.') {
                    &[1, 0]
                } else {
                    &[0]
                };
                for &stop in stops {
                    let e = end + stop;
                    let closes: &[usize] = if b.get(e) == Some(&b')') {
                        &[1, 0]
                    } else {
                        &[0]
                    };
                    for &close in closes {
                        if let Some(found) = ends_at(e + close) {
                            return Some(found);
                        }
                    }
                }
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The pattern the reader replaced: the reference for what a marker is.
    fn by_pattern(line: &str) -> Option<ListMarker> {
        static PATTERN: std::sync::LazyLock<crate::pattern::Pattern> = std::sync::LazyLock::new(
            || {
                crate::pattern::compile(
                    r"^(?:(?P<sym>[·•▪◦●○■□➢➤►‣⁃∙Ø§\-\*>→⇒➔➜⇨◆❖✓✔])|(?P<o>o)|\(?(?P<dotted>\d{1,2}\.\d{1,2}(?:\.\d{1,2})?)\.?\)?|\(?(?P<num>\d{1,2})[.)]|\((?P<letter1>[a-zA-Z])\)|(?P<letter2>[a-z])[.)]|\(?(?P<roman>(?:i|ii|iii|iv|v|vi|vii|viii|ix|x|xi|xii))[.)])(?:\s+|$)",
                )
            },
        );
        let c = PATTERN.captures(line)?;
        let kind = if let Some(m) = c.name("sym") {
            MarkerKind::Symbol(m.as_str().chars().next().unwrap())
        } else if c.name("o").is_some() {
            MarkerKind::Symbol('o')
        } else if c.name("dotted").is_some() {
            MarkerKind::DottedNumber
        } else if c.name("num").is_some() {
            MarkerKind::Number
        } else if c.name("roman").is_some() {
            MarkerKind::Roman
        } else {
            MarkerKind::Letter
        };
        Some(ListMarker {
            end: c.get(0).unwrap().end(),
            kind,
            number: c.name("num").and_then(|m| m.as_str().parse().ok()),
        })
    }

    #[test]
    fn markers_of_each_kind_are_read_with_the_space_after_them() {
        let cases = [
            ("• Dental checks", Some((4, MarkerKind::Symbol('•'), None))),
            (
                "\u{2192} Reoffending",
                Some((4, MarkerKind::Symbol('\u{2192}'), None)),
            ),
            (
                "o\tHealth assessments",
                Some((2, MarkerKind::Symbol('o'), None)),
            ),
            (
                "3.2.1. The Board noted",
                Some((7, MarkerKind::DottedNumber, None)),
            ),
            (
                "(12) That the report",
                Some((5, MarkerKind::Number, Some(12))),
            ),
            ("(b) the plan", Some((4, MarkerKind::Letter, None))),
            ("ii. the second", Some((4, MarkerKind::Roman, None))),
            ("i. the first", Some((3, MarkerKind::Letter, None))),
            ("1.5 per cent of", Some((4, MarkerKind::DottedNumber, None))),
            ("1.234 children", None),
            ("2021. The year", None),
            ("officers agreed", None),
            ("-", Some((1, MarkerKind::Symbol('-'), None))),
        ];
        for (line, want) in cases {
            let got = list_marker(line).map(|m| (m.end, m.kind, m.number));
            assert_eq!(got, want, "in {line:?}");
            assert_eq!(list_marker(line), by_pattern(line), "in {line:?}");
        }
    }

    #[test]
    fn the_reader_agrees_with_the_pattern_on_every_short_opening() {
        // Every opening of up to four pieces markers are made of, followed by nothing,
        // a space or a word: some 400,000 lines.
        let pieces = [
            "(", ")", ".", "1", "12", "123", "1.", ".4", "i", "ii", "iv", "x", "o", "a", "Z",
            "\u{2022}", " ", "-", "\t",
        ];
        let mut lines = vec![String::new()];
        let mut checked = 0;
        for _ in 0..4 {
            let mut longer = Vec::new();
            for l in &lines {
                for p in pieces {
                    longer.push(format!("{l}{p}"));
                }
            }
            for l in &longer {
                for tail in ["", " x", "x"] {
                    let line = format!("{l}{tail}");
                    assert_eq!(list_marker(&line), by_pattern(&line), "in {line:?}");
                    checked += 1;
                }
            }
            lines = longer;
        }
        assert!(checked > 300_000);
    }
}
