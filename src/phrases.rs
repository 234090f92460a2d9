//! Finds fixed phrases that begin a word, by looking up the word at each word start.
//!
//! The category cues are some 600 phrases, each bounded by non-word bytes. An
//! Aho-Corasick DFA over all of them reads every byte through a transition table
//! too large for the processor's cache, and its code was some 30 KiB of the gzipped
//! wasm. A phrase can only start where a word starts, so the word there is hashed
//! into a small table of the phrases that can start with it, and each of those few
//! is compared with the text.

use std::ops::Range;

/// A set of lowercase phrases, each starting with an ASCII letter or digit.
pub struct PhraseSet {
    phrases: Vec<&'static str>,
    /// `members[starts[h]..starts[h + 1]]`: the phrases whose first word (the letters
    /// and digits they open with) hashes to `h`, and for a phrase of one word, that
    /// word with a plural ending too, so that each word start takes one probe.
    /// Another word with the same hash only adds a comparison.
    starts: Vec<u32>,
    /// Phrase numbers, slot after slot.
    members: Vec<u32>,
    /// Each phrase's first eight bytes (zero beyond its end) and the mask of those it
    /// has: most candidates are told apart by one comparison, not a call to `memcmp`.
    heads: Vec<(u64, u64)>,
}

/// Bits of the word hash: 4,096 slots, a few times the number of first words.
const SLOT_BITS: u32 = 12;

/// Whether a byte belongs to a word, as the cue boundaries read it.
fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric()
}

/// The length of the word (letters and digits) that `b` opens with: eight bytes at a
/// time, as every word of the text is measured so.
fn word_len(b: &[u8]) -> usize {
    crate::bytes::first(b, |x| !crate::bytes::alphanumeric(x)).unwrap_or(b.len())
}

/// The mask of the first `n` (at most eight) bytes of a little-endian number.
fn first_bytes(n: usize) -> u64 {
    if n >= 8 {
        u64::MAX
    } else {
        (1u64 << (8 * n)) - 1
    }
}

/// Eight bytes of `b` from `from`, of which the first `n` (at most eight) are kept and
/// the rest are zero, as one little-endian number.
fn eight(b: &[u8], from: usize, n: usize) -> u64 {
    match b.get(from..from + 8) {
        // Most words have eight bytes of text after their start: one load.
        Some(x) => u64::from_le_bytes(x.try_into().unwrap_or_default()) & first_bytes(n),
        None => b[from..from + n]
            .iter()
            .rev()
            .fold(0, |x, &b| x << 8 | u64::from(b)),
    }
}

