//! Finds the figures in a sentence: numbers that measure something.
//!
//! A number in minutes is as often a date, an item number, an age or a threshold
//! ("within 20 working days") as a measurement. This stage reads the words on both
//! sides of every number and keeps those that measure: percentages, counts of
//! people or events, rates, money, fractions and measured durations.

use crate::pattern::Pattern;
use crate::vocab::{is_month, VOCAB};
use serde::Serialize;
use std::ops::Range;
use std::sync::LazyLock;

/// The unit of a figure, as named in the output contract.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Unit {
    /// A percentage ("86%", "Ninety five per cent").
    Percent,
    /// A count of people or events ("18 reviews").
    Count,
    /// A rate per 10,000 children.
    #[serde(rename = "rate_per_10k")]
    RatePer10k,
    /// A ratio ("1:5").
    Ratio,
    /// Pounds sterling, in pounds.
    CurrencyGbp,
    /// A measured number of days.
    Days,
    /// A measured number of weeks.
    Weeks,
    /// A measured number of months.
    Months,
    /// Any other number.
    Number,
}

impl Unit {
    /// The contract's name for the unit.
    pub fn as_str(self) -> &'static str {
        match self {
            Unit::Percent => "percent",
            Unit::Count => "count",
            Unit::RatePer10k => "rate_per_10k",
            Unit::Ratio => "ratio",
            Unit::CurrencyGbp => "currency_gbp",
            Unit::Days => "days",
            Unit::Weeks => "weeks",
            Unit::Months => "months",
            Unit::Number => "number",
        }
    }
}

/// A number that measures something, with where it is written.
#[derive(Debug, Clone, PartialEq)]
pub struct Figure {
    /// The value, in the unit's natural scale (pounds for money).
    pub value: f64,
    /// Its unit.
    pub unit: Unit,
    /// Where the figure is written (normalised offsets), unit sign included.
    pub range: Range<usize>,
    /// The upper end of a range such as "9%-11%".
    pub range_to: Option<f64>,
    /// The denominator of a fraction such as "90/108".
    pub denominator: Option<f64>,
    /// Whether the figure was written in words.
    pub in_words: bool,
}

/// What `numbers` finds, as a pattern: the definition the scanner is tested against.
#[cfg(test)]
static NUMBER: LazyLock<Pattern> =
    LazyLock::new(|| crate::pattern::compile(r"(?:[£€$]\s?)?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"));

/// The numbers of a text, left to right: an optional currency sign (and one space),
/// digits grouped in thousands ("12,345") or plain, an optional decimal part.
/// Scanned by hand, as `NUMBER` would match them: it runs over every sentence with a
/// digit, where a pattern's set-up and automaton cost more than this loop.
pub fn numbers(s: &str) -> impl Iterator<Item = Range<usize>> + '_ {
    let b = s.as_bytes();
    let digits_from = |i: usize| {
        b[i.min(b.len())..]
            .iter()
            .take_while(|c| c.is_ascii_digit())
            .count()
    };
    let mut i = 0;
    std::iter::from_fn(move || {
        while i < b.len() {
            // Skip to a digit or the first byte of a currency sign.
            let skip = crate::bytes::first(&b[i..], |x| {
                use crate::bytes::{digits, equal_to};
                digits(x) | equal_to(x, b'$') | equal_to(x, 0xC2) | equal_to(x, 0xE2)
            })?;
            i += skip;
            let start = i;
            // An optional currency sign and one space, then a digit must follow.
            let sign = match &b[i..] {
                [b'$', ..] => 1,
                [0xC2, 0xA3, ..] => 2,       // £
                [0xE2, 0x82, 0xAC, ..] => 3, // €
                _ => 0,
            };
            let mut at = start + sign;
            if sign > 0
                && b.get(at).is_some_and(|&c| crate::pattern::is_space(c))
                && b.get(at + 1).is_some_and(u8::is_ascii_digit)
            {
                at += 1;
            }
            if !b.get(at).is_some_and(u8::is_ascii_digit) {
                i += 1;
                continue;
            }
            // Thousands groups when at least one ",ddd" follows 1 to 3 digits.
            let lead = digits_from(at);
            let grouped = (1..=lead.min(3)).rev().find_map(|k| {
                let mut end = at + k;
                let mut groups = 0;
                while b.get(end) == Some(&b',') && digits_from(end + 1) >= 3 {
                    end += 4;
                    groups += 1;
                }
                (groups > 0).then_some(end)
            });
            let mut end = grouped.unwrap_or(at + lead);
            if b.get(end) == Some(&b'.') && digits_from(end + 1) > 0 {
                end += 1 + digits_from(end + 1);
            }
            i = end;
            return Some(start..end);
        }
        None
    })
}

/// The words of numbers below a hundred, for the patterns that read them.
const UNITS: &str = "(?:one|two|three|four|five|six|seven|eight|nine)";
const TENS: &str = "(?:twenty|thirty|forty|fourty|fifty|sixty|seventy|eighty|ninety)";
const TEENS: &str =
    "(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)";

/// A number from one to ninety-nine in words ("twelve", "forty-two"), as a pattern.
pub(crate) fn count_in_words() -> String {
    format!(r"(?:{TEENS}|{TENS}(?:[ -]{UNITS})?|{UNITS})")
}

static WORD_NUMBER: LazyLock<Pattern> = LazyLock::new(|| {
    crate::pattern::compile(&format!(
        r"\b(?:(?:{UNITS}\s+hundred|a hundred)(?:\s+and\s+(?:{TENS}(?:[\s-](?:{UNITS})\b)?|{TEENS}|{UNITS}))?|{TENS}(?:[\s-](?:{UNITS})\b)?|zero|nil|none|{UNITS}|{TEENS})\b",
    ))
});

static PERCENT: LazyLock<crate::pattern::Anchored> = LazyLock::new(|| {
    crate::pattern::Anchored::new(
        r"^\s?(?:%|per ?cent\b|percent\b|pc\b|percentage points?\b|ppts?\b|pp\b|p(?:er|re|e)?e?\s?c(?:en|ne|n)t\b)\+?",
    )
});
static PERCENT_RANGE_END: LazyLock<crate::pattern::Anchored> = LazyLock::new(|| {
    crate::pattern::Anchored::new(r"^\s?-\s?(\d+(?:\.\d+)?)\s?(?:%|per ?cent\b|percent\b)")
});
/// The end of a range opened by "between": "between 9% and 11%".
static BETWEEN_RANGE_END: LazyLock<crate::pattern::Anchored> = LazyLock::new(|| {
    crate::pattern::Anchored::new(
        r"^(?:\s?-\s?|\s+(?:and|to)\s+)(\d+(?:\.\d+)?)\s?(?:%|per ?cent\b|percent\b)",
    )
});
/// The end of a range of counts opened by "between": "between 1,200 and 1,300 (families)".
static BETWEEN_COUNT_END: LazyLock<crate::pattern::Anchored> =
    LazyLock::new(|| crate::pattern::Anchored::new(r"^\s+(?:and|to)\s+(\d[\d,]*)\b"));
static MULTIPLIER: LazyLock<crate::pattern::Anchored> =
    LazyLock::new(|| crate::pattern::Anchored::new(r"^\s?(m|mn|million|k|bn|billion|thousand)\b"));
static RATE_OTHER: LazyLock<crate::pattern::Anchored> = LazyLock::new(|| {
    crate::pattern::Anchored::new(
        r"^\s?(?:per|a)\s(?:day|week|month|year|annum|head|person|1,000|1000|100,000|100000)\b",
    )
});
/// A weight after a number ("254kg", "1,200 tonnes"): measured, in no unit of the contract.
static WEIGHT: LazyLock<crate::pattern::Anchored> = LazyLock::new(|| {
    crate::pattern::Anchored::new(r"^\s?(?:kg|kgs|kilograms?|kilos|tonnes?|tons)\b")
});

/// Words after a time span that make it a time ago ("two years ago", "a year earlier").
const AGO: [&str; 6] = ["earlier", "ago", "before", "previously", "later", "time"];

/// The first word of `rest`, without the punctuation that may close it.
fn first_word(rest: &str) -> &str {
    rest.trim_start()
        .split([' ', ',', '.', ';', ':', ')'])
        .next()
        .unwrap_or("")
}

/// Whether a time span just read ("a year") is followed by "earlier", "ago" and the like
/// (or "on": "15 a year on").
fn is_time_ago(rest: &str) -> bool {
    let w = first_word(rest);
    AGO.contains(&w) || w == "on"
}
/// "The rate per 10,000 was", "Rate per 10,000 children:", "the rate per 10,000
/// (52.1)": the unit of the figure that follows, named before it; and a count's rate in
/// its bracket, "356 children (rate 51.9)" (a bare rate of children is per 10,000).
static RATE_10K_BEFORE: LazyLock<Pattern> = LazyLock::new(|| {
    crate::pattern::compile(
        r"\brate per\s?(?:10,000|10000|10 000|10k)\b(?:[^.;\d%]{0,30}(?:\b(?:was|is|of|at|stood at|remained at|reached)\s*:?|:|\()\s*|\s+)$|\(\s*rate:?\s*$",
    )
});
static RATE_10K: LazyLock<crate::pattern::Anchored> =
    LazyLock::new(|| crate::pattern::Anchored::new(r"^\s?per\s?(?:10,000|10000|10 000|10k)\b"));
static FRACTION: LazyLock<crate::pattern::Anchored> =
    LazyLock::new(|| crate::pattern::Anchored::new(r"^/(\d[\d,]*)\b"));
/// A number up to ninety-nine in words, for patterns that read one where digits may
/// stand ("four of the eleven posts", "Of the 40 referrals, twelve were ...").
const NUMBER_WORD: &str = r"(?:(?:twenty|thirty|forty|fourty|fifty|sixty|seventy|eighty|ninety)(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen)";
/// A count's whole after it: "16 of 244", "11,200 of the planned 18,000", "138 of our 512".
static OF_TOTAL: LazyLock<crate::pattern::Anchored> = LazyLock::new(|| {
    crate::pattern::Anchored::new(&format!(
        r"^\s+(?:of|out of)\s+(?:the\s+|all\s+|our\s+|its\s+|their\s+)?(?:(?:planned|expected|projected|estimated|scheduled|available|eligible|required|budgeted|funded|commissioned|targeted)\s+)?(\d[\d,]*|{NUMBER_WORD})\b"
    ))
});
static NOT_A_FIGURE_AFTER: LazyLock<crate::pattern::Anchored> = LazyLock::new(|| {
    crate::pattern::Anchored::new(
        r"^(?:(?:st|nd|rd|th)\b|:\d\d|\s?(?:am|pm|a\.m\.|p\.m\.)(?:\W|$)|\.\d\d?\s?(?:am|pm)\b|[./]\d{1,2}[./]\d{2,4}|/\d{2}\b|\s?(?:kb|mb|gb|bytes)\b|[\s-]?(?:years?|yrs?)[\s-]?olds?\b|\s?(?:-|–|to)\s?\d{1,2}[\s-]?(?:years?|yrs?)[\s-]?olds?\b|\s(?:years?|yrs) (?:old|of age)\b|\+?\s?(?:miles?|km|kilometres?|metres?|meters?|feet|ft|mph)\b|\s?times\b|\s?or (?:more|over|fewer|less|above|under)\b|\+\s?(?:moves?|placements?|episodes?|schools?|years?|months?|weeks?|days?|hours?)\b|-[a-z])",
    )
});
static DURATION: LazyLock<crate::pattern::Anchored> = LazyLock::new(|| {
    crate::pattern::Anchored::new(
        r"^[\s-]?(?:working |calendar |school )?(days?|weeks?|months?|years?|yrs|hours?|hrs|minutes?|mins?|seconds?|secs?)\b",
    )
});
static MEASURED_DURATION: LazyLock<crate::pattern::Ending> = LazyLock::new(|| {
    crate::pattern::Ending::new(
        r"(?:average|averaged|averaging|median|mean|longest|shortest|oldest|took|taking|taken|waited|waiting time|wait of|wait (?:was|is)|waits (?:were|are)|length of|duration|timeliness|turnaround|times)\b[^.;]{0,100}$",
    )
});
/// "in August it reached 7 minutes": a time a measure came to is measured (but "who
/// reached 18 years" is an age, so not in years).
static REACHED: LazyLock<crate::pattern::Ending> =
    LazyLock::new(|| crate::pattern::Ending::new(r"\b(?:reached|peaked at|peaking at)\s*$"));
static BARE_LEVEL: LazyLock<crate::pattern::Ending> = LazyLock::new(|| {
    crate::pattern::Ending::new(
        r"(?:\bwas|\bis|\bwere|\bare|\bat|\bof|\bto|\bstood at|\btotalled|\breached|\bremains at|\bremained at|\baveraged|\baveraging|:)\s*$",
    )
});
/// A level given as it stands now, closing its clause: "UASC - now 41, up from 29".
static NOW_LEVEL: LazyLock<crate::pattern::Ending> = LazyLock::new(|| {
    crate::pattern::Ending::new(r"(?:^|[-,;:(]|\s)\s*(?:now|currently)\s+(?:at\s+)?$")
});

/// A threshold that defines a measure: "children who had at least one suspension",
/// "with more than three placements". ("At least 40 children ..." still counts.)
static THRESHOLD_BEFORE: LazyLock<crate::pattern::Ending> = LazyLock::new(|| {
    crate::pattern::Ending::new(
        r"\b(?:had|has|have|having|with|received|receiving|experienced|experiencing|hold|holds|held|holding|carry|carries|carried|carrying)\s+(?:at least|more than|over|under|fewer than|less than|up to|two or|three or)\s*$",
    )
});
/// A level that defines whom a figure counts: "14 children had attendance below 80%",
/// "schools with persistent absence above 20%", "directorates with completion below 85%".
static LEVEL_THRESHOLD_BEFORE: LazyLock<crate::pattern::Ending> = LazyLock::new(|| {
    crate::pattern::Ending::new(
        r"\b(?:had|has|have|having|with|whose)\s+(?:an?\s+|their\s+)?(?:[a-z-]+\s+){0,2}(?:attendance|absence|caseloads?|scores?|occupancy|completion|compliance|performance|uptake|take-up|vacancy)(?:\s+rates?)?\s+(?:(?:of\s+)?(?:below|under|above|over|less than|more than|at least)|lower than|higher than)\s*$",
    )
});
/// A bound on a share of something, not a level: "pupils missing 50% or more of
/// sessions". ("A target of 10% or below" is a level all the same.) Or the share of
/// places that names a set: "learners from the 20% most deprived postcodes".
static BOUND_AFTER: LazyLock<crate::pattern::Anchored> = LazyLock::new(|| {
    crate::pattern::Anchored::new(
        r"^\s?(?:(?:or|and) (?:more|over|fewer|less|above|under|higher|lower|below) of\b|(?:most|least) (?:deprived|disadvantaged|affluent)\b)",
    )
});
/// The top of a stated range: the 70 of "the recommended range of 50 to 70", which
/// with its bottom is one bar.
/// The younger age (14 to 24) of a band before its hyphen, after a word: "Care leavers 17-18
/// NEET", "starts 16-18": the older age ends the band and counts nothing.
static AGE_BAND_BEFORE: LazyLock<crate::pattern::Ending> = LazyLock::new(|| {
    crate::pattern::Ending::new(r"(?i)[a-z]\s+(?:1[4-9]|2[0-4])\s?[-\u{2013}]\s?$")
});
static RANGE_END_BEFORE: LazyLock<crate::pattern::Ending> =
    LazyLock::new(|| crate::pattern::Ending::new(r"\brange of \d[\d,.]*%?\s*(?:to|and)\s*$"));
static SENTENCE_COUNTS: LazyLock<Pattern> = LazyLock::new(|| {
    crate::pattern::compile(
        r"\b(?:number|numbers|total|rate|rates|caseloads?|average|count|figure|figures|score|scores|progress 8|attainment 8|net (?:loss|gain|change|increase|decrease|reduction))\b",
    )
});
/// "There were 9,214 households on the register: Band A 312, Band B 1,204 and Band D
/// 3,186": after a count and a colon, a list of short labels each with its count are
/// the parts of that count.
pub(crate) fn listed_part(before: &str, after: &str) -> bool {
    let after = after.trim_start();
    if !(after.is_empty() || after.starts_with([',', '.', ';']) || after.starts_with("and ")) {
        return false;
    }
    let Some(colon) = memchr::memrchr(b':', before.as_bytes())
        .filter(|&k| before.as_bytes().get(k + 1) == Some(&b' '))
    else {
        return false;
    };
    let whole_counted = before[..colon].bytes().any(|b| b.is_ascii_digit());
    // Each entry: one to three words, then (but for the last) its count and a comma or
    // "and".
    let entries = before[colon + 1..]
        .split(", ")
        .flat_map(|e| e.split(" and "));
    let mut ok = whole_counted;
    let mut pieces = entries.peekable();
    while let Some(entry) = pieces.next() {
        let words: Vec<&str> = entry.split_whitespace().collect();
        let last = pieces.peek().is_none();
        let (label, count) = match last {
            true => (&words[..], None),
            false => match words.split_last() {
                Some((n, label)) => (label, Some(*n)),
                None => return false,
            },
        };
        ok &= (1..=3).contains(&label.len())
            && label
                .iter()
                .all(|w| w.bytes().all(|b| b.is_ascii_alphabetic() || b == b'-'))
            && count.is_none_or(|n| n.bytes().all(|b| b.is_ascii_digit() || b == b','));
    }
    ok
}

