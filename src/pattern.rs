//! Compiles the analyser's regular expressions with ASCII classes.
//!
//! Minutes are matched on the normalised text, where the words that matter are
//! ASCII. Unicode `\w`, `\s`, `\d` and `\b` make every regex far larger to build
//! and force the fast lazy DFA to give up at the first non-ASCII byte (a `·`
//! bullet, a `£`), falling back to the slow PikeVM. So the patterns are written
//! with the familiar escapes and rewritten here to their ASCII forms; the engine is
//! built without Unicode Perl classes, which keeps the wasm smaller. They run on the
//! regex crate's engine through [`Regex`], which chooses each one's prefilter.

mod regex;

pub use self::regex::{Captures, Match, Regex};
use regex_syntax::hir::Look;

/// Rewrites `\w \s \d \b \W` to ASCII forms, inside and outside brackets, and the
/// case-insensitive parts (`(?i)`, `(?i:...)`) to classes of both ASCII cases.
///
/// Folding case here rather than in the regex crate lets it be built without its
/// Unicode case tables (some 23 KB of the gzipped wasm); the text matched is
/// lowercased ASCII where case matters, so Unicode folds (the Kelvin sign for `k`)
/// were never needed. Letters outside ASCII keep their case.
pub fn ascii(pattern: &str) -> String {
    let chars: Vec<char> = pattern.chars().collect();
    let mut out = String::with_capacity(pattern.len() + 16);
    let mut class_depth = 0usize;
    // Whether letters match either case here, and what each open group restores.
    let mut fold = false;
    let mut groups: Vec<bool> = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        i += 1;
        match c {
            '\\' => {
                let Some(&n) = chars.get(i) else {
                    out.push('\\');
                    break;
                };
                i += 1;
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
                if class_depth > 0 && chars.get(i) == Some(&':') {
                    // A POSIX class such as [:word:] inside a bracket: copy it whole.
                    while let Some(&p) = chars.get(i) {
                        i += 1;
                        out.push(p);
                        if p == ']' {
                            break;
                        }
                    }
                    continue;
                }
                class_depth += 1;
                if chars.get(i) == Some(&'^') {
                    out.push('^');
                    i += 1;
                }
                if chars.get(i) == Some(&']') {
                    out.push(']'); // a literal ']' first in a class
                    i += 1;
                }
            }
            ']' if class_depth > 0 => {
                class_depth -= 1;
                out.push(']');
            }
            '(' if class_depth == 0 => {
                if chars.get(i) != Some(&'?') {
                    groups.push(fold);
                    out.push('(');
                    continue;
                }
                // `(?flags)`, `(?flags:`, `(?:` or a named group.
                let mut j = i + 1;
                while chars
                    .get(j)
                    .is_some_and(|c| c.is_ascii_alphabetic() || *c == '-')
                {
                    j += 1;
                }
                let flags: String = chars[i + 1..j].iter().collect();
                match chars.get(j) {
                    Some(&end @ (':' | ')')) => {
                        let (on, off) = flags.split_once('-').unwrap_or((&flags, ""));
                        let folded = if on.contains('i') {
                            true
                        } else if off.contains('i') {
                            false
                        } else {
                            fold
                        };
                        let (on, off) = (on.replace('i', ""), off.replace('i', ""));
                        let kept = if off.is_empty() {
                            on
                        } else {
                            format!("{on}-{off}")
                        };
                        if end == ':' {
                            groups.push(fold);
                            out.push_str(&format!("(?{kept}:"));
                        } else if !kept.is_empty() {
                            out.push_str(&format!("(?{kept})"));
                        }
                        fold = folded;
                        i = j + 1;
                    }
                    _ => {
                        // A named group: its name is copied as written.
                        groups.push(fold);
                        out.push('(');
                        while let Some(&p) = chars.get(i) {
                            i += 1;
                            out.push(p);
                            if p == '>' {
                                break;
                            }
                        }
                    }
                }
            }
            ')' if class_depth == 0 => {
                fold = groups.pop().unwrap_or(false);
                out.push(')');
            }
            c if fold && c.is_ascii_alphabetic() => {
                let other = other_case(c);
                if class_depth == 0 {
                    out.push('[');
                    out.push(c);
                    out.push(other);
                    out.push(']');
                } else if chars.get(i) == Some(&'-')
                    && chars.get(i + 1).is_some_and(|d| {
                        d.is_ascii_alphabetic() && d.is_ascii_lowercase() == c.is_ascii_lowercase()
                    })
                {
                    // A range of letters: `a-f` also takes `A-F`.
                    let d = chars[i + 1];
                    i += 2;
                    for x in [c, '-', d, other, '-', other_case(d)] {
                        out.push(x);
                    }
                } else {
                    out.push(c);
                    out.push(other);
                }
            }
            _ => out.push(c),
        }
    }
    out
}

