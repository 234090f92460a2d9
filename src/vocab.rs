//! The domain vocabulary, loaded once from the tables in `data/`.
//!
//! Keeping words in tables rather than in code means a new field (housing, adult
//! care, finance) is a matter of editing a table. Each table is parsed the first
//! time it is used and shared after that.

use std::collections::HashSet;
use std::hash::{BuildHasherDefault, Hasher};

/// A set of words from the data tables, hashed by [`WordHasher`].
pub type WordSet = HashSet<&'static str, BuildHasherDefault<WordHasher>>;

/// FNV-1a over a word's bytes. The sets hold our own fixed word lists and are asked
/// about single words some fifty times per figure, where SipHash's set-up (built to
/// resist chosen keys, which a fixed list does not need) cost 2% of an analysis.
#[derive(Default)]
pub struct WordHasher(u64);

impl Hasher for WordHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for &b in bytes {
            h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}
use std::sync::LazyLock;

/// Which way is better for an indicator category.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Polarity {
    /// A higher value is better (timeliness, checks up to date).
    HigherBetter,
    /// A lower value is better (re-referrals, missing episodes).
    LowerBetter,
    /// Neither direction is better in itself (numbers in care, budgets).
    Neutral,
}

/// Words naming a measure worse when higher, and one worse when lower, from
/// `data/measures.tsv`: within a neutral topic ("School attendance and exclusions"),
/// "persistent absence ... above the national average" is a shortfall, "attendance
/// ... above" is not.
static MEASURE_WORDS: LazyLock<[Option<crate::pattern::Pattern>; 2]> = LazyLock::new(|| {
    let table = include_str!(concat!(env!("OUT_DIR"), "/measures.tsv"));
    let row = |direction: &str| {
        cue_rows(table)
            .find(|(d, _)| *d == direction)
            .map(|(_, p)| crate::pattern::compile(&format!(r"\b(?:{p})\b")))
    };
    [row("lower_better"), row("higher_better")]
});

/// The better direction of the measure a sentence names, where its topic has none.
pub fn measure_polarity(sentence: &str) -> Polarity {
    let [lower, higher] = &*MEASURE_WORDS;
    let names =
        |re: &Option<crate::pattern::Pattern>| re.as_ref().is_some_and(|r| r.is_match(sentence));
    match (names(lower), names(higher)) {
        (true, false) => Polarity::LowerBetter,
        (false, true) => Polarity::HigherBetter,
        _ => Polarity::Neutral,
    }
}

/// One category of the taxonomy with its wording cues.
#[derive(Debug, Clone)]
pub struct Category {
    /// Taxonomy key, as in the output contract.
    pub key: &'static str,
    /// Human label for the page.
    pub label: &'static str,
    /// Which direction is better.
    pub polarity: Polarity,
    /// A bare "rate" of this measure is per 10,000 children, as the national
    /// statistics give it ("the rate of children in care fell to 62.6").
    pub rate_per_10k: bool,
}

/// A cue phrase pointing at a category.
#[derive(Debug, Clone, Copy)]
pub struct CategoryCue {
    /// Index into [`Vocabulary::categories`].
    pub category: usize,
    /// Generic cues ("children looked after") yield to specific ones ("dental checks").
    pub generic: bool,
}

/// All the vocabulary the analyser uses.
pub struct Vocabulary {
    /// Taxonomy categories, `other` last.
    pub categories: Vec<Category>,
    /// Cue for each pattern of `category_matcher`.
    pub category_cues: Vec<CategoryCue>,
    /// Finds category cues in lowercased text.
    pub category_matcher: crate::phrases::PhraseSet,
    /// Nouns that make a number a count.
    pub counted: WordSet,
    /// Words allowed between a number and its counted noun.
    pub adjectives: WordSet,
    /// Nouns after which a number is never an indicator.
    pub excluded_nouns: WordSet,
    /// Words that link a number to what follows ("in", "were"), never describing a noun.
    pub linking: WordSet,
    /// Nouns that turn "three care leaver ..." into a count of measures.
    pub measures: WordSet,
    /// Words after which a number is an identifier.
    pub identifiers: WordSet,
    /// Words that tell more than what a count counts, so that a share in brackets
    /// after them is no restatement of the count ("42 were seen, up (3%)").
    pub not_counted_words: WordSet,
    /// Nouns right after a sum that say what it is ("a £1.4m underspend on ...").
    pub sums: WordSet,
    /// Words that end a street's name, so that "4 Church Close" is an address.
    pub streets: WordSet,
}