/// The rest of "from 8.1 to 10.9 percentage points" after its bare first end.
static BARE_FROM_TO_PERCENT: LazyLock<crate::pattern::Anchored> = LazyLock::new(|| {
    crate::pattern::Anchored::new(
        r"^\s+to\s+\d[\d.,]*\s?(?:%|per ?cent|percent|percentage points?)",
    )
});
/// What comes before the bare second end of "from 8.1 percentage points to 10.9".
static PERCENT_FROM_TO_BARE: LazyLock<crate::pattern::Ending> = LazyLock::new(|| {
    crate::pattern::Ending::new(
        r"\bfrom\s+\d[\d.,]*\s?(?:%|per ?cent|percent|percentage points?)\s+to\s*$",
    )
});
/// "created 148 jobs and safeguarded a further 92", "and a further 9 were on the edge of
/// care": more of the things a count before it counted, closing its clause or told by
/// a verb.
fn further_count(before: &str, after: &str) -> bool {
    let b = before.trim_end();
    (b.ends_with(" a further") || b.ends_with(" another"))
        && b.bytes().any(|c| c.is_ascii_digit())
        && (after.is_empty()
            || after.starts_with(['.', ',', ';', ')'])
            || THE_COUNT_ACTS.is_match(after))
}

/// A reading told by its verb: "the highest reading was 46.2", "the median was 12".
static READING_BEFORE: LazyLock<crate::pattern::Ending> = LazyLock::new(|| {
    crate::pattern::Ending::new(
        r"\b(?:readings?|concentrations?|mean|median|score)\s+(?:was|were|is|are|of)\s*$",
    )
});
/// A level reached by a movement: "had risen to 214", "fell slightly to 66%". The figure
/// after it is measured, and (in `indicators`) the level before it is its earlier value.
/// So is one after the size of the move: "up 23 to 187", "increased by 23 (to 187)".
/// A noun of the move after "to" is a verb of what is still to happen ("needs to rise
/// to 95%"), so the word before the noun is not "to".
pub(crate) static MOVED_TO: LazyLock<crate::pattern::Ending> = LazyLock::new(|| {
    crate::pattern::Ending::new(
        r"(?:(?:^|[^\w\s]\s*|(?:\S*[^\so]|\S*[^\st]o|\bo)\s+)(?:decrease|increase|reduction|rise|fall|drop|decline|dip|improvement)|\b(?:decreased|increased|reduced|risen|rose|grown|grew|doubled|trebled|tripled|halved|climbed|fallen|fell|dropped|dipped|slipped|declined|improved|deteriorated|worsened|changed|moved|narrowed|widened|gone up|gone down|went up|went down|(?:crept|edged|ticked) (?:up|down)|returned|recovered))\s+(?:slightly\s+|significantly\s+|sharply\s+|further\s+|again\s+|by\s+(?:\d[\d.,]*\s?(?:%|per ?cent|percentage points?)?|(?:almost |nearly |over |around |about |more than |just over |just under )?(?:a|one|two) (?:quarter|third|half|fifth|tenth)s?)(?:\s+(?:year on year|on last year|since \w+|on (?:the )?(?:previous|last|same) (?:quarter|month|year|period)|compared (?:with|to) (?:the )?[a-z0-9/ ]{1,25}?|(?:over|in) (?:the (?:last|past) )?(?:a|one|two|three|four|five|\d+) (?:years?|months?|quarters?)))?,?\s+)?\(?to\s*$|\b(?:up|down)\s+(?:by\s+)?\d[\d.,]*\s?(?:%|per ?cent|percentage points?)?\s+\(?to\s*$",
    )
});
/// "up to 14 from 9", "(down to 61% from 70%)": a level moved to, its earlier value
/// after it. "up to" alone is a cap ("up to 14 days"), so it needs the "from".
pub(crate) static UP_TO: LazyLock<crate::pattern::Ending> =
    LazyLock::new(|| crate::pattern::Ending::new(r"\b(?:up|down)\s+to\s*$"));
static FROM_A_FIGURE: LazyLock<crate::pattern::Anchored> =
    LazyLock::new(|| crate::pattern::Anchored::new(r"^\s*(?:%|per ?cent)?\s*from\s+(?:£\s?)?\d"));

/// Whether the figure between `before` and `after` is a level moved to from an
/// earlier one: "up to 14 from 9".
pub(crate) fn moved_up_or_down_to(before: &str, after: &str) -> bool {
    before.ends_with("to ") && UP_TO.is_match(before) && FROM_A_FIGURE.is_match(after)
}

/// An earlier time whose count follows in brackets: "an increase on the same time last
/// year (903)".
static EARLIER_TIME_IN_BRACKET: LazyLock<crate::pattern::Ending> = LazyLock::new(|| {
    crate::pattern::Ending::new(
        r"\b(?:last year|previous year|the year before|a year (?:ago|earlier)|last quarter|previous quarter|last month|previous month)\s*\(\s*$|\b(?:with|to|on|from|than|against)\s+(?:the\s+)?(?:q[1-4]|quarter [1-4]|(?:january|february|march|april|may|june|july|august|september|october|november|december)(?:\s+\d{4})?)\s*\(\s*$|\(\s*(?:q[1-4]|quarter [1-4]|(?:last|previous) (?:year|quarter|month))\s+$",
    )
});
/// A second count told after the first: "12 children came into care and 9 left care",
/// "112 children were subject to section 47 enquiries; 41 progressed to an ICPC".
static AND_THEN_COUNT: LazyLock<crate::pattern::Ending> = LazyLock::new(|| {
    crate::pattern::Ending::new(r"(?:\b(?:and|while|whilst|but)|;)\s*(?:only\s+|just\s+)?$")
});
/// The verb that makes a bare number after [`AND_THEN_COUNT`] a count of its own:
/// "17 left", "and 39 felt they had a say" (a survey's answer).
static THE_COUNT_ACTS: LazyLock<crate::pattern::Anchored> = LazyLock::new(|| {
    crate::pattern::Anchored::new(
        r"^\s+(?:left|returned|ceased|moved|came|went|were|had|progressed|proceeded|led|resulted|converted|said|felt|knew|thought|reported|agreed|rated|described|would recommend)\b",
    )
});
/// An earlier value about to be given: "down from", "compared with", "an improvement
/// on", "slightly down on", ", against". The figure after it is measured (a duration too), and (in
/// `indicators`) it is the level's earlier value or a comparison.
pub(crate) static DOWN_FROM: LazyLock<crate::pattern::Ending> = LazyLock::new(|| {
    crate::pattern::Ending::new(&format!(
        r"\b(?:down|up|increased?|decreased?|rise|rising|risen|rose|fall|falling|fallen|fell|drop|dropped|dip|dipped|slip|slipped|decline|declined|improvement|improved|improving|deterioration|deteriorated|deteriorating|worsened|worsening|reduction|reduced|reducing|increasing|decreasing|declining|dropping|change|changed)\s+from\s*(?:the\s+)?$|\b(?:improvement|increase|decrease|reduction|rise|fall|deterioration)\s+on\s*(?:the\s+)?$|{SAID_BEFORE_UP_ON}(?:down|up)\s+on\s*$|\bcompar(?:ed|es) (?:well |favourably |unfavourably |poorly |badly )?(?:with|to)(?:\s+the)?{EMPHASIS}\s*$|\(\s*from\s*$|,\s*(?:from|against)\s*$|\b(?:after|from) (?:a|its|the) (?:low|high|peak) of\s*$",
    ))
});
/// A change's noun right after its figure, then what changed: "(12%) increase in ".
pub(crate) static CHANGE_IN_AFTER: LazyLock<crate::pattern::Anchored> = LazyLock::new(|| {
    crate::pattern::Anchored::new(&format!(
        r"^\s(?:{})\s+in\s+(?:the\s+)?",
        CHANGE_NOUNS.join("|")
    ))
});
/// The nouns a change is written with right after its figure: "a 13% increase".
pub(crate) const CHANGE_NOUNS: &[&str] = &[
    "increase",
    "rise",
    "reduction",
    "decrease",
    "fall",
    "drop",
    "growth",
    "improvement",
    "deterioration",
    "uplift",
];

/// The words that tell one value as like another ("broadly in line with Quarter 1",
/// "similar to"): what follows is set against it, and the two are told as no change.
pub(crate) const TOLD_ALIKE: &str = r"(?:in line with|similar to|the same as|consistent with)";
/// What says "down on" or "up on" is a level's move from an earlier one ("was down on",
/// "slightly up on", ", down on"), not a phrasal verb ("follow up on").
pub(crate) const SAID_BEFORE_UP_ON: &str =
    r"(?:\b(?:was|were|is|are|been|slightly|well|significantly|marginally|considerably)|,)\s*";
/// A word of emphasis or approximation between "compared with" and its figure:
/// "compared with just 41%", "compared with around 300".
pub(crate) const EMPHASIS: &str =
    r"(?:\s+(?:just|only|around|about|approximately|roughly|nearly|almost|some))?";

/// A part of a count just given, the other way round: "38 children, 22 of whom were".
/// "UASC make up 64 of these", "accounted for 31 of them": a count of a part, told by
/// the verb that makes it part of the whole before.
static MAKES_UP_BEFORE: LazyLock<crate::pattern::Ending> = LazyLock::new(|| {
    crate::pattern::Ending::new(
        r"\b(?:(?:make|makes|made) up|account(?:s|ed)? for|comprise[sd]?|represent(?:s|ed)?)\s+$",
    )
});
/// The whole named back to after such a count: "of these", "of the total".
static OF_THESE_AFTER: LazyLock<crate::pattern::Anchored> = LazyLock::new(|| {
    crate::pattern::Anchored::new(r"^\s+of (?:these|them|those|the total|this total|this number)\b")
});
static PART_OF_AFTER: LazyLock<crate::pattern::Anchored> = LazyLock::new(|| {
    crate::pattern::Anchored::new(
        r"^\s+of (?:whom|which|them|these|those)\s+(?:were|was|are|is|had|have)\b|^\s+of (?:whom|them|these|those),?\s+(?:more|less|fewer|over|under|living|placed|aged|in|at|with|from|now|still|outside|children|people|[a-z-]{3,}[^s]s)\b",
    )
});
/// "14 were rated green, 6 amber and 4 red": a list of counts whose verb is said once,
/// for the first, and left out for the rest.
static ELIDED_COUNT_BEFORE: LazyLock<crate::pattern::Ending> = LazyLock::new(|| {
    crate::pattern::Ending::new(
        r"\b\d[\d,]*\s+(?:were|are|was|is|had been|have been)\s+(?:rated\s+|graded\s+|judged\s+|assessed as\s+|judged as\s+)?[a-z]+(?:\s+[a-z]+)?(?:,\s+\d[\d,]*\s+[a-z]+(?:\s+[a-z]+)?)*(?:,|,?\s+and)\s+$",
    )
});
/// The one or two words of status after an elided count, then the list goes on or ends.
static ELIDED_COUNT_AFTER: LazyLock<crate::pattern::Anchored> = LazyLock::new(|| {
    crate::pattern::Anchored::new(r"^\s+[a-z]+(?:\s+[a-z]+)?\s*(?:[,.;]|\s+and\s|$)")
});
/// A verb that itself says a count follows: "Fixed-term suspensions totalled 2,311",
/// "enquiries concluded numbered 233".
static COUNTED_BY_VERB: LazyLock<crate::pattern::Ending> = LazyLock::new(|| {
    crate::pattern::Ending::new(
        r"\b(?:totalled|totaled|totalling|numbered|numbering|amounted to|averaged|averaging|stood at|(?:stabilised|stabilized|settled|plateaued|levelled off|leveled off) at(?: around| about| roughly)?)\s*$",
    )
});
/// A part of a count just given, told by what it went on to: ", with 1,402 progressing
/// to a referral", "of which 312 going on to an enquiry".
static WITH_PART_AFTER: LazyLock<crate::pattern::Anchored> = LazyLock::new(|| {
    crate::pattern::Anchored::new(
        r"^\s+(?:progressing|progressed|going on|went on|moving on|leading|converting|converted|resulting|proceeding|proceeded|stepping down|stepped down|escalating|escalated)\s+(?:to|into|on)\b",
    )
});
/// A total whose parts follow: "34 dispute resolution issues were raised, of which 29
/// were resolved informally" (whatever noun it counts).
static TOTAL_OF_PARTS_AFTER: LazyLock<crate::pattern::Anchored> = LazyLock::new(|| {
    crate::pattern::Anchored::new(r"^\s[a-z][a-z' -]{0,80}?,\s*of (?:which|whom|these)\s+\d")
});
/// "Custodial sentences: there had been 2 in the quarter": a count of what a label named.
static THERE_HAD_BEEN: LazyLock<crate::pattern::Ending> = LazyLock::new(|| {
    crate::pattern::Ending::new(r"\bthere (?:were|was|had been|have been|has been)\s*$")
});
/// A time, a state or the clause's end right after a count: " in the quarter", ",
/// compared ...", "(cases, of which there were 634) open at the end of October".
static IN_A_TIME_AFTER: LazyLock<crate::pattern::Anchored> = LazyLock::new(|| {
    crate::pattern::Anchored::new(
        r"^(?:\s*[,.;]|\s*$|\s(?:in|during|over|across|since|so far)\s(?:the\s+)?(?:quarter|month|year|period|week|q[1-4]|20\d\d|january|february|march|april|may|june|july|august|september|october|november|december)\b|\s(?:open|outstanding|active|live|ongoing|unallocated|overdue|pending|in total|altogether|in all)\s*(?:[,.;]|$|\s(?:at|in|on|as|and|by)\b))",
    )
});
/// The base of a share just given, "38% of the 26 children": its denominator, not a count.
static SHARE_BASE_BEFORE: LazyLock<crate::pattern::Ending> = LazyLock::new(|| {
    crate::pattern::Ending::new(r"\d\s?(?:%|per ?cent) of (?:the |all |these |those )?$")
});
/// A number continuing a list of school years or stages: the 13 of "Year 12 and 13".
static IDENTIFIER_LIST_BEFORE: LazyLock<crate::pattern::Ending> = LazyLock::new(|| {
    crate::pattern::Ending::new(
        r"\b(?:years?|key stages?|ks|stages?|levels?|grades?|tiers?)\s+\d{1,2}\s*(?:and|or|to|-|&|/)\s*$",
    )
});
/// A part of a count just given: "1,146, of which 302 were in bed and breakfast".
static SUBSET_BEFORE: LazyLock<crate::pattern::Ending> =
    LazyLock::new(|| crate::pattern::Ending::new(r"\bof (?:which|whom|these|those),?\s*$"));
/// A sentence opening on the total a count is part of: "Of the 281 children, " (37 were
/// placed out of area). The total is the part's denominator, not a figure of its own.
/// A year or financial year named inside the words of a whole ("the 40 savings targets
/// for 2026/27"), which holds digits though it counts nothing.
pub(crate) const YEAR_NAMED: &str = r"(?:19|20)\d\d(?:[/-]\d\d)?";
/// A day and month named inside the words of a whole ("the 23 recommendations due by
/// 30 September"), which hold digits though they count nothing.
pub(crate) static DATE_NAMED: LazyLock<String> = LazyLock::new(|| {
    format!(
        r"\d{{1,2}}(?:st|nd|rd|th)?\s+(?i:{})\b",
        crate::vocab::MONTHS.join("|")
    )
});
/// One letter, year or date of a whole's name, up to the comma that ends it.
static WHOLE_WORD: LazyLock<String> =
    LazyLock::new(|| format!(r"(?:[^,.;:\d]|{YEAR_NAMED}|{})", *DATE_NAMED));
