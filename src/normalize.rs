//! A normalised view of the input that every later stage reads.
//!
//! Minutes arrive with non-breaking spaces, CRLF, tabs, curly quotes and dashes of
//! every width. Rather than teach each rule about all of them, we rewrite the text
//! once into a plain form (single spaces, `\n` line ends, ASCII quotes and dashes)
//! and keep, for every byte of it, the byte offset of the original character it
//! came from. Spans found in the plain form are mapped back with [`Normalized::original`],
//! so offsets always refer to the user's text exactly as given.

use std::ops::Range;

/// The plain form of a text plus the way back to the original offsets.
#[derive(Debug, Clone)]
pub struct Normalized {
    /// Normalised text: `\n` line ends, single spaces, ASCII quotes and dashes.
    pub text: String,
    /// ASCII-lowercased copy of `text` (same length), for case-insensitive scans.
    pub lower: String,
    /// For each byte of `text`, the offset of the original character it came from.
    origin: Vec<u32>,
    original_len: usize,
}

/// What a character becomes in the normalised text.
enum Mapped {
    Keep,
    Space,
    Newline,
    Drop,
    Ascii(u8),
}

fn map_char(c: char) -> Mapped {
    match c {
        '\n' | '\r' | '\u{2028}' | '\u{2029}' | '\u{0B}' | '\u{0C}' => Mapped::Newline,
        ' ' | '\t' | '\u{A0}' | '\u{2000}'..='\u{200A}' | '\u{202F}' | '\u{205F}' | '\u{3000}' => {
            Mapped::Space
        }
        '\u{200B}'..='\u{200D}' | '\u{FEFF}' | '\u{AD}' | '\u{2060}' => Mapped::Drop,
        '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{2032}' | '\u{00B4}' | '`' => {
            Mapped::Ascii(b'\'')
        }
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{2033}' => Mapped::Ascii(b'"'),
        '\u{2010}'..='\u{2015}' | '\u{2212}' => Mapped::Ascii(b'-'),
        c if c.is_control() => Mapped::Space,
        _ => Mapped::Keep,
    }
}

impl Normalized {
    /// Builds the plain form of `input` in one pass.
    pub fn new(input: &str) -> Self {
        let mut text = String::with_capacity(input.len());
        let mut origin = Vec::with_capacity(input.len());
        let mut pending_space: Option<u32> = None;
        let bytes = input.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            let b = bytes[i];
            // Fast path: most of any minutes is plain printable ASCII.
            let (c, len) = if (0x21..0x7f).contains(&b) && b != b'`' {
                if let Some(s) = pending_space.take() {
                    if !text.is_empty() && !text.ends_with('\n') {
                        text.push(' ');
                        origin.push(s);
                    }
                }
                text.push(b as char);
                origin.push(i as u32);
                i += 1;
                continue;
            } else if b < 0x80 {
                (b as char, 1)
            } else {
                let c = input[i..].chars().next().unwrap_or('\u{FFFD}');
                (c, c.len_utf8())
            };
            let at = i as u32;
            i += len;
            match map_char(c) {
                Mapped::Space => {
                    if pending_space.is_none() {
                        pending_space = Some(at);
                    }
                }
                Mapped::Drop => {}
                Mapped::Newline => {
                    if c == '\r' && bytes.get(i) == Some(&b'\n') {
                        continue; // CRLF: the '\n' that follows stands for both
                    }
                    pending_space = None; // trailing spaces on a line carry no meaning
                    text.push('\n');
                    origin.push(at);
                }
                mapped => {
                    if let Some(s) = pending_space.take() {
                        if !text.is_empty() && !text.ends_with('\n') {
                            text.push(' ');
                            origin.push(s);
                        }
                    }
                    match mapped {
                        Mapped::Ascii(b) => {
                            text.push(b as char);
                            origin.push(at);
                        }
                        _ => {
                            text.push(c);
                            origin.extend(std::iter::repeat_n(at, c.len_utf8()));
                        }
                    }
                }
            }
        }
        let lower = text.to_ascii_lowercase();
        Normalized {
            text,
            lower,
            origin,
            original_len: input.len(),
        }
    }

    /// Turns the given `\n` bytes into spaces: line breaks that only wrap a paragraph.
    pub fn soften_line_breaks(&mut self, at: &[usize]) {
        if at.is_empty() {
            return;
        }
        for s in [&mut self.text, &mut self.lower] {
            let mut bytes = std::mem::take(s).into_bytes();
            for &i in at {
                if bytes.get(i) == Some(&b'\n') {
                    bytes[i] = b' ';
                }
            }
            // Swapping one ASCII byte for another keeps the text valid UTF-8.
            *s = String::from_utf8(bytes).unwrap_or_default();
        }
    }

    /// Maps a byte range of the normalised text back to the original text.
    pub fn original(&self, r: Range<usize>) -> Range<usize> {
        let start = self
            .origin
            .get(r.start)
            .map_or(self.original_len, |&o| o as usize);
        let end = if r.end >= self.origin.len() {
            self.original_len
        } else {
            self.origin[r.end] as usize
        };
        start..end.max(start)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn collapses_odd_spaces_and_maps_back() {
        let src = "Care\u{A0}\u{A0}leavers\r\nat 91\u{A0}%";
        let n = Normalized::new(src);
        assert_eq!(n.text, "Care leavers\nat 91 %");
        let at = n.text.find("91").unwrap();
        assert_eq!(&src[n.original(at..at + 2)], "91");
        let whole = n.original(0..n.text.len());
        assert_eq!(&src[whole], src);
    }

    #[test]
    fn curly_quotes_become_ascii_but_spans_cover_the_original() {
        let src = "Children\u{2019}s Services";
        let n = Normalized::new(src);
        assert_eq!(n.text, "Children's Services");
        let r = n.original(0..10);
        assert_eq!(&src[r], "Children\u{2019}s");
    }
}