/// The other case of an ASCII letter.
fn other_case(c: char) -> char {
    if c.is_ascii_lowercase() {
        c.to_ascii_uppercase()
    } else {
        c.to_ascii_lowercase()
    }
}

/// Compiles a pattern with ASCII classes; patterns are constants, so a failure is a bug.
pub fn compile(pattern: &str) -> Pattern {
    compile_many(&[pattern])
}

/// Compiles several patterns as one, tried in order (see [`Regex::new_many`]).
pub fn compile_many(patterns: &[&str]) -> Pattern {
    let ascii: Vec<String> = patterns.iter().map(|p| ascii(p)).collect();
    let ascii: Vec<&str> = ascii.iter().map(String::as_str).collect();
    Pattern::new(
        Regex::new_many(&ascii)
            .unwrap_or_else(|e| panic!("bad built-in patterns {patterns:?}: {e}")),
    )
}

/// A compiled pattern with a copy for each thread that analyses.
///
/// The regex engine keeps a pool of search caches in each `Regex`: the first thread to
/// search takes its fast path, every other thread a locked one (2.4% of the time of
/// an analysis split over two threads). Copies share the compiled program and each
/// has its own pool, so each thread is the first of its copy. A copy is picked by
/// the thread's place in the pool; a thread beyond the copies (none, unless the pool
/// grew) uses the first.
pub struct Pattern {
    copies: Box<[Regex]>,
}

impl Pattern {
    /// A pattern with as many copies as threads may analyse at once.
    pub fn new(regex: Regex) -> Pattern {
        let copies = crate::parallel::threads();
        Pattern {
            copies: std::iter::repeat_n(regex, copies).collect(),
        }
    }
}

impl std::ops::Deref for Pattern {
    type Target = Regex;

    fn deref(&self) -> &Regex {
        // Every thread's place is below the number of copies, bar a pool grown since
        // (not done here): no division on a path taken for every search.
        let place = crate::parallel::thread_place();
        self.copies.get(place).unwrap_or(&self.copies[0])
    }
}

/// Whether a byte is one `\s` matches in these patterns (ASCII space, tab, line feed,
/// vertical tab, form feed, carriage return), for scanners that stand in for a pattern.
pub fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | 0x0B | 0x0C | b'\r')
}

/// A pattern behind a cheap test of its haystack: most of the small patterns read
/// around a figure fail on one byte, which a table says without the set-up cost of a
/// regex search.
pub struct Gated<G> {
    regex: Pattern,
    gate: G,
}

/// What a haystack must have for a pattern to match it at all.
pub trait Gate {
    /// Whether a match is possible in `hay`.
    fn may_match(&self, hay: &str) -> bool;
}

impl<G: Gate> Gated<G> {
    /// Whether `hay` holds a match.
    pub fn is_match(&self, hay: &str) -> bool {
        self.gate.may_match(hay) && self.regex.is_match(hay)
    }

    /// The match in `hay`.
    pub fn find<'h>(&self, hay: &'h str) -> Option<Match<'h>> {
        self.gate
            .may_match(hay)
            .then(|| self.regex.find(hay))
            .flatten()
    }

    /// The match in `hay`, with its groups.
    pub fn captures<'h>(&self, hay: &'h str) -> Option<Captures<'h>> {
        self.gate
            .may_match(hay)
            .then(|| self.regex.captures(hay))
            .flatten()
    }
}

/// Compiles a pattern, with its syntax tree for reading a gate from, and checks that
/// every match is anchored at the start (`Look::Start`) or end (`Look::End`).
fn compile_anchored(pattern: &str, anchor: Look) -> (Pattern, regex_syntax::hir::Hir) {
    let hir = regex_syntax::Parser::new()
        .parse(&ascii(pattern))
        .unwrap_or_else(|e| panic!("bad built-in pattern {pattern:?}: {e}"));
    let props = hir.properties();
    let (looks, side) = match anchor {
        Look::Start => (props.look_set_prefix(), "start"),
        _ => (props.look_set_suffix(), "end"),
    };
    assert!(
        looks.contains(anchor),
        "pattern {pattern:?} is not anchored at the {side}"
    );
    (compile(pattern), hir)
}