static OF_TOTAL_OPENING: LazyLock<crate::pattern::Ending> = LazyLock::new(|| {
    crate::pattern::Ending::new(&format!(
        r"^of (?:the |these |those |all |our |its |their )?([\d,]+|{NUMBER_WORD}) {whole}{{1,60}},\s*$",
        whole = *WHOLE_WORD
    ))
});
/// Whether a figure is the whole a sentence opens on ("Of the 40 referrals, twelve
/// ...", "Of the £18.2m savings target, £13.5m ..."): `rest` is what follows it.
fn opens_on_the_whole(before: &str, rest: &str) -> bool {
    // ("Savings: of the £22.4m savings target, ...": a label may come first.)
    let before = before.rsplit([':', ';']).next().unwrap_or(before);
    matches!(
        before.trim(),
        "of" | "of the" | "of these" | "of those" | "of all" | "of its" | "of our"
    ) && OF_TOTAL_REST.is_match(rest)
}
/// What follows the total of [`OF_TOTAL_OPENING`]: its noun, a comma, then the part.
static OF_TOTAL_REST: LazyLock<Pattern> = LazyLock::new(|| {
    crate::pattern::compile(&format!(
        r"^ {whole}{{1,60}},\s*(?:only |just )?(?:£?\d|{NUMBER_WORD}\b)",
        whole = *WHOLE_WORD
    ))
});
/// The second number of a proportion ("one in five", "17 out of 20"): not a count of its own.
static ONE_IN_BEFORE: LazyLock<crate::pattern::Ending> = LazyLock::new(|| {
    crate::pattern::Ending::new(&format!(r"\b(?:\d+|{NUMBER_WORD})\s+(?:in|out of)\s+$"))
});
/// A figure that is all its line says after a label, or a bracket's: "Contacts: 1,624
/// (December: 1,388)".
/// ("First time entrants - 28 in the quarter": a spaced dash ends a label too.)
static LABEL_BEFORE: LazyLock<crate::pattern::Ending> = LazyLock::new(|| {
    crate::pattern::Ending::new(
        r"^\s*[a-z][a-z0-9 '()/&,-]{1,80}(?::|\s-)\s*$|\([a-z0-9 /]{1,25}:\s*$",
    )
});
/// A line labelled "Number of ..." with its figure after the words, no colon between:
/// "Number of LAC 389".
static NUMBER_OF_LABEL: LazyLock<Pattern> = LazyLock::new(|| {
    crate::pattern::compile(r"^\s*(?:the\s+)?(?:total\s+)?number of [a-z][a-z '/-]{1,60}[a-z]\s+$")
});
/// Whether the words before a figure are a "Number of ..." label (looked at only where
/// the clause opens with those words: most figures have other words before them).
/// Whether a count closes a short label naming what it counts, with no verb: a
/// telegraphic line "Referrals to CAMHS 34." or "Refferals to CAMHS 34, up from 29".
fn counted_label(before: &str, after: &str) -> bool {
    let v = &*VOCAB;
    let after = after.trim_start();
    // ("Open cases 1,842 (up 61 since September)": a bracket after is an aside, and
    // "Pedestrian casualties 213 - up 8%" a change after a spaced dash.)
    if !(after.is_empty()
        || after.starts_with(['.', ';', ',', ')', '('])
        || after.starts_with("- "))
    {
        return false;
    }
    let mut words = 0;
    let mut counted = false;
    let mut last = "";
    // "Children in need 1,019; on CP plans 318": each clause of a list is a label.
    let before = before.rsplit("; ").next().unwrap_or(before);
    for w in before.split_whitespace() {
        words += 1;
        if words > 6
            || !w
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b == b'-' || b == b'\'')
            || v.not_counted_words.contains(w)
        {
            return false;
        }
        counted |= v.counted.contains(w);
        // ("Speed awareness courses completed 18,905": the noun before its participle.)
        if !(w.len() > 4 && w.ends_with("ed") && words > 1) {
            last = w;
        }
    }
    // "Speed camera activations 41,208": a label ending on a plural noun counts it,
    // when the noun names no part of a document or a span of time ("Appendices 2").
    counted || words >= 2 && looks_plural(last) && !v.excluded_nouns.contains(last)
}

fn number_of_label(before: &str) -> bool {
    let opening = before.trim_start();
    [
        "number of ",
        "the number of ",
        "total number of ",
        "the total number of ",
    ]
    .iter()
    .any(|w| opening.starts_with(w))
        && NUMBER_OF_LABEL.is_match(before)
}
/// Verbs whose "up" or "down" is part of the verb, not a movement: "taken up by 102
/// care leavers", "broken down by 12 districts".
const PHRASAL_VERBS: &[&str] = &[
    "taken", "took", "picked", "set", "made", "followed", "backed", "signed", "broken", "turned",
    "handed", "written", "put", "drawn", "held", "looked", "stepped", "built", "called", "brought",
    "opened", "cut", "shut", "slowed", "used", "summed", "paid", "filled", "split", "make",
    "makes", "making", "add", "adds",
];

/// Whether a word is a verb whose "up" or "down" is part of it ("made up", "broken
/// down").
pub(crate) fn is_phrasal_verb(word: &str) -> bool {
    PHRASAL_VERBS.contains(&word)
}

/// Whether words ending "up by " or "down by " hold a phrasal verb ("taken up by "), so
/// that the figure after them is no change.
pub(crate) fn phrasal_up_or_down(before: &str) -> bool {
    let mut words = before.trim_end().rsplit(' ');
    matches!(
        (words.next(), words.next(), words.next()),
        (Some("by"), Some("up" | "down"), Some(verb)) if PHRASAL_VERBS.contains(&verb)
    )
}
static CHANGE_BEFORE: LazyLock<crate::pattern::Ending> = LazyLock::new(|| {
    crate::pattern::Ending::new(
        r"\b(?:reduction|increase|decrease|rise|fall|drop|decline|net loss|net gain|reduced|increased|decreased|rose|fell|dropped|declined|grew|up|down)\s(?:of|by)\s(?:over |around |about |nearly |almost |approximately |just over |just under )?$",
    )
});
static CHANGE_AFTER: LazyLock<crate::pattern::Anchored> = LazyLock::new(|| {
    crate::pattern::Anchored::new(r"^\s(?:less|fewer|more|lower|higher)\s(?:than|on)\b")
});
/// The first of two figures told side by side: "17.3 for children in need teams and
/// (14.1 for the looked after children teams)".
static PARALLEL_BEFORE: LazyLock<crate::pattern::Ending> = LazyLock::new(|| {
    crate::pattern::Ending::new(
        r"\d[\d.,]*\s?%?\s+(?:for|in|at|among)\s+[^,;.\d]{1,60}?,?\s+and\s*$",
    )
});
/// Who or where a figure is for: "14.1 for the looked after children teams".
static IN_PLACE_FOR: LazyLock<crate::pattern::Anchored> =
    LazyLock::new(|| crate::pattern::Anchored::new(r"^\s(?:for|in|at|among)\s[a-z]"));

/// A level given with its change in another unit: "averaged 21,400, up 6% on last year".
static CHANGE_IN_OTHER_UNIT_AFTER: LazyLock<crate::pattern::Anchored> = LazyLock::new(|| {
    crate::pattern::Anchored::new(
        r"^,?\s(?:up|down|an? (?:increase|decrease|rise|fall|reduction))\s(?:by\s|of\s)?\d[\d.,]*\s?(?:%|per ?cent)",
    )
});
/// "No children ...", "there were no complaints": "no" and its noun opening a clause.
static NO_LEVEL: LazyLock<crate::pattern::Anchored> = LazyLock::new(|| {
    crate::pattern::Anchored::new(
        r"^(?:.*?(?:[,;:]\s+|\bthere (?:were|was|had been|have been|are|is)\s+))??(no)\s+[a-z]",
    )
});
/// The words that give the earlier figure a level of none is compared with, with no
/// verb of their own: "..., compared with two", "..., down from 3".
static COMPARED_AFTER_NONE: LazyLock<crate::pattern::Ending> = LazyLock::new(|| {
    crate::pattern::Ending::new(
        r",?\s(?:compared (?:with|to)|(?:up|down) from|against)\s+(?:the\s+)?$",
    )
});
/// The words before a figure that place it in a change: where it started ("fell
/// from", "from a peak of") or ended ("from 12 to"). Anchored at the end, so the
/// engine reads back from the figure instead of through the whole sentence before it.
static FROM_BEFORE: LazyLock<crate::pattern::Ending> = LazyLock::new(|| {
    crate::pattern::Ending::new(&format!(
        r"(?:\bfrom\s+(?:(?:a|the|its)\s+)?(?:peak|high|low)\s+of\s*$)|(?:\bfrom\s*$)|(?:\bfrom\s+(?:\d[\d,.]*%?|(?:zero|nil|none|{words})(?:\s*(?:%|per ?cent))?)\s*(?:[a-z]+\s+)?(?:\([^)]{{0,30}}\)\s*|(?:in|at|for|during)\s+[a-z0-9/ ]{{1,25}}?\s+)?to\s*$)",
        // A level written in words where a figure of a change stands: "from two".
        words = count_in_words(),
    ))
});
/// The words after a figure that make it where a change started: "(April) to 15".
static TO_AFTER: LazyLock<crate::pattern::Anchored> = LazyLock::new(|| {
    crate::pattern::Anchored::new(r"^\s*(?:\([^)]{0,30}\)\s*)?(?:in [a-z]+(?: \d{4})?\s*)?to\s+\d")
});
static PAIRED_PERCENT: LazyLock<crate::pattern::Anchored> =
    LazyLock::new(|| crate::pattern::Anchored::new(r"^\s?\(\s?\d+(?:\.\d+)?\s?%"));
static COMPARED: LazyLock<crate::pattern::Ending> = LazyLock::new(|| {
    crate::pattern::Ending::new(&format!(
        r"(?:\bcompared (?:well |favourably |unfavourably |poorly |badly )?(?:with|to){EMPHASIS}|\bagainst|\bversus|\bvs\.?|\b(?:national(?:ly)?|{nation}|eng\b\.?)(?:\s+[a-z]+){{0,2}}|\bneighbou?rs?|\bsns?|\baverage|\btarget|\bpledge|\brecommended|\bregion(?:al)?|\bagainst (?:a|the|its|our) plan|\(\s*(?:plan|planned|trajectory))\s*(?:of|at|was|is|=|:|\()?\s*$",
        nation = *crate::vocab::NATION
    ))
});
static BENCHMARK_AFTER: LazyLock<crate::pattern::Anchored> = LazyLock::new(|| {
    crate::pattern::Anchored::new(&format!(
        r"^\s*(?:for|in|across)\s+(?:the\s+|our\s+)?(?:statistical neighbou?rs?|{}|the region|region|comparators?)|^\s*(?:nationally|regionally)",
        *crate::vocab::NATION
    ))
});
static AGE_RANGE_BEFORE: LazyLock<crate::pattern::Ending> = LazyLock::new(|| {
    crate::pattern::Ending::new(r"\b(?:aged|ages|age|between the ages of)\s+\d+\s*(?:to|-|and)\s*$")
});
static IN_PLACE: LazyLock<crate::pattern::Anchored> =
    LazyLock::new(|| crate::pattern::Anchored::new(r"^\s(?:in|at)\s[A-Za-z][a-z]+"));

/// Where figures may start in a document, found in one cheap scan so that the many
/// sentences without a number skip the full figure search.
pub struct FigureStarts {
    /// Number words ("twelve", "ninety five") in the lowercased text.
    words: Vec<Range<usize>>,
}

impl FigureStarts {
    /// Scans the lowercased text for number words.
    pub fn new(lower: &str) -> Self {
        FigureStarts {
            words: WORD_NUMBER.find_iter(lower).map(|m| m.range()).collect(),
        }
    }

    /// True when `range` of `text` holds a digit or a number word.
    pub fn any_in(&self, text: &str, range: Range<usize>) -> bool {
        !self.words_in(&range).is_empty() || crate::bytes::any_digit(&text.as_bytes()[range])
    }

    /// The number words lying wholly in `range`.
    fn words_in(&self, range: &Range<usize>) -> &[Range<usize>] {
        let first = self.words.partition_point(|w| w.start < range.start);
        let n = self.words[first..]
            .iter()
            .take_while(|w| w.end <= range.end)
            .count();
        &self.words[first..first + n]
    }

    /// Finds the figures in `range` of the normalised `text` (`lower` is its lowercase copy).
    pub fn figures(&self, text: &str, lower: &str, range: Range<usize>) -> Vec<Figure> {
        figures_in(text, lower, range.clone(), self.words_in(&range))
    }
}

/// The figures of `range`, given the number words that lie in it.
fn figures_in(text: &str, lower: &str, range: Range<usize>, words: &[Range<usize>]) -> Vec<Figure> {
    let mut out: Vec<Figure> = Vec::new();
    let mut consumed_until = range.start;
    for m in numbers(&text[range.clone()]) {
        let start = range.start + m.start;
        if start < consumed_until {
            continue;
        }
        if let Some(f) = digit_figure(text, lower, &range, start, range.start + m.end) {
            consumed_until = f.range.end;
            out.push(f);
        }
    }
    for w in words {
        let (start, end) = (w.start, w.end);
        if out
            .iter()
            .any(|f| f.range.start < end && start < f.range.end)
        {
            continue;
        }
        if let Some(f) = word_figure(text, lower, &range, start, end) {
            out.push(f);
        }
    }
    out.sort_by_key(|f| f.range.start);
    // "Ninety five" is matched as "Ninety five" and "five": keep the longer.
    out.dedup_by(|b, a| b.range.start < a.range.end);
    if let Some(none) = out
        .first()
        .and_then(|f| no_level_before(text, lower, &range, f))
    {
        out.insert(0, none);
    }
    out
}

/// "No children were placed in unregistered settings, compared with two in the
/// previous quarter": a level of none, told by "no" and its noun, before the earlier
/// figure it is compared with. (Only then: "no" alone is too often no figure.)
fn no_level_before(
    text: &str,
    lower: &str,
    range: &Range<usize>,
    first: &Figure,
) -> Option<Figure> {
    let before = &lower[range.start..first.range.start];
    if !COMPARED_AFTER_NONE.is_match(before) {
        return None;
    }
    let no = NO_LEVEL.captures(before)?.get(1)?;
    let (start, end) = (range.start + no.start(), range.start + no.end());
    counted_noun_follows(&lower[end..range.end], &text[end..range.end], true)
        .then(|| words_count(0.0, start..end))
}

/// "the number of foster carers approved this year (seven)": a number alone in
/// brackets after a phrase naming people or events is that phrase's count.
fn restates_a_count(before: &str, after: &str) -> bool {
    let v = &*VOCAB;
    let Some(phrase) = before.trim_end().strip_suffix('(') else {
        return false;
    };
    after.trim_start().starts_with(')')
        && phrase.split_whitespace().rev().take(6).any(|w| {
            v.counted
                .contains(w.trim_matches(|c: char| !c.is_alphanumeric()))
        })
}

fn parse_number(s: &str) -> Option<f64> {
    // Most figures are plain ("62", "17.4"): parsed where they lie, with no copy.
    if s.bytes().all(|b| b.is_ascii_digit() || b == b'.') {
        return s.parse().ok();
    }
    let cleaned: String = s
        .chars()
        .filter(|c| c.is_ascii_digit() || *c == '.')
        .collect();
    cleaned.parse().ok()
}

fn prev_word(before: &str) -> &str {
    before
        .trim_end_matches([' ', '(', ','])
        .rsplit(|c: char| !c.is_alphanumeric() && c != '\'')
        .next()
        .unwrap_or("")
}

/// The words right after a position, lowercase, skipping punctuation-free spaces.
fn next_words(after: &str, n: usize) -> Vec<&str> {
    let mut open = true;
    after
        .split(|c: char| c.is_whitespace())
        .filter(|w| !w.is_empty())
        .take(n)
        // Up to the end of the clause: "in one team, two workers" counts no team.
        .take_while(|w| {
            let go = open;
            open = !w.ends_with([',', ';', ':', '.', '!', '?', ')']);
            go
        })
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\''))
        .collect()
}

/// Whether a lowercase word of five letters or more looks like a plural noun: "casualties",
/// "start-ups", not "business", "bonus" or "analysis".
fn looks_plural(w: &str) -> bool {
    w.len() > 4
        && w.ends_with('s')
        && !w.ends_with("ss")
        && !w.ends_with("us")
        && !w.ends_with("is")
}

