//! A compiled regular expression: the engine the `regex` crate wraps
//! (`regex_automata::meta`), used directly so that each pattern's literal prefilter is
//! chosen for the text it reads.
//!
//! The regex crate searches for a pattern's opening literals with a vector search
//! (Teddy) before running its DFA. For a pattern that can open with a short word
//! ("is", "was", "the", a digit), that search stops at nearly every word of a
//! minute, and each stop costs a restart of the DFA: the analysis ran some 4% faster
//! with no prefilter for such patterns (interleaved runs on the dev corpus), while
//! the patterns that open only with longer words keep theirs. The rest of this
//! module is the small part of the regex crate's API the rules use, over the same
//! engine and the same configuration.

use regex_automata::{meta, util::captures, util::syntax, Input, MatchKind};
use regex_syntax::hir::{literal, Hir};
use std::borrow::Cow;
use std::ops::Range;

/// The shortest opening literal worth a prefilter: a pattern that can open with a
/// shorter one searches without.
const SHORTEST_PREFILTER_LITERAL: usize = 4;

/// A compiled pattern.
#[derive(Clone, Debug)]
pub struct Regex {
    meta: meta::Regex,
    pattern: String,
}

/// Why a pattern did not compile.
pub type Error = Box<dyn std::error::Error + Send + Sync>;

impl Regex {
    /// Compiles `pattern` as the regex crate would (leftmost-first, UTF-8 text, its
    /// size limits), with a prefilter only where its opening literals are long.
    pub fn new(pattern: &str) -> Result<Regex, Error> {
        Regex::new_many(&[pattern])
    }

    /// Compiles several patterns as one, tried in order as the alternatives of a
    /// single pattern are, so that each match also says which pattern made it
    /// ([`Match::pattern`]) without another search.
    pub fn new_many(patterns: &[&str]) -> Result<Regex, Error> {
        let hirs = patterns
            .iter()
            .map(|p| {
                regex_syntax::ParserBuilder::new()
                    .utf8(true)
                    .build()
                    .parse(p)
                    .map_err(Error::from)
            })
            .collect::<Result<Vec<Hir>, Error>>()?;
        let config = meta::Config::new()
            .nfa_size_limit(Some(10 * (1 << 20)))
            .hybrid_cache_capacity(2 * (1 << 20))
            .match_kind(MatchKind::LeftmostFirst)
            .utf8_empty(true)
            // The wasm is built without prefilters: nothing to choose there.
            .auto_prefilter(cfg!(target_arch = "wasm32") || hirs.iter().all(long_openings));
        let meta = meta::Builder::new()
            .configure(config)
            .syntax(syntax::Config::new().utf8(true))
            .build_many_from_hir(&hirs)?;
        Ok(Regex {
            meta,
            pattern: patterns.join("|"),
        })
    }

    /// The pattern as compiled (several are joined as alternatives).
    pub fn as_str(&self) -> &str {
        &self.pattern
    }

    /// Whether `hay` holds a match.
    pub fn is_match(&self, hay: &str) -> bool {
        self.meta.is_match(hay)
    }

    /// The leftmost match in `hay`.
    pub fn find<'h>(&self, hay: &'h str) -> Option<Match<'h>> {
        self.meta
            .find(hay)
            .map(|m| Match::new(hay, m.range(), m.pattern().as_usize()))
    }

    /// The leftmost match starting at or after `start`, with the text before `start`
    /// still read for `\b` and `^`.
    pub fn find_at<'h>(&self, hay: &'h str, start: usize) -> Option<Match<'h>> {
        self.meta
            .find(Input::new(hay).range(start..))
            .map(|m| Match::new(hay, m.range(), m.pattern().as_usize()))
    }

    /// Every match, left to right, none overlapping.
    pub fn find_iter<'r, 'h: 'r>(&'r self, hay: &'h str) -> impl Iterator<Item = Match<'h>> + 'r {
        self.meta
            .find_iter(hay)
            .map(move |m| Match::new(hay, m.range(), m.pattern().as_usize()))
    }

    /// The leftmost match with its groups.
    pub fn captures<'h>(&self, hay: &'h str) -> Option<Captures<'h>> {
        let mut caps = self.meta.create_captures();
        self.meta.captures(hay, &mut caps);
        caps.is_match().then_some(Captures { hay, caps })
    }

    /// Every match with its groups, left to right.
    pub fn captures_iter<'r, 'h: 'r>(
        &'r self,
        hay: &'h str,
    ) -> impl Iterator<Item = Captures<'h>> + 'r {
        self.meta
            .captures_iter(hay)
            .map(move |caps| Captures { hay, caps })
    }

    /// `hay` with its leftmost match replaced by `with`, taken as plain text.
    pub fn replace<'h>(&self, hay: &'h str, with: &str) -> Cow<'h, str> {
        match self.meta.find(hay) {
            None => Cow::Borrowed(hay),
            Some(m) => Cow::Owned([&hay[..m.start()], with, &hay[m.end()..]].concat()),
        }
    }
}

/// Whether every literal a match of `hir` can open with is long enough for a
/// prefilter to pay (or there is none to find, when the engine decides alone). The
/// literals are read as the engine reads them, so that the choice is about the same
/// set it would search for.
fn long_openings(hir: &Hir) -> bool {
    let mut openings = literal::Extractor::new()
        .kind(literal::ExtractKind::Prefix)
        .extract(hir);
    openings.optimize_for_prefix_by_preference();
    openings.literals().is_none_or(|literals| {
        literals
            .iter()
            .all(|l| l.as_bytes().len() >= SHORTEST_PREFILTER_LITERAL)
    })
}