/// A pattern anchored at the start of its haystack, gated on the two bytes a match can
/// begin with: figures and clauses are read by many such patterns on the text right
/// after a number, most of which open with a space, so the first byte alone seldom
/// says no.
pub type Anchored = Gated<Opening>;

/// The bytes a match can start with, and for each the bytes that can follow it.
pub struct Opening {
    /// `first[b]`: 0 if no match starts with byte `b`, 1 if one may whatever follows,
    /// and `k + 2` if the next byte must be one of `seconds[k]`. All 1 when unknown.
    first: [u8; 256],
    /// Sets of second bytes, as bits.
    seconds: Vec<[u64; 4]>,
}

impl Gate for Opening {
    fn may_match(&self, hay: &str) -> bool {
        let b = hay.as_bytes();
        let Some(&b0) = b.first() else {
            return true;
        };
        match self.first[b0 as usize] {
            0 => false,
            1 => true,
            k => b.get(1).is_some_and(|&b1| {
                self.seconds[k as usize - 2][b1 as usize / 64] >> (b1 % 64) & 1 == 1
            }),
        }
    }
}

impl Gated<Opening> {
    /// Compiles a pattern that must start with `^` (checked: a gate on the first bytes
    /// of the haystack is only right for a pattern that cannot match further on).
    pub fn new(pattern: &str) -> Anchored {
        let (regex, hir) = compile_anchored(pattern, Look::Start);
        let mut first = [1u8; 256];
        let mut seconds = Vec::new();
        // Classes up to the alphabet are listed, so that "[a-z]" or a set of bullet
        // signs still gives first bytes rather than leaving the gate open. Every match
        // begins with one of the prefixes listed (exact or cut short).
        let seq = regex_syntax::hir::literal::Extractor::new()
            .limit_class(32)
            .extract(&hir);
        if let Some(literals) = seq.literals() {
            if literals.iter().all(|l| !l.as_bytes().is_empty()) {
                first = [0; 256];
                let mut sets: Vec<Option<[u64; 4]>> = vec![Some([0; 4]); 256];
                for l in literals {
                    let bytes = l.as_bytes();
                    let set = &mut sets[bytes[0] as usize];
                    match (bytes.get(1), set.as_mut()) {
                        // A one-byte prefix says nothing of the byte after it.
                        (None, _) => *set = None,
                        (Some(&b1), Some(bits)) => bits[b1 as usize / 64] |= 1 << (b1 % 64),
                        (Some(_), None) => {}
                    }
                    first[bytes[0] as usize] = 2;
                }
                for (b0, set) in sets.into_iter().enumerate() {
                    if first[b0] == 0 {
                        continue;
                    }
                    first[b0] = match set {
                        None => 1,
                        Some(bits) => {
                            seconds.push(bits);
                            u8::try_from(seconds.len() + 1).unwrap_or(1)
                        }
                    };
                }
            }
        }
        Gated {
            regex,
            gate: Opening { first, seconds },
        }
    }
}

/// A pattern anchored at the end of its haystack (`$`), gated on the byte its last
/// character other than white space can be: figures are read by many such patterns
/// on the text just before a number ("... fell to", "compared with").
pub type Ending = Gated<LastByte>;

/// The bytes a match can end with, before any trailing white space.
pub struct LastByte {
    /// `last[b]`: a match may end with byte `b` before any trailing white space.
    /// `None` when a match can be white space alone (or unknown), so no gate.
    last: Option<[bool; 256]>,
}

impl Gate for LastByte {
    fn may_match(&self, hay: &str) -> bool {
        let Some(last) = &self.last else {
            return true;
        };
        hay.bytes()
            .rev()
            .find(|&b| !is_space(b))
            .is_some_and(|b| last[b as usize])
    }
}

/// The bytes an element's match can end with (before trailing white space), and
/// whether it can match white space alone or nothing, so that what comes before it
/// may supply the last byte.
struct Lasts {
    bytes: [bool; 256],
    see_through: bool,
}