/// "412 new business start-ups had been registered", "there were 412 start-ups.": a
/// plural noun no table knows, after at most three describing words, told as the
/// subject of a verb or ending the clause.
fn plural_subject_follows(after_lower: &str) -> bool {
    let v = &*VOCAB;
    let words = next_words(after_lower, 5);
    let describes = |w: &str| {
        !w.is_empty()
            && !v.excluded_nouns.contains(w)
            && !v.linking.contains(w)
            && w.bytes().all(|c| c.is_ascii_lowercase() || c == b'-')
    };
    (0..4).any(|k| {
        words
            .get(k)
            .is_some_and(|w| looks_plural(w) && describes(w))
            && words[..k].iter().all(|w| describes(w))
            && words.get(k + 1).map_or(words.len() < 5, |w| {
                matches!(*w, "had" | "have" | "has" | "were" | "are" | "was" | "is")
            })
    })
}

/// Whether the words after a number name people or events being counted.
pub(crate) fn counted_noun_follows(
    after_lower: &str,
    after_text: &str,
    allow_capitalised: bool,
) -> bool {
    let v = &*VOCAB;
    let words = next_words(after_lower, 5);
    let Some(&first) = words.first() else {
        return false;
    };
    // "1,486 Stage 1 complaints", "12 Tier 4 beds": a stage and its number describe
    // the noun counted after them.
    if matches!(
        first,
        "stage" | "tier" | "level" | "category" | "band" | "grade" | "section"
    ) && words
        .get(1)
        .is_some_and(|w| (1..=2).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_digit()))
        && words.get(2).is_some_and(|w| v.counted.contains(w))
    {
        return true;
    }
    if first.is_empty() || v.excluded_nouns.contains(first) || is_month(first) {
        return false;
    }
    // "three care leaver indicators" names measures, not people.
    let names_people = |k: usize| words.get(k + 1).is_none_or(|w| !v.measures.contains(w));
    if v.counted.contains(first) {
        return names_people(0);
    }
    // "14 missing episodes", "7 new households": one describing word, then the noun.
    let describes = |w: &str| {
        v.adjectives.contains(w)
            || !v.excluded_nouns.contains(w)
                && !w.is_empty()
                && w.chars().all(|c| c.is_ascii_lowercase() || c == '-')
    };
    if describes(first) && words.get(1).is_some_and(|w| v.counted.contains(w)) {
        return names_people(1);
    }
    // "11 additional residential placements", "27 unaccompanied asylum seeking
    // children": more describing words, none linking, except an "and" or "or" joining
    // two of them ("327 open damp and mould cases").
    let free = |w: &&str| describes(w) && !v.linking.contains(*w);
    let joined = |k: usize| {
        words[..k].iter().enumerate().all(|(i, w)| {
            free(w) || (i > 0 && i + 1 < k && matches!(*w, "and" | "or") && free(&words[i + 1]))
        })
    };
    if let Some(k) = (2..5).find(|&k| words.get(k).is_some_and(|w| v.counted.contains(w))) {
        if joined(k) {
            return names_people(k);
        }
    }
    if !allow_capitalised {
        return false;
    }
    let first_orig = after_text.trim_start().chars().next();
    if first_orig.is_some_and(|c| c.is_uppercase()) {
        return true;
    }
    // "212 new Education, Health and Care Plans": a describing word, then a name.
    if v.adjectives.contains(first)
        && after_text
            .split_whitespace()
            .nth(1)
            .and_then(|w| w.chars().next())
            .is_some_and(char::is_uppercase)
    {
        return true;
    }
    // Any other plural noun, alone or after one or two describing words ("12
    // tenancies", "45 rough sleepers", "18 fixed penalty notices").
    let plural = |w: &str| {
        w.len() > 3
            && w.ends_with('s')
            && !w.ends_with("ss")
            && w.chars().all(|c| c.is_ascii_lowercase())
            && !v.excluded_nouns.contains(w)
    };
    (0..3).any(|k| words.get(k).is_some_and(|w| plural(w)) && words[..k].iter().all(free))
}

fn digit_figure(
    text: &str,
    lower: &str,
    sentence: &Range<usize>,
    start: usize,
    num_end: usize,
) -> Option<Figure> {
    let v = &*VOCAB;
    let raw = &text[start..num_end];
    let currency = raw.starts_with('£');
    let other_currency = raw.starts_with('€') || raw.starts_with('$');
    let digits_start = start + raw.find(|c: char| c.is_ascii_digit())?;
    let digits = &text[digits_start..num_end];
    if (currency || other_currency) && digits.len() >= 3 && digits.bytes().all(|b| b == b'0') {
        return None; // "Budget £000": a unit, not an amount
    }
    let before = &lower[sentence.start..start];
    // "Progress 8 ... was -1.02": a minus sign written against the number.
    let negative = before
        .strip_suffix('-')
        .is_some_and(|b| b.is_empty() || b.ends_with([' ', '(', '\t']));
    let value = parse_number(digits)? * if negative { -1.0 } else { 1.0 };
    // The sign is part of the figure; the words before it are read without it.
    let (start, before) = if negative {
        (start - 1, &before[..before.len() - 1])
    } else {
        (start, before)
    };
    let after = &lower[num_end..sentence.end];
    let after_text = &text[num_end..sentence.end];

    // "24/7 crisis lines", "a 24-7 service": all hours of every day, not a figure.
    if value == 24.0
        && ["/7", "-7", " / 7"].iter().any(|w| {
            after
                .strip_prefix(w)
                .is_some_and(|r| !r.starts_with(|c: char| c.is_ascii_digit()))
        })
    {
        return None;
    }
    // The other half of it: the 7 of "24/7".
    if value == 7.0 && (before.ends_with("24/") || before.ends_with("24-")) {
        return None;
    }
    // "The ratio of the highest paid to the median was 6.8:1": a ratio to one, where
    // the sentence calls it a ratio ("1:1 support" and "10:1" in a list are not).
    if let Some(rest) = after.strip_prefix(":1") {
        let more_digits = rest
            .trim_start_matches('.')
            .starts_with(|c: char| c.is_ascii_digit());
        if !more_digits && value != 1.0 && before.contains("ratio") {
            return Some(simple(value, Unit::Ratio, start..num_end + 2));
        }
    }
    // The first cell of a table row numbers or names the row: "1<tab>Circulate the report".
    if after.starts_with('\t') && before.trim().is_empty() {
        return None;
    }
    // Glued to letters or a hyphenated word: "Q2", "KS4", "Covid-19". "of137" is a typo we forgive.
    let prev_char = before.chars().last();
    if prev_char.is_some_and(|c| c.is_alphanumeric()) {
        let glued = before
            .rsplit(|c: char| !c.is_alphanumeric())
            .next()
            .unwrap_or("");
        if !matches!(glued, "of" | "to" | "by" | "at" | "in" | "from") {
            return None;
        }
    }
    if prev_char == Some('-')
        && before
            .trim_end_matches('-')
            .chars()
            .last()
            .is_some_and(|c| c.is_alphabetic())
    {
        return None;
    }
    // "the 0-19 service", "0-25 SEND": an age band from birth names a service; its end
    // is no figure. (Normalising made every dash a hyphen.)
    if let Some(band) = before.strip_suffix('-') {
        let opening = band.strip_suffix('0');
        if opening.is_some_and(|o| !o.ends_with(|c: char| c.is_ascii_digit() || c == '.')) {
            return None;
        }
    }
    // Its start, too.
    if digits == "0"
        && after
            .strip_prefix('-')
            .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()))
    {
        return None;
    }
    // "c.40 children" is about 40 (circa), not a section number.
    let circa = before == "c." || before.ends_with(" c.") || before.ends_with("(c.");
    if matches!(prev_char, Some('/' | '.' | ':')) && !circa {
        return None;
    }
    // "was c.1,150", "stood at approx. 310": the words before an estimate are read
    // as if it were exact ("was 1,150").
    let before = strip_estimate(before);
    if after.starts_with(|c: char| c.is_alphabetic())
        && !MULTIPLIER.is_match(after)
        && !WEIGHT.is_match(after)
    {
        return None; // "2nd", "3rd" handled below too; "4pm", "12x"
    }

    // "Around 40-45% of referrals": a range whose first end is written bare.
    if let Some(c) = PERCENT_RANGE_END.captures(after).filter(|_| !currency) {
        return Some(Figure {
            value,
            unit: Unit::Percent,
            range: start..num_end + c.get(0).unwrap().end(),
            range_to: c.get(1).and_then(|m| m.as_str().parse().ok()),
            denominator: None,
            in_words: false,
        });
    }
    if let Some(p) = PERCENT.find(after) {
        if BOUND_AFTER.is_match(&after[p.end()..]) || LEVEL_THRESHOLD_BEFORE.is_match(before) {
            return None;
        }
        let mut end = num_end + p.end();
        let mut range_to = None;
        // "9%-11%", and "between 9% and 11%" (a movement "from 9% to 11%" is no range).
        let range_end = if before.trim_end().ends_with("between") {
            BETWEEN_RANGE_END.captures(&after[p.end()..])
        } else {
            PERCENT_RANGE_END.captures(&after[p.end()..])
        };
        if let Some(c) = range_end {
            range_to = c.get(1).and_then(|m| m.as_str().parse().ok());
            end += c.get(0).unwrap().end();
        }
        return Some(Figure {
            value,
            unit: Unit::Percent,
            range: start..end,
            range_to,
            denominator: None,
            in_words: false,
        });
    }
    // "from 8.1 to 10.9 percentage points", "from 8.1 percentage points to 10.9": one
    // end of a movement written bare is in the other end's unit.
    // ("from 5% to 10 children" counts the children.)
    if !currency
        && (before.trim_end().ends_with("from") && BARE_FROM_TO_PERCENT.is_match(after)
            || PERCENT_FROM_TO_BARE.is_match(before)
                && !counted_noun_follows(after, &text[num_end..sentence.end], false))
    {
        return Some(simple(value, Unit::Percent, start..num_end));
    }
    if NOT_A_FIGURE_AFTER.is_match(after) {
        return None;
    }
    // "999 calls answered within 10 seconds", "the 111 service": a number dialled names
    // a service, it counts nothing.
    if matches!(digits, "999" | "111" | "101")
        && matches!(
            first_word(after.trim_start()),
            "call" | "calls" | "service" | "services" | "line" | "number"
        )
    {
        return None;
    }
    // "Of the £18.2m savings target, £13.5m was achieved": a total opening the
    // sentence is the part's whole, not a figure of its own (as a count's is below).
    if currency {
        let after_scale = MULTIPLIER
            .find(after)
            .filter(|m| m.start() == 0)
            .map_or(after, |m| &after[m.end()..]);
        if opens_on_the_whole(before, after_scale) {
            return None;
        }
    }
    if let Some(c) = MULTIPLIER.captures(after) {
        let scale = match &c[1] {
            "m" | "mn" | "million" => 1e6,
            "k" | "thousand" => 1e3,
            _ => 1e9,
        };
        if currency
            || other_currency
            || after[c.get(0).unwrap().end()..]
                .trim_start()
                .starts_with("pounds")
        {
            let unit = if other_currency {
                Unit::Number
            } else {
                Unit::CurrencyGbp
            };
            return Some(Figure {
                value: value * scale,
                unit,
                range: start..num_end + c.get(0).unwrap().end(),
                range_to: None,
                denominator: None,
                in_words: false,
            });
        }
        // "attendances were 1.34 million": a count written with its scale in words
        // ("5m" and "10k" stay unread: metres and a run as often as a count).
        if matches!(&c[1], "million" | "mn" | "billion" | "bn") && !points_back(before, false) {
            return Some(simple(
                (value * scale).round(),
                Unit::Count,
                start..num_end + c.get(0).unwrap().end(),
            ));
        }
    }
    if currency || other_currency {
        return Some(simple(
            value,
            if currency {
                Unit::CurrencyGbp
            } else {
                Unit::Number
            },
            start..num_end,
        ));
    }
    if after.trim_start().starts_with("pounds") {
        return Some(simple(value, Unit::CurrencyGbp, start..num_end));
    }

    let word_before = prev_word(before);
    let is_integer = !digits.contains('.');
    // "between 1,200 and 1,300 families a month": one count given as a range.
    if word_before == "between" {
        if let Some(c) = BETWEEN_COUNT_END.captures(after) {
            let whole = c.get(0).map_or(0, |m| m.end());
            let to = parse_number(&c[1]).filter(|&t| t > value);
            if to.is_some() && counted_noun_follows(&after[whole..], &after_text[whole..], false) {
                return Some(Figure {
                    range_to: to,
                    ..simple(value, Unit::Count, start..num_end + whole)
                });
            }
        }
    }
    let plain_digits = is_integer && !digits.contains(',');
    // Dates, years, phone numbers and references.
    // "the 2025 child safeguarding practice review": a recent year after a determiner
    // names which one, even before a noun that could be counted.
    let year_named = matches!(word_before, "the" | "this" | "its" | "our" | "their")
        && crate::vocab::RECENT_YEARS.contains(&(value as u32))
        && value.fract() == 0.0;
    if plain_digits
        && digits.len() == 4
        && (1900.0..=2099.0).contains(&value)
        && (year_named || !counted_noun_follows(after, after_text, false))
    {
        return None;
    }
    if plain_digits && digits.starts_with('0') && digits.len() >= 3
        || plain_digits && digits.len() >= 7
    {
        return None;
    }
    // "4 December", "December 4": a day. Not "in December, 47 patients" (a comma
    // between), "1,624 (December: 1,388)" (a bracket) nor "December 47" (no month has
    // 47 days).
    let could_be_day = is_integer && value <= 31.0;
    let month_before = is_month(word_before) && !before.trim_end().ends_with(',');
    let month_after = !after.trim_start().starts_with('(')
        && next_words(after, 1).first().is_some_and(|w| is_month(w));
    if could_be_day && (month_before || month_after) {
        return None;
    }
    // "not in education, employment or training at 16-17": a young person's age band.
    let age_band = word_before == "at"
        && is_integer
        && (10.0..=25.0).contains(&value)
        && after.strip_prefix('-').is_some_and(|rest| {
            rest.len() >= 2 && rest.as_bytes()[..2].iter().all(u8::is_ascii_digit)
        });
    // "Care leavers 17-18 NEET": the older age of a band.
    let band_end = is_integer
        && (11.0..=25.0).contains(&value)
        && before.ends_with(['-', '\u{2013}', ' '])
        && AGE_BAND_BEFORE.is_match(before);
    if word_before == "per"
        || age_band
        || band_end
        || IDENTIFIER_LIST_BEFORE.is_match(before)
        || SHARE_BASE_BEFORE.is_match(before)
        || AGE_RANGE_BEFORE.is_match(before)
        || THRESHOLD_BEFORE.is_match(before)
        || LEVEL_THRESHOLD_BEFORE.is_match(before)
        || RANGE_END_BEFORE.is_match(before)
    {
        return None;
    }
    if is_integer && house_number(after_text) {
        return None;
    }
    if let Some(c) = FRACTION.captures(after) {
        let rest = &after_text[c.get(0).map_or(0, |m| m.end())..];
        // "26/02133/FUL" is a planning application, and "26/112 Apologies" at the
        // start of a line the minute's reference, not 26 of 112.
        if rest.starts_with('/')
            || before.trim().is_empty()
                && rest
                    .strip_prefix(' ')
                    .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_uppercase()))
        {
            return None;
        }
        let denominator = parse_number(&c[1]);
        return Some(Figure {
            value,
            unit: Unit::Count,
            range: start..num_end + c.get(0).unwrap().end(),
            range_to: None,
            denominator,
            in_words: false,
        });
    }
    if ONE_IN_BEFORE.is_match(before) {
        return None; // "1 in 5 children"
    }
    if points_back(before, false) {
        return None;
    }
    // "16 of 244 children": a count out of a total (but not "Page 1 of 4").
    if is_integer && !v.identifiers.contains(word_before) {
        if let Some(f) = count_of_total(value, after, after_text, start..num_end, false) {
            return Some(f);
        }
    }
    if let Some(r) = RATE_10K.find(after) {
        return Some(simple(value, Unit::RatePer10k, start..num_end + r.end()));
    }
    // "The rate per 10,000 was 54": the unit named before the figure.
    // ("The rate ... was 298 per 100,000" names its own base.)
    if RATE_10K_BEFORE.is_match(before) && !RATE_OTHER.is_match(after) {
        return Some(simple(value, Unit::RatePer10k, start..num_end));
    }
    // "15 a year earlier" is a count then, not 15 per year.
    if let Some(r) = RATE_OTHER
        .find(after)
        .filter(|r| !is_time_ago(&after[r.end()..]))
    {
        return Some(simple(value, Unit::Number, start..num_end + r.end()));
    }
    // "254kg per household", "1,200 tonnes": a weight is measured, in no unit of the contract.
    if let Some(r) = WEIGHT.find(after) {
        return Some(simple(value, Unit::Number, start..num_end + r.end()));
    }
    if let Some(f) = duration_figure(value, before, after, start, num_end) {
        return f;
    }
    if opens_on_the_whole(before, after) {
        return None;
    }
    if let Some(total) = OF_TOTAL_OPENING
        .captures(before)
        .and_then(|c| parse_number(&c[1]))
        .filter(|t| *t >= value && is_integer)
    {
        let mut part = simple(value, Unit::Count, start..num_end);
        part.denominator = Some(total);
        return Some(part);
    }
    let counted = counted_noun_follows(after, after_text, true)
        // (Not a year: "on 3 December 2026 via Teams".)
        || is_integer && !(1990.0..2100.0).contains(&value) && plural_subject_follows(after);
    // "During the year 41 children were placed": a time, then a count, not "Year 11".
    let after_a_time = || {
        matches!(word_before, "year" | "quarter")
            && matches!(
                prev_word(before.trim_end().strip_suffix(word_before).unwrap_or("")),
                "the" | "this" | "last" | "that" | "previous"
            )
    };
    // "the number of foster carers approved this year (9) was lower than ...".
    let bracketed_count = is_integer
        && before.trim_end().ends_with('(')
        && after.starts_with(')')
        && before
            .rsplit([',', ';', ')'])
            .next()
            .is_some_and(|clause| clause.contains("number "));
    // "Month 5 Revenue Monitoring", "at Period 6": a month of the financial year named
    // in capitals (but "last month 385" is a figure).
    let financial_month = matches!(word_before, "month" | "period")
        && text[sentence.start..start]
            .trim_end()
            .rsplit([' ', '\t', '\n', '('])
            .next()
            .is_some_and(|w| w.starts_with(char::is_uppercase));
    if financial_month {
        return None;
    }
    // "over the year (13 new approvals ...)": a bracket between, so no "Year 13".
    if v.identifiers.contains(word_before)
        && !before.trim_end().ends_with('(')
        && !bracketed_count
        && !(counted && (matches!(word_before, "under" | "over" | "aged") || after_a_time()))
        // "19 (previous year 14)": last year's figure, not "Year 14".
        && !LAST_TIME_LABEL.is_match(before)
    {
        return None;
    }
    // "6.4 days (September: 7.1)": a bare number in a labelled bracket after a time
    // is the same time then, in its unit.
    if let Some(c) = TIME_THEN_LABEL.captures(before) {
        if let Some(unit) = unit_of_time(&c[1]).filter(|u| *u != Unit::Number) {
            return Some(simple(value, unit, start..num_end));
        }
    }
    let unit = if is_integer {
        Unit::Count
    } else {
        Unit::Number
    };
    // A number alone in a table cell (after a tab) is the table's data.
    let measured = counted
        || before.ends_with('\t') && (after.is_empty() || after.starts_with(['\t', '\n']))
        || PAIRED_PERCENT.is_match(after)
        || CHANGE_AFTER.is_match(after)
        || CHANGE_BEFORE.is_match(before) && !phrasal_up_or_down(before)
        || MOVED_TO.is_match(before)
        || moved_up_or_down_to(before, after)
        || COUNTED_BY_VERB.is_match(before)
        || PART_OF_AFTER.is_match(after)
        || OF_THESE_AFTER.is_match(after) && MAKES_UP_BEFORE.is_match(before)
        || AND_THEN_COUNT.is_match(before)
            && THE_COUNT_ACTS.is_match(after)
            // The first count in figures or in words: "Thirty-one entered care and 17 left".
            && (before.bytes().any(|b| b.is_ascii_digit()) || WORD_NUMBER.is_match(before))
        // "...applications; 486 were awaiting assessment": a clause opened by its count.
        || is_integer && count_opens_clause(before, after)
        || is_integer && ELIDED_COUNT_BEFORE.is_match(before) && ELIDED_COUNT_AFTER.is_match(after)
        || CHANGE_IN_OTHER_UNIT_AFTER.is_match(after)
        || bracketed_count
        || IN_PLACE_FOR.is_match(after) && PARALLEL_BEFORE.is_match(before)
        || SUBSET_BEFORE.is_match(before)
        || is_integer && before.trim_end().ends_with(" with") && WITH_PART_AFTER.is_match(after)
        || is_integer && THERE_HAD_BEEN.is_match(before) && IN_A_TIME_AFTER.is_match(after)
        || is_integer && TOTAL_OF_PARTS_AFTER.is_match(after)
        || FROM_BEFORE.is_match(before) && is_integer
        || TO_AFTER.is_match(after)
        || (BARE_LEVEL.is_match(before) && SENTENCE_COUNTS.is_match(&lower[sentence.clone()]))
        || READING_BEFORE.is_match(before)
        || is_integer && further_count(before, after)
        || is_integer && listed_part(before, after)
        || COMPARED.is_match(before)
        || THAN_BEFORE.is_match(before) && EARLIER_TIME_AFTER.is_match(after)
        || is_integer
            && (LAST_TIME_LABEL.is_match(before)
                || number_of_label(before)
                || counted_label(before, after)
                || NOW_LEVEL.is_match(before)
                    && after.trim_start().starts_with([',', ';', '.', ')']))
        || BENCHMARK_AFTER.is_match(after)
        || (IN_PLACE.is_match(after_text) && clause_start(before))
        || LABEL_BEFORE.is_match(before)
        || is_integer && subject_counted(before, after)
        || is_integer && dated_in_brackets(before, after)
        || SET_AGAINST_A_FIGURE.is_match(after)
        || is_integer && EARLIER_TIME_IN_BRACKET.is_match(before) && after.starts_with(')');
    measured.then(|| simple(value, unit, start..num_end))
}

