//! Compiles the analyser's regular expressions with ASCII classes.
//!
//! Minutes are matched on the normalised text, where the words that matter are
//! ASCII. Unicode `\w`, `\s`, `\d` and `\b` make every regex far larger to build
//! and force the fast lazy DFA to give up at the first non-ASCII byte (a `·`
//! bullet, a `£`), falling back to the slow PikeVM. So the patterns are written
//! with the familiar escapes and rewritten here to their ASCII forms; the crate is
//! built without Unicode Perl classes, which keeps the wasm smaller.

use regex::Regex;

/// Rewrites `\w \s \d \b \W` to ASCII forms, inside and outside brackets.
pub fn ascii(pattern: &str) -> String {
    let mut out = String::with_capacity(pattern.len() + 16);
    let mut chars = pattern.chars().peekable();
    let mut class_depth = 0usize;
    while let Some(c) = chars.next() {
        match c {
            '\\' => {
                let Some(n) = chars.next() else {
                    out.push('\\');
                    break;
                };
                let inside = class_depth > 0;
                let rewritten = match (n, inside) {
                    ('w', false) => "[[:word:]]",
                    ('w', true) => "[:word:]",
                    ('s', false) => "[[:space:]]",
                    ('s', true) => "[:space:]",
                    ('d', false) => "[[:digit:]]",
                    ('d', true) => "[:digit:]",
                    ('W', false) => "[^[:word:]]",
                    ('S', false) => "[^[:space:]]",
                    ('D', false) => "[^[:digit:]]",
                    ('b', false) => "(?-u:\\b)",
                    _ => {
                        out.push('\\');
                        out.push(n);
                        continue;
                    }
                };
                out.push_str(rewritten);
            }
            '[' => {
                out.push('[');
                if class_depth > 0 && chars.peek() == Some(&':') {
                    // A POSIX class such as [:word:] inside a bracket: copy it whole.
                    for p in chars.by_ref() {
                        out.push(p);
                        if p == ']' {
                            break;
                        }
                    }
                    continue;
                }
                class_depth += 1;
                if chars.peek() == Some(&'^') {
                    out.push(chars.next().unwrap_or('^'));
                }
                if chars.peek() == Some(&']') {
                    out.push(chars.next().unwrap_or(']')); // a literal ']' first in a class
                }
            }
            ']' if class_depth > 0 => {
                class_depth -= 1;
                out.push(']');
            }
            _ => out.push(c),
        }
    }
    out
}

/// Compiles a pattern with ASCII classes; patterns are constants, so a failure is a bug.
pub fn compile(pattern: &str) -> Regex {
    let ascii = ascii(pattern);
    Regex::new(&ascii).unwrap_or_else(|e| panic!("bad built-in pattern {pattern:?}: {e}"))
}

/// A pattern matching any of a few plain words. A regex of escaped literals gets the
/// vector prefilter wherever the platform has one; measured on the dev corpus it finds
/// a dozen words some eight times faster than an `AhoCorasick` built with defaults.
pub fn any_literal<'a>(words: impl IntoIterator<Item = &'a str>) -> Regex {
    let alternatives: Vec<String> = words.into_iter().map(regex::escape).collect();
    compile(&alternatives.join("|"))
}

/// The text of at most `len` bytes that ends at `end`, starting on a char boundary,
/// for reading a bounded window before a hit without scanning back to the start.
pub fn window_before(text: &str, end: usize, len: usize) -> &str {
    let mut start = end.saturating_sub(len);
    while !text.is_char_boundary(start) {
        start += 1;
    }
    &text[start..end]
}

/// The text of at most `len` bytes that starts at `start`, ending on a char boundary.
pub fn window_after(text: &str, start: usize, len: usize) -> &str {
    let mut end = (start + len).min(text.len());
    while !text.is_char_boundary(end) {
        end += 1;
    }
    &text[start..end]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_become_ascii_classes() {
        assert_eq!(
            ascii(r"\b\w+\s\d"),
            r"(?-u:\b)[[:word:]]+[[:space:]][[:digit:]]"
        );
        assert_eq!(ascii(r"[\w'-]+[^%\d.;]"), r"[[:word:]'-]+[^%[:digit:].;]");
        assert_eq!(ascii(r"\(\.\)"), r"\(\.\)");
    }

    #[test]
    fn windows_start_on_char_boundaries() {
        assert_eq!(window_before("£5 and £6", 11, 2), "6");
        assert_eq!(window_before("£5 and £6", 11, 3), "£6");
        assert_eq!(window_before("ab", 1, 10), "a");
        assert_eq!(window_after("£5 and £6", 7, 2), " £");
        assert_eq!(window_after("ab", 1, 10), "b");
    }

    #[test]
    fn compiled_patterns_still_match_around_non_ascii() {
        let re = compile(r"\bdental\b");
        assert!(re.is_match("· Dental checks: dental £"));
        assert!(compile(r"\w+")
            .find("£dental")
            .is_some_and(|m| m.as_str() == "dental"));
    }
}