/// Walks a pattern from its end; `None` where the walk cannot say (a class too
/// wide to reason about is still fine: its bytes are all listed).
fn lasts(hir: &regex_syntax::hir::Hir) -> Lasts {
    use regex_syntax::hir::{Class, HirKind};
    let mut out = Lasts {
        bytes: [false; 256],
        see_through: false,
    };
    match hir.kind() {
        HirKind::Empty | HirKind::Look(_) => out.see_through = true,
        HirKind::Literal(lit) => match lit.0.iter().rev().find(|&&b| !is_space(b)) {
            Some(&b) => out.bytes[b as usize] = true,
            None => out.see_through = true,
        },
        HirKind::Class(Class::Unicode(class)) => {
            for r in class.ranges() {
                for c in r.start()..=r.end().min('\u{7f}') {
                    let b = c as u8;
                    if is_space(b) {
                        out.see_through = true;
                    } else {
                        out.bytes[b as usize] = true;
                    }
                }
                if r.end() > '\u{7f}' {
                    // A character beyond ASCII ends in a UTF-8 continuation byte.
                    out.bytes[0x80..=0xbf].fill(true);
                }
            }
        }
        HirKind::Class(Class::Bytes(class)) => {
            for r in class.ranges() {
                for b in r.start()..=r.end() {
                    if is_space(b) {
                        out.see_through = true;
                    } else {
                        out.bytes[b as usize] = true;
                    }
                }
            }
        }
        HirKind::Repetition(rep) => {
            out = lasts(&rep.sub);
            out.see_through |= rep.min == 0;
        }
        HirKind::Capture(cap) => out = lasts(&cap.sub),
        HirKind::Concat(parts) => {
            out.see_through = true;
            for part in parts.iter().rev() {
                let l = lasts(part);
                merge(&mut out.bytes, &l.bytes);
                if !l.see_through {
                    out.see_through = false;
                    break;
                }
            }
        }
        HirKind::Alternation(branches) => {
            for branch in branches {
                let l = lasts(branch);
                merge(&mut out.bytes, &l.bytes);
                out.see_through |= l.see_through;
            }
        }
    }
    out
}

fn merge(into: &mut [bool; 256], from: &[bool; 256]) {
    for (a, b) in into.iter_mut().zip(from) {
        *a |= *b;
    }
}

impl Gated<LastByte> {
    /// Compiles a pattern every branch of which ends with `$` (checked: the gate reads
    /// the haystack's last byte, which only a match reaching the end must contain).
    pub fn new(pattern: &str) -> Ending {
        let (regex, hir) = compile_anchored(pattern, Look::End);
        let l = lasts(&hir);
        Gated {
            regex,
            gate: LastByte {
                last: (!l.see_through).then_some(l.bytes),
            },
        }
    }
}