/// A bare number set against another right after it: "(212 compared with 170)".
pub(crate) static SET_AGAINST_A_FIGURE: LazyLock<crate::pattern::Anchored> = LazyLock::new(|| {
    crate::pattern::Anchored::new(r"^\s+(?:compared (?:with|to)|against|versus|vs?\.?)\s+\d")
});

/// A comparison right before a figure: "lower than 22.3%", "higher than the 89%",
/// "fewer than 38 in May".
pub(crate) static THAN_BEFORE: LazyLock<crate::pattern::Ending> = LazyLock::new(|| {
    crate::pattern::Ending::new(
        r"\b(?:higher|lower|better|worse|greater|less|more|fewer) than(?: the)?\s*$",
    )
});

/// An earlier time named right after a figure, which makes a figure set against the
/// level its earlier value: "higher than 38 in May", "lower than 61% in 2023/24",
/// "higher than the 38 received in May".
pub(crate) static EARLIER_TIME_AFTER: LazyLock<crate::pattern::Anchored> = LazyLock::new(|| {
    crate::pattern::Anchored::new(
        r"^\s*(?:(?:received|recorded|reported|seen|made|completed|held|opened|closed|logged)\s+)?(?:in|at|for|during)\s+(?:the\s+)?(?:(?:end|start) of\s+)?(?:(?:january|february|march|april|may|june|july|august|september|october|november|december|q[1-4]|quarter [1-4]|(?:19|20)\d\d(?:/\d\d)?)\b|(?:previous|last|same) (?:month|quarter|year|period)\b)",
    )
});

/// Whether a number points back to a count already given, or names a set the reader
/// knows: "these two children had been waiting", "those 14 cases", and in words "the
/// three schools with the highest suspension rates", "the last three audit cycles". ("Of these, 37 were ..." counts
/// afresh, and so may "the 412 children in care" in digits.)
fn points_back(before: &str, in_words: bool) -> bool {
    let b = before.strip_suffix(' ').unwrap_or(before);
    let word = b
        .rsplit(|c: char| !c.is_ascii_alphabetic())
        .next()
        .unwrap_or("");
    (matches!(word, "these" | "those")
        || in_words && matches!(word, "the" | "last" | "next" | "past" | "first" | "final"))
        && b.len() < before.len()
}

/// A bracket opened by the time before, in words: "(last month 385)", "(previous
/// quarter: 12%)": the figure after it is the measure's earlier level.
pub(crate) static LAST_TIME_LABEL: LazyLock<crate::pattern::Ending> = LazyLock::new(|| {
    crate::pattern::Ending::new(
        r"\(\s*(?:last|previous|prior) (?:month|quarter|year|period)\s*[:=-]?\s*$",
    )
});

/// When, right after a figure: "in December", "(Q2)", "at the end of the year", "a
/// year ago".
pub(crate) static WHEN_AFTER: LazyLock<Pattern> = LazyLock::new(|| {
    crate::pattern::compile(
        r"^\s*\)?\s*(?:in|at|for|during|by)?\s*(?:the\s+)?(?:january|february|march|april|may|june|july|august|september|october|november|december|\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|q[1-4]|quarter|last|previous|same|end of|year|month|\d{4}|\(|(?:a|an|one|two|three|four|five|six|\d+)\s+(?:years?|months?|quarters?|weeks?)\s+(?:ago|earlier|before))",
    )
});

/// A clause opened by what it counts, then its verb: "; suspensions were 3,870",
/// "Referrals totalled 1,204", "households in temporary accommodation had reached
/// 1,146". The noun is the plural before the verb or before a short place it is in.
static SUBJECT_COUNTED_BEFORE: LazyLock<crate::pattern::Ending> = LazyLock::new(|| {
    crate::pattern::Ending::new(
        r"(?:^|;\s*|,\s*and\s+|:\s*|\bthat\s+)(?:the\s+|total\s+)?(?:[a-z-]+\s+|stage \d\s+){0,2}?([a-z-]{4,}s|children|people)(?:\s+(?:received|recorded|reported|made|logged|opened|issued|completed))?(?:\s+(?:in|on|with|from|at)\s+(?:[a-z-]+\s+){0,2}?[a-z-]+)?\s+(?:were|totalled|numbered|stood at|(?:had\s+|has\s+|have\s+)?reached)\s*$",
    )
});

/// Words that set a figure against another: "compared with", "up from", "against".
static SET_AGAINST_AFTER: LazyLock<crate::pattern::Anchored> = LazyLock::new(|| {
    crate::pattern::Anchored::new(&format!(
        r"^\s+(?:compared (?:with|to)|against|versus|(?:up|down) (?:from|on)|(?:broadly )?{TOLD_ALIKE})\b",
    ))
});

/// Whether a whole number closing a clause is the count of the plural noun that opens
/// it ("suspensions were 3,870.", "Stage 1 complaints received were 1,906 (1,522 in
/// 2024/25)"), a noun that names no time, measure or paper.
fn subject_counted(before: &str, after: &str) -> bool {
    let v = &*VOCAB;
    // The clause closes, or goes on only to say when ("were 1,204 in the quarter") or
    // what it is set against ("were 6,912 compared with Quarter 1 (6,845)").
    let closes = after
        .trim_start()
        .chars()
        .next()
        .is_none_or(|c| matches!(c, '.' | ';' | ',' | ')' | '('))
        || WHEN_AFTER.is_match(after)
        || SET_AGAINST_AFTER.is_match(after);
    closes
        && SUBJECT_COUNTED_BEFORE.captures(before).is_some_and(|c| {
            let noun = &c[1];
            !noun.ends_with("ss")
                && !v.excluded_nouns.contains(noun)
                && !v.measures.contains(noun)
                && !is_month(noun)
        })
}

/// "1,432 at 30 September (1,287 at 31 March)": a bracket holding only a number and
/// when, after a figure, is that figure's measure at another time.
fn dated_in_brackets(before: &str, after: &str) -> bool {
    let Some(lead) = before.trim_end().strip_suffix('(') else {
        return false;
    };
    let closes_soon = crate::pattern::window_after(after, 0, 30).contains(')');
    closes_soon
        && WHEN_AFTER.is_match(after)
        && !after.trim_start().starts_with(')')
        && crate::pattern::window_before(lead, lead.len(), 60)
            .bytes()
            .any(|b| b.is_ascii_digit())
}

/// "16 of 244 children", "Seventeen out of 20 care leavers": a count out of a total at
/// least as large, which names what it counts. A number in digits may also end its
/// phrase there ("16 of 244)").
fn count_of_total(
    value: f64,
    after: &str,
    after_text: &str,
    number: Range<usize>,
    in_words: bool,
) -> Option<Figure> {
    let c = OF_TOTAL.captures(after)?;
    let whole = c.get(0).map_or(0, |m| m.end());
    // "four of the eleven posts": the total in words too.
    let denominator = parse_number(&c[1])
        .or_else(|| words_value(&c[1]))
        .filter(|&d| d >= value)?;
    let rest = after[whole..].trim_start();
    let counted = counted_noun_follows(&after[whole..], &after_text[whole..], false)
        || !in_words && (rest.is_empty() || rest.starts_with([')', ',', '.', ';', '(']))
        || !in_words && plural_noun_opens(rest)
        // "3 of the 11 refuse vehicles": one describing word before the noun.
        || !in_words && plural_noun_after_one_word(rest)
        // "3 of the 52 diffusion tube sites": a plural after more describing words.
        || !in_words && plural_subject_follows(&after[whole..])
        || PART_DONE.is_match(rest)
        // "9 of the 23 had a mental health need": a part of a set just named, told
        // by what it had or was.
        || c[0].contains(" the ") && PART_OF_KNOWN_SET.is_match(rest);
    counted.then(|| Figure {
        value,
        unit: Unit::Count,
        range: number.start..number.end + whole,
        range_to: None,
        denominator: Some(denominator),
        in_words,
    })
}

/// Whether a plural noun that is no excluded word opens `rest`: "(27 of the 61)
/// notifications received late" counts notifications, though the table lacks them.
fn plural_noun_opens(rest: &str) -> bool {
    let word = rest.split([' ', ',', '.', ';', ')']).next().unwrap_or("");
    word.len() > 3
        && word.ends_with('s')
        && !word.ends_with("ss")
        && word.bytes().all(|b| b.is_ascii_lowercase() || b == b'-')
        && !VOCAB.excluded_nouns.contains(word)
}

/// The words before a figure without a closing "c.", "circa" or "approx." of an
/// estimate, so that the verb before it is read: "was c. 1,150" as "was 1,150".
fn strip_estimate(before: &str) -> &str {
    let trimmed = before.trim_end();
    for marker in ["c.", "circa", "approx.", "approx"] {
        if let Some(rest) = trimmed.strip_suffix(marker) {
            if rest.is_empty() || rest.ends_with([' ', '(']) {
                return rest;
            }
        }
    }
    before
}

/// Whether `rest` opens with a lowercase word and then a plural noun ("refuse
/// vehicles", "pupil referral units"), as after "3 of the 11".
fn plural_noun_after_one_word(rest: &str) -> bool {
    let Some((first, more)) = rest.split_once(' ') else {
        return false;
    };
    first.len() > 2
        && first.bytes().all(|b| b.is_ascii_lowercase() || b == b'-')
        && !VOCAB.excluded_nouns.contains(first)
        && plural_noun_opens(more)
}

/// The verb a part of a set named before opens with: "(9 of the 23) had a need".
static PART_OF_KNOWN_SET: LazyLock<crate::pattern::Anchored> = LazyLock::new(|| {
    crate::pattern::Anchored::new(
        r"^(?:had|have|has|were|was|are|is|needed|need|required|received|lived)\b",
    )
});

/// What a part of a total came to, whatever the total counts: "(31 of the 44) actions in
/// the improvement plan were complete", "(2 of the 5) recommendations had been met".
static PART_DONE: LazyLock<crate::pattern::Anchored> = LazyLock::new(|| {
    crate::pattern::Anchored::new(
        r"^(?:[a-z-]+\s+){0,6}?(?:were|are|was|is|had been|have been|has been)\s+(?:fully\s+)?(?:complete|completed|on track|achieved|met|closed|rated|judged|delivered|in place|implemented|done)\b",
    )
});

/// Whether a count opens its clause and the counted act in it: "...; 486 were awaiting
/// assessment", "Twelve were placed", and in a list of counts "31 of the 44 actions
/// were complete, 9 were on track".
fn count_opens_clause(before: &str, after: &str) -> bool {
    let b = before.trim_end();
    // "noted that 9 had ...", "Of the cohort, 9 had ...": a clause reported, or one
    // that a set named before it opens.
    let reported = b.ends_with(" that") || b == "that";
    let of_a_set =
        b.ends_with(',') && b.trim_start().starts_with("of ") && !b[..b.len() - 1].contains(',');
    (b.is_empty()
        || b.ends_with(';')
        || b.ends_with(',') && b.bytes().any(|c| c.is_ascii_digit())
        || reported
        || of_a_set)
        && THE_COUNT_ACTS.is_match(after)
}