/// A match: where it lies in the haystack, and its text.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Match<'h> {
    hay: &'h str,
    start: usize,
    end: usize,
    pattern: usize,
}

impl<'h> Match<'h> {
    fn new(hay: &'h str, range: Range<usize>, pattern: usize) -> Self {
        Match {
            hay,
            start: range.start,
            end: range.end,
            pattern,
        }
    }

    /// Which of the patterns compiled together made the match (0 for a lone one).
    pub fn pattern(&self) -> usize {
        self.pattern
    }

    /// Where the match starts in the haystack.
    pub fn start(&self) -> usize {
        self.start
    }

    /// Where the match ends in the haystack.
    pub fn end(&self) -> usize {
        self.end
    }

    /// Its place in the haystack.
    pub fn range(&self) -> Range<usize> {
        self.start..self.end
    }

    /// Its text.
    pub fn as_str(&self) -> &'h str {
        &self.hay[self.start..self.end]
    }
}

/// A match with its groups.
#[derive(Clone, Debug)]
pub struct Captures<'h> {
    hay: &'h str,
    caps: captures::Captures,
}

impl<'h> Captures<'h> {
    /// Which of the patterns compiled together made the match.
    fn pattern(&self) -> usize {
        self.caps.pattern().map_or(0, |p| p.as_usize())
    }

    /// Group `i` (0 is the whole match), where it took part.
    pub fn get(&self, i: usize) -> Option<Match<'h>> {
        self.caps
            .get_group(i)
            .map(|s| Match::new(self.hay, s.range(), self.pattern()))
    }

    /// The named group, where it took part.
    pub fn name(&self, name: &str) -> Option<Match<'h>> {
        self.caps
            .get_group_by_name(name)
            .map(|s| Match::new(self.hay, s.range(), self.pattern()))
    }
}

impl<'h> std::ops::Index<usize> for Captures<'h> {
    type Output = str;

    /// The text of group `i`; a group the pattern's match left out is a bug of the rule.
    fn index(&self, i: usize) -> &str {
        self.get(i)
            .map(|m| m.as_str())
            .unwrap_or_else(|| panic!("no group {i} in the match"))
    }
}

impl<'h> std::ops::Index<&str> for Captures<'h> {
    type Output = str;

    /// The text of the named group; a group the match left out is a bug of the rule.
    fn index(&self, name: &str) -> &str {
        self.name(name)
            .map(|m| m.as_str())
            .unwrap_or_else(|| panic!("no group {name:?} in the match"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn searches_read_the_text_before_a_start_and_give_groups_by_number_and_name() {
        // ASCII classes, as `pattern::compile` writes them: the engine has no Unicode tables.
        let re = Regex::new(r"(?-u:\b)(?P<n>[0-9]+)(%)?").unwrap();
        let hay = "a12 rose to 45% from 40";
        assert_eq!(
            re.find(hay).map(|m| m.as_str()),
            Some("45%"),
            "no word boundary inside a12"
        );
        assert_eq!(
            re.find_at(hay, 13).map(|m| m.range()),
            Some(21..23),
            "the 5 of 45% follows a digit: no boundary before it"
        );
        let all: Vec<&str> = re.find_iter(hay).map(|m| m.as_str()).collect();
        assert_eq!(all, ["45%", "40"]);
        let c = re.captures(hay).unwrap();
        assert_eq!(
            (&c["n"], &c[2], c.get(0).map(|m| m.start())),
            ("45", "%", Some(12))
        );
        let last = re.captures_iter(hay).last().unwrap();
        assert!(last.get(2).is_none() && last.name("n").is_some());
        assert_eq!(re.replace(hay, ""), "a12 rose to  from 40");
        assert_eq!(re.replace("none", "x"), "none");
    }

    #[test]
    fn patterns_compiled_together_are_tried_in_order_and_say_which_matched() {
        // As the alternation "concern|concerns? received" would: at one place the
        // first that matches wins, even where a later one would match more.
        let re = Regex::new_many(&["concern", "concerns? received", "pressures?"]).unwrap();
        let hay = "concerns received; pressures";
        let found: Vec<(usize, &str)> = re
            .find_iter(hay)
            .map(|m| (m.pattern(), m.as_str()))
            .collect();
        assert_eq!(found, [(0, "concern"), (2, "pressures")]);
        let one = Regex::new_many(&["concerns? received", "concern"]).unwrap();
        assert_eq!(one.find(hay).map(|m| (m.pattern(), m.end())), Some((0, 17)));
        assert_eq!(one.as_str(), "concerns? received|concern");
    }

    #[test]
    fn only_patterns_opening_with_long_literals_keep_a_prefilter() {
        let hir = |p: &str| regex_syntax::Parser::new().parse(p).unwrap();
        assert!(long_openings(&hir(r"\b(?:overspend|shortfall)")));
        assert!(
            long_openings(&hir(r"\b(?:overspend|was late)")),
            "a phrase is one literal"
        );
        assert!(!long_openings(&hir(r"\b(?:overspend|was)\b")));
        assert!(!long_openings(&hir(r"\b(?:is|are)\b")));
        assert!(!long_openings(&hir(r"[0-9]+%")), "a digit opens it");
        assert!(
            long_openings(&hir(r"[a-z]+ing")),
            "no literals: the engine decides"
        );
    }
}