/// A pattern matching any of a few plain words. A regex of escaped literals gets the
/// vector prefilter wherever the platform has one; measured on the dev corpus it finds
/// a dozen words some eight times faster than an `AhoCorasick` built with defaults.
pub fn any_literal<'a>(words: impl IntoIterator<Item = &'a str>) -> Pattern {
    let alternatives: Vec<String> = words.into_iter().map(regex_syntax::escape).collect();
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
    fn a_pattern_finds_the_same_on_every_thread_and_off_the_pool() {
        let p = compile(r"\b\d+(?:\.\d+)?%");
        let texts: Vec<String> = (0..64)
            .map(|i| format!("rose from {i}% to {}.5%", i + 1))
            .collect();
        let found = |t: &String| {
            p.find_iter(t)
                .map(|m| m.as_str().to_string())
                .collect::<Vec<_>>()
        };
        let on_the_pool = crate::parallel::map(&texts, &found);
        let from_a_new_thread = std::thread::scope(|s| {
            s.spawn(|| texts.iter().map(found).collect::<Vec<_>>())
                .join()
                .unwrap()
        });
        let here: Vec<Vec<String>> = texts.iter().map(found).collect();
        assert_eq!(on_the_pool, here);
        assert_eq!(from_a_new_thread, here);
        assert_eq!(here[3], ["3%", "4.5%"]);
    }

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
    fn case_insensitive_parts_become_classes_of_both_cases() {
        assert_eq!(ascii(r"(?i)ab\.\d"), r"[aA][bB]\.[[:digit:]]");
        assert_eq!(ascii(r"x(?i:y[a-c_]|z)w"), r"x(?:[yY][a-cA-C_]|[zZ])w");
        // The flag lasts to the end of its group, and other flags are kept.
        assert_eq!(ascii(r"(a(?ix)b)c"), r"(a(?x)[bB])c");
        assert_eq!(ascii(r"(?i)a(?-i:b)c"), r"[aA](?:b)[cC]");
        // Group names and escapes are not letters to fold.
        assert_eq!(ascii(r"(?i)(?P<who>x)\b"), r"(?P<who>[xX])(?-u:\b)");
        let re = compile(r"(?i)^(?:agreed|item \d+[a-z]?)\b");
        assert!(re.is_match("AGREED that") && re.is_match("Item 4B") && !re.is_match("Items"));
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
    fn anchored_patterns_skip_haystacks_that_cannot_start_a_match() {
        let percent = Anchored::new(r"^\s?(?:%|per ?cent\b)");
        let gate = &percent.gate;
        assert!(!gate.may_match("x%"));
        assert!(gate.may_match("%") && gate.may_match(" per cent of"));
        // The byte after the first is read too: a space opens most haystacks.
        assert!(!gate.may_match(" of them") && !gate.may_match("pa"));
        assert!(percent.is_match(" per cent of") && percent.is_match("%"));
        assert!(!percent.is_match("x%") && !percent.is_match(" of"));
        // A class too wide to list leaves the gate open rather than wrong.
        let open = Anchored::new(r"^[^,]{0,3}?x");
        assert!(open.is_match("abx"));
        // A list marker: signs, numbers, letters, but never a capital; a lone "o" may
        // end the line, so any byte may follow it.
        let marker =
            Anchored::new(r"^(?:[·•▪◦●○■□➢➤►‣⁃∙Ø§\-\*>]|\(?\d{1,2}[.)]|[a-z][.)]|o(?:\s|$))\s");
        assert!(!marker.gate.may_match("The") && !marker.gate.may_match("an"));
        assert!(marker.gate.may_match("a) the") && marker.gate.may_match("o"));
        assert!(marker.gate.may_match("12. Item") && marker.gate.may_match("(3) and"));
        let case = Anchored::new(r"(?i)^item\b");
        assert!(case.is_match("ITEM 4") && case.is_match("item 4") && !case.is_match("it"));
    }

    #[test]
    #[should_panic(expected = "not anchored")]
    fn a_pattern_that_can_match_later_is_refused() {
        Anchored::new(r"per cent");
    }

    #[test]
    fn compiled_patterns_still_match_around_non_ascii() {
        let re = compile(r"\bdental\b");
        assert!(re.is_match("· Dental checks: dental £"));
        assert!(compile(r"\w+")
            .find("£dental")
            .is_some_and(|m| m.as_str() == "dental"));
    }
    #[test]
    fn ending_patterns_skip_haystacks_that_cannot_end_a_match() {
        let fell = Ending::new(r"\b(?:fell|rose)\s+(?:slightly\s+)?to\s*$|\(\s*from\s*$");
        let last = fell.gate.last.unwrap();
        assert!(last[b'o' as usize] && last[b'm' as usize] && !last[b'x' as usize]);
        assert!(fell.is_match("the rate fell to ") && fell.is_match("rose slightly to"));
        assert!(fell.is_match("(from") && !fell.is_match("fell to 5"));
        // Nothing or white space alone could match: no gate, still right.
        let open = Ending::new(r"(?:,|and)?\s*$");
        assert!(open.gate.last.is_none() && open.is_match("x "));
        // A class beyond ASCII lets through the last byte of any such character.
        let pound = Ending::new(r"(?:\ba|£)$");
        assert!(pound.gate.last.is_some() && pound.is_match("12 £") && !pound.is_match("b"));
        let groups = Ending::new(r"\b(?P<who>officers|members)\s+(?:would\s+)?$");
        assert_eq!(
            &groups.captures("and members would ").unwrap()["who"],
            "members"
        );
        assert!(groups.find("officers ").is_some() && !groups.is_match("officers x"));
    }

    #[test]
    #[should_panic(expected = "not anchored at the end")]
    fn a_pattern_that_can_end_early_is_refused() {
        Ending::new(r"fell to$|rose");
    }
}