/// Whether a number stands at the start of a clause ("291 children, 260 in aftercare").
fn clause_start(before: &str) -> bool {
    let t = before.trim_end();
    t.is_empty() || t.ends_with(',') || t.ends_with(';') || t.ends_with(" and") || t.ends_with(':')
}

/// "4 Church Close: no objection": a house number, told by one or two capitalised
/// words ending in a street's word, with nothing in lower case after them ("12 Family
/// Court hearings" are counted).
fn house_number(after_text: &str) -> bool {
    let mut words = after_text.split(' ');
    if words.next() != Some("") {
        return false;
    }
    for _ in 0..3 {
        let Some(word) = words.next() else {
            return false;
        };
        let name = word.trim_end_matches([',', '.', ':', ';', ')']);
        if !name.starts_with(|c: char| c.is_ascii_uppercase())
            || !name.bytes().skip(1).all(|b| b.is_ascii_lowercase())
        {
            return false;
        }
        if VOCAB.streets.contains(name.to_ascii_lowercase().as_str()) {
            return name.len() < word.len()
                || words
                    .next()
                    .is_none_or(|w| !w.starts_with(|c: char| c.is_ascii_lowercase()));
        }
    }
    false
}

fn simple(value: f64, unit: Unit, range: Range<usize>) -> Figure {
    Figure {
        value,
        unit,
        range,
        range_to: None,
        denominator: None,
        in_words: false,
    }
}

/// Reads a number written in words ("ninety five", "twelve").
pub fn words_value(words: &str) -> Option<f64> {
    let mut total = 0.0;
    for w in words.split([' ', '-']).filter(|w| !w.is_empty()) {
        let n = match w.to_ascii_lowercase().as_str() {
            "and" => continue, // "two hundred and twelve"
            // "none" and "nil" only where a level is expected (see `word_figure`).
            "zero" | "nil" | "none" => 0.0,
            "a" | "one" => 1.0,
            "two" => 2.0,
            "three" => 3.0,
            "four" => 4.0,
            "five" => 5.0,
            "six" => 6.0,
            "seven" => 7.0,
            "eight" => 8.0,
            "nine" => 9.0,
            "ten" => 10.0,
            "eleven" => 11.0,
            "twelve" => 12.0,
            "thirteen" => 13.0,
            "fourteen" => 14.0,
            "fifteen" => 15.0,
            "sixteen" => 16.0,
            "seventeen" => 17.0,
            "eighteen" => 18.0,
            "nineteen" => 19.0,
            "twenty" => 20.0,
            "thirty" => 30.0,
            "forty" | "fourty" => 40.0,
            "fifty" => 50.0,
            "sixty" => 60.0,
            "seventy" => 70.0,
            "eighty" => 80.0,
            "ninety" => 90.0,
            "hundred" => {
                total = if total == 0.0 { 100.0 } else { total * 100.0 };
                continue;
            }
            _ => return None,
        };
        total += n;
    }
    Some(total)
}

/// A figure followed by a duration ("45 days", "nine weeks"): `None` when none follows;
/// else the figure if it is measured ("the average was 45 days"), not a bar a measure is
/// counted against ("issued within 20 weeks").
fn duration_figure(
    value: f64,
    before: &str,
    after: &str,
    start: usize,
    num_end: usize,
) -> Option<Option<Figure>> {
    let d = DURATION.captures(after)?;
    // "41 minutes 12 seconds": the smaller unit goes on with the time already read.
    if LARGER_UNIT_BEFORE.is_match(before) {
        return Some(None);
    }
    let rest = &after[d.get(0).map_or(0, |m| m.end())..];
    // "1,106 year to date": the time the count is for, not a span it measures.
    if rest.starts_with(" to date") || rest.starts_with("-to-date") {
        return None;
    }
    // "the rolling twelve month period", "45 day assessments": a singular unit after
    // a plural number names a span, it measures nothing. "Above the 30 minute target"
    // names the bar a time is held to.
    if value != 1.0 && !d[1].ends_with('s') {
        // ("Within the 28 day target" is the threshold a measure counts by.)
        let bar = BAR_AFTER_UNIT.is_match(rest)
            && ends_with_word(before, &["the", "a"])
            && !ends_with_word(before, &["within the", "within a"]);
        let end = num_end + d.get(0).map_or(0, |m| m.end());
        return Some(
            unit_of_time(&d[1])
                .filter(|_| bar)
                .map(|unit| simple(value, unit, start..end)),
        );
    }
    // "£5,400 two years ago", "in six months' time": when, not how long ("45 days on
    // average" is how long).
    if AGO.contains(&first_word(rest.strip_prefix('\'').unwrap_or(rest))) {
        return Some(None);
    }
    let Some(unit) = unit_of_time(&d[1]) else {
        return Some(None);
    };
    // "issued within 20 weeks" sets the bar a measure is counted against.
    // So does "waiting more than 18 weeks", but not "the average wait was over 18 weeks".
    let b = before.trim_end();
    let bar = [
        "more than",
        "longer than",
        "less than",
        "over",
        "under",
        "at least",
        "beyond",
        "in excess of",
        "up to",
    ]
    .iter()
    .find_map(|w| {
        b.strip_suffix(w)
            .filter(|rest| rest.is_empty() || rest.ends_with(' '))
    });
    // "report back in six months", "reviewed every 6 weeks": when, not how long.
    let when = matches!(prev_word(b), "in" | "every" | "after");
    let threshold = b.ends_with("within")
        || when
        || bar.is_some_and(|rest| {
            !matches!(
                prev_word(rest),
                "was" | "were" | "is" | "are" | "of" | "at" | "averaged"
            )
        });
    // "5.6 days per FTE": days lost for each of something, a rate measured.
    let per_head = rest.trim_start().starts_with("per ");
    // "8,940 hours of care were delivered", "1,200 hours of overtime": hours of a thing
    // are an amount of it, not a span of time ("within 24 hours of referral" is a bar).
    let amount_of = d[1].starts_with('h')
        && rest
            .strip_prefix(" of ")
            .is_some_and(|r| {
                !matches!(
                    first_word(r),
                    "the" | "a" | "an" | "their" | "being" | "free" | "funded"
                )
            })
        // "entitled to 30 hours of childcare": an offer, not an amount given.
        && !matches!(prev_word(b), "to" | "receives" | "receive" | "offered" | "offers");
    let measured = MEASURED_DURATION.is_match(before)
        || !d[1].starts_with('y') && REACHED.is_match(before)
        // "6.4 days (September: 7.1 days)": a time under a label is measured.
        || LABEL_BEFORE.is_match(before)
        || MOVED_TO.is_match(before)
        || DOWN_FROM.is_match(before)
        || THAN_BEFORE.is_match(before)
        // "41 days; the target is 28 days": the bar a measured level is held to.
        || COMPARED.is_match(before)
        || per_head
        || amount_of;
    Some(
        (measured && !threshold)
            .then(|| simple(value, unit, start..num_end + d.get(0).unwrap().end())),
    )
}

/// The unit of a time's word ("days", "week", "minutes").
fn unit_of_time(word: &str) -> Option<Unit> {
    match word.chars().next() {
        Some('d') => Some(Unit::Days),
        Some('w') => Some(Unit::Weeks),
        Some('m') if word.starts_with("mo") => Some(Unit::Months),
        // The contract has no unit of years, hours, minutes or seconds: "an average wait
        // of 4.2 years" and "average answer time was 8 seconds" are numbers.
        Some('y' | 'h' | 'm' | 's') => Some(Unit::Number),
        _ => None,
    }
}

/// A time, then a bracket opened by a label: "6.4 days (September: ".
static TIME_THEN_LABEL: LazyLock<crate::pattern::Ending> = LazyLock::new(|| {
    crate::pattern::Ending::new(r"\d\s?(days?|weeks?|months?)\s*\([a-z0-9 /]{1,25}:\s*$")
});
/// A time in a larger unit just before: the "41 minutes" of "41 minutes 12 seconds".
static LARGER_UNIT_BEFORE: LazyLock<crate::pattern::Ending> = LazyLock::new(|| {
    crate::pattern::Ending::new(r"\d\s?(?:hours?|hrs?|minutes?|mins?),?(?:\s+and)?\s*$")
});

/// A bar named after a time's unit: "the 30 minute target".
static BAR_AFTER_UNIT: LazyLock<crate::pattern::Anchored> =
    LazyLock::new(|| crate::pattern::Anchored::new(r"^\s+target\b"));

/// The verbs that say a level in words just after them: "the number was twelve".
const LEVEL_VERBS: &[&str] = &[
    "was", "were", "is", "are", "remained", "remains", "stood at", "totalled", "reached",
];

/// Whether `before` ends on one of `words` as whole words.
fn ends_with_word(before: &str, words: &[&str]) -> bool {
    let b = before.trim_end();
    words
        .iter()
        .any(|w| b.strip_suffix(w).is_some_and(|rest| rest.ends_with(' ')))
}

/// "rose to fourteen from": the earlier level comes after the one moved to.
static TO_A_WORD_FROM: LazyLock<crate::pattern::Ending> = LazyLock::new(|| {
    crate::pattern::Ending::new(
        r"\b(?:rose|risen|fell|fallen|increased|decreased|grown|grew|dropped|reduced|climbed|up|down) to\s+[a-z-]+(?:\s[a-z-]+)?\s+from\s*$",
    )
});

/// What may follow a level in words that ends its clause: a stop, or the time or
/// figure it is set against ("twelve in the year", "fourteen from nine").
static WORD_LEVEL_AFTER: LazyLock<crate::pattern::Anchored> = LazyLock::new(|| {
    crate::pattern::Anchored::new(
        r"^\s*(?:[.;,)]|$|(?:from|in|at|during|for|by|compared|against|this|last|up|down|as)\b)",
    )
});

fn word_figure(
    text: &str,
    lower: &str,
    sentence: &Range<usize>,
    start: usize,
    end: usize,
) -> Option<Figure> {
    let v = &*VOCAB;
    let value = words_value(&text[start..end])?;
    let before = &lower[sentence.start..start];
    let after = &lower[end..sentence.end];
    if before.ends_with('-')
        || after.starts_with('-')
        || ONE_IN_BEFORE.is_match(before)
        || points_back(before, true)
    {
        return None; // "one-to-one", "two-year", "one in five", "these two children"
    }
    if let Some(p) = PERCENT.find(after) {
        return Some(Figure {
            value,
            unit: Unit::Percent,
            range: start..end + p.end(),
            range_to: None,
            denominator: None,
            in_words: true,
        });
    }
    // "Of our six homes, five are rated Good": the whole, as in figures.
    if opens_on_the_whole(before, after) {
        return None;
    }
    // Checked before identifiers: "this year (seven)" is not "year seven".
    let restates = restates_a_count(before, after);
    if !restates
        && (NOT_A_FIGURE_AFTER.is_match(after)
            || v.identifiers.contains(prev_word(before))
            || THRESHOLD_BEFORE.is_match(before))
    {
        return None;
    }
    // "The average wait was now nine days".
    if let Some(f) = duration_figure(value, before, after, start, end) {
        return f.map(|f| Figure {
            in_words: true,
            ..f
        });
    }
    // "Seventeen out of 20 care leavers": a count out of a total.
    if let Some(f) = count_of_total(value, after, &text[end..sentence.end], start..end, true) {
        return Some(f);
    }
    // "against a target of twenty": the bar a count is measured against.
    let bar = [
        "target of",
        "ambition of",
        "target was",
        "target is",
        "aim of",
    ]
    .iter()
    .any(|w| before.trim_end().ends_with(w));
    // "Families in bed and breakfast for over six weeks: the number was zero." A level
    // of none, said at the end of its clause. (Only "zero": "was one of" names no level.)
    let none_at_all = value == 0.0
        && after
            .trim_start()
            .chars()
            .next()
            .is_none_or(|c| matches!(c, '.' | ';' | ',' | ')'))
        && (ends_with_word(before, LEVEL_VERBS) || ends_with_word(before, &["at"]));
    // "The number of adoptions was twelve.", "the net gain was four", "rose to fourteen
    // from nine": a level in words that ends its clause or is set against another.
    // ("was one of" names no level, so only from two up.)
    let level_said = value >= 2.0
        && WORD_LEVEL_AFTER.is_match(after)
        && (ends_with_word(before, LEVEL_VERBS) || MOVED_TO.is_match(before));
    // "Of the 40 referrals, twelve were repeat referrals": a part of a total given first.
    if let Some(total) = OF_TOTAL_OPENING
        .captures(before)
        .and_then(|c| parse_number(&c[1]).or_else(|| words_value(&c[1])))
        .filter(|&t| t >= value)
    {
        return Some(Figure {
            denominator: Some(total),
            ..words_count(value, start..end)
        });
    }
    // "Of these, eleven had waited", "Twelve were placed out of area": a clause opened
    // by its count, then what the counted did ("One was ..." is too often no count).
    let opens_clause =
        SUBSET_BEFORE.is_match(before) || value >= 2.0 && count_opens_clause(before, after);
    // "Forty care leavers ..., up from thirty-one last year": an earlier level.
    // So is "rose to fourteen from nine".
    let earlier = (DOWN_FROM.is_match(before) || TO_A_WORD_FROM.is_match(before))
        && !after.trim_start().starts_with("of ");
    // "from two in April to four in May": the level a change went to.
    let reached = FROM_BEFORE.is_match(before) && before.trim_end().ends_with("to");
    // "compared with none in Q1", "fallen from 3 to nil": a level of none only where a
    // level is expected ("none of the children", "a nil return" are no figures).
    if matches!(&lower[start..end], "none" | "nil") {
        return (earlier || reached || none_at_all).then(|| words_count(value, start..end));
    }
    if reached
        || restates
        || bar
        || none_at_all
        || level_said
        || opens_clause
        || earlier
        || counted_noun_follows(after, &text[end..sentence.end], false)
    {
        return Some(words_count(value, start..end));
    }
    None
}