const CATEGORIES: &str = include_str!(concat!(env!("OUT_DIR"), "/categories.tsv"));
const NOUNS: &str = include_str!(concat!(env!("OUT_DIR"), "/nouns.tsv"));
const IDENTIFIERS: &str = include_str!(concat!(env!("OUT_DIR"), "/identifiers.txt"));

/// The lines of a data table, without blank lines and `#` comments.
pub fn data_lines(table: &'static str) -> impl Iterator<Item = &'static str> {
    table
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
}

/// The `kind<TAB>pattern` rows of a cue table.
pub fn cue_rows(table: &'static str) -> impl Iterator<Item = (&'static str, &'static str)> {
    data_lines(table).filter_map(|l| l.split_once('\t'))
}

/// The top-level alternatives of a pattern: `a|b(c|d)|e` gives `a`, `b(c|d)`, `e`.
/// Lets a gate put the alternatives anchored at the start (`^...`) in a pattern of
/// their own, which stays cheap, instead of slowing the scan of the rest.
pub fn alternatives(pattern: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let (mut depth, mut in_class, mut escaped, mut start) = (0usize, false, false, 0);
    for (i, c) in pattern.char_indices() {
        match c {
            _ if escaped => escaped = false,
            '\\' => escaped = true,
            '[' => in_class = true,
            ']' => in_class = false,
            '(' if !in_class => depth += 1,
            ')' if !in_class => depth = depth.saturating_sub(1),
            '|' if !in_class && depth == 0 => {
                out.push(&pattern[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    out.push(&pattern[start..]);
    out
}

/// One pattern matching any of `patterns`, each kept in its own group so that the
/// order of the table decides which wins at one place.
pub fn any_of<'a>(patterns: impl Iterator<Item = &'a str>) -> String {
    patterns
        .map(|p| format!("(?:{p})"))
        .collect::<Vec<_>>()
        .join("|")
}

/// The shared vocabulary, built on first use.
pub static VOCAB: LazyLock<Vocabulary> = LazyLock::new(build);

fn build() -> Vocabulary {
    let mut categories = Vec::new();
    let mut patterns = Vec::new();
    let mut category_cues = Vec::new();
    for line in data_lines(CATEGORIES) {
        let mut f = line.split('\t');
        let key = f.next().unwrap_or("other");
        let polarity = match f.next().unwrap_or("") {
            "higher_better" => Polarity::HigherBetter,
            "lower_better" => Polarity::LowerBetter,
            _ => Polarity::Neutral,
        };
        let label = f.next().unwrap_or(key);
        let cues = f.next().unwrap_or("");
        let idx = categories.len();
        categories.push(Category {
            key,
            label,
            polarity,
            rate_per_10k: f.next() == Some("per_10k"),
        });
        for cue in cues.split(';').map(str::trim).filter(|c| !c.is_empty()) {
            let generic = cue.starts_with('~');
            patterns.push(cue.trim_start_matches('~'));
            category_cues.push(CategoryCue {
                category: idx,
                generic,
            });
        }
    }
    let category_matcher = crate::phrases::PhraseSet::new(patterns)
        .unwrap_or_else(|e| panic!("data/categories.tsv: {e}"));
    let mut counted = WordSet::default();
    let mut adjectives = WordSet::default();
    let mut excluded_nouns = WordSet::default();
    let mut measures = WordSet::default();
    let mut linking = WordSet::default();
    let mut not_counted_words = WordSet::default();
    let mut sums = WordSet::default();
    let mut streets = WordSet::default();
    for line in data_lines(NOUNS) {
        let mut words = line.split_whitespace();
        let set = match words.next() {
            Some("counted") => &mut counted,
            Some("adjective") => &mut adjectives,
            Some("measures") => &mut measures,
            Some("linking") => &mut linking,
            Some("excluded") => &mut excluded_nouns,
            Some("not-counted") => &mut not_counted_words,
            Some("sums") => &mut sums,
            Some("streets") => &mut streets,
            other => panic!("data/nouns.tsv: unknown kind {other:?}"),
        };
        set.extend(words);
    }
    let identifiers = data_lines(IDENTIFIERS)
        .flat_map(str::split_whitespace)
        .collect();
    Vocabulary {
        categories,
        category_cues,
        category_matcher,
        counted,
        adjectives,
        excluded_nouns,
        linking,
        measures,
        identifiers,
        not_counted_words,
        sums,
        streets,
    }
}

impl Vocabulary {
    /// The index of a category key, `other` when unknown.
    pub fn category_index(&self, key: &str) -> usize {
        self.categories
            .iter()
            .position(|c| c.key == key)
            .unwrap_or(self.categories.len() - 1)
    }

    /// The index of the catch-all `other` category.
    pub fn other(&self) -> usize {
        self.categories.len() - 1
    }
}

/// The titles written before a person's name ("Councillor Grant", "Dr Shah"), in the
/// case minutes write them.
pub const TITLES: &[&str] = &[
    "Councillor",
    "Cllr",
    "Mrs",
    "Miss",
    "Mr",
    "Ms",
    "Dr",
    "Prof",
    "Supt",
    "Insp",
    "Sgt",
];

/// The verbs a speaker's name comes before ("Lisa Grant reported", "Tom Budd said"),
/// which tell a surname from the same word as a topic ("grant", "budd").
pub const SPEAKING_VERBS: &[&str] = &[
    "reported",
    "said",
    "explained",
    "presented",
    "introduced",
    "confirmed",
    "advised",
    "noted",
    "highlighted",
    "stated",
    "added",
    "agreed",
    "undertook",
    "told",
    "informed",
    "gave",
    "responded",
    "replied",
    "asked",
    "commented",
    "outlined",
    "updated",
    "provided",
    "welcomed",
    "thanked",
    "acknowledged",
    "assured",
    "emphasised",
];

/// `TITLES` as a pattern group, each with an optional full stop ("Cllr.", "Dr.").
pub fn titles_pattern() -> String {
    format!(r"(?:{})\.?", TITLES.join("|"))
}

/// The nations whose figures are the national benchmark (lowercase): minutes from
/// Wales and Scotland set theirs against their own country.
pub const NATIONS: &[&str] = &["england", "scotland", "wales", "northern ireland"];

/// [`NATIONS`] as a pattern piece.
pub static NATION: std::sync::LazyLock<String> =
    std::sync::LazyLock::new(|| format!("(?:{})", NATIONS.join("|")));

/// Whether lowercase text names one of the [`NATIONS`].
pub fn names_nation(lower: &str) -> bool {
    NATIONS.iter().any(|n| lower.contains(n))
}

/// Month names and their common abbreviations, for periods and dates.
pub const MONTHS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
];

/// The number (1 to 12) of a lowercase month name or abbreviation ("sept" is 9).
pub fn month_number(word: &str) -> Option<u32> {
    let word = word.trim_end_matches('.');
    let full = MONTHS
        .iter()
        .take(12)
        .position(|m| *m == word || word.len() >= 3 && m.starts_with(word))?;
    Some(full as u32 + 1)
}

/// The years minutes talk about as years even where a number could be a count ("the
/// 2025 review", "national CLA 2025: 23%", "in Oct. 2026").
pub const RECENT_YEARS: std::ops::RangeInclusive<u32> = 1990..=2039;

/// Whether a word is a recent year written alone ("2025").
pub fn is_year(word: &str) -> bool {
    word.len() == 4
        && word.bytes().all(|b| b.is_ascii_digit())
        && word.parse().is_ok_and(|y| RECENT_YEARS.contains(&y))
}

/// Whether a lowercase word is a month name or abbreviation.
pub fn is_month(word: &str) -> bool {
    MONTHS.contains(&word.trim_end_matches('.'))
}

/// Whether every text a cue pattern matches must hold one of `words`: read from the
/// parsed pattern, a run of literal text that cannot be skipped holds a word, or a
/// group that cannot be skipped has that property in each of its alternatives.
/// Sound, not complete: it lets tests prove that a table's gate words really gate it.
#[cfg(test)]
pub fn always_holds_one_of(pattern: &str, words: &[&str]) -> bool {
    let hir = regex_syntax::Parser::new()
        .parse(&crate::pattern::ascii(pattern))
        .unwrap_or_else(|e| panic!("bad cue pattern {pattern:?}: {e}"));
    holds_one_of(&hir, words)
}

#[cfg(test)]
fn holds_one_of(hir: &regex_syntax::hir::Hir, words: &[&str]) -> bool {
    use regex_syntax::hir::HirKind;
    let in_text = |text: &[u8]| {
        words
            .iter()
            .any(|w| text.windows(w.len()).any(|t| t == w.as_bytes()))
    };
    match hir.kind() {
        HirKind::Literal(l) => in_text(&l.0),
        HirKind::Capture(c) => holds_one_of(&c.sub, words),
        HirKind::Repetition(r) => r.min > 0 && holds_one_of(&r.sub, words),
        HirKind::Alternation(alternatives) => alternatives.iter().all(|a| holds_one_of(a, words)),
        HirKind::Concat(parts) => {
            // Literal pieces joined only by zero-width tests (`\b`) are one run of text.
            let mut run = Vec::new();
            for part in parts {
                match part.kind() {
                    HirKind::Literal(l) => run.extend_from_slice(&l.0),
                    HirKind::Look(_) => {}
                    _ if holds_one_of(part, words) => return true,
                    _ => run.clear(),
                }
                if in_text(&run) {
                    return true;
                }
            }
            false
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gate_words_are_proved_only_where_no_branch_escapes_them() {
        let words = ["would", "asked"];
        assert!(always_holds_one_of(
            "members (?:would like|asked for)",
            &words
        ));
        assert!(always_holds_one_of("(?:was|were) asked to", &words));
        assert!(!always_holds_one_of("(?:would|will) provide", &words));
        assert!(!always_holds_one_of("(?:would )?provide", &words));
        assert!(!always_holds_one_of("askeds?|would", &["askeds"]));
        assert!(always_holds_one_of("concerns?", &["concern"]));
        assert!(!always_holds_one_of("x{2,40}y", &["40"]));
    }

    #[test]
    fn alternatives_split_only_at_the_top_level() {
        assert_eq!(
            alternatives(r"^actions?\s*[:\-]|agreed to (?:a|b)|x[|(]y"),
            [r"^actions?\s*[:\-]", "agreed to (?:a|b)", "x[|(]y"]
        );
        assert_eq!(alternatives("plain"), ["plain"]);
    }

    #[test]
    fn tables_load_with_other_last() {
        let v = &*VOCAB;
        assert_eq!(v.categories.last().unwrap().key, "other");
        assert!(v.categories.len() > 40);
        assert_eq!(
            v.categories[v.category_index("re_referrals")].polarity,
            Polarity::LowerBetter
        );
        assert!(v.counted.contains("children"));
        assert!(v.identifiers.contains("regulation"));
    }
}