/// The slot of a word: its first and last eight bytes (zero beyond its end) and its
/// length, mixed by one multiplication, which costs far less than hashing it byte by
/// byte. `word` is the word's start with whatever follows it, `len` its length, and
/// `head` its first eight bytes as [`eight`] reads them.
fn slot(word: &[u8], len: usize, head: u64) -> usize {
    let tail = if len > 8 { eight(word, len - 8, 8) } else { 0 };
    let mixed = (head ^ tail.rotate_left(31) ^ len as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    (mixed >> (64 - SLOT_BITS)) as usize
}

impl PhraseSet {
    /// Indexes `phrases` by their first words; a phrase that does not open with a
    /// letter or digit could never begin a word, and is a fault in the table.
    pub fn new(phrases: Vec<&'static str>) -> Result<Self, String> {
        let mut slots: Vec<Vec<u32>> = vec![Vec::new(); 1 << SLOT_BITS];
        for (i, p) in phrases.iter().enumerate() {
            let word = &p[..word_len(p.as_bytes())];
            if word.is_empty() {
                return Err(format!(
                    "phrase {p:?} does not begin with a letter or digit"
                ));
            }
            let mut keys = vec![word.to_string()];
            if word.len() == p.len() {
                keys.extend(["s", "es"].map(|ending| format!("{word}{ending}")));
            }
            for key in keys {
                let (k, n) = (key.as_bytes(), key.len());
                let members = &mut slots[slot(k, n, eight(k, 0, n.min(8)))];
                // Two keys of one phrase in one slot: found once.
                if members.last() != Some(&(i as u32)) {
                    members.push(i as u32);
                }
            }
        }
        let mut starts = Vec::with_capacity(slots.len() + 1);
        let mut members = Vec::new();
        for s in slots {
            starts.push(members.len() as u32);
            members.extend(s);
        }
        starts.push(members.len() as u32);
        let heads = phrases
            .iter()
            .map(|p| {
                let n = p.len().min(8);
                (eight(p.as_bytes(), 0, n), first_bytes(n))
            })
            .collect();
        Ok(PhraseSet {
            phrases,
            starts,
            members,
            heads,
        })
    }

    /// The phrase numbered `i`, as given.
    pub fn phrase(&self, i: usize) -> &'static str {
        self.phrases[i]
    }

    /// Calls `found(phrase index, start)` for every phrase lying wholly in
    /// `hay[range]` that starts where a word starts (no letter or digit just before
    /// it, even outside the range) and whose first word is the word there, or that
    /// word less a plural "s" or "es". A phrase of one word can so end inside a word
    /// ("contact" in "contacts", or in "contactable" when two words share a slot):
    /// the caller reads what follows. Starts come in order.
    pub fn each_at_word_start(
        &self,
        hay: &str,
        range: Range<usize>,
        mut found: impl FnMut(usize, usize),
    ) {
        let bytes = hay.as_bytes();
        let mut at = range.start;
        while at < range.end {
            if !is_word_byte(bytes[at]) || at > 0 && is_word_byte(bytes[at - 1]) {
                at += 1;
                continue;
            }
            let rest = &bytes[at..range.end];
            let len = word_len(rest);
            // The text's first eight bytes, and the word's among them.
            let text_head = eight(rest, 0, rest.len().min(8));
            let h = slot(rest, len, text_head & first_bytes(len));
            let members = &self.members[self.starts[h] as usize..self.starts[h + 1] as usize];
            for &i in members {
                let (head, mask) = self.heads[i as usize];
                let p = self.phrases[i as usize].as_bytes();
                // A phrase longer than the text left has a byte where the text has none.
                if text_head & mask == head
                    && (p.len() <= 8 || rest.len() >= p.len() && rest[8..p.len()] == p[8..])
                {
                    found(i as usize, at);
                }
            }
            at += len;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(set: &PhraseSet, hay: &str) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        set.each_at_word_start(hay, 0..hay.len(), |i, at| out.push((i, at)));
        out
    }

    #[test]
    fn phrases_are_found_at_word_starts_with_plural_endings_and_overlaps() {
        let set = PhraseSet::new(vec![
            "child protection",
            "protection plan",
            "contact",
            "a&e",
        ])
        .unwrap();
        let hay = "the child protection plans; contacts to a&e; uncontactable";
        assert_eq!(
            found(&set, hay),
            vec![(0, 4), (1, 10), (2, 28), (3, 40)],
            "both overlapping phrases, a plural, a phrase with a sign in it, and no phrase inside a word"
        );
    }

    #[test]
    fn words_near_the_end_of_the_text_are_looked_up_as_those_before_it() {
        let set = PhraseSet::new(vec!["leavers", "safeguarding"]).unwrap();
        // Fewer than eight bytes after a word's start, and a word longer than eight.
        for (hay, want) in [
            ("care leavers", vec!["leavers"]),
            ("safeguarding", vec!["safeguarding"]),
            (
                "safeguarding leavers and more",
                vec!["safeguarding", "leavers"],
            ),
        ] {
            let got: Vec<&str> = found(&set, hay)
                .iter()
                .map(|&(i, _)| set.phrase(i))
                .collect();
            assert_eq!(got, want, "in {hay:?}");
        }
    }

    #[test]
    fn a_phrase_must_lie_inside_the_range_but_its_boundaries_are_read_outside_it() {
        let set = PhraseSet::new(vec!["care leavers", "leavers"]).unwrap();
        let hay = "xcare leavers";
        let mut out = Vec::new();
        set.each_at_word_start(hay, 1..hay.len(), |i, at| out.push((i, at)));
        assert_eq!(
            out,
            vec![(1, 6)],
            "'care' follows a letter outside the range"
        );
        let mut out = Vec::new();
        set.each_at_word_start("care leavers", 0..8, |i, at| out.push((i, at)));
        assert!(
            out.is_empty(),
            "neither phrase ends inside the range: {out:?}"
        );
    }

    #[test]
    fn a_phrase_opening_with_a_sign_is_refused() {
        assert!(PhraseSet::new(vec!["(cin)"]).is_err());
    }
}