/// A count written in words.
fn words_count(value: f64, range: Range<usize>) -> Figure {
    Figure {
        in_words: true,
        ..simple(value, Unit::Count, range)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn by_pattern(s: &str) -> Vec<Range<usize>> {
        NUMBER.find_iter(s).map(|m| m.range()).collect()
    }

    #[test]
    fn a_change_is_read_back_from_the_figure_and_on_from_it() {
        // The words before the figure: read from its end, whatever opens the sentence.
        for before in [
            "to 31 march the number fell from 12 to ",
            "the rate went from a peak of ",
            "from twenty five (april) to ",
            "numbers rose from ",
        ] {
            assert!(FROM_BEFORE.is_match(before), "{before:?}");
        }
        // An opening "to 5" is no change ending at the figure; "from" mid-way is none.
        for before in ["to 5 in april, ", "from 12 in april, there were "] {
            assert!(!FROM_BEFORE.is_match(before), "{before:?}");
        }
        // The words after it: only where they follow it at once.
        assert!(TO_AFTER.is_match(" (april) to 15 in may"));
        assert!(TO_AFTER.is_match(" in april 2024 to 9"));
        assert!(!TO_AFTER.is_match(" children, up from"));
        assert!(!TO_AFTER.is_match(" children were referred to 3 teams"));
    }

    #[test]
    fn numbers_are_found_as_the_pattern_finds_them() {
        for s in [
            "£1,234.50 and $ 7 from 12,34 to 1234,567 of 1,2345 at 3.",
            "£ x, € 5, 10.5%, 100,000,000.25, ,123, 9,999,99",
        ] {
            assert_eq!(numbers(s).collect::<Vec<_>>(), by_pattern(s), "{s}");
        }
    }

    proptest! {
        #[test]
        fn numbers_agree_with_the_pattern_on_any_text(s in "[0-9,. $£€a\t]{0,40}") {
            prop_assert_eq!(numbers(&s).collect::<Vec<_>>(), by_pattern(&s));
        }
    }

    #[test]
    fn a_number_word_in_brackets_restates_a_count() {
        let t =
            "The number of foster carers approved this year (seven) was below the target of 20.";
        assert!(figs(t).contains(&(7.0, Unit::Count)));
        assert!(!figs("It was agreed at the meeting (one) of the Board.")
            .iter()
            .any(|f| f.0 == 1.0));
    }

    fn figures_of(t: &str) -> Vec<Figure> {
        let lower = t.to_ascii_lowercase();
        FigureStarts::new(&lower).figures(t, &lower, 0..t.len())
    }

    fn figs(t: &str) -> Vec<(f64, Unit)> {
        figures_of(t)
            .into_iter()
            .map(|f| (f.value, f.unit))
            .collect()
    }

    #[test]
    fn a_whole_in_words_opening_a_sentence_gives_its_part_a_denominator() {
        let f = figures_of("Of our six homes, five are rated Good or Outstanding.");
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!((f[0].value, f[0].denominator), (5.0, Some(6.0)));
    }

    #[test]
    fn a_count_closing_its_clause_counts_the_noun_that_opens_it() {
        assert_eq!(
            figs("Stage 1 complaints were 1,906."),
            [(1906.0, Unit::Count)]
        );
        assert_eq!(
            figs("Complaints received were 1,906 (1,522 in 2024/25)."),
            [(1906.0, Unit::Count), (1522.0, Unit::Count)]
        );
    }

    #[test]
    fn a_spaced_dash_ends_a_label_and_a_quarter_labels_a_bracket() {
        assert_eq!(
            figs("First time entrants - 28 in the quarter (Q1 34)."),
            [(28.0, Unit::Count), (34.0, Unit::Count)]
        );
        assert!(figs("Item 5 - 0-19 Service performance, Quarter 2").is_empty());
        assert!(figs("101 calls: average answer time 8 minutes.").len() == 1);
    }

    #[test]
    fn the_share_of_places_that_names_a_set_is_no_figure() {
        assert_eq!(
            figs("Learners from the 20% most deprived postcodes: 41%."),
            [(41.0, Unit::Percent)]
        );
    }

    #[test]
    fn references_and_addresses_are_no_figures() {
        assert!(figs("26/112 Apologies: Cllr A Brown (work).").is_empty());
        assert!(figs("26/02133/FUL – Land rear of 4 Church Close: No objection.").is_empty());
        assert!(figs("A site visit to 12 High Street, Ashby, was arranged.").is_empty());
        assert_eq!(
            figs("12 Family Court hearings were adjourned and 83/108 children were seen."),
            [(12.0, Unit::Count), (83.0, Unit::Count)]
        );
    }

    #[test]
    fn a_ratio_to_one_is_a_figure_where_the_sentence_calls_it_a_ratio() {
        assert_eq!(
            figs("The ratio of the highest paid to the median was 6.8:1."),
            [(6.8, Unit::Ratio)]
        );
        // One-to-one support is no ratio, nor a time of day.
        assert!(figs("The ratio of children getting 1:1 support is rising.").is_empty());
        assert!(figs("The staff ratio changed at 10:15 on 12 May.")
            .iter()
            .all(|f| f.1 != Unit::Ratio));
    }

    #[test]
    fn percentages_in_every_spelling() {
        assert_eq!(
            figs("86% and 86 % and 86 per cent and 12 percent"),
            vec![
                (86.0, Unit::Percent),
                (86.0, Unit::Percent),
                (86.0, Unit::Percent),
                (12.0, Unit::Percent)
            ]
        );
        assert_eq!(
            figs("Ninety five per cent were seen"),
            vec![(95.0, Unit::Percent)]
        );
        assert_eq!(figs("Eight percent had left"), vec![(8.0, Unit::Percent)]);
    }

    #[test]
    fn ranges_keep_their_upper_end() {
        let t = "9%-11% have a disability";
        let f = FigureStarts::new(t).figures(t, t, 0..t.len());
        assert_eq!(f.len(), 1);
        assert_eq!((f[0].value, f[0].range_to), (9.0, Some(11.0)));
        assert_eq!(&t[f[0].range.clone()], "9%-11%");
    }

    #[test]
    fn counts_need_a_counted_noun() {
        assert_eq!(figs("18 reviews were late"), vec![(18.0, Unit::Count)]);
        assert_eq!(
            figs("there were 2,130 children"),
            vec![(2130.0, Unit::Count)]
        );
        assert_eq!(
            figs("291 Looked after Children, 260 in aftercare"),
            vec![(291.0, Unit::Count), (260.0, Unit::Count)]
        );
        assert!(figs("14 is a young age").is_empty());
        assert!(figs("three main reasons for this").is_empty());
        assert!(figs("the three care leaver indicators are").is_empty());
        assert_eq!(figs("14 missing episodes"), vec![(14.0, Unit::Count)]);
        assert_eq!(
            figs("11 additional residential placements"),
            vec![(11.0, Unit::Count)]
        );
        assert_eq!(figs("8 young people under 16"), vec![(8.0, Unit::Count)]);
        assert_eq!(
            figs("twelve children were placed"),
            vec![(12.0, Unit::Count)]
        );
    }

    #[test]
    fn dates_ages_thresholds_and_identifiers_are_not_figures() {
        assert!(figs("On 31st January 2024 at 10:30am").is_empty());
        assert!(figs("seen within 20 working days").is_empty());
        assert!(figs("children aged 16 and over 5 years old").is_empty());
        // An age range, whatever else in the sentence makes bare numbers levels.
        assert_eq!(
            figs("The proportion of 19-21 year olds housed was 88%, below the England average of 91%."),
            vec![(88.0, Unit::Percent), (91.0, Unit::Percent)]
        );
        assert!(figs("support for 16 to 17 year-olds").is_empty());
        // Whom a count counts, by what they hold.
        assert_eq!(
            figs("6 social workers hold more than 25 cases."),
            vec![(6.0, Unit::Count)]
        );
        assert!(figs("Regulation 44 visits under Section 47 in Q2 after Covid-19").is_empty());
        assert!(figs("Report (PDF 158 KB), call 01234 567890").is_empty());
        assert!(figs("an 8-week period placed 20 miles away").is_empty());
    }

    #[test]
    fn a_level_that_says_whom_a_figure_counts_is_no_figure() {
        assert_eq!(
            figs("14 children had attendance below 80%."),
            vec![(14.0, Unit::Count)]
        );
        assert_eq!(
            figs("Eleven social workers had caseloads above 25."),
            vec![(11.0, Unit::Count)]
        );
        assert!(figs("pupils missing 50% or more of sessions").is_empty());
        assert!(figs("That directorates with completion below 85% provide a plan.").is_empty());
        // A bound that is itself the level set stays.
        assert_eq!(
            figs("The target is 10% or below."),
            vec![(10.0, Unit::Percent)]
        );
        assert_eq!(
            figs("Attendance had fallen below 90%."),
            vec![(90.0, Unit::Percent)]
        );
    }

    #[test]
    fn a_part_of_a_total_opening_the_sentence_is_the_figure() {
        let f = figures_of("Of the 281 children, 37 were placed more than 20 miles from home.");
        assert_eq!(f.len(), 1);
        assert_eq!((f[0].value, f[0].denominator), (37.0, Some(281.0)));
        assert_eq!(
            figs("Of the 12 new foster carers, 9 were approved in the quarter."),
            vec![(9.0, Unit::Count)]
        );
    }

    #[test]
    fn weights_are_measured_and_a_year_earlier_is_no_rate() {
        assert_eq!(
            figs("Residual waste per household was 254kg, against a target of 245kg."),
            vec![(254.0, Unit::Number), (245.0, Unit::Number)]
        );
        assert_eq!(
            figs("23 people were counted compared to 15 a year earlier."),
            vec![(23.0, Unit::Count), (15.0, Unit::Count)]
        );
        assert_eq!(figs("£450 a year"), vec![(450.0, Unit::CurrencyGbp)]);
        assert_eq!(
            figs("the average was 12 a week"),
            vec![(12.0, Unit::Number)]
        );
    }

    #[test]
    fn parts_and_times_around_a_count() {
        // ", with 1,402 progressing to a referral": a part of the count before it.
        assert_eq!(
            figs("Contacts totalled 6,214, with 1,402 progressing to a referral."),
            vec![(6214.0, Unit::Count), (1402.0, Unit::Count)]
        );
        // "in six months' time" says when.
        assert!(figs("Officers will report back in six months' time.").is_empty());
        // A bracket after "year" is no "Year 13".
        assert!(figs("A net loss over the year (13 new approvals).").contains(&(13.0, Unit::Count)));
        // "the net loss was 5": a net change is a count in figures alone.
        assert!(
            figs("14 households were deregistered, so the net loss was 5.")
                .contains(&(5.0, Unit::Count))
        );
    }

    #[test]
    fn a_counted_noun_is_looked_for_within_the_clause() {
        assert_eq!(
            figs("There are gaps in one team, two workers start soon."),
            vec![(2.0, Unit::Count)]
        );
    }

    #[test]
    fn a_count_closing_a_short_label_is_measured() {
        assert_eq!(figs("Refferals to CAMHS 34."), vec![(34.0, Unit::Count)]);
        // No counted noun, or a verb in the label: nothing is counted.
        assert!(figs("The meeting ended 34.").is_empty());
        assert!(figs("Members were told 34.").is_empty());
        // An aside in brackets may follow; each clause of a list is a label of its own.
        assert_eq!(
            figs("Open cases 1,842 (up 61 since September)."),
            vec![(1842.0, Unit::Count)]
        );
        assert!(figs("Children in need 1,019; on CP plans 318.").contains(&(318.0, Unit::Count)));
        assert!(figs("The meeting ended 34 (late).").is_empty());
    }

    #[test]
    fn earlier_levels_in_words_and_days_per_head() {
        assert!(
            figs("Forty care leavers were in Staying Put, up from thirty-one last year.")
                .contains(&(31.0, Unit::Count))
        );
        assert!(figs("It was down from one of the worst.").is_empty());
        assert_eq!(
            figs("Sickness absence was 5.6 days per FTE."),
            vec![(5.6, Unit::Days)]
        );
    }

    #[test]
    fn parts_of_a_plan_done_and_a_list_of_counts() {
        let f =
            figures_of("31 of the 44 actions were complete, 9 were on track and 4 were off track.");
        let got: Vec<_> = f.iter().map(|f| (f.value, f.denominator)).collect();
        assert_eq!(got, vec![(31.0, Some(44.0)), (9.0, None), (4.0, None)]);
        // A part of a set named before, told by what it had, in figures or words.
        for t in [
            "9 of the 23 had a mental health need.",
            "Nine out of the 23 had a mental health need.",
        ] {
            let f = figures_of(t);
            let got: Vec<_> = f.iter().map(|f| (f.value, f.denominator)).collect();
            assert_eq!(got, vec![(9.0, Some(23.0))], "{t}");
        }
        // "the last three audit cycles" is a window of time, not a count.
        assert!(figs("Share the themes from the last three audit cycles.").is_empty());
    }

    #[test]
    fn there_had_been_a_count_in_a_time() {
        assert_eq!(
            figs("Custodial sentences: there had been 2 in the quarter."),
            vec![(2.0, Unit::Count)]
        );
        assert!(figs("There had been 2 of them.").is_empty());
    }

    #[test]
    fn a_part_of_a_total_of_any_plural_noun() {
        let f = figures_of("In all, 27 of the 61 letters were received after 5 days.");
        assert_eq!((f[0].value, f[0].denominator), (27.0, Some(61.0)));
        let f = figures_of("SDQs returned: 81 of 112 (72%)");
        assert_eq!((f[0].value, f[0].denominator), (81.0, Some(112.0)));
        // "Page 1 of 4" stays a reference.
        assert!(figs("See page 1 of 4 pages.").is_empty());
    }

    #[test]
    fn a_total_whose_parts_follow_is_counted() {
        assert_eq!(
            figs("34 dispute resolution issues were raised, of which 29 were resolved."),
            vec![(34.0, Unit::Count), (29.0, Unit::Count)]
        );
    }

    #[test]
    fn a_stage_and_its_number_describe_the_noun_counted() {
        assert_eq!(
            figs("The Council received 1,486 Stage 1 complaints."),
            vec![(1486.0, Unit::Count)]
        );
    }

    #[test]
    fn a_range_opened_by_between_is_one_figure() {
        let f = figures_of("Between 9% and 11% of families were referred on.");
        assert_eq!((f.len(), f[0].value, f[0].range_to), (1, 9.0, Some(11.0)));
        let f = figures_of("Between 1,200 and 1,300 families a month used the hubs.");
        assert_eq!(
            (f.len(), f[0].value, f[0].range_to),
            (1, 1200.0, Some(1300.0))
        );
        // A movement is no range.
        assert_eq!(figures_of("It rose from 9% to 11%.").len(), 2);
    }

    #[test]
    fn counts_in_words_that_open_a_clause_or_take_a_total() {
        assert_eq!(
            figs("Of these, eleven had waited more than 18 months."),
            vec![(11.0, Unit::Count)]
        );
        assert_eq!(
            figs("Twelve were placed out of area."),
            vec![(12.0, Unit::Count)]
        );
        // "One was ..." is too often no count at all.
        assert!(figs("One was placed out of area.").is_empty());
        // The total is the part's denominator, in digits or in words.
        let f = figures_of("Of the 40 referrals, twelve were repeat referrals.");
        assert_eq!(
            (f.len(), f[0].value, f[0].denominator),
            (1, 12.0, Some(40.0))
        );
        let f = figures_of("Four of the eleven posts were vacant.");
        assert_eq!(
            (f.len(), f[0].value, f[0].denominator),
            (1, 4.0, Some(11.0))
        );
        // A number word after "the" names a known set: "the three schools".
        assert!(
            figs("The Panel will write to the three schools with most suspensions.").is_empty()
        );
    }

    #[test]
    fn a_level_of_zero_in_words_is_a_count() {
        let f =
            figs("The use of bed and breakfast for families for longer than six weeks was zero.");
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].0, 0.0);
        assert!(figs("The answer was zero tolerance of delay.").is_empty());
    }

    #[test]
    fn counted_nouns_after_several_describing_words() {
        for t in [
            "There were 2,940 fly-tipping incidents reported.",
            "Officers issued 18 fixed penalty notices.",
            "There were currently 27 unaccompanied asylum seeking children in care.",
            "There were 327 open damp and mould cases.",
        ] {
            assert_eq!(figs(t).len(), 1, "{t}");
        }
        assert!(figs("The panel met 3 of the time in the day.").is_empty());
        // "category 1" names a kind of hazard, and "and" only joins describing words.
        assert_eq!(
            figs("Of these, 41 were classed as category 1 hazards.").len(),
            1
        );
        assert!(figs("The panel met 3 and then 4 of the time in the day.").is_empty());
    }

    #[test]
    fn a_second_count_after_and_is_a_count() {
        assert_eq!(
            figs("12 children came into care in the quarter and 9 left care."),
            vec![(12.0, Unit::Count), (9.0, Unit::Count)]
        );
        assert!(figs("Work continued and 9 were planned.").is_empty());
        // A survey's second answer.
        assert_eq!(
            figs("Of the 64 who responded, 48 said they knew their social worker and 39 felt they had a say."),
            vec![(48.0, Unit::Count), (39.0, Unit::Count)]
        );
    }

    #[test]
    fn a_part_told_with_of_them_is_a_count() {
        let f = figs("47 children were placed in residential homes, 29 of them more than 20 miles from home.");
        assert_eq!(f.len(), 2);
        assert_eq!(f[1].0, 29.0);
    }

    #[test]
    fn a_part_told_with_of_whom_is_a_count() {
        assert_eq!(
            figs("There were 38 children open to the Hub, 22 of whom were at risk."),
            vec![(38.0, Unit::Count), (22.0, Unit::Count)]
        );
    }

    #[test]
    fn a_rate_named_before_its_figure() {
        assert_eq!(
            figs("The rate per 10,000 was 54, below the average of 71."),
            vec![(54.0, Unit::RatePer10k), (71.0, Unit::Count)]
        );
        // The older age of a band counts nothing.
        assert_eq!(
            figs("Care leavers 17-18 NEET: 11 of 46"),
            vec![(11.0, Unit::Count)]
        );
        // "3+ moves" is a threshold in a name, after a label's colon too.
        assert_eq!(
            figs("Placement stability: 3+ moves in year 9.1%"),
            vec![(9.1, Unit::Percent)]
        );
        // A scorecard's line with neither verb nor colon: "Rate per 10k 83, SN 71".
        assert_eq!(figs("Rate per 10k 83, SN 71")[0], (83.0, Unit::RatePer10k));
        assert_eq!(
            figs("There were 1,432 households in September (1,287 in March)."),
            vec![(1432.0, Unit::Count), (1287.0, Unit::Count)]
        );
        // No figure before the bracket: "(12 in March)" alone is not read.
        assert_eq!(figs("Households (12 in March) were visited."), vec![]);
        assert_eq!(
            figs("The number not in education, employment or training at 16-17 was 23."),
            vec![(23.0, Unit::Count)]
        );
        assert_eq!(
            figs("Rate per 10,000 children: 71.2 (England 70)"),
            vec![(71.2, Unit::RatePer10k), (70.0, Unit::Count)]
        );
    }

    #[test]
    fn the_base_of_a_share_is_no_count() {
        assert_eq!(
            figs("38% of the 26 children in the cohort met the standard"),
            vec![(38.0, Unit::Percent)]
        );
    }

    #[test]
    fn school_years_in_a_list_and_points_between_from_and_to() {
        assert_eq!(
            figs("87% of Year 12 and 13 young people were in education"),
            vec![(87.0, Unit::Percent)]
        );
        assert_eq!(
            figs("the gap had narrowed from 28 points to 24 points"),
            vec![(28.0, Unit::Count), (24.0, Unit::Count)]
        );
    }

    #[test]
    fn a_verb_of_counting_makes_a_count() {
        assert_eq!(
            figs("Fixed-term suspensions totalled 2,311."),
            vec![(2311.0, Unit::Count)]
        );
        assert_eq!(
            figs("Enquiries concluded during the quarter numbered 233"),
            vec![(233.0, Unit::Count)]
        );
    }

    #[test]
    fn a_count_after_the_year_it_happened_in_is_a_figure() {
        assert_eq!(
            figs("During the year 41 children were placed for adoption"),
            vec![(41.0, Unit::Count)]
        );
        assert!(figs("Year 11 pupils sat their exams").is_empty());
        // A month or period of the financial year is its name, not a count.
        assert!(figs("Item 3 - Month 5 Revenue Monitoring").is_empty());
        assert!(figs("The forecast at Period 6 was reported.").is_empty());
        assert!(figs("LAC 389 (last month 385).").contains(&(385.0, Unit::Count)));
    }

    #[test]
    fn a_second_count_after_one_in_words_is_a_count_of_its_own() {
        assert_eq!(
            figs("Thirty-one children had entered care during the quarter and 17 had left."),
            vec![(31.0, Unit::Count), (17.0, Unit::Count)]
        );
    }

    #[test]
    fn measured_durations_are_kept() {
        assert_eq!(figs("the average was 45 days"), vec![(45.0, Unit::Days)]);
        assert_eq!(
            figs("The average wait was now nine days, compared with twenty-six days in March."),
            vec![(9.0, Unit::Days), (26.0, Unit::Days)]
        );
        assert_eq!(
            figs("it was the lowest it had been in the rolling twelve month period"),
            vec![]
        );
        assert_eq!(
            figs("Children waited 45 days on average."),
            vec![(45.0, Unit::Days)]
        );
        assert!(
            figs("waiting times were long, with children waiting more than 18 weeks").is_empty()
        );
        assert_eq!(
            figs("the average wait was over 18 weeks"),
            vec![(18.0, Unit::Weeks)]
        );
        assert_eq!(
            figs("Delayed transfers attributable to social care averaged 4.2 days."),
            vec![(4.2, Unit::Days)]
        );
    }

    #[test]
    fn money_rates_and_fractions() {
        assert_eq!(
            figs("an overspend of £2.3m"),
            vec![(2_300_000.0, Unit::CurrencyGbp)]
        );
        assert_eq!(
            figs("savings of £450k"),
            vec![(450_000.0, Unit::CurrencyGbp)]
        );
        assert_eq!(
            figs("the rate was 225 per 10,000 children"),
            vec![(225.0, Unit::RatePer10k)]
        );
        assert_eq!(
            figs("16 of 244 children went missing"),
            vec![(16.0, Unit::Count)]
        );
        assert!(figs("1 of 3 recommendations").is_empty());
        let t = "(90/108 children)";
        let f = FigureStarts::new(t).figures(t, t, 0..t.len());
        assert_eq!((f[0].value, f[0].denominator), (90.0, Some(108.0)));
    }

    #[test]
    fn changes_and_from_to_pairs_are_counts() {
        assert_eq!(
            figs("referrals decreased from 353 to 253"),
            vec![(353.0, Unit::Count), (253.0, Unit::Count)]
        );
        assert_eq!(figs("16 less than last month"), vec![(16.0, Unit::Count)]);
        assert_eq!(figs("number of lac 389."), vec![(389.0, Unit::Count)]);
        assert_eq!(
            figs("the longest wait was 47 working days."),
            vec![(47.0, Unit::Days)]
        );
        assert!(figs("11 had waited longer than 20 working days").len() == 1);
        assert_eq!(
            figs("imunisations remain at 92 perecnt."),
            vec![(92.0, Unit::Percent)]
        );
        assert!(figs("the length of time these two children had been waiting").is_empty());
        assert_eq!(
            figs("of these, 37 were unaccompanied children"),
            vec![(37.0, Unit::Count)]
        );
        assert_eq!(
            figs("rise in number of uasc - now 41, up from 29 in april."),
            vec![(41.0, Unit::Count), (29.0, Unit::Count)]
        );
        assert_eq!(
            figs("contacts rose by 14% compared with q1, to 5,873."),
            vec![(14.0, Unit::Percent), (5873.0, Unit::Count)]
        );
        assert_eq!(
            figs("an increase of137 care leavers"),
            vec![(137.0, Unit::Count)]
        );
    }

    #[test]
    fn other_rates_are_numbers() {
        assert_eq!(
            figs("delays had reduced to 14 per day"),
            vec![(14.0, Unit::Number)]
        );
    }
    #[test]
    fn a_clause_opened_by_its_plural_noun_counts_it() {
        assert_eq!(
            figs("41 permanent exclusions; suspensions were 3,870."),
            vec![(41.0, Unit::Count), (3870.0, Unit::Count)]
        );
        assert_eq!(
            figs("Referrals totalled 1,204, and"),
            vec![(1204.0, Unit::Count)]
        );
        assert_eq!(
            figs("Referrals were 1,204 in the quarter."),
            vec![(1204.0, Unit::Count)]
        );
        // The noun may be where its people are, and "children" is a plural too.
        assert_eq!(
            figs("Households in temporary accommodation had reached 1,146 at the end of October."),
            vec![(1146.0, Unit::Count)]
        );
        assert_eq!(
            figs("Children in care were 146."),
            vec![(146.0, Unit::Count)]
        );
        assert_eq!(
            figs("She said that families were 12."),
            vec![(12.0, Unit::Count)]
        );
        // Times, measures and papers are not what is counted; nor is a number going on.
        assert!(figs("The years were 2019 to 2021.").is_empty());
        assert!(figs("Appendices were 3.").is_empty());
        assert!(figs("The indicators were 12.").is_empty());
        assert!(figs("Suspensions were 3 times higher.").is_empty());
    }
    #[test]
    fn a_score_named_by_its_number_is_read_with_its_sign() {
        assert_eq!(
            figs("Progress 8 for children looked after was -1.02."),
            vec![(-1.02, Unit::Number)]
        );
        assert_eq!(
            figs("the Attainment 8 score was 45.1"),
            vec![(45.1, Unit::Number)]
        );
        // A dash between numbers or after a bullet is no sign.
        assert_eq!(
            figs("aged 5-10 the score was 12"),
            vec![(12.0, Unit::Count)]
        );
    }

    #[test]
    fn seconds_measured_are_numbers_and_a_number_dialled_is_none() {
        assert_eq!(
            figs("Average call answer time was 8 seconds."),
            vec![(8.0, Unit::Number)]
        );
        // The service's number and the bar within which calls are answered are no figures.
        assert_eq!(
            figs("999 calls answered within 10 seconds rose to 92%."),
            vec![(92.0, Unit::Percent)]
        );
        assert_eq!(
            figs("Ambulance handover delays over 60 minutes totalled 412."),
            vec![(412.0, Unit::Count)]
        );
    }

    #[test]
    fn a_time_in_two_units_is_one_figure_and_a_timed_target_is_a_bar() {
        assert_eq!(
            figs("Response times averaged 41 minutes 12 seconds, above the 30 minute target."),
            vec![(41.0, Unit::Number), (30.0, Unit::Number)]
        );
        // A time a measure reached is measured; an age reached is not.
        assert_eq!(
            figs("In August it reached 7 minutes."),
            vec![(7.0, Unit::Number)]
        );
        assert!(figs("Young people who reached 18 years were referred.").is_empty());
        // A part of a whole counted by a plural no table knows.
        let f = figures_of("Levels exceeded the objective at 3 of the 52 diffusion tube sites.");
        assert_eq!((f[0].value, f[0].denominator), (3.0, Some(52.0)));
        // The parts of a count listed after a colon, each with its label, are counts.
        assert_eq!(
            figs("There were 9,214 households on the register: Band A 312, Band B 1,204 and Band D 3,186."),
            [(9214.0, Unit::Count), (312.0, Unit::Count), (1204.0, Unit::Count), (3186.0, Unit::Count)]
        );
        assert!(figs("Members noted the following: Appendix A 3.").is_empty());
        // More of the things counted before, closing a clause or told by a verb.
        assert_eq!(
            figs("The fund created 148 jobs and safeguarded a further 92.").get(1),
            Some(&(92.0, Unit::Count))
        );
        assert_eq!(
            figs("12 children entered care and a further 9 were on the edge of care.").len(),
            2
        );
        assert_eq!(
            figs("The panel will meet for a further 2 sessions.").len(),
            1
        );
        // A bare end of a movement takes the other end's unit, unless it counts things.
        assert_eq!(
            figs("Usage rose from 5% to 10 children.").get(1),
            Some(&(10.0, Unit::Count))
        );
        assert_eq!(
            figs("The gap had widened from 8.1 percentage points to 10.9."),
            [(8.1, Unit::Percent), (10.9, Unit::Percent)]
        );
        assert_eq!(
            figs("The gap had widened from 8.1 to 10.9 percentage points."),
            [(8.1, Unit::Percent), (10.9, Unit::Percent)]
        );
        // A bare level after its verb in a sentence of readings is measured.
        assert_eq!(
            figs("The highest reading was 46.2 on Station Road."),
            [(46.2, Unit::Number)]
        );
        // A plural noun no table knows, as a verb's subject or ending the clause, is
        // counted; a year before one is not.
        assert_eq!(
            figs("Members heard that 412 new business start-ups had been registered."),
            [(412.0, Unit::Count)]
        );
        assert_eq!(figs("There were 412 start-ups."), [(412.0, Unit::Count)]);
        assert!(figs("Held on 3 December 2026 via Teams.").is_empty());
        // A short label ending on a plural noun, or its participle, counts it.
        assert_eq!(
            figs("Speed camera activations 41,208; courses completed 18,905."),
            [(41208.0, Unit::Count), (18905.0, Unit::Count)]
        );
        assert_eq!(
            figs("Pedestrian casualties 213 - up 8% on last year.")[0],
            (213.0, Unit::Count)
        );
        assert!(figs("See appendices 2 and 3.").is_empty());
        // "(previous year 14)" gives last year's figure, no school year.
        assert_eq!(
            figs("Fatalities: 19 (previous year 14)."),
            [(19.0, Unit::Count), (14.0, Unit::Count)]
        );
        // A count for the year to date is a count.
        let f = figs("Carers assessments completed: 1,106 year to date, up from 947.");
        assert_eq!(f[0], (1106.0, Unit::Count));
        // A time under a bracket's label is measured, and a bare number there is in the
        // unit of the time before it.
        for t in [
            "Delays: 6.4 days (September: 7.1 days).",
            "Delays: 6.4 days (September: 7.1).",
        ] {
            assert_eq!(figs(t), vec![(6.4, Unit::Days), (7.1, Unit::Days)], "{t}");
        }
        // The bar a measure is counted within is none.
        assert_eq!(
            figs("96% were repaired within the 28 day target."),
            vec![(96.0, Unit::Percent)]
        );
    }

    #[test]
    fn a_part_counts_the_noun_after_its_describing_word_or_them() {
        let f = figures_of("The officer said that 3 of the 11 refuse vehicles were old.");
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!((f[0].value, f[0].denominator), (3.0, Some(11.0)));
        assert_eq!(
            figs("Of these, 214 were in bed and breakfast, 38 of them families with children."),
            vec![(214.0, Unit::Count), (38.0, Unit::Count)]
        );
        // A part of a total named by no noun is still no count: "2 of the 3 main".
        assert!(figs("Item 2 of the 3 main items was deferred.").is_empty());
    }

    #[test]
    fn an_estimate_a_bare_range_and_a_misspelt_forty_are_read() {
        assert_eq!(
            figs("The number of open episodes was c. 1,150 at the end of September."),
            vec![(1150.0, Unit::Count)]
        );
        assert_eq!(
            figs("The number of open episodes was c.40 at the end of September."),
            vec![(40.0, Unit::Count)]
        );
        let f = figures_of("Around 40-45% of referrals came from schools.");
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!(
            (f[0].value, f[0].unit, f[0].range_to),
            (40.0, Unit::Percent, Some(45.0))
        );
        assert_eq!(
            figs("Fourty two per cent of families closed with outcomes achieved."),
            vec![(42.0, Unit::Percent)]
        );
    }

    #[test]
    fn a_count_opens_a_reported_clause_or_one_after_its_set() {
        assert_eq!(
            figs("The manager noted that 9 had part-time timetables."),
            vec![(9.0, Unit::Count)]
        );
        assert_eq!(
            figs("Of the cohort, 9 had left school without a place."),
            vec![(9.0, Unit::Count)]
        );
        // A year after "that" is a year, not a count.
        assert!(figs("The Chair noted that 2025 had been a difficult year.").is_empty());
        // A year after "the" names a review, even before "child".
        assert!(figs("Actions from the 2025 child safeguarding practice review.").is_empty());
        assert_eq!(
            figs("In all 2025 children were seen."),
            vec![(2025.0, Unit::Count)]
        );
    }

    #[test]
    fn hours_of_a_thing_are_an_amount_but_hours_of_a_bar_are_not() {
        assert_eq!(
            figs("In total 8,940 hours of care were delivered each week."),
            vec![(8940.0, Unit::Number)]
        );
        assert!(figs("Strategy discussions are held within 24 hours of referral.").is_empty());
        assert!(figs("Families are entitled to 30 hours of childcare.").is_empty());
    }

    #[test]
    fn an_age_band_from_birth_is_no_figure() {
        assert_eq!(
            figs("The 0-19 service saw 412 families."),
            vec![(412.0, Unit::Count)]
        );
        assert!(crate::analyse("The 0\u{2013}25 SEND team.")
            .indicators
            .is_empty());
        // A band of figures is still one.
        assert_eq!(figs("Between 10-15 families."), vec![(15.0, Unit::Count)]);
    }

    #[test]
    fn round_the_clock_is_no_figure() {
        assert!(figs("The ICB lead said that 24/7 crisis lines were now in place.").is_empty());
        assert_eq!(
            figs("The 24-7 helpline took 88 calls."),
            vec![(88.0, Unit::Count)]
        );
    }

    #[test]
    fn a_level_in_words_said_at_the_end_of_its_clause_is_a_count() {
        assert_eq!(
            figs("The number of adoptions was twelve."),
            vec![(12.0, Unit::Count)]
        );
        assert_eq!(
            figs("Adoptions rose to fourteen from nine."),
            vec![(14.0, Unit::Count), (9.0, Unit::Count)]
        );
        assert!(figs("The item was one of three.").is_empty());
    }

    #[test]
    fn a_count_with_its_scale_in_words() {
        assert_eq!(
            figs("Leisure centre attendances were 1.34 million."),
            vec![(1_340_000.0, Unit::Count)]
        );
        // "5m" and "10k" may be metres or a run.
        assert!(figs("The pool is 25m long.").is_empty());
    }

    #[test]
    fn a_part_of_a_planned_whole() {
        let f = figures_of("with 11,200 of the planned 18,000 gullies cleansed");
        assert_eq!(f.len(), 1);
        assert_eq!((f[0].value, f[0].denominator), (11_200.0, Some(18_000.0)));
        let f = figures_of("138 of our 512 children in care (27%) are placed outside the county");
        assert_eq!((f[0].value, f[0].denominator), (138.0, Some(512.0)));
    }

    #[test]
    fn a_time_from_now_is_no_duration() {
        assert!(figs(
            "That the Designated Nurse report back on CAMHS waiting times in six months."
        )
        .is_empty());
        assert!(figs("Waiting times would be reviewed every 6 weeks.").is_empty());
        assert_eq!(
            figs("The average wait was 14 weeks."),
            vec![(14.0, Unit::Weeks)]
        );
    }

    #[test]
    fn counts_named_by_a_section_and_told_after_a_semicolon() {
        assert_eq!(
            figs("There were 112 section 47 enquiries."),
            vec![(112.0, Unit::Count)]
        );
        assert_eq!(
            figs("112 children were subject to section 47 enquiries; 41 progressed to an ICPC."),
            vec![(112.0, Unit::Count), (41.0, Unit::Count)]
        );
    }
}
