//! Turns the figures of each sentence into indicators.
//!
//! Within a sentence the figures are first related to each other: a figure in
//! brackets right after another is the same measure written another way; "from A
//! to B" makes A the previous value of B; a figure after "national figures of" is a
//! comparison for the level beside it; "a reduction of 10" is a change. What is left
//! standing becomes an indicator, which then takes its category, its period (from the
//! sentence, the block, the lead-in or the item's heading) and its direction.

use crate::category::{
    categorise, from_item_title, from_sentence, from_sub_heading, sub_heading, Context,
};
use crate::figures::{
    Figure, FigureStarts, Unit, DOWN_FROM, EARLIER_TIME_AFTER, EMPHASIS, LAST_TIME_LABEL, MOVED_TO,
    THAN_BEFORE, WHEN_AFTER,
};
use crate::figures::{CHANGE_IN_AFTER, CHANGE_NOUNS, SAID_BEFORE_UP_ON, TOLD_ALIKE};
use crate::normalize::Normalized;
use crate::pattern::Pattern;
use crate::pattern::Regex;
use crate::periods::{find_periods, PeriodMention};
use crate::report::{Assessment, Comparison, ComparisonKind, Direction, Indicator, Previous, Role};
use crate::segment::Segments;
use crate::tables;
use crate::vocab::{Polarity, VOCAB};
use crate::Analysis;
use std::ops::Range;
use std::sync::LazyLock;

const COMPARISONS: &str = include_str!(concat!(env!("OUT_DIR"), "/comparisons.tsv"));

/// Each comparison row: its kind and its cue.
static COMPARISON_BEFORE: LazyLock<Vec<(ComparisonKind, Pattern)>> = LazyLock::new(|| {
    crate::vocab::cue_rows(COMPARISONS)
        .map(|(kind, pattern)| (comparison_kind(kind), crate::pattern::compile(pattern)))
        .collect()
});

/// Any comparison cue at all, at any distance: most figures have none, and one
/// pattern to say so is cheaper than trying each row. Unbounded, because a bounded
/// repeat after so many alternatives makes a slow automaton; the rows then check the distance.
static ANY_COMPARISON_BEFORE: LazyLock<Pattern> = LazyLock::new(|| {
    let rows = crate::vocab::any_of(crate::vocab::cue_rows(COMPARISONS).map(|(_, p)| p));
    crate::pattern::compile(&format!(r"(?:{rows})[^%.;]*$"))
});

/// "access to dentists is a national issue, 14 children are waiting": the country named
/// as where a problem lies, not as a figure to compare with.
static NATIONAL_ISSUE: LazyLock<Pattern> = LazyLock::new(|| {
    crate::pattern::compile(
        r"\bnational(?:ly)? (?:issue|problem|shortage|crisis|challenge|difficulty|pressure|picture|context|policy|guidance|agenda|lack)s?\b[^%\d.;]*$",
    )
});

fn comparison_kind(name: &str) -> ComparisonKind {
    match name {
        "national" => ComparisonKind::National,
        "statistical_neighbours" => ComparisonKind::StatisticalNeighbours,
        "regional" => ComparisonKind::Regional,
        "target" => ComparisonKind::Target,
        "previous_year" => ComparisonKind::PreviousYear,
        _ => ComparisonKind::Other,
    }
}

/// The kind of a bar named after its figure: "below the 95% needed", "short of the
/// 90% the Board had set as its ambition" (a target), "the 88% national figure",
/// "within the 18-22% range".
fn bar_named_after(after: &str) -> ComparisonKind {
    // "below the 95% standard, and": each word without its comma.
    let words = after
        .split_whitespace()
        .map(|w| w.trim_end_matches(|c: char| !c.is_ascii_alphanumeric()))
        .take(8);
    let mut kind = ComparisonKind::Other;
    for (k, w) in words.enumerate() {
        match w {
            "target" | "ambition" | "aim" | "goal" | "plan" => return ComparisonKind::Target,
            // "within the 18-22% range set in the plan": a range to keep within.
            "range" if k < 2 => return ComparisonKind::Target,
            "needed" | "required" | "expected" | "standard" if k < 3 => {
                return ComparisonKind::Target
            }
            // "below the 75% the Board had set", "the 90% set by the Board".
            "set" if k < 5 => return ComparisonKind::Target,
            // (`after` is lowercased.)
            "national" | "nationally" | "england's" | "scotland's" | "ireland"
                if k < 3 && kind == ComparisonKind::Other =>
            {
                kind = ComparisonKind::National
            }
            _ if k < 3 && kind == ComparisonKind::Other && crate::vocab::names_nation(w) => {
                kind = ComparisonKind::National
            }
            "regional" if k < 3 && kind == ComparisonKind::Other => kind = ComparisonKind::Regional,
            "statistical" | "sn" | "neighbour" | "neighbours"
                if k < 3 && kind == ComparisonKind::Other =>
            {
                kind = ComparisonKind::StatisticalNeighbours
            }
            _ => {}
        }
    }
    kind
}

/// A bar that names what is measured rather than a value to compare with: "Performance
/// against the four-hour standard ... was 71.8%", "Routine repairs completed within
/// target: 71%". The figure after it is the measure's own level.
static MEASURED_AGAINST: LazyLock<crate::pattern::Ending> = LazyLock::new(|| {
    crate::pattern::Ending::new(
        r"\b(?:against|within|in line with)\s+(?:the\s+|a\s+|its\s+|our\s+)?(?:[\w-]+\s+){0,3}?(?:targets?|standards?|timescales?)\b[^.;:%\d]{0,60}?(?:\b(?:was|were|is|are|stood at|remained|remains|had been|has been)\s*|:\s*)$",
    )
});

/// A figure right after "below the", "above the", "short of the": a bar the level is
/// measured against.
static BAR_BEFORE: LazyLock<crate::pattern::Ending> = LazyLock::new(|| {
    crate::pattern::Ending::new(
        r"\b(?:below|above|short of|exceeding|beyond|within) (?:the|an?)\s*$",
    )
});

/// A figure right after "against the", "meeting the" or "missing the": a bar when
/// what follows names one.
static AGAINST_THE_BEFORE: LazyLock<crate::pattern::Ending> = LazyLock::new(|| {
    crate::pattern::Ending::new(
        r"\b(?:against|meeting|meets|met|exceeding|exceeds|exceeded|missing|misses|missed) (?:the|an?|its|our)\s*$",
    )
});

static COMPARISON_AFTER: LazyLock<crate::pattern::Anchored> = LazyLock::new(|| {
    crate::pattern::Anchored::new(&format!(
        r"^\s*\)?,?\s*(?:(?P<national>(?:(?:of|for|among) (?:their |all |other )?[a-z-]+(?: [a-z-]+)? )?nationally|(?:in|for|across) {nation}|{nation}\s*(?:[.;)]|$)|\(national\)|\({nation}\)|(?:for|in) the country)|(?P<target>target\b|\(target\))|(?P<sn>\(sn\)|\(statistical neighbours?\)|sns?(?:\s+(?:average|avg))?\s*(?:[.,;)]|$)|(?:for|among|amongst|across|in) (?:our |its |the )?statistical neighbou?rs?|for (?:our )?comparators?|(?:median |average |mean )?(?:for|of|among|across) (?:similar|comparable) (?:landlords|councils|authorities|providers|organisations)\b)|(?P<regional>regionally|for the region|in the region|across the region)|(?P<all>for all (?:other )?(?:pupils|children|children and young people|young people|learners|students|schools)\b)|(?P<planned>(?:budgeted|planned|funded|commissioned|established)\b))",
        nation = *crate::vocab::NATION
    ))
});
/// The words that open a clause holding only a change: ", up 18% on last year".
const CHANGE_OPENINGS: &[&str] = &[
    "up by",
    "down by",
    "up",
    "down",
    "an increase of",
    "a rise of",
    "a decrease of",
    "a fall of",
    "a reduction of",
    "a drop of",
];
/// "Of the £18.2m savings target, ": the whole the figure is part of, not a bar it is
/// set against.
static WHOLE_OPENING: LazyLock<crate::pattern::Anchored> = LazyLock::new(|| {
    crate::pattern::Anchored::new(
        r"^(?:[a-z][^:;.]{0,60}:\s*)?of (?:the|its|our|these|those|all) [^,;]{1,80},\s*$",
    )
});
/// A count and its noun, then "and" or a comma: the next figure continues a list.
static LISTED_COUNT_BEFORE: LazyLock<crate::pattern::Ending> = LazyLock::new(|| {
    crate::pattern::Ending::new(r"\d[\d,]*\s+[a-z][a-z-]+(?:,|\s+and|,\s+and)\s+$")
});
/// Words that set a figure against the one before: "91.3% against 93.0% for all pupils".
static AGAINST_BEFORE: LazyLock<crate::pattern::Ending> = LazyLock::new(|| {
    crate::pattern::Ending::new(
        r"\b(?:against|compared (?:with|to)|than|versus|vs?\.?)(?: the| an? average of| a figure of)?\s*$",
    )
});
/// Between a count and the rate that restates it: "... children looked after, a rate of".
// Digits may stand between ("412 at 31st December 2025, a rate of 78 per 10,000"):
// any figure there would be a slot of its own, and the slots must be neighbours.
static RATE_RESTATES: LazyLock<crate::pattern::Ending> = LazyLock::new(|| {
    crate::pattern::Ending::new(
        r"^[^.;%]{0,60}(?:,\s*|\s\()(?:(?:which is |equating to |equivalent to |or )?(?:(?:a|the)\s+)?rate:?\s+(?:of\s*)?|(?:which )?(?:equates|equated|equating|is equivalent|was equivalent|equivalent) to\s*(?:a rate of\s*)?)$",
    )
});
/// Words between a count and the share it makes: "27 UASC, representing 6%".
static SHARE_RESTATES: LazyLock<crate::pattern::Anchored> = LazyLock::new(|| {
    crate::pattern::Anchored::new(
        r"^\s*[a-z' ]{0,40}?,?\s+(?:representing|equating to|equivalent to|which (?:is|was|represents|represented|equates to))\s*$",
    )
});
/// ", or " between a sum and the share it is: "£3.4m, or 2.4% of the budget".
static OR_SHARE_GAP: LazyLock<crate::pattern::Anchored> = LazyLock::new(|| {
    crate::pattern::Anchored::new(
        r"^\s*,\s*or\s+(?:around\s+|about\s+|some\s+|roughly\s+|approximately\s+)?$",
    )
});
/// Where a new clause starts within a sentence.
/// A sum that is a difference from a budget: "an overspend of", "a deficit of".
static DIFFERENCE_FROM_BUDGET: LazyLock<Pattern> = LazyLock::new(|| {
    crate::pattern::compile(
        r"\b(?:overspends?|underspends?|overspending|underspending|deficits?|surplus|variance|shortfall)\b",
    )
});
static NEW_CLAUSE: LazyLock<Pattern> =
    LazyLock::new(|| crate::pattern::compile(r",\s+(?:with|and|while|whilst|but|whereas)\s|;\s"));
static CHANGE_BEFORE: LazyLock<crate::pattern::Ending> = LazyLock::new(|| {
    crate::pattern::Ending::new(
        r"\b(?P<verb>reductions?|increases?|decreases?|rises|rise|falls?|drops?|declines?|net loss|net gain|reduced|increased|decreased|rose|risen|fell|fallen|dropped|declined|grew|grown|improved|improvement|deterioration|deteriorated|worsened|up|down)\s(?:of|by)\s(?:over |around |about |nearly |almost |approximately |just over |just under |a further |some )?$|(?:^|\(|,|\b(?:was|were|is|are|now))\s*(?P<bare>up|down)\s$|(?:^|;)\s*(?:[a-z][a-z'/&-]*\s+){1,4}(?P<listed>up|down)\s$|\b(?P<past>fell|rose|dropped|increased|decreased|declined|grew|reduced|risen|fallen)\s$",
    )
});
static CHANGE_AFTER: LazyLock<crate::pattern::Anchored> = LazyLock::new(|| {
    crate::pattern::Anchored::new(
        r"^\s(?:(?P<verb>increase|decrease|rise|fall|reduction|drop|improvement|uplift)\b|(?P<cmp>less|fewer|more|lower|higher|up|down)\s(?:[a-z'-]+\s){0,6}?(?:than|on)\s(?:(?:at|in|for|during|over)\s)?(?:the end of\s|the (?:first|second) (?:half|quarter) of\s)?(?:last|the previous|previous|the same|previously|forecast\b|(?:19|20)\d\d(?:[/-]\d\d)?\b|(?:january|february|march|april|may|june|july|august|september|october|november|december|q[1-4]|quarter)\b)|(?P<side>below|above)\s(?:the\s)?(?:same|last|previous)\b)",
    )
});
static CHANGE_CONTINUES: LazyLock<crate::pattern::Anchored> = LazyLock::new(|| {
    crate::pattern::Anchored::new(r"^(?:\s(?:in|at|for)\s[\w' ]{1,30}?)?\s*(?:,|and|, and|&)\s*$")
});
static FROM_TO_GAP: LazyLock<crate::pattern::Anchored> = LazyLock::new(|| {
    // The gap's periods are already taken out: "from 312 (at the end of) June to 347".
    crate::pattern::Anchored::new(
        r"^[\s(),]*(?:points?\s+)?(?:(?:in|at|during|for|by|as at|as of)\s+)?(?:the\s+(?:end|start|beginning)\s+of\s*)?[\s(),]*to[\s(),]*(?:at|in)?[\s(),]*$",
    )
});
/// Where a clause with a subject of its own begins: "; ", "that", ", and the", ", where
/// the" ("an overspend of £5.2m, where the average weekly cost has risen to £6,450").
static NEW_SUBJECT: LazyLock<Pattern> = LazyLock::new(|| {
    crate::pattern::compile(
        r";\s|\bthat\s|,\s+(?:and|while|whilst|but|whereas|where)\s+(?:(?:the|a|an)\s|[a-z-]+\s+(?:had|has|have|was|were)\b|(?:[a-z-]+\s+){1,3}(?:fell|rose|increased|decreased|reduced|dropped|grew|declined)\b)",
    )
});
/// Only "from" between two figures (periods already taken out, so "to 112 in
/// September from 187" leaves "in" before it), perhaps after the level's noun ("to 23
/// people from 140"). ("from a peak of 140" is `DOWN_FROM`'s.)
static FROM_GAP: LazyLock<crate::pattern::Anchored> = LazyLock::new(|| {
    crate::pattern::Anchored::new(
        r"^[\s(),]*(?:[a-z]+\s+){0,2}?(?:(?:in|at|during|for|by|as at|as of)\s+(?:the\s+)?(?:(?:year|quarter|month|period|12 months|twelve months)\s+(?:to|ending)\s+)?)?[\s(),]*from[\s(),]*(?:the\s+)?(?:just|only|around|about|approximately|nearly|almost)?\s*$",
    )
});
/// "... to" or "... by" just before a figure: "to" makes it a level already moved
/// to, "by" an amount ("forecast to overspend by £5.9m"); neither is an earlier level.
static ENDS_WITH_TO: LazyLock<crate::pattern::Ending> =
    LazyLock::new(|| crate::pattern::Ending::new(r"\b(?:to|by)\s*$"));
static EARLIER_PERIOD_VALUE: LazyLock<crate::pattern::Ending> = LazyLock::new(|| {
    crate::pattern::Ending::new(&format!(
        r"\b(?:previous (?:period|month|quarter)|last (?:month|quarter)|the month before|the quarter before)\b[^%\d.;]{{0,40}}(?:at|of|was|were|with)\s*$|(?:\b(?:decline|decrease|fall|drop|reduction|increase|rise|improvement|deterioration|down|up)\s+(?:on|from)|\b{TOLD_ALIKE}|\bcompared (?:with|to)|\bclose to)\s+(?:(?:the\s+)?(?:previous|last)\s+(?:period|month|quarter)|q[1-4]|quarter\s+(?:[1-4]|one|two|three|four)|(?:january|february|march|april|may|june|july|august|september|october|november|december)(?:\s+\d{{4}})?)\s*\(\s*$",
    ))
});
/// "68% at the end of their order, against 74% at the start": the same measure at
/// the start of the same span of time, so its earlier value.
static AT_THE_START: LazyLock<crate::pattern::Anchored> = LazyLock::new(|| {
    crate::pattern::Anchored::new(r"^\s*(?:at|from) the (?:start|beginning|outset)\b")
});
static COMPARED_WITH: LazyLock<crate::pattern::Ending> = LazyLock::new(|| {
    crate::pattern::Ending::new(&format!(
        r"\b(?:compar(?:ed|es|ing) (?:well |favourably |unfavourably |poorly |badly )?(?:with|to)(?:\s+the)?{EMPHASIS}|against|versus|vs?\.?)\s*$",
    ))
});
static LAST_YEAR_AFTER: LazyLock<Pattern> = LazyLock::new(|| {
    crate::pattern::compile(
        r"^[^.;%\d]{0,40}\b(?:same (?:time|period|point|quarter|month) last year|last year|previous year|a year (?:ago|earlier|before)|prior year|the year before)",
    )
});
/// A year right after a figure: "23.6% in 2024/25".
static EARLIER_YEAR_AFTER: LazyLock<crate::pattern::Anchored> = LazyLock::new(|| {
    crate::pattern::Anchored::new(
        r"^\s+(?:in|for|during)\s+(?:the\s+)?(?:(?:financial|academic)\s+year\s+)?(?:19|20)\d{2}(?:\s?[/-]\s?\d{2,4})?\b",
    )
});
static PERIOD_LABEL_GAP: LazyLock<crate::pattern::Anchored> =
    // ("(2025/26 same period: 11)": the same part of the year named.)
    LazyLock::new(|| {
        crate::pattern::Anchored::new(
            r"^\s*\(\s*(?:(?:the\s+)?same (?:period|time|point|quarter|month))?\s*[:=-]?\s*$",
        )
    });
static COMPARED_WITH_ONLY: LazyLock<crate::pattern::Ending> = LazyLock::new(|| {
    crate::pattern::Ending::new(&format!(
        r"\bcompared (?:well |favourably |unfavourably |poorly |badly )?(?:with|to)(?:\s+the)?{EMPHASIS}\s*$|,\s*against\s*$",
    ))
});
/// The words that open an earlier value's own part of a sentence: "(", "from", "down
/// from", "compared". ("stepped down to early help in Q2" opens none.)
static INTRODUCES_EARLIER: LazyLock<Pattern> = LazyLock::new(|| {
    crate::pattern::compile(&format!(
        r"\(|\bfrom\b|\b(?:down|up)\s+(?:from|on|by|\d)|\b(?:down|up)\s*(?:,|$)|\bcompared\b|\b{TOLD_ALIKE}\b|\bclose to\b|\bprevious\b|\blast\b|\b(?:improvement|increase|decrease|rise|fall|drop|deterioration|reduction) on\b",
    ))
});
/// The words that make "last year" a span counted over: "in the last year".
static SPAN_BEFORE: LazyLock<crate::pattern::Ending> = LazyLock::new(|| {
    crate::pattern::Ending::new(r"\b(?:in|over|during|within|across|for) the\s+$")
});

/// The whole a share in a bracket is of: "of the LAC population" in "(8.5% of the LAC
/// population)".
static SHARE_OF_WHOLE: LazyLock<crate::pattern::Anchored> = LazyLock::new(|| {
    crate::pattern::Anchored::new(r"^of\s+(?:the\s+|all\s+|our\s+)?[A-Za-z' -]{1,50}")
});

/// `rest` past the whole its share is of, if it names one.
fn past_share_of_whole(rest: &str) -> &str {
    SHARE_OF_WHOLE.find(rest).map_or(rest, |m| &rest[m.end()..])
}

/// Whether the words before a figure name it a rate: "the rate ... fell to 62.6", "the
/// rate per 10,000 was 52"; not "388 children (rate 41.2), with 2 plans", where the
/// rate is another figure's.
fn names_this_rate(before: &str) -> bool {
    RATE_WORD.find_iter(before).last().is_some_and(|m| {
        let opened = before[..m.start()].rfind('(');
        let closed_before = before[..m.start()].rfind(')');
        let inside_a_bracket = opened.is_some_and(|o| closed_before.is_none_or(|c| c < o));
        !(inside_a_bracket && before[m.end()..].contains(')'))
    })
}

/// Words that tell two values as alike: "broadly in line with", "similar to".
static ALIKE: LazyLock<Pattern> = LazyLock::new(|| {
    crate::pattern::compile(&format!(
        r"\b(?:{TOLD_ALIKE}|level with|unchanged|stable|steady)\b"
    ))
});
static RATE_WORD: LazyLock<Pattern> = LazyLock::new(|| crate::pattern::compile(r"\brates?\b"));
static REFERS_BACK: LazyLock<crate::pattern::Anchored> = LazyLock::new(|| {
    crate::pattern::Anchored::new(
        r"^(?i:this|that|it|these|which|both|they|the (?:rate|figure|number|proportion|percentage|level|total) (?:had|has|was|is))\b",
    )
});
/// A movement from an earlier time at which the figure after it held: "a
/// deterioration from Quarter 1 when".
static MOVED_FROM_WHEN: LazyLock<crate::pattern::Ending> = LazyLock::new(|| {
    crate::pattern::Ending::new(
        r"\b(?:deterioration|decrease|reduction|fall|drop|decline|increase|improvement|rise|down|up)\s+(?:from|on|since)\s+[a-z0-9/ ]{1,30}?\s+(?:when|where)\s*$",
    )
});
/// A sentence opening on the last measure's earlier level: "The conversion rate had
/// been", "It had previously been".
static HAD_BEEN: LazyLock<crate::pattern::Anchored> = LazyLock::new(|| {
    crate::pattern::Anchored::new(
        r"^(?:this|it|the (?:[a-z-]+ ){0,2}(?:rate|figure|number|proportion|percentage|level|total))\s+(?:had (?:previously )?been|was previously)\s*$",
    )
});
/// What makes "highest" or "lowest" a record over time ("the highest for two years",
/// "the lowest in five years", "the lowest.") rather than among places or groups
/// ("lowest in the east of the borough").
const RECORD_WHEN: &str = r"(?:\s+(?:for|on|since|ever|level|levels|figure|rate|number|it has|recorded|yet|to date)|\s+in\s+(?:\d|the (?:last|past)|over|recent|(?:[a-z]+ )?(?:years?|months|decades?)|(?:january|february|march|april|may|june|july|august|september|october|november|december|q[1-4]|quarter)\b)|\s*[.,;)]|\s*$)";
static UP: LazyLock<Pattern> = LazyLock::new(|| {
    crate::pattern::compile(&format!(
        r"\b(?:increase[sd]?|increasing|rise|rises|rising|rose|risen|grew|grown|growing|growth|net gain|doubled|trebled|tripled|widened|widening|went up|gone up|climbed|climbing|(?:crept|creeping|edged|edging|ticked|ticking) up|up from|{SAID_BEFORE_UP_ON}up on\s+(?:\d|£|the same|the previous|last|previous)|up (?:by )?\d[\d,.]*%?\s*(?:on|from|since|compared|over|against)|higher than (?:last|the previous|previously)|more than last|highest{RECORD_WHEN})\b",
    ))
});
static DOWN: LazyLock<Pattern> = LazyLock::new(|| {
    crate::pattern::compile(&format!(
        r"\b(?:decrease[sd]?|decreasing|reduction|reduce[sd]?|reducing|net loss|halved|narrowed|narrowing|fall|falls\s+(?:to|by|from|again|slightly|sharply|back|below)|falling|fell|fallen|decline[sd]?|declining|drop|drops|dropped|dip|dipped|slipped|went down|gone down|(?:crept|creeping|edged|edging|ticked|ticking) down|down from|{SAID_BEFORE_UP_ON}down on\s+(?:\d|£|the same|the previous|last|previous)|down (?:by )?\d[\d,.]*%?\s*(?:on|from|since|compared|over|against)|lower than (?:last|the previous|previously)|less than last|fewer than last|lowest{RECORD_WHEN})\b",
    ))
});
static FLAT: LazyLock<Pattern> = LazyLock::new(|| {
    crate::pattern::compile(
        r"\b(?:stable|steady|stabilised|stabilized|levelled off|leveled off|plateaued|consistent|consistently|unchanged|(?:been|was|were|is|are|being) maintained|maintained (?:at|its|their|the same|a level|levels|performance)|remain(?:s|ed)? (?:the same|at|stable|steady|static|similar)|static|no change|same as|in line with last)\b",
    )
});
static BETTER_MOVE: LazyLock<Pattern> =
    LazyLock::new(|| crate::pattern::compile(r"\bimprov(?:e|ed|es|ing|ement)\b"));
static WORSE_MOVE: LazyLock<Pattern> =
    LazyLock::new(|| crate::pattern::compile(r"\b(?:deteriorat\w*|worse|worsen\w*|worsening)\b"));
/// Any of the movement words above, as a gate before reading which: a clause with no
/// match of the whole matches none of its parts.
static ANY_MOVE: LazyLock<Pattern> = LazyLock::new(|| {
    let parts = [&UP, &DOWN, &FLAT, &BETTER_MOVE, &WORSE_MOVE].map(|re| re.as_str().to_string());
    Pattern::new(
        Regex::new(&crate::vocab::any_of(parts.iter().map(String::as_str)))
            .unwrap_or_else(|e| panic!("movement words do not join: {e}")),
    )
});
/// The clause breaks of a sentence, left to right: `;`, `:`, a comma before a space or
/// the end (a comma inside "10,000" is not one), a spaced dash. Scanned by hand: it
/// runs for every figure, where a pattern's set-up costs more than the scan; and eight
/// bytes at a time to the next sign that can make one.
fn clause_breaks(s: &str) -> impl Iterator<Item = Range<usize>> + '_ {
    let b = s.as_bytes();
    let space = |i: usize| b.get(i).is_some_and(|&c| crate::pattern::is_space(c));
    let signs = |x: u64| {
        use crate::bytes::equal_to;
        equal_to(x, b';') | equal_to(x, b':') | equal_to(x, b',') | equal_to(x, b'-')
    };
    let mut i = 0;
    std::iter::from_fn(move || loop {
        let from = i;
        let at = from + crate::bytes::first(&b[from..], signs)?;
        i = at + 1;
        match b[at] {
            b';' | b':' => return Some(at..at + 1),
            b',' if at + 1 == b.len() => return Some(at..at + 1),
            b',' if space(at + 1) => {
                i = at + 2;
                return Some(at..at + 2);
            }
            // The dash's space before it must not be one a break already took.
            b'-' if at > from && space(at - 1) && space(at + 1) => {
                i = at + 2;
                return Some(at - 1..at + 2);
            }
            _ => {}
        }
    })
}
static METRIC_CUT: LazyLock<Pattern> = LazyLock::new(|| {
    crate::pattern::compile(
        r"(?i)[;:()\t]|,(?:\s|$)|\s(?:was|were|is|are|which|compared|against|lower|higher|than|from|and that|in [A-Z]\w+ \d{4}|at the end of|as at|as of|and (?:asked|queried|questioned|requested|welcomed|agreed))\s|\sto\s(?:the\s)?£?\d|\s\d[\d.,]*\s?%|\s(?:had|has|have)\s+(?:risen|fallen|increased|decreased|grown|dropped|declined|reduced)\s+by\s|\s(?:and|or)\s+\d|\s(?:but|while|whilst|whereas)\s+(?:only\s+|just\s+)?\d|\sand\s+(?:[a-z]+ing\s+)?(?:a further|another)\s",
    )
});
static METRIC_LEAD: LazyLock<Pattern> = LazyLock::new(|| {
    crate::pattern::compile(
        r"(?i)^(?:(?-i:In \w+|in [A-Z\d]\w*)( \d{4})?,?\s|during \w+,?\s|there (?:had been|has been|was|were|are|is)\s|it was noted that\s|with\s|the\s|a\s|an\s|of\s|and\s|so\s|currently\s|only\s|but\s|that\s|whereas\s|whereby\s|where\s|while\s|although\s|(?:mainly |largely |partly )?(?:driven by|due to|on)\s|followed (?:closely )?by\s|including\s|mainly\s|largely\s|about\s|regarding\s|concerning\s)+",
    )
});
/// The text up to the first place a metric name cannot run over.
fn up_to_cut(s: &str) -> &str {
    let mut from = 0;
    while let Some(m) = METRIC_CUT.find_at(s, from) {
        // "Care leavers in education, employment or training": a comma in a list of
        // words is part of the name, as it is no clause break.
        // "among 15 to 24 year olds": an age range, not a level reached.
        let range_of_ages = s[m.range()].starts_with(" to ")
            && s[..m.start()].ends_with(|c: char| c.is_ascii_digit());
        // "care leavers aged 19 to 21 who were NEET": the verb of who they are.
        // ("referrals that were re-referrals": a relative clause of the name.)
        let relative_verb = [" who", " that", " which"]
            .iter()
            .any(|w| s[..m.start()].ends_with(w))
            && matches!(s[m.range()].trim(), "was" | "were" | "is" | "are");
        if range_of_ages || relative_verb || in_a_list_of_words(s, &m.range()) {
            from = m.end();
            continue;
        }
        return &s[..m.start()];
    }
    s
}

/// Words that open a time or place phrase, not a measure's name: "since April (48%)".
const ADVERBIAL_STARTS: &[&str] = &[
    "since", "in", "at", "by", "from", "to", "during", "for", "on", "over", "compared",
];

/// "74% of children were placed within the boundary", "297 children were subject to a
/// plan at the end of September": people named alone are named with what they were.
/// `named` is the name read so far, `rest` the words it was read from.
fn people_and_what_they_were(named: &str, rest: &str) -> Option<String> {
    let noun = named.to_ascii_lowercase();
    let noun = noun.strip_prefix("the ").unwrap_or(&noun);
    if !(PEOPLE.contains(&noun) || noun == "young people") {
        return None;
    }
    let at = rest.find(named)? + named.len();
    let said = PART_VERB.find(rest[at..].trim_start())?;
    let what = up_to_cut(&rest[at..].trim_start()[said.end()..]);
    let what = what.trim().trim_end_matches(['.', '!', '?']);
    let what = without_comparative(what);
    let words = what.split_whitespace().count();
    (1..=8).contains(&words).then(|| format!("{named} {what}"))
}

/// The scales written in words after a figure's digits ("4.6 million"): part of the
/// figure, never what it counts.
const SCALE_WORDS: &[&str] = &[" million", " billion", " thousand"];

/// A name cut at "than" ("placed more than 20 miles away") without its comparative.
fn without_comparative(name: &str) -> &str {
    ["more", "less", "fewer", "longer", "shorter"]
        .iter()
        // ("two years or more" is whole.)
        .find_map(|w| {
            name.strip_suffix(w)
                .filter(|s| s.ends_with(' ') && !s.ends_with(" or ") && !s.ends_with(" and "))
        })
        .map_or(name, str::trim_end)
}

/// Whether a name read before a verb or after "of" is only a pronoun ("There were",
/// "make up 64 of these"), which names nothing.
fn is_pronoun(name: &str) -> bool {
    matches!(
        name.to_ascii_lowercase().as_str(),
        "there" | "it" | "this" | "that" | "these" | "those" | "they" | "them" | "which"
    )
}

/// The verb between a measure and its level, ending the words before a figure: "Average
/// caseload was ", "The waiting list stood at ".
static COPULA_BEFORE: LazyLock<crate::pattern::Ending> = LazyLock::new(|| {
    crate::pattern::Ending::new(
        r"\s(?:was|were|is|are|stood at|averaged|totalled|remained at)\s+(?:around\s+|about\s+|approximately\s+)?$",
    )
});

/// The first ten words of a long label that runs from its capital to a colon right
/// before the figure, with no stop or other colon in it; without the small words a cut
/// leaves at its end.
fn long_label(before: &str) -> Option<String> {
    let label = before.trim_end().strip_suffix(':')?;
    let plain = label.len() <= 240
        && label.starts_with(|c: char| c.is_ascii_uppercase())
        && !label.contains([':', ';', '.', '\t', '\n']);
    if !plain {
        return None;
    }
    // ("RS - college vacancies unfilled: 58": the initials of who reported it.)
    let label = crate::actions::owners_initials(label).map_or(label, |(_, task)| task);
    let mut words: Vec<&str> = label.split_whitespace().take(10).collect();
    while words.last().is_some_and(|w| {
        matches!(
            w.to_ascii_lowercase().as_str(),
            "who"
                | "that"
                | "as"
                | "of"
                | "the"
                | "a"
                | "an"
                | "in"
                | "with"
                | "and"
                | "or"
                | "to"
                | "for"
                | "by"
                | "at"
                | "on"
                | "they"
                | "had"
                | "were"
                | "was"
        )
    }) {
        words.pop();
    }
    (words.len() >= 3).then(|| words.join(" "))
}

/// Nouns that count people, who a label before their count says more about.
const PEOPLE: &[&str] = &[
    "children",
    "young",
    "people",
    "families",
    "households",
    "pupils",
    "adults",
    "residents",
    "learners",
    "students",
    "individuals",
];

/// Metric names that say only what kind of figure it is.
const GENERIC_METRICS: &[&str] = &[
    "rate",
    "figure",
    "number",
    "total",
    "percentage",
    "proportion",
    "performance",
    "level",
];

/// A time told relative to the meeting right after an earlier value ("up from £0.9m
/// last quarter", "from 41 days in the same period last year"): its period where no
/// date or quarter is named, in its own words (group 1).
static RELATIVE_TIME_AFTER: LazyLock<crate::pattern::Anchored> = LazyLock::new(|| {
    crate::pattern::Anchored::new(
        r"^\)?,?\s+(?:in\s+|at\s+|for\s+|over\s+)?((?:the\s+)?(?:same\s+(?:time|period|point|quarter|month)\s+)?(?:last|previous|prior|preceding)\s+(?:financial\s+year|reporting\s+period|year|quarter|month|period))\b",
    )
});

/// "... at the end of Q2 and Q3 respectively": figures paired in order with what follows.
static RESPECTIVELY_AFTER: LazyLock<Pattern> =
    LazyLock::new(|| crate::pattern::compile(r"^[^.;]{0,60}\brespectively\b"));

/// Which way a measure went from an earlier value to the latest.
fn moved_from(was: f64, now: f64) -> Direction {
    if now > was {
        Direction::Up
    } else if now < was {
        Direction::Down
    } else {
        Direction::Flat
    }
}

/// Words that set one figure above or below another.
static COMPARATIVE: LazyLock<Pattern> = LazyLock::new(|| {
    crate::pattern::compile(
        r"\b(?:lower|higher|less|more|fewer|greater|above|below|up|down|increase|decrease|rise|fall|reduction|improvement|improved|deterioration|deteriorated|better|worse)\b",
    )
});

/// Whether the words between two figures set one above or below the other: not a
/// threshold such as "placed more than 20 miles away" (a comparative right before a
/// number that ends the gap is the comparison itself: "lower than 92%").
fn says_above_or_below(gap: &str) -> bool {
    COMPARATIVE.find_iter(gap).any(|m| {
        let rest = gap[m.end()..].strip_prefix(" than ").unwrap_or("");
        let threshold = rest.starts_with(|c: char| c.is_ascii_digit())
            && !rest
                .trim_start_matches(|c: char| c.is_ascii_digit() || c == ',')
                .trim()
                .is_empty();
        !threshold
    })
}

/// The things named last in a clause: "(Members raised concerns) about the waiting list
/// for OT assessments", after the last place a name cannot run over.
fn last_named(clause: &str) -> &str {
    let from = METRIC_CUT.find_iter(clause).last().map_or(0, |m| m.end());
    let named = &clause[from..];
    let from = TOPIC_PREPOSITION
        .find_iter(named)
        .last()
        .map_or(0, |m| m.end());
    &named[from..]
}
/// A relative clause that gives a figure of what was named before it: "which stood at".
static RELATIVE_OPENING: LazyLock<crate::pattern::Anchored> = LazyLock::new(|| {
    crate::pattern::Anchored::new(
        r"^(?i:which|that) (?:stood at|was|were|is|are|had reached|has reached|reached|totalled|numbered)\s*$",
    )
});
/// The words a part is "of" that only point back: "312 of these were ...".
const PARTITIVE: &[&str] = &["these", "those", "them", "whom", "which"];
/// The words before what a speaker spoke of: "concerned about damp and mould cases",
/// "scope for improvement in the timeliness of pathway plans".
static TOPIC_PREPOSITION: LazyLock<Pattern> = LazyLock::new(|| {
    crate::pattern::compile(
        r"(?i)\s(?:about|regarding|over|on|into|in relation to|improvements? in|deterioration in)\s",
    )
});
/// "of which", "of these", "of whom" opening a clause.
static PART_OF_BEFORE: LazyLock<crate::pattern::Anchored> = LazyLock::new(|| {
    crate::pattern::Anchored::new(r"(?i)^\s*(?:and\s+)?of (?:which|these|those|whom|them)\b")
});
/// "Of the 32 indicators, ...": a sentence that opens on the set its figures are parts
/// of, with the set's name captured.
static SET_OPENING: LazyLock<crate::pattern::Anchored> = LazyLock::new(|| {
    crate::pattern::Anchored::new(&format!(
        r"^\s*of (?:the|these|those|its|our)\s+(?:£?[\d,.]+(?:m|bn|k)?\s+|{}\s+)?([a-z](?:[a-z' -]|(?:year|key stage|ks) ?\d\d?\b|{}|{}){{1,40}}?)\s*,\s",
        crate::figures::count_in_words(),
        crate::figures::YEAR_NAMED,
        *crate::figures::DATE_NAMED
    ))
});
/// " and 4" ending what is said of one part of a set before the next part's figure.
static NEXT_PART: LazyLock<Pattern> =
    LazyLock::new(|| crate::pattern::compile(r"\s(?:and|or|with|while)\s+(?:\d|none\b|nil\b)"));
/// The verb before a share's description: "(91%) were answered ...".
static PART_VERB: LazyLock<Pattern> = LazyLock::new(|| {
    crate::pattern::compile(r"(?i)^(?:were|was|are|is|had been|have been|has been|had|have)\s+")
});

/// A count set against one before it: "... but only 4", "..., but just 12".
static BUT_ONLY_BEFORE: LazyLock<crate::pattern::Ending> =
    LazyLock::new(|| crate::pattern::Ending::new(r",?\s+but\s+(?:only|just)\s+$"));

/// "made up", "accounted for" right before a share: what makes it up is the measure.
static SHARE_VERB_BEFORE: LazyLock<crate::pattern::Ending> = LazyLock::new(|| {
    crate::pattern::Ending::new(
        r"\s(?:made up|make up|makes up|accounted for|account for|accounts for|represented|represents|comprised|comprise|comprises)\s+(?:around\s+|about\s+|nearly\s+|almost\s+|over\s+|just over\s+|just under\s+)?$",
    )
});
/// "an overspend of", "a forecast underspend of", "the total of" right before a figure.
static NOUN_OF_BEFORE: LazyLock<crate::pattern::Ending> = LazyLock::new(|| {
    crate::pattern::Ending::new(
        r"\b(?:a|an|the)\s+((?:[a-z][a-z'-]*\s+){0,2}[a-z][a-z'-]*)\s+of\s+(?:around\s+|about\s+|nearly\s+|almost\s+|over\s+|just over\s+|just under\s+)?$",
    )
});

/// Who said it is not part of the measure: "The Director of Finance reported a forecast overspend".
static SPEAKER_LEAD: LazyLock<Pattern> = LazyLock::new(|| {
    let said = SPEAKER_SAID.join("|");
    let felt = SPEAKER_FELT.join("|");
    crate::pattern::compile(&format!(
        r"^[^,;:]{{0,80}}?\b(?:{said})\s+(?:that\s+|whether\s+|if\s+|about\s+|why\s+)?|^[^,;:]{{0,60}}?\b(?:were|was|are|is)\s+(?:\w+\s+)?(?:{felt})\s+(?:to (?:see|note|hear|learn) )?that\s+",
    ))
});
/// Verbs that report speech ("The Director reported ..."), as pattern pieces.
const SPEAKER_SAID: &[&str] = &[
    "reported",
    "advised",
    "explained",
    "noted",
    "confirmed",
    "stated",
    "said",
    "highlighted",
    r"informed (?:the \w+|members)",
    "asked",
    "queried",
    "questioned",
    r"expressed (?:\w+ )?concerns?",
    "commented",
    "acknowledged",
    "pointed out",
    "emphasised",
    // ("appeals heard" and "lessons learned" are what was counted.)
    "heard that",
    "learned that",
    "learnt that",
    "remarked",
    "observed",
    "clarified",
];
/// What a speaker felt or was told ("Members were disappointed that ...").
const SPEAKER_FELT: &[&str] = &[
    "disappointed",
    "pleased",
    "concerned",
    "worried",
    "troubled",
    "reassured",
    "surprised",
    "aware",
    "told",
    "informed",
];
/// The first word of every speaker verb: a name with none of them in its opening has
/// no speaker to drop, which is far cheaper to learn than running `SPEAKER_LEAD`.
static SPEAKER_WORDS: LazyLock<Pattern> = LazyLock::new(|| {
    let first_words = SPEAKER_SAID
        .iter()
        .chain(SPEAKER_FELT)
        .map(|p| p.split(' ').next().unwrap_or(p));
    crate::pattern::any_literal(first_words)
});

/// Where a leading "The Director reported that" ends (0 when there is none).
fn speaker_lead_end(s: &str) -> usize {
    // The whole text, not an opening: "were <any word> pleased" has no bound.
    if !SPEAKER_WORDS.is_match(s) {
        return 0;
    }
    // "14 potholes reported to the County Council", "incidents noted by schools": a
    // participle of what was counted, not a speaker.
    SPEAKER_LEAD.find(s).map_or(0, |m| {
        let rest = &s[m.end()..];
        // ("be asked to identify ..." is asked all the same.)
        let to_whom = rest.strip_prefix("to ").is_some_and(|r| {
            r.starts_with(|c: char| c.is_ascii_uppercase())
                || ["the ", "a ", "an ", "its ", "their "]
                    .iter()
                    .any(|w| r.starts_with(w))
        });
        let participle = to_whom
            || ["by ", "as ", "in ", "on ", "from "]
                .iter()
                .any(|w| rest.starts_with(w));
        if participle {
            0
        } else {
            m.end()
        }
    })
}
static METRIC_TAIL: LazyLock<Pattern> = LazyLock::new(|| {
    crate::pattern::compile(
        // "rose by 15 to", "increased by 3 percentage points to": the size of a change
        // is no part of the name; a number alone is ("Key Stage 2").
        r"(?i)(?:\sby\s+(?:over\s+|around\s+|about\s+|nearly\s+)?[\d.,]+(?:\s*(?:%|per\s?cent|percentage\s+points?|points?))?|\s(?:was|were|is|are|at|of|to|had|has|reduced|increased|decreased|fallen|risen|stood|remained|been|by|from|a|an|the|in|with|showed|that|data|reached|totalled|averaged|numbered|over|around|about|nearly|at least|approximately|fell|rose|dropped|improved|declined|grew|grown|gone|doubled|halved|trebled|tripled|went|up|down|also|seen|now|currently|still|have|dipped|slipped|climbed|edged|crept|ticked|high|low|slightly|stable|steady|who|not|stubbornly|persistently|relatively|very|broadly|significantly|considerably|well|just))+\s*$",
    )
});

/// A figure and what it turned out to be within its sentence.
#[derive(Debug, Clone)]
struct Slot {
    figure: Figure,
    alts: Vec<f64>,
    alt_of: Option<usize>,
    /// End of the figure plus any bracketed other form of it.
    group_end: usize,
    comparison: Option<ComparisonKind>,
    change: Option<Movement>,
    previous: Option<usize>,
    is_previous: bool,
}

/// Which way a change moved its measure: up or down, or better or worse as the
/// measure's polarity reads it ("an improvement of 6 points", "a deterioration of £1.6m").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Movement {
    Way(Direction),
    Better,
    Worse,
}

/// How a change in a level's own unit was folded into that level.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Moved {
    /// Neither a folded change nor a level with one.
    Not,
    /// The change, told as the level's movement rather than as a measure of its own.
    Into,
    /// The level, moved this way.
    By(Movement),
}

/// "88% of children, a fall of 3 percentage points": a change in the unit of the level
/// before it says how that level moved; it is not a measure of its own. A change in
/// another unit right after the level ("412 (up 12% on last year)") stays one, and
/// gives the level its direction.
fn fold_changes(text: &str, lower: &str, slots: &[Slot]) -> Vec<Moved> {
    let mut moved = vec![Moved::Not; slots.len()];
    for i in 0..slots.len() {
        let (Some(direction), None) = (slots[i].change, slots[i].alt_of) else {
            continue;
        };
        let is_level = |j: usize| {
            slots[j].alt_of.is_none()
                && !slots[j].is_previous
                && slots[j].comparison.is_none()
                && slots[j].change.is_none()
        };
        // The level before the change, or the one it moved to: "rose by 5 to 61". Not
        // a level with another subject: "76%, against a target of 85%; the service
        // had seen a 40% increase in assessments".
        let same_subject = |j: usize| {
            let at = slots[i].figure.range.start;
            !NEW_SUBJECT.is_match(&lower[slots[j].group_end.min(at)..at])
        };
        let before = (0..i)
            .rev()
            .find(|&j| is_level(j))
            .filter(|&j| same_subject(j));
        let level = before.or_else(|| {
            let j = i + 1;
            let gap = slots
                .get(j)
                .map(|n| &text[slots[i].group_end.min(n.figure.range.start)..n.figure.range.start]);
            // "had fallen by 14% year on year, to 3,204", "increased by 23 (to 187)".
            let to_level = |g: &str| {
                let g = g.trim();
                g == "to"
                    || g == "(to"
                    || g.ends_with(", to") && !g.bytes().any(|b| b.is_ascii_digit())
            };
            (gap.is_some_and(to_level) && is_level(j)).then_some(j)
        });
        let Some(j) = level.filter(|&j| slots[j].previous.is_none() && moved[j] == Moved::Not)
        else {
            continue;
        };
        if slots[j].figure.unit == slots[i].figure.unit {
            moved[i] = Moved::Into;
            moved[j] = Moved::By(direction);
        } else if j + 1 == i || j == i + 1 {
            // "412 applications, up 15% on last year": the change stays a measure of its
            // own, and still says which way the level went.
            moved[j] = Moved::By(direction);
        }
    }
    moved
}

/// The per-block state that carries a period from one sentence to the next.
#[derive(Default)]
struct Running {
    block: usize,
    period: Option<String>,
    last_indicator: Option<usize>,
    /// The measures of the last sentence that gave any, with the word after each figure
    /// (its noun, "episodes"), so that a later "compared with 221 episodes" finds its own.
    last_sentence: Vec<(usize, Range<usize>)>,
    /// Every measure (no target) of that sentence, in order: a comparison in the next
    /// one is of the last of them in its unit ("31.5% reoffended, with an average of
    /// 3.9 re-offences. This remains above the national rate of 29.8%").
    last_made: Vec<usize>,
    /// The block's sub-heading, looked for once when first wanted.
    sub_heading: std::cell::OnceCell<Option<Range<usize>>>,
}

/// A measure said to be above or below a benchmark with no figure of its own before it:
/// "The conversion rate was lower than the national average of".
static COMPARES_UNSTATED: LazyLock<crate::pattern::Anchored> = LazyLock::new(|| {
    crate::pattern::Anchored::new(&format!(
        r"^(?:(?:the|this|our|its)\s+)?[a-z0-9' -]{{2,60}}?\s+(?:was|is|were|are|remained|remains)\s+(?:\w+\s+)?(?:lower|higher|better|worse|above|below|in line with|similar to|close to|short of|behind|ahead of)\b[^.;%\d]{{0,60}}$|^(?:nationally|(?:in|across) {nation}|regionally|by comparison|in comparison),?\s+(?:the\s+)?(?:equivalent\s+|comparable\s+)?(?:figure|average|rate|proportion|percentage)\s+(?:was|is|stood at)\s*$|^the (?:national|{nation}|all-wales|welsh|scottish|regional|statistical neighbours?'?) (?:figure|average|rate)(?:\s+(?:for|in)\s+(?:(?:19|20)\d\d(?:[/-]\d\d(?:\d\d)?)?|q[1-4]|quarter [1-4]))?\s+(?:was|is|stood at)\s*$|^(?:the\s+)?(?:target|national(?: average)?|{nation}(?: average)?|sn|statistical neighbours?(?: average)?|regional(?: average)?)\s*[:=-]\s*$|^(?:the|our|its)\s+(?:local\s+|annual\s+|agreed\s+)?target\s+(?:is|was|remains|had been|has been)\s+(?:(?:at least|at most|below|above|under|over)\s+)?$",
        nation = *crate::vocab::NATION
    ))
});

/// The list of who came, or sent apologies, that opens minutes: its numbers count people
/// at the meeting, not a measure.
static ATTENDANCE: LazyLock<crate::pattern::Anchored> = LazyLock::new(|| {
    crate::pattern::Anchored::new(
        r"(?i)^(?:also\s+)?(?:(?:members|councillors|governors)\s+)?(?:present|in attendance|attending|attendees|apologies(?:\s+for\s+absence)?(?:\s+were\s+received)?(?:\s+from)?|officers(?:\s+present|\s+in attendance)?)\s*[:-]",
    )
});

/// A movement since an earlier time whose value follows in brackets: "Coverage had
/// improved slightly since last year (83.9%)".
static MOVED_SINCE_BRACKET: LazyLock<crate::pattern::Ending> = LazyLock::new(|| {
    crate::pattern::Ending::new(
        r"\b(?:improved|increased|risen|rose|grown|grew|fallen|fell|decreased|declined|dropped|reduced|worsened|deteriorated|higher|lower|up|down|increase|rise|decrease|fall|drop|reduction|improvement|deterioration)\b[^.;%\d()]{0,40}\b(?:since|on|from|than|compared (?:with|to))\s+(?:the\s+)?(?:same (?:time|period|point|quarter|month) )?(?:last year|previous year|year before|last quarter|previous quarter|(?:19|20)\d\d/\d\d|q[1-4]|quarter [1-4])\s*\(\s*$",
    )
});

/// The indicator a sentence gives the earlier value of, when its only figure is that
/// value in brackets after a movement since last year or quarter, and the sentence
/// before gave a level in the same unit with no earlier value of its own.
fn earlier_in_brackets(
    a: &Analysis,
    range: &Range<usize>,
    slots: &[Slot],
    out: &[Indicator],
    running: &Running,
) -> Option<usize> {
    let [slot] = slots else {
        return None;
    };
    let k = running.last_indicator?;
    let before = &a.norm.lower[range.start..slot.figure.range.start];
    // "61 (34%) had their IHA in time. This is an improvement on 2024/25 (22%)": an
    // earlier share of a count given with its share.
    let same_unit =
        out[k].unit == slot.figure.unit || share_given_with(&out[k], slot.figure.unit).is_some();
    (out[k].previous.is_none()
        && out[k].role == Role::Actual
        && same_unit
        && MOVED_SINCE_BRACKET.is_match(before))
    .then_some(k)
}

/// The share a count was given with ("812 (35%)"), when an earlier figure in `unit` is
/// a percentage: the level that earlier share is set against.
fn share_given_with(level: &Indicator, unit: Unit) -> Option<f64> {
    (unit == Unit::Percent && level.unit == Unit::Count)
        .then(|| level.alt_values.first().copied())
        .flatten()
}

/// The words after an earlier figure past the noun it shares with the level before it
/// ("331 episodes in the previous quarter" after "287 missing episodes"): one or two
/// words that also follow the level closely.
fn past_the_levels_noun<'t>(after_level: &str, after_earlier: &'t str) -> &'t str {
    let near: Vec<&str> = after_level.split_whitespace().take(4).collect();
    let mut rest = after_earlier;
    for _ in 0..2 {
        let trimmed = rest.trim_start();
        let word_end = trimmed.find([' ', ',', ';', ')']).unwrap_or(trimmed.len());
        let word = &trimmed[..word_end];
        if word.is_empty() || !near.contains(&word) {
            break;
        }
        rest = &trimmed[word_end..];
    }
    rest
}

/// Whether the figure after "from" counts a noun of its own, unlike the level's: "rose
/// to 40 children from 12 schools" (but "fell to 23 people from 140 in January").
fn counts_another_noun(gap: &str, after: &str) -> bool {
    let noun = after
        .split_whitespace()
        .next()
        .unwrap_or("")
        .trim_end_matches(|c: char| c.is_ascii_punctuation());
    let plural =
        noun.len() > 3 && noun.ends_with('s') && noun.bytes().all(|b| b.is_ascii_lowercase());
    plural && !gap.split_whitespace().any(|w| w == noun)
}

/// Whether the words between two figures only open a bracket, perhaps with a word of
/// approximation: "18.5% (c. 60 posts)", "(around 40 children)".
fn opens_bracket(gap: &str) -> bool {
    let Some(rest) = gap.trim().strip_prefix('(') else {
        return false;
    };
    matches!(
        rest.trim().to_ascii_lowercase().as_str(),
        "" | "c."
            | "c"
            | "ca."
            | "circa"
            | "approx."
            | "approx"
            | "approximately"
            | "around"
            | "about"
            | "some"
            | "nearly"
            | "almost"
            | "over"
            | "just over"
            | "just under"
    )
}

/// Where the counted noun lies within three words after a figure ending at `end`
/// ("221 episodes", "187 missing episodes"), if there is one.
fn counted_noun_after(lower: &str, end: usize) -> Option<Range<usize>> {
    let rest = lower.get(end..)?.strip_prefix(' ')?;
    let mut at = end + 1;
    for word in rest.split(' ').take(3) {
        let w = word.trim_end_matches(['.', ',', ';', ':', ')']);
        if !w.bytes().all(|b| b.is_ascii_alphabetic() || b == b'-') {
            return None;
        }
        if crate::vocab::VOCAB.counted.contains(w) {
            return Some(at..at + w.len());
        }
        at += word.len() + 1;
    }
    None
}

/// About how many bytes of text one piece of a document spans when its indicators are
/// read on several threads: enough that a piece's work outweighs handing it over.
const PIECE_BYTES: usize = 4096;

/// Extracts the indicators of a whole document.
pub fn extract(a: &Analysis) -> Vec<Indicator> {
    let starts = FigureStarts::new(&a.norm.lower);
    // The wasm has one thread: no pieces to hand out, and less code to load.
    if cfg!(target_arch = "wasm32") {
        return extract_piece(a, &starts, 0..a.seg.sentences.len());
    }
    let pieces = pieces(a.seg, PIECE_BYTES);
    crate::parallel::map(&pieces, &|p: &Range<usize>| {
        extract_piece(a, &starts, p.clone())
    })
    .into_iter()
    .flatten()
    .collect()
}

/// The document's sentences cut into runs of whole blocks of about `bytes` each.
/// Nothing carries from one block to the next (`Running` starts afresh with each), so
/// the runs can be read apart and their indicators joined in order.
fn pieces(seg: &crate::segment::Segments, bytes: usize) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut from = 0;
    for (i, pair) in seg.sentences.windows(2).enumerate() {
        let next = i + 1;
        if pair[0].block != pair[1].block
            && pair[0].range.end - seg.sentences[from].range.start >= bytes
        {
            out.push(from..next);
            from = next;
        }
    }
    if from < seg.sentences.len() {
        out.push(from..seg.sentences.len());
    }
    out
}

/// Extracts the indicators of the sentences `sentences`, which begin a block.
fn extract_piece(a: &Analysis, starts: &FigureStarts, sentences: Range<usize>) -> Vec<Indicator> {
    let mut out: Vec<Indicator> = Vec::new();
    let mut running = Running {
        block: usize::MAX,
        ..Default::default()
    };
    let first = sentences.start;
    for (si, sentence) in a.seg.sentences[sentences].iter().enumerate() {
        let si = first + si;
        if running.block != sentence.block {
            running = Running {
                block: sentence.block,
                ..Default::default()
            };
        }
        let range = sentence.range.clone();
        if !starts.any_in(&a.norm.text, range.clone()) {
            continue;
        }
        // "Also in attendance: ... 2 representatives of the Children in Care Council".
        let block = &a.seg.blocks[sentence.block].range;
        if ATTENDANCE.is_match(crate::pattern::window_after(
            &a.norm.text[..block.end],
            block.start,
            60,
        )) {
            continue;
        }
        let mut figures = starts.figures(&a.norm.text, &a.norm.lower, range.clone());
        let header = tables::header(&a.norm.text, a.seg, sentence.block);
        if let Some(header) = &header {
            // A "Gap" column restates the columns beside it.
            let row_start = a.seg.blocks[sentence.block].range.start;
            figures.retain(|f| {
                let col = tables::column_of(&a.norm.text, row_start, f.range.start);
                header.get(col) != Some(&tables::Column::Difference)
            });
        }
        if figures.is_empty() {
            continue;
        }
        let mut slots = relate(a.norm, range.clone(), figures);
        let column_periods = read_columns(a, sentence.block, header, &mut slots);
        let periods = find_periods(&a.norm.text, range.clone());
        let refers_back = REFERS_BACK.is_match(&a.norm.text[range.clone()]);
        let moved = fold_changes(&a.norm.text, &a.norm.lower, &slots);
        if let Some(k) = earlier_in_brackets(a, &range, &slots, &out, &running) {
            // The sentence's one figure was the last measure's earlier value.
            let was = slots[0].figure.value;
            let now = share_given_with(&out[k], slots[0].figure.unit).unwrap_or(out[k].value);
            out[k].previous = Some(Previous {
                value: was,
                period: None,
            });
            out[k].direction = Some(moved_from(was, now));
            continue;
        }
        let mut made_here: Vec<(usize, usize)> = Vec::new(); // (slot, indicator index)
        for (i, slot) in slots.iter().enumerate() {
            if slot.alt_of.is_some()
                || slot.is_previous
                || slot.comparison.is_some()
                || moved[i] == Moved::Into
            {
                continue;
            }
            // "... only 41% were completed. This was a decrease from 48% in 2023/24":
            // the earlier value of the measure just given.
            let before = &a.norm.lower[range.start..slot.figure.range.start];
            // "The conversion rate had been 31% in 2023/24": the last measure's level
            // at an earlier time, whatever the sentence's opening words.
            let had_been = made_here.is_empty()
                && HAD_BEEN.is_match(before)
                && EARLIER_TIME_AFTER.is_match(&a.norm.lower[slot.figure.range.end..range.end]);
            // "The Panel noted that the proportion placed with agencies had risen from
            // 15% a year ago": a sentence whose one figure is where a level came from.
            // So is "This is a deterioration from Quarter 1 when 71% were on time".
            // "This was below our target of 95% but an improvement on the previous
            // quarter (84%)": so is the figure in brackets after a movement since then.
            let came_from = (DOWN_FROM.is_match(before)
                || MOVED_FROM_WHEN.is_match(before)
                || MOVED_SINCE_BRACKET.is_match(before))
                && !before.contains(',');
            let only_from = slots.len() == 1 && came_from;
            if made_here.is_empty() && (refers_back || had_been || only_from) {
                // "212 per 100,000 ... The rate had risen from 187": a bare number
                // is a rate in the rate's unit.
                let fits = |unit: Unit| {
                    unit == slot.figure.unit
                        || slot.figure.unit == Unit::Count
                            && matches!(unit, Unit::Number | Unit::RatePer10k)
                };
                // "812 (35%) ... The conversion rate had been 31%": a count given with its
                // share had the share before.
                let share_of = |k: usize| share_given_with(&out[k], slot.figure.unit);
                // "187 missing episodes involving 96 children. This was a decrease
                // compared with 221 episodes": the measure counted in the same noun.
                let lower = &a.norm.lower;
                let same_noun = counted_noun_after(lower, slot.figure.range.end).and_then(|n| {
                    running
                        .last_sentence
                        .iter()
                        .find(|(_, other)| lower[other.clone()] == lower[n.clone()])
                        .map(|&(k, _)| k)
                });
                // "147 children (31%) ..., of whom 52 .... This compares with 139 (29%)
                // in May": a count given with its share was one given so.
                let given_so = slots.iter().any(|x| x.alt_of == Some(i));
                let same_shape = || {
                    running
                        .last_made
                        .iter()
                        .rev()
                        .copied()
                        .find(|&k| !out[k].alt_values.is_empty())
                };
                // "312 unallocated cases ..., of which 44 were child protection cases.
                // This compared with 268 at the end of June": of the sentence's measures
                // in the unit, the one nearest in size had the earlier value.
                let was = slot.figure.value;
                let nearest = || {
                    // (A ratio, not a logarithm: the wasm build carries no `ln`.)
                    let gap = |k: usize| {
                        let (x, y) = (out[k].value.max(1.0), was.max(1.0));
                        x.max(y) / x.min(y)
                    };
                    running
                        .last_made
                        .iter()
                        .copied()
                        .filter(|&k| {
                            out[k].unit == slot.figure.unit
                                && out[k].role == Role::Actual
                                && out[k].previous.is_none()
                        })
                        .min_by(|&x, &y| gap(x).total_cmp(&gap(y)))
                };
                let earlier_of = same_noun
                    .or_else(|| given_so.then(same_shape).flatten())
                    .or_else(nearest)
                    .or(running.last_indicator)
                    .filter(|&k| {
                        out[k].previous.is_none()
                            && (fits(out[k].unit) || share_of(k).is_some())
                            && out[k].role == Role::Actual
                            && (came_from || had_been)
                    });
                if let Some(k) = earlier_of {
                    let was = slot.figure.value;
                    let now = share_of(k).unwrap_or(out[k].value);
                    out[k].previous = Some(Previous {
                        value: was,
                        period: own_period(a, &slots, i, &periods),
                    });
                    out[k].direction = Some(moved_from(was, now));
                    continue;
                }
            }
            // "156 were in touch (73%), which is lower than last quarter (79%)": the
            // level just given, at the earlier time named before the bracket.
            if let Some(&(_, k)) = made_here
                .last()
                .filter(|_| MOVED_SINCE_BRACKET.is_match(before))
            {
                let share = share_given_with(&out[k], slot.figure.unit);
                if out[k].previous.is_none()
                    && out[k].role == Role::Actual
                    && (out[k].unit == slot.figure.unit || share.is_some())
                {
                    let was = slot.figure.value;
                    out[k].previous = Some(Previous {
                        value: was,
                        period: None,
                    });
                    out[k].direction = Some(moved_from(was, share.unwrap_or(out[k].value)));
                    continue;
                }
            }
            let mut ind = build(a, si, &slots, i, &periods, &running);
            // "The Fund returned 2.1% ..., and 7.9% over three years": a clause opening
            // on its figure after "and" leaves out the measure of the level before it.
            if let Some(k) = elided_measure(a, &range, sentence.block, slot, &ind, &made_here, &out)
            {
                ind.metric = out[k].metric.clone();
            } else if let Some(m) = part_named(a, &range, &slots, i, &made_here, &out) {
                ind.metric = m;
            } else if let Some(m) = share_of_the_same(a, &range, &slots, i, &made_here, &out) {
                ind.metric = m;
            }
            if let Moved::By(m) = moved[i] {
                // "56%, an improvement of 6 percentage points": better, so the way the
                // measure's polarity says is better. Its own name tells, not the
                // sentence: "an overspend of £9.6m on a net budget of £312.4m, an
                // improvement of £1.1m" is no better budget.
                let polarity = polarity_by_words(
                    VOCAB.categories[VOCAB.category_index(ind.category)].polarity,
                    &ind.metric.to_ascii_lowercase(),
                );
                ind.direction = ind.direction.or(match m {
                    Movement::Way(d) => Some(d),
                    Movement::Better => better_way(polarity),
                    Movement::Worse => worse_way(polarity),
                });
            }
            if let Some(p) = column_periods.get(i).cloned().flatten() {
                ind.period = Some(p);
                if let (Some(prev), Some(j)) = (&mut ind.previous, slot.previous) {
                    prev.period = column_periods.get(j).cloned().flatten();
                }
            }
            made_here.push((i, out.len()));
            out.push(ind);
        }
        // Comparisons: to the level before them, else after them, else the last
        // indicator of the previous sentence when this one refers back to it.
        for (i, slot) in slots.iter().enumerate() {
            let Some(kind) = slot.comparison else {
                continue;
            };
            if slot.alt_of.is_some() {
                continue;
            }
            // A share is compared with a share, a number with a number: "27 children ...
            // above its threshold of 0.1%" compares nothing with the 27.
            // "14 had been completed (44%), compared with 38%": a count given with its
            // share is compared as a share too.
            let is_share = |k: usize| slots[k].figure.unit == Unit::Percent;
            let gives_share = |k: usize| {
                is_share(k)
                    || slots
                        .iter()
                        .any(|x| x.alt_of == Some(k) && x.figure.unit == Unit::Percent)
            };
            let fits = |&&(s, _): &&(usize, usize)| {
                is_share(s) == is_share(i) || is_share(i) && gives_share(s)
            };
            let host_slot = made_here
                .iter()
                .rev()
                .filter(fits)
                .find(|(s, _)| *s < i)
                .or_else(|| made_here.iter().filter(fits).find(|(s, _)| *s > i))
                .copied();
            // "The conversion rate was lower than the national average of 31%",
            // "Nationally, the figure was 46%": a sentence comparing a measure it does
            // not restate compares the last one.
            // The last measure of the sentence before in this one's unit: a rate is
            // compared with a number ("164 per 100,000 ... The regional rate is 172").
            let last_fitting = || {
                running.last_made.iter().rev().copied().find(|&k| {
                    let unit = out[k].unit;
                    unit == slot.figure.unit
                        || matches!(slot.figure.unit, Unit::Percent | Unit::Number)
                            && !out[k].alt_values.is_empty()
                        || matches!(slot.figure.unit, Unit::Count | Unit::Number)
                            && matches!(unit, Unit::Number | Unit::RatePer10k)
                })
            };
            let compares_last = || {
                let before = &a.norm.lower[range.start..slot.figure.range.start];
                (i == 0 && COMPARES_UNSTATED.is_match(before))
                    .then(last_fitting)
                    .flatten()
            };
            let host = host_slot
                .map(|(_, ind)| ind)
                .or(if refers_back && made_here.is_empty() {
                    last_fitting().or(running.last_indicator)
                } else if made_here.is_empty() {
                    compares_last()
                } else {
                    None
                });
            // "91.2%, slightly lower than the previous year (92.0%)": a level said to
            // be above or below last year's has moved from it.
            if let Some((s, h)) = host_slot.filter(|_| kind == ComparisonKind::PreviousYear) {
                let (from, to) = (
                    slots[s.min(i)].figure.range.end,
                    slots[s.max(i)].figure.range.start,
                );
                let (was, now) = (slot.figure.value, out[h].value);
                if out[h].direction.is_none()
                    && out[h].role == Role::Actual
                    && was != now
                    && says_above_or_below(&a.norm.lower[from..to])
                {
                    out[h].direction = Some(moved_from(was, now));
                }
            }
            match host {
                Some(h) => out[h].comparisons.push(Comparison {
                    kind,
                    value: slot.figure.value,
                }),
                None => {
                    let mut ind = build(a, si, &slots, i, &periods, &running);
                    ind.role = if kind == ComparisonKind::Target {
                        Role::Target
                    } else {
                        Role::Benchmark
                    };
                    if ind.role == Role::Target {
                        ind.period = own_period(a, &slots, i, &periods);
                    }
                    // A bar or a benchmark does not move with the sentence around it.
                    if ind.previous.is_none() {
                        ind.direction = None;
                    }
                    made_here.push((i, out.len()));
                    out.push(ind);
                }
            }
        }
        if let Some(&(_, last)) = made_here
            .iter()
            .rev()
            .find(|(_, ind)| out[*ind].role != Role::Target)
        {
            running.last_indicator = Some(last);
            running.last_made = made_here
                .iter()
                .filter(|(_, ind)| out[*ind].role != Role::Target)
                .map(|&(_, ind)| ind)
                .collect();
            running.last_sentence = made_here
                .iter()
                .filter(|(_, ind)| out[*ind].role != Role::Target)
                .filter_map(|&(slot, ind)| {
                    counted_noun_after(&a.norm.lower, slots[slot].figure.range.end)
                        .map(|n| (ind, n))
                })
                .collect();
            if out[last].period.is_some() {
                running.period = out[last].period.clone();
            }
        }
    }
    for ind in &mut out {
        ind.assessment = assess(ind);
    }
    out
}

/// The level made earlier in the sentence whose measure a clause with no name of its
/// own leaves out: "returned 2.1% for the quarter, and 7.9% over three years", "stood
/// at 11%, rising to 19% in the town centre". After "and" only where the figure's
/// name fell back to its topic or heading; always in the level before's unit.
fn elided_measure(
    a: &Analysis,
    sentence: &Range<usize>,
    block: usize,
    slot: &Slot,
    ind: &Indicator,
    made_here: &[(usize, usize)],
    out: &[Indicator],
) -> Option<usize> {
    let f = &slot.figure;
    // (The clause is looked for only after its last word could open one of these.)
    let last_word = a.norm.lower[sentence.start..f.range.start]
        .trim_end()
        .rsplit(' ')
        .next()
        .unwrap_or("");
    if matches!(last_word, "of" | "up" | "down" | "by" | "a" | "an") || last_word.ends_with(',') {
        return changed_measure(a, sentence, slot, ind, made_here, out);
    }
    if !matches!(last_word, "and" | "but" | "while" | "whereas" | "to") {
        return None;
    }
    let clause = clause_around(&a.norm.text, sentence, f.range.clone());
    let opening = a.norm.lower[clause.start..f.range.start].trim();
    // What follows says only when or against what ("over three years (benchmark
    // 7.2%)"); "and 412 had progressed to an enquiry" says what the figure is.
    let after = a.norm.lower[f.range.end..clause.end].trim_start();
    // ("and 318 (25.5%) led to an enquiry": past the share the count is given with.)
    let after = match after.strip_prefix('(').and_then(|r| r.split_once(')')) {
        Some((_, rest)) if !rest.trim().is_empty() => rest.trim_start(),
        _ => after,
    };
    let first_word = after.split_whitespace().next().unwrap_or("");
    let says_when_only = after.is_empty()
        || after.starts_with(['(', '.', ';'])
        || ADVERBIAL_STARTS.contains(&first_word);
    // "11 per cent overall, rising to 19 per cent in the town centre": a movement's
    // verb names nothing, whatever name it gave.
    let moved_to = matches!(
        opening.strip_prefix("and ").unwrap_or(opening),
        "rising to"
            | "falling to"
            | "increasing to"
            | "decreasing to"
            | "dropping to"
            | "reducing to"
            | "climbing to"
            | "going up to"
            | "going down to"
    );
    let joined = matches!(opening, "and" | "but" | "while" | "whereas");
    if !(joined || moved_to) || !says_when_only {
        return None;
    }
    let v = &*VOCAB;
    let label = v.categories[v.category_index(ind.category)].label;
    let heading = a.seg.blocks[block].heading.clone();
    let fell_back = ind.metric == label || heading.is_some_and(|h| ind.metric == a.norm.text[h]);
    (fell_back || moved_to)
        .then(|| {
            made_here
                .iter()
                .rev()
                .map(|&(_, k)| k)
                .find(|&k| out[k].unit == ind.unit && out[k].role == Role::Actual)
        })
        .flatten()
}

/// " of them", " of whom" right after a part's figure: "29 of them placed outwith".
/// ("38% of those arrested" is of a set of its own.)
static PART_OF_AFTER: LazyLock<crate::pattern::Anchored> = LazyLock::new(|| {
    crate::pattern::Anchored::new(
        r"^ of (?:which|whom|them)\b|^ of (?:these|those)(?:\s*[,;:.()]|\s+(?:were|was|are|is|had|have|has|in|at|on|with|for|being)\b)",
    )
});

/// The name of a part of a count made earlier in the sentence, from what the whole
/// counts and what is said of the part: "398 looked after children, of whom 121 (30%)
/// were looked after at home" names the 121 "children looked after at home"; "240
/// referrals, of which 61 were repeat referrals" names it "repeat referrals".
fn part_named(
    a: &Analysis,
    sentence: &Range<usize>,
    slots: &[Slot],
    i: usize,
    made_here: &[(usize, usize)],
    out: &[Indicator],
) -> Option<String> {
    let f = &slots[i].figure;
    let lower = &a.norm.lower;
    let of_after = PART_OF_AFTER.find(&lower[f.range.end..sentence.end]);
    // (The clause is looked for only after a word that could end "of whom".)
    let last_word = lower[sentence.start..f.range.start]
        .trim_end()
        .rsplit(' ')
        .next()
        .unwrap_or("");
    // "Of these, 48% were in kinship foster care, 33% in non-kinship foster care": a
    // sentence opening on the parts of the count that ended the sentence before.
    let opens_on_parts = lower[sentence.start..f.range.start]
        .trim_start()
        .strip_prefix("of ")
        .and_then(|r| r.split_once(','))
        .is_some_and(|(p, _)| PARTITIVE.contains(&p.trim()));
    if of_after.is_none() && !PARTITIVE.contains(&last_word) && !opens_on_parts {
        return None;
    }
    let clause = clause_around(&a.norm.text, sentence, f.range.clone());
    let part_here = of_after.is_some()
        || PARTITIVE.contains(&last_word)
            && PART_OF_BEFORE.is_match(&lower[clause.start..f.range.start]);
    let (whole, whole_end) = if part_here {
        let &(whole_slot, whole) = made_here.last()?;
        (&out[whole], slots[whole_slot].figure.range.end)
    } else if opens_on_parts {
        let before = made_here.first().map_or(out.len(), |&(_, k)| k);
        let whole = &out[before.checked_sub(1)?];
        let opens = a.norm.original(sentence.clone()).start;
        // (The count must end the sentence or line just before.)
        if whole.span.end > opens || opens - whole.span.end > 200 {
            return None;
        }
        (whole, f.range.start)
    } else {
        return None;
    };
    if whole.role != Role::Actual || whole.unit != Unit::Count {
        return None;
    }
    let text = &a.norm.text;
    let from = f.range.end + of_after.map_or(0, |m| m.end());
    let rest = text.get(from..clause.end.max(from))?.trim_start();
    // "1,096 (26%) became referrals": the share restating the part says nothing of it.
    let rest = match rest.strip_prefix('(').and_then(|r| r.split_once(')')) {
        Some((_, r)) => r.trim_start(),
        None => rest,
    };
    let verb = PART_VERB.find(rest);
    // ("Of these, 187 families with children were ...": the part names itself.)
    let first = rest
        .split_whitespace()
        .next()
        .unwrap_or("")
        .to_ascii_lowercase();
    if !part_here && verb.is_none() && !ADVERBIAL_STARTS.contains(&first.as_str()) {
        return None;
    }
    let said = said_of_it(verb.map_or(rest, |m| &rest[m.end()..]));
    if said.is_empty()
        || said.starts_with(|c: char| c.is_ascii_digit())
        || said.split_whitespace().count() > 10
    {
        return None;
    }
    let v = &*VOCAB;
    let said_lower = said.to_ascii_lowercase();
    let said_first = said_lower.split(' ').next().unwrap_or("");
    let after_whole = &text[whole_end.min(f.range.start)..f.range.start];
    let head = what_the_whole_counts(after_whole, &whole.metric);
    let head_noun = head
        .as_deref()
        .and_then(|h| h.rsplit(' ').next())
        .map(str::to_string);
    // ("looked after children, of whom 121 were looked after at home": the noun alone.)
    let head = match head {
        Some(h) if h.to_ascii_lowercase().split(' ').any(|w| w == said_first) => head_noun.clone(),
        h => h,
    };
    // "31 were families with children", "61 were repeat referrals": what the part is,
    // a noun of its own; not "placed outwith the authority" or "in bed and breakfast".
    let said_last = said_lower.rsplit(' ').next().unwrap_or("");
    let describes = said_first.ends_with("ed")
        || said_first.ends_with("ing")
        || ADVERBIAL_STARTS.contains(&said_first)
        || matches!(
            said_first,
            "outside"
                | "within"
                | "without"
                | "with"
                | "under"
                | "not"
                | "still"
                | "open"
                | "more"
                | "of"
        );
    let own_noun = !describes && (v.counted.contains(said_last) || plural(said_last));
    let repeated = said_lower
        .split(' ')
        .any(|w| Some(w) == head_noun.as_deref());
    match head {
        _ if own_noun => Some(said.to_string()),
        Some(_) if repeated => Some(said.to_string()),
        // "12 of them for over 18 weeks": how long, of the whole. ("312 of these were
        // in bed and breakfast" says where: "households in bed and breakfast".)
        Some(_)
            if ADVERBIAL_STARTS.contains(&said_first)
                && !matches!(said_first, "in" | "at" | "on") =>
        {
            Some(format!("{} {said}", whole.metric))
        }
        Some(head) => Some(format!("{head} {said}")),
        None => None,
    }
}

/// Whether a lowercase word looks like a plural noun ("issues", not "homelessness").
fn plural(w: &str) -> bool {
    w.len() > 3
        && w.ends_with('s')
        && !w.ends_with("ss")
        && w.bytes().all(|b| b.is_ascii_alphabetic())
}

/// The name of a share after "and" that says what else the same people or things did:
/// "64% of patients were satisfied and 71% would recommend the practice" names the 71%
/// "patients would recommend the practice".
fn share_of_the_same(
    a: &Analysis,
    sentence: &Range<usize>,
    slots: &[Slot],
    i: usize,
    made_here: &[(usize, usize)],
    out: &[Indicator],
) -> Option<String> {
    let f = &slots[i].figure;
    let lower = &a.norm.lower;
    if f.unit != Unit::Percent
        || !lower[sentence.start..f.range.start]
            .trim_end()
            .ends_with(" and")
    {
        return None;
    }
    let &(before_slot, before) = made_here.last()?;
    let before_end = slots[before_slot].figure.range.end;
    let shared = &out[before];
    // The share before is "of" what both are shares of, with no other figure between.
    if shared.unit != Unit::Percent
        || !lower[before_end..f.range.start].starts_with(" of ")
        || before_slot + 1 != i
    {
        return None;
    }
    let clause = clause_around(&a.norm.text, sentence, f.range.clone());
    let rest = a.norm.text.get(f.range.end..clause.end)?.trim_start();
    let first = rest.split(' ').next().unwrap_or("").to_ascii_lowercase();
    let acts = CLAUSE_VERBS.contains(&first.as_str())
        || SHARE_ACTS.contains(&first.as_str())
        || first.len() > 4 && first.ends_with("ed");
    if !acts {
        return None;
    }
    let said = said_of_it(PART_VERB.find(rest).map_or(rest, |m| &rest[m.end()..]));
    (!said.is_empty() && said.split_whitespace().count() <= 10)
        .then(|| format!("{} {said}", shared.metric))
}

/// What the words after a part's or a share's verb say of it, up to its clause's end
/// or the next part: "waiting more than 18 months" ("than" ends no name here).
fn said_of_it(after_verb: &str) -> &str {
    // (`PART_VERB` stops at its first match: "had", not "had been".)
    let said = after_verb.strip_prefix("been ").unwrap_or(after_verb);
    let said = &said[..said.find([',', ';', ':', '(', ')']).unwrap_or(said.len())];
    let said = &said[..NEXT_PART.find(said).map_or(said.len(), |m| m.start())];
    said.trim().trim_end_matches(['.', '!', '?'])
}

/// Verbs, besides [`CLAUSE_VERBS`] and past tenses in "-ed", that say what a share did:
/// "71% would recommend the practice", "83% took place within two weeks".
const SHARE_ACTS: &[&str] = &[
    "took", "would", "could", "felt", "said", "knew", "thought", "made", "went", "got", "saw",
    "gave", "did",
];

/// What a whole counts: the noun after its figure ("1,248 concerns were received",
/// "34 dispute resolution issues were raised"), or else the one in its name ("Section
/// 47 enquiries: 402", "the number of looked after children was 398").
fn what_the_whole_counts(after_whole: &str, whole_metric: &str) -> Option<String> {
    let v = &*VOCAB;
    let noun = |w: &str| {
        let w = w.to_ascii_lowercase();
        v.counted.contains(w.as_str()) || plural(&w)
    };
    // The words up to the verb, back to the noun ("58 children open to the panel": not
    // "open").
    let phrase: Vec<&str> = after_whole
        .split([',', ';', '(', '.'])
        .next()
        .unwrap_or("")
        .split_whitespace()
        .take_while(|w| !v.linking.contains(w.to_ascii_lowercase().as_str()))
        .take(4)
        .collect();
    if let Some(k) = phrase.iter().rposition(|w| noun(w)) {
        return Some(phrase[..=k].join(" "));
    }
    // The name up to its noun, if short ("Section 47 enquiries", "young people");
    // "the number of" is no part of it.
    let lower = whole_metric.to_ascii_lowercase();
    let name = [
        "the number of ",
        "number of ",
        "the total number of ",
        "the ",
    ]
    .iter()
    .find_map(|lead| lower.strip_prefix(lead))
    .unwrap_or(&lower);
    let words: Vec<&str> = whole_metric[lower.len() - name.len()..]
        .split_whitespace()
        .collect();
    let k = words
        .iter()
        .position(|w| v.counted.contains(w.to_ascii_lowercase().as_str()))
        .or_else(|| words.iter().rposition(|w| noun(w)))?;
    Some(words[if k <= 3 { 0 } else { k }..=k].join(" "))
}

/// The level made earlier in the sentence that a change in a clause of its own is the
/// change of, where the change's own name says nothing: "fell to 2,210 from 2,684, a
/// reduction of 18%" (not "reduction"), "totalled 4,312 in the quarter, an increase of
/// 11%" (not "in the quarter").
fn changed_measure(
    a: &Analysis,
    sentence: &Range<usize>,
    slot: &Slot,
    ind: &Indicator,
    made_here: &[(usize, usize)],
    out: &[Indicator],
) -> Option<usize> {
    let f = &slot.figure;
    if ind.role != Role::Change {
        return None;
    }
    let clause = clause_around(&a.norm.text, sentence, f.range.clone());
    let opening = a.norm.lower[clause.start..f.range.start].trim();
    let next_word = a.norm.lower[f.range.end..clause.end]
        .split_whitespace()
        .next()
        .unwrap_or("");
    // ("412,000 appointments in October, 9% more than in October 2025": a change
    // opening its clause.)
    let change_opening = CHANGE_OPENINGS.contains(&opening)
        || opening.is_empty()
        || matches!(opening, "a" | "an") && CHANGE_NOUNS.contains(&next_word);
    let after_comma = a.norm.text[sentence.start..clause.start]
        .trim_end()
        .ends_with(',');
    let metric = ind.metric.to_ascii_lowercase();
    let first_word = metric.split(' ').next().unwrap_or("");
    let v = &*VOCAB;
    let label = v.categories[v.category_index(ind.category)].label;
    let names_nothing = CHANGE_NOUNS.contains(&metric.as_str())
        || ADVERBIAL_STARTS.contains(&first_word)
        || ind.metric == label;
    if !(change_opening && after_comma && names_nothing) {
        return None;
    }
    made_here
        .iter()
        .rev()
        .map(|&(_, k)| k)
        .find(|&k| out[k].role == Role::Actual)
}

/// In a table row, each figure is what its column's header says: the period it is
/// for (the latest period column is the value, the one before it the previous
/// value), a target or a benchmark (`header`: the row's table's, if it is a row).
/// Returns each slot's column period.
fn read_columns(
    a: &Analysis,
    block: usize,
    header: Option<Vec<tables::Column>>,
    slots: &mut [Slot],
) -> Vec<Option<String>> {
    let mut periods = vec![None; slots.len()];
    let Some(header) = header else {
        return periods;
    };
    let row = a.seg.blocks[block].range.clone();
    let label = a.norm.text[row.clone()].split('\t').next().unwrap_or("");
    let label_unit = tables::row_unit(label);
    let mut in_period_columns = Vec::new();
    for (i, slot) in slots.iter_mut().enumerate() {
        if slot.alt_of.is_some() {
            continue;
        }
        let col = tables::column_of(&a.norm.text, row.start, slot.figure.range.start);
        let bare = matches!(slot.figure.unit, Unit::Count | Unit::Number) && col > 0;
        // A bare cell takes the unit its row's label gives ("Children in care per 10,000").
        if let Some(unit) = label_unit.filter(|_| bare) {
            slot.figure.unit = unit;
        }
        match header.get(col) {
            Some(&tables::Column::Money(scale)) => {
                if bare {
                    slot.figure.unit = Unit::CurrencyGbp;
                    slot.figure.value *= f64::from(scale);
                }
                continue;
            }
            Some(tables::Column::Target) => slot.comparison = Some(ComparisonKind::Target),
            Some(tables::Column::Benchmark(kind)) => slot.comparison = Some(comparison_kind(kind)),
            Some(tables::Column::Period(p)) => {
                periods[i] = Some(p.clone());
                in_period_columns.push(i);
            }
            _ => continue,
        }
        // The row's layout, not its wording, relates its figures.
        slot.previous = None;
        slot.is_previous = false;
        slot.change = None;
    }
    // Tables run either way ("Sep 2025 | Dec 2025" or "Dec 2025 | Sep 2025"): where
    // every period header has a year, time decides; otherwise the last column is latest.
    let ends: Option<Vec<u32>> = in_period_columns
        .iter()
        .map(|&i| periods[i].as_deref().and_then(tables::period_end))
        .collect();
    // When each column is for: by its header's date where every header has one, else
    // by its place (and of columns of the same period, the later one).
    let when = |k: usize| (ends.as_ref().map_or(0, |e| e[k]), k);
    let columns = in_period_columns.len();
    if let Some(latest) = (0..columns).max_by_key(|&k| when(k)) {
        let earlier = || (0..columns).filter(move |&k| k != latest);
        if let Some(before) = earlier().max_by_key(|&k| when(k)) {
            slots[in_period_columns[latest]].previous = Some(in_period_columns[before]);
        }
        for k in earlier() {
            slots[in_period_columns[k]].is_previous = true;
        }
    }
    periods
}

/// Whether the words between a count and a bracketed share only name what was
/// counted ("care leavers aged 19 to 21 (", "of the 131 children ("): a few words,
/// no verb of change or comparison, no break in the clause.
fn share_after_counted(gap: &str) -> bool {
    let Some(words) = gap.trim_end().strip_suffix('(') else {
        return false;
    };
    let v = &*crate::vocab::VOCAB;
    words.len() <= 60
        && !words.contains([',', ';', ':', '(', ')'])
        && words
            .split_whitespace()
            .enumerate()
            .all(|(k, w)| k < 8 && !v.not_counted_words.contains(w))
}

/// Relates the figures of one sentence to each other.
fn relate(norm: &Normalized, sentence: Range<usize>, figures: Vec<Figure>) -> Vec<Slot> {
    let text = &norm.text;
    let lower = &norm.lower;
    let mut slots: Vec<Slot> = figures
        .into_iter()
        .map(|f| Slot {
            group_end: f.range.end,
            alts: f.range_to.into_iter().collect(),
            figure: f,
            alt_of: None,
            comparison: None,
            change: None,
            previous: None,
            is_previous: false,
        })
        .collect();

    // Other forms of the same measure: "2106 (83.9%)", "83.3% ... (90/108 children)".
    for i in 1..slots.len() {
        let gap = &text[slots[i - 1].figure.range.end..slots[i].figure.range.start];
        let host = if opens_bracket(gap)
            && slots[i - 1].alt_of.is_none()
            && (slots[i - 1].figure.unit != slots[i].figure.unit
                // "Ninety-two per cent (92%)": the same figure written twice.
                || slots[i - 1].figure.value == slots[i].figure.value)
        {
            Some(i - 1)
        } else if slots[i - 1].alt_of.is_none()
            && slots[i - 1].figure.unit == Unit::Count
            && (slots[i].figure.unit == Unit::RatePer10k
                // "a rate of 152 per 100,000": any rate the figure is written with.
                || slots[i].figure.unit == Unit::Number
                    && text[slots[i].figure.range.clone()].contains(" per "))
            && RATE_RESTATES
                .is_match(&lower[slots[i - 1].figure.range.end..slots[i].figure.range.start])
        {
            // "412 children looked after, a rate of 78 per 10,000": one measure, two ways.
            // "412 ..., compared with 398 in June, a rate of 71 per 10,000": the rate is
            // of the level, not of the earlier count the comparison put between them.
            let after_earlier = i >= 2
                && slots[i - 2].alt_of.is_none()
                && slots[i - 2].figure.unit == Unit::Count
                && COMPARED_WITH_ONLY.is_match(
                    &lower[slots[i - 2].figure.range.end..slots[i - 1].figure.range.start],
                );
            Some(if after_earlier { i - 2 } else { i - 1 })
        } else if slots[i].figure.unit == Unit::Percent
            && slots[i - 1].figure.unit == Unit::Count
            && slots[i - 1].alt_of.is_none()
            && SHARE_RESTATES
                .is_match(&lower[slots[i - 1].figure.range.end..slots[i].figure.range.start])
        {
            // "27 UASC, representing 6% of the children in care": the count as a share.
            Some(i - 1)
        } else if slots[i].figure.unit == Unit::Percent
            && slots[i - 1].figure.unit == Unit::Count
            && slots[i - 1].alt_of.is_none()
            && gap.trim_end().ends_with('(')
            && !gap.contains([';', ':'])
            && past_share_of_whole(text[slots[i].figure.range.end..sentence.end].trim_start())
                .strip_prefix(')')
                .is_some_and(|rest| {
                    rest.trim_start().is_empty() || rest.starts_with(['.', ';', ','])
                })
        {
            // "Three children had 3 or more moves in the last 12 months (1.6%)": the
            // share in a bracket closing the clause restates the count. So does "27
            // young people (8.5% of the LAC population)".
            Some(i - 1)
        } else if slots[i].figure.unit == Unit::Percent
            && slots[i - 1].figure.unit == Unit::Count
            && slots[i - 1].alt_of.is_none()
            && share_after_counted(
                &lower[slots[i - 1].figure.range.end..slots[i].figure.range.start],
            )
            && text[slots[i].figure.range.end..].starts_with(')')
        {
            // "42 of the 131 care leavers aged 19 to 21 (32%) were NEET": the share
            // in a bracket right after what the count counts restates it.
            Some(i - 1)
        } else if slots[i].figure.unit == Unit::Percent
            && slots[i - 1].alt_of.is_none()
            && gap.trim_end().ends_with('(')
            && gap.len() <= 160
            && !gap.contains([';', ':'])
            && text[slots[i].figure.range.end..].starts_with(')')
            && slots[i - 1].figure.denominator.is_some_and(|d| {
                d > 0.0
                    && (slots[i - 1].figure.value / d * 100.0 - slots[i].figure.value).abs() <= 1.0
            })
        {
            // "Only 14 of the 39 children who came into care between July and September
            // (36%)": however far, a share that is the count's part of its whole.
            Some(i - 1)
        } else if slots[i].figure.unit == Unit::Percent
            && matches!(slots[i - 1].figure.unit, Unit::Count | Unit::CurrencyGbp)
            && slots[i - 1].alt_of.is_none()
            && OR_SHARE_GAP.is_match(gap)
        {
            // "an overspend of £3.4m, or 2.4% of the net budget": the same sum as a share.
            // "£3.4m on a budget of £142.6m, or 2.4%": the share of the sum before the
            // whole it is a part of, when the figures say so.
            let (part, whole) = (i.checked_sub(2), i - 1);
            let share_of_whole = part.filter(|&p| {
                let (a, b) = (&slots[p].figure, &slots[whole].figure);
                a.unit == b.unit
                    && slots[p].alt_of.is_none()
                    && b.value > 0.0
                    && (a.value / b.value * 100.0 - slots[i].figure.value).abs()
                        <= 0.05 * slots[i].figure.value.max(1.0)
            });
            Some(share_of_whole.unwrap_or(whole))
        } else if slots[i].figure.denominator.is_some() && gap.trim_end().ends_with('(') {
            (0..i)
                .rev()
                .find(|&h| slots[h].alt_of.is_none() && slots[h].figure.unit == Unit::Percent)
        } else {
            None
        };
        if let Some(h) = host {
            slots[i].alt_of = Some(h);
            let v = slots[i].figure.value;
            slots[h].alts.push(v);
            // The group runs to the closing bracket, but never over the next figure.
            let next_start = slots
                .get(i + 1)
                .map_or(sentence.end, |n| n.figure.range.start);
            let close = text[slots[i].figure.range.end..next_start]
                .find(')')
                .map(|p| slots[i].figure.range.end + p + 1);
            if h == i - 1 {
                slots[h].group_end = close.unwrap_or(slots[i].figure.range.end);
            }
        }
    }

    // Comparisons and changes, read from the words since the previous figure.
    let mut prev_end = sentence.start;
    for i in 0..slots.len() {
        if slots[i].alt_of.is_some() {
            continue;
        }
        let f = slots[i].figure.clone();
        let before = &lower[prev_end.min(f.range.start)..f.range.start];
        let after = &lower[f.range.end..sentence.end];
        // "compared to a target of 28 days and 51 days in the previous year": a figure
        // joined by "and" to a comparison goes on the list of comparisons.
        // So is one after the name of the comparison before ("21.2 per cent nationally
        // and 23.6 per cent last year").
        let joined_to_comparison = i > 0
            && slots[i - 1].comparison.is_some()
            && matches!(
                COMPARISON_AFTER
                    .find(before)
                    .map_or(before, |m| &before[m.end()..])
                    .trim()
                    .trim_start_matches(',')
                    .trim(),
                "and" | "or"
            );
        // "... nationally and 23.6% in 2024/25": a year named for a figure on a list of
        // comparisons is an earlier one.
        // "61% of all requests (47% last year)": last year's figure in the bracket that
        // follows the level, as "(last year 47%)" is.
        let bracketed_last_year = i > 0
            && before.trim_end().ends_with('(')
            && !before[..before.trim_end().len() - 1].contains(['(', ')'])
            && !ANY_COMPARISON_BEFORE.is_match(before)
            && after
                .find(')')
                .is_some_and(|close| LAST_YEAR_AFTER.is_match(&after[..close]));
        let year_ago = (COMPARED_WITH.is_match(before) || joined_to_comparison)
            && LAST_YEAR_AFTER.is_match(after)
            || joined_to_comparison && EARLIER_YEAR_AFTER.is_match(after)
            || bracketed_last_year;
        slots[i].comparison = year_ago.then_some(ComparisonKind::PreviousYear);
        slots[i].comparison = slots[i]
            .comparison
            // Named right after the figure ("and 48% for England"), whatever cue the
            // words before it hold for the figure before.
            .or_else(|| {
                COMPARISON_AFTER.captures(after).and_then(|c| {
                    if c.name("national").is_some() {
                        Some(ComparisonKind::National)
                    } else if let Some(t) = c.name("target") {
                        // "(61%, target 75%)": the target is the figure after the word.
                        let figure_next = after[t.end()..]
                            .trim_start()
                            .starts_with(|c: char| c.is_ascii_digit() || c == '£');
                        (!figure_next).then_some(ComparisonKind::Target)
                    } else if c.name("regional").is_some() {
                        Some(ComparisonKind::Regional)
                    } else if let Some(all) = c.name("all") {
                        // "91.3% against 93.0% for all pupils": the whole population is
                        // a benchmark only when set against the figure before; "for all
                        // pupils nationally" is the national one.
                        let national = COMPARISON_AFTER
                            .captures(&after[all.end()..])
                            .is_some_and(|n| n.name("national").is_some());
                        AGAINST_BEFORE.is_match(before).then_some(if national {
                            ComparisonKind::National
                        } else {
                            ComparisonKind::Other
                        })
                    } else if c.name("planned").is_some() {
                        // "64 agency staff in post against 41 budgeted".
                        AGAINST_BEFORE
                            .is_match(before)
                            .then_some(ComparisonKind::Other)
                    } else {
                        Some(ComparisonKind::StatisticalNeighbours)
                    }
                })
            })
            .or_else(|| {
                // A benchmark is named in the figure's own clause: "... compared with
                // the same quarter last year, with 4,310 contacts" is not last year's.
                let own_clause = NEW_CLAUSE
                    .find_iter(before)
                    .last()
                    .map_or(before, |m| &before[m.end()..]);
                // "moves in the last year had risen to 12.1%": a level reached, whatever
                // words of comparison came before the movement.
                // "had risen by 14% compared with the same period last year, to 1,284":
                // the level a change reached, after the words that set the change.
                let reached_after_change = i > 0
                    && slots[i - 1].change.is_some()
                    && own_clause.trim_end().ends_with(", to");
                // "up on last year (212 compared with 170)": the cue is for the figure
                // set against this one.
                // "12 recommendations were made, of which 9 ...": a part is no bar.
                let part = ["of which", "of whom", "of these", "of those"]
                    .iter()
                    .any(|w| own_clause.trim_end().ends_with(w));
                if part
                    || !ANY_COMPARISON_BEFORE.is_match(own_clause)
                    || crate::figures::SET_AGAINST_A_FIGURE.is_match(after)
                    || reached_after_change
                    || WHOLE_OPENING.is_match(own_clause)
                    || MOVED_TO.is_match(own_clause)
                    || MEASURED_AGAINST.is_match(own_clause)
                    || NATIONAL_ISSUE.is_match(own_clause)
                {
                    return None;
                }
                // The cue nearest the figure names it: "the national standard of 76%"
                // is a standard (a target), "below target and the national average of
                // 70%" the national figure.
                // A cue is within reach when at most 45 characters, with no other figure
                // and no stop, lie between it and the figure.
                COMPARISON_BEFORE
                    .iter()
                    .filter_map(|(k, cue)| {
                        let cue_at = cue.find_iter(own_clause).last()?;
                        // "20 were on target, 8 were within tolerance", "on target at
                        // 95%": a status, not a bar with a value of its own.
                        let before_cue = &own_clause[..cue_at.start()];
                        if *k == ComparisonKind::Target
                            && matches!(
                                before_cue.trim_end().rsplit(' ').next(),
                                Some("on" | "off")
                            )
                        {
                            return None;
                        }
                        // "moves in the last year was 8.9%": the span a measure counts
                        // over (the past twelve months), not the year before.
                        if *k == ComparisonKind::PreviousYear
                            && cue_at.as_str() == "last year"
                            && SPAN_BEFORE.is_match(before_cue)
                        {
                            return None;
                        }
                        let end = cue_at.end();
                        let gap = &own_clause[end..];
                        // "England 2024/25: 82.1%": a year or quarter between still names
                        // the figure.
                        // ("national CLA 2025: 23%": a year alone is a time too.)
                        let holds_a_number = || {
                            let gap_at = f.range.start - gap.len();
                            without_periods(text, gap_at..f.range.start)
                                .split(|c: char| !c.is_ascii_alphanumeric())
                                .any(|w| {
                                    w.bytes().any(|b| b.is_ascii_digit())
                                        && !crate::vocab::is_year(w)
                                })
                        };
                        // "(up 9% on last year), of whom 311": a cue inside a bracket
                        // that closes before the figure is the bracket's.
                        let bracket_closed = gap.find(')').is_some_and(|c| !gap[..c].contains('('));
                        // "the national minimum allowance, which rises by 4.2%": how
                        // the benchmark moves, not where it stands.
                        let moves = || CHANGE_BEFORE.is_match(gap);
                        // "against the £3.5m target for the year, leaving £1.4m at
                        // risk": what is left is a level of its own.
                        let left = || gap.contains("leaving ") || gap.ends_with(" left ");
                        // "The 26 week target was met in 22% of cases": how often the
                        // bar was met, a level of its own.
                        let met_in = || {
                            [
                                "met in ",
                                "achieved in ",
                                "missed in ",
                                "met for ",
                                "achieved for ",
                            ]
                            .iter()
                            .any(|w| gap.ends_with(w))
                        };
                        let near = gap.chars().count() <= 45
                            && !bracket_closed
                            && !gap.contains(['%', '.', ';'])
                            && !holds_a_number()
                            && !moves()
                            && !left()
                            && !met_in();
                        near.then_some((end, *k))
                    })
                    .rev()
                    .max_by_key(|&(end, _)| end)
                    .map(|(_, k)| k)
            })
            .or_else(|| {
                // "19.7%, lower than 22.3% for all pupils": a figure set right after a
                // word of comparison. ("lower than the number de-registered (14)" names
                // a measure of its own.)
                // "45 in June, higher than 38 in May" is the measure a month before.
                // "lower than the 88% national figure": the kind named after it.
                THAN_BEFORE
                    .is_match(before)
                    .then(|| bar_named_after(after))
                    .filter(|_| i > 0 && !EARLIER_TIME_AFTER.is_match(after))
            })
            .or_else(|| {
                // "86.2%, below the 95% needed for herd immunity": a bar, named after it.
                BAR_BEFORE.is_match(before).then(|| bar_named_after(after))
            })
            .or_else(|| {
                // "72.4% against the 78% interim standard", "91%, meeting the 90%
                // standard": only where named as a bar;
                // "against the 2,400 received" sets it against a figure of any kind.
                AGAINST_THE_BEFORE
                    .is_match(before)
                    .then(|| bar_named_after(after))
                    .filter(|&kind| kind != ComparisonKind::Other)
            });
        if slots[i].comparison.is_none() {
            // "Neighbourhood crime down 9%" is a change, "made up 16%" no movement.
            let phrasal_listed = |c: &crate::pattern::Captures| {
                c.name("listed").is_some_and(|m| {
                    let verb = before[..m.start()]
                        .trim_end()
                        .rsplit(' ')
                        .next()
                        .unwrap_or("");
                    crate::figures::is_phrasal_verb(verb)
                })
            };
            if let Some(c) = CHANGE_BEFORE
                .captures(before)
                .filter(|_| !crate::figures::phrasal_up_or_down(before))
                .filter(|c| !phrasal_listed(c))
            {
                let verb = c
                    .name("verb")
                    .or(c.name("bare"))
                    .or(c.name("listed"))
                    .or(c.name("past"))
                    .map_or("up", |m| m.as_str());
                slots[i].change = Some(verb_direction(verb));
            } else if let Some(c) = CHANGE_AFTER.captures(after) {
                // "0.4 percentage points below the same point last year": a change.
                let side = c.name("cmp").or(c.name("side"));
                slots[i].change = Some(match (c.name("verb"), side) {
                    (Some(v), _) => verb_direction(v.as_str()),
                    (_, Some(c))
                        if matches!(c.as_str(), "less" | "fewer" | "lower" | "below" | "down") =>
                    {
                        Movement::Way(Direction::Down)
                    }
                    _ => Movement::Way(Direction::Up),
                });
            } else if let Some(p) = (0..i).rev().find(|&p| slots[p].alt_of.is_none()) {
                if slots[p].change.is_some()
                    && slots[p].figure.unit == f.unit
                    && CHANGE_CONTINUES
                        .is_match(&text[slots[p].group_end.min(f.range.start)..f.range.start])
                {
                    slots[i].change = slots[p].change;
                }
            }
        }
        prev_end = slots[i].group_end;
    }

    // "an overspend of £6.8m against a net budget of £297.5m": a difference from the
    // budget is no level to compare the budget with; the budget is a sum of its own.
    for i in 1..slots.len() {
        if slots[i].comparison != Some(ComparisonKind::Other)
            || slots[i].figure.unit != Unit::CurrencyGbp
        {
            continue;
        }
        let Some(p) = (0..i).rev().find(|&p| slots[p].alt_of.is_none()) else {
            continue;
        };
        let before = &lower
            [slots[p].group_end.min(slots[i].figure.range.start)..slots[i].figure.range.start];
        let host_words = &lower[sentence.start..slots[p].figure.range.start];
        if before.contains("budget") && DIFFERENCE_FROM_BUDGET.is_match(host_words) {
            slots[i].comparison = None;
        }
    }

    // "402, compared with 389 and 396 at the end of Q2 and Q3 respectively": the latest
    // of the earlier values is the level's previous one; the older is left aside.
    let own: Vec<usize> = (0..slots.len())
        .filter(|&k| slots[k].alt_of.is_none())
        .collect();
    for w in own.windows(3) {
        let (i, x, y) = (w[0], w[1], w[2]);
        let gap = |p: usize, q: usize| {
            &lower[slots[p].group_end.min(slots[q].figure.range.start)..slots[q].figure.range.start]
        };
        if slots[i].previous.is_none()
            && !slots[i].is_previous
            && gap(x, y).trim() == "and"
            && slots[x].figure.unit == slots[i].figure.unit
            && slots[y].figure.unit == slots[i].figure.unit
            && RESPECTIVELY_AFTER.is_match(&lower[slots[y].figure.range.end..sentence.end])
            && DOWN_FROM.is_match(gap(i, x))
        {
            slots[i].previous = Some(y);
            for k in [x, y] {
                slots[k].is_previous = true;
                slots[k].comparison = None;
            }
        }
    }

    // Previous values: "from A to B", "was A ... a decrease to B", "... previous period at A".
    let levels: Vec<usize> = (0..slots.len())
        .filter(|&i| {
            slots[i].alt_of.is_none()
                && slots[i].comparison.is_none()
                && slots[i].change.is_none()
                && !slots[i].is_previous
        })
        .collect();
    for w in levels.windows(2) {
        let (a, b) = (w[0], w[1]);
        let gap_range =
            slots[a].group_end.min(slots[b].figure.range.start)..slots[b].figure.range.start;
        // "averaged 23 per day, down from 31": a bare count after "down from" is the
        // level's earlier value in the level's own unit.
        // So is "58 a day" after "42 people a day ..., down from": a count per day
        // either way.
        // And "hours had risen to 21,300 a week from 19,850": the earlier count after
        // "to ... from".
        let count_or_rate = |u: Unit| matches!(u, Unit::Count | Unit::Number);
        let before_a = &lower[sentence.start..slots[a].figure.range.start];
        let moved_to_from =
            || FROM_GAP.is_match(&lower[gap_range.clone()]) && MOVED_TO.is_match(before_a);
        let same_unit = slots[a].figure.unit == slots[b].figure.unit
            || count_or_rate(slots[a].figure.unit)
                && count_or_rate(slots[b].figure.unit)
                && slots[b].figure.denominator.is_none()
                && (DOWN_FROM.is_match(&lower[gap_range.clone()]) || moved_to_from());
        if !same_unit || slots[a].is_previous {
            continue;
        }
        let gap = without_periods(text, gap_range.clone());
        let before_b = &lower[sentence.start..slots[b].figure.range.start];
        // "91% had an up to date PEP, and that the quality of PEPs ... had risen to 79%":
        // a second subject between them makes the second level another measure.
        let new_subject = || NEW_SUBJECT.is_match(&lower[gap_range.clone()]);
        // "from 212 households in March 2024 to 187": the count's noun between.
        let from_noun_to = || {
            before_a.trim_end().ends_with(" from")
                && without_a_plural_noun(&gap).is_some_and(|rest| FROM_TO_GAP.is_match(rest))
        };
        if FROM_TO_GAP.is_match(&gap)
            || from_noun_to()
            || MOVED_TO.is_match(before_b) && !ENDS_WITH_TO.is_match(before_a) && !new_subject()
        {
            slots[b].previous = Some(a);
            slots[a].is_previous = true;
        } else if FROM_GAP.is_match(&gap)
            && (MOVED_TO.is_match(before_a)
                || crate::figures::moved_up_or_down_to(
                    before_a,
                    &lower[slots[a].figure.range.end..],
                ))
            && !counts_another_noun(&gap, &lower[slots[b].figure.range.end..sentence.end])
        {
            // "had increased to 24% from 19%": the earlier value comes second.
            slots[a].previous = Some(b);
            slots[b].is_previous = true;
        } else if EARLIER_PERIOD_VALUE.is_match(&lower[gap_range.clone()])
            || DOWN_FROM.is_match(&lower[gap_range.clone()])
            || THAN_BEFORE.is_match(&lower[gap_range.clone()])
                && EARLIER_TIME_AFTER.is_match(&lower[slots[b].figure.range.end..sentence.end])
            || COMPARED_WITH.is_match(&lower[gap_range.clone()])
                && AT_THE_START.is_match(&lower[slots[b].figure.range.end..sentence.end])
            || PERIOD_LABEL_GAP.is_match(&gap) && gap_range_has_period(text, &gap_range)
            || bracketed_earlier(text, lower, &gap_range)
            || matches!(lower[gap_range.clone()].trim(), "(was" | "(previously")
            || MOVED_TO.is_match(before_a)
                && reached_then_earlier(
                    text,
                    lower,
                    &gap_range,
                    slots[b].figure.range.end,
                    &sentence,
                )
            || dated_in_brackets(
                text,
                lower,
                &gap_range,
                slots[b].figure.range.end,
                &sentence,
            )
            || share_then_dated_share(text, lower, &slots[a], &slots[b], &gap_range, &sentence)
        {
            let after_b = &lower[slots[b].figure.range.end..sentence.end];
            // "287 missing episodes ..., compared with 331 episodes in the previous
            // quarter": the level's own noun may stand before the earlier time.
            let after_b = past_the_levels_noun(&lower[slots[a].figure.range.end..], after_b);
            // "Enquiries were up on the same period last year (212 compared with 170)":
            // the time named before the bracket is the second figure's.
            let moved_since = || MOVED_SINCE_BRACKET.is_match(before_a);
            if COMPARED_WITH_ONLY.is_match(&lower[gap_range.clone()])
                && !WHEN_AFTER.is_match(after_b)
                && !AT_THE_START.is_match(after_b)
                && !moved_since()
            {
                // "9.2%, compared with 7.4% for all pupils": another group, not an earlier
                // time; "32% for children looked after nationally" is the country's.
                let own = after_b.split([',', ';']).next().unwrap_or("");
                let own = own.split(" and ").next().unwrap_or(own);
                slots[b].comparison = Some(
                    if own.contains("national") || crate::vocab::names_nation(own) {
                        ComparisonKind::National
                    } else {
                        ComparisonKind::Other
                    },
                );
            } else {
                // "112 episodes involving 37 children, up from 84": a rise from 84 cannot
                // end at 37, so the earlier value is the level before that can.
                let earlier = match said_direction(&lower[gap_range]) {
                    Some(up) if (slots[a].figure.value > slots[b].figure.value) != up => levels
                        .iter()
                        .rev()
                        .filter(|&&k| k < a)
                        .find(|&&k| {
                            let s = &slots[k];
                            s.previous.is_none()
                                && s.figure.unit == slots[b].figure.unit
                                && (s.figure.value > slots[b].figure.value) == up
                                && s.figure.value != slots[b].figure.value
                        })
                        .copied(),
                    _ => None,
                };
                slots[earlier.unwrap_or(a)].previous = Some(b);
                slots[b].is_previous = true;
            }
        }
    }
    slots
}

/// Which way the words before "from" say a level moved: up ("up from", "rose from") or
/// down ("down from", "fell from"); none when they do not say.
fn said_direction(gap: &str) -> Option<bool> {
    let gap = gap.trim_end();
    let gap = gap.strip_suffix("the").unwrap_or(gap).trim_end();
    let word = gap.strip_suffix("from")?.trim_end();
    let word = word.rsplit(|c: char| !c.is_ascii_alphabetic()).next()?;
    match word {
        "up" | "increase" | "increased" | "rise" | "rising" | "risen" | "rose" => Some(true),
        "down" | "decrease" | "decreased" | "fall" | "falling" | "fallen" | "fell" | "drop"
        | "dropped" | "dip" | "dipped" | "slip" | "slipped" | "decline" | "declined"
        | "reduction" | "reduced" => Some(false),
        _ => None,
    }
}

/// "47% of children were visited ... (Q1 24/25: 52%)": the gap ends in a bracket that
/// opens with a period and a colon, so the figure after it is the same measure then.
fn bracketed_earlier(text: &str, lower: &str, gap: &Range<usize>) -> bool {
    // "389 (last month 385)": the bracket names the earlier time in words.
    if LAST_TIME_LABEL.is_match(&lower[gap.clone()]) {
        return true;
    }
    lower[gap.clone()].rfind('(').is_some_and(|k| {
        let bracket = gap.start + k..gap.end;
        gap_range_has_period(text, &bracket)
            && PERIOD_LABEL_GAP.is_match(&without_periods(text, bracket))
    })
}

/// What follows a time that names a figure of then: "the 2023/24 figure of 15%".
static NAMES_A_FIGURE: LazyLock<crate::pattern::Anchored> = LazyLock::new(|| {
    crate::pattern::Anchored::new(
        r"^\s*(?:figure|rate|result|results|level|outturn|position|average)\s*(?:of|was|is|at|:)?\s*$",
    )
});

/// Only a preposition and brackets around where periods were taken out: the words
/// after the second figure of "1,432 at 30 September (1,287 at 31 March)".
static PERIOD_WORDS_ONLY: LazyLock<crate::pattern::Anchored> = LazyLock::new(|| {
    crate::pattern::Anchored::new(
        r"^[\s(]*(?:(?:at|in|as at|as of|on|for|during|by)\s*(?:the\s+)?)?(?:(?:the\s+)?end of\s*(?:the\s+)?)?[\s(]*$",
    )
});

/// After a level reached ("increased to 47"), the bracket that gives where it came
/// from: "(was 39 in Q1)", "(previously 39)", "(39 in Q1)".
fn reached_then_earlier(
    text: &str,
    lower: &str,
    gap: &Range<usize>,
    second_end: usize,
    sentence: &Range<usize>,
) -> bool {
    match lower[gap.clone()].trim() {
        "(was" | "(previously" | "(from" => true,
        "(" => dated_bracket_closes(text, lower, second_end, sentence),
        _ => false,
    }
}

/// Whether the bracket a figure opens holds only its time before closing: the " in
/// Q1)" of "(39 in Q1)", the " at 31 March)" of "(1,287 at 31 March)".
fn dated_bracket_closes(
    text: &str,
    lower: &str,
    figure_end: usize,
    sentence: &Range<usize>,
) -> bool {
    let after = crate::pattern::window_after(&lower[..sentence.end], figure_end, 40);
    after.find(')').is_some_and(|close| {
        let r = figure_end..figure_end + close;
        gap_range_has_period(text, &r) && PERIOD_WORDS_ONLY.is_match(&without_periods(text, r))
    })
}

/// "8% of children had three or more placements (10% at the end of March)": a share,
/// then in brackets the same share at a time and nothing else. (A count in such a
/// bracket may be a part of the level, "45 referrals (12 in March)".)
fn share_then_dated_share(
    text: &str,
    lower: &str,
    level: &Slot,
    earlier: &Slot,
    gap: &Range<usize>,
    sentence: &Range<usize>,
) -> bool {
    let opens_bracket =
        earlier.figure.unit == level.figure.unit && lower[gap.clone()].trim_end().ends_with('(');
    // "1,906 (1,522 in 2024/25)": a count in a bracket dated by a whole year is the
    // count then (but "412 referrals (118 in Q2)" may be a part of the year's).
    let year_count = || {
        level.figure.unit == Unit::Count
            && lower[earlier.figure.range.end..sentence.end]
                .split_once(')')
                .is_some_and(|(when, _)| YEAR_ONLY.is_match(when))
    };
    opens_bracket
        && (matches!(level.figure.unit, Unit::Percent | Unit::RatePer10k)
            && dated_bracket_closes(text, lower, earlier.figure.range.end, sentence)
            || year_count())
}

/// A bracket's time that is a whole year, earlier than the meeting's: " in 2024/25",
/// " last year".
static YEAR_ONLY: LazyLock<crate::pattern::Anchored> = LazyLock::new(|| {
    crate::pattern::Anchored::new(
        r"^\s*(?:in\s+)?(?:(?:19|20)\d\d(?:/\d\d)?|(?:the\s+)?(?:last|previous|prior)\s+(?:financial\s+)?year)\s*$",
    )
});

/// "1,432 at 30 September (1,287 at 31 March)", "97.8% in September (98.1% in June)":
/// a level at its time, then in brackets the same measure at another time.
fn dated_in_brackets(
    text: &str,
    lower: &str,
    gap: &Range<usize>,
    second_end: usize,
    sentence: &Range<usize>,
) -> bool {
    // The gap ends on the level's time and the bracket: "... at 30 September (".
    let last_time = find_periods(text, gap.clone()).last().map(|p| p.range.end);
    if last_time.is_none_or(|end| lower[end..gap.end].trim() != "(") {
        return false;
    }
    dated_bracket_closes(text, lower, second_end, sentence)
}

fn gap_range_has_period(text: &str, r: &Range<usize>) -> bool {
    !find_periods(text, r.clone()).is_empty()
}

/// `gap` after the one or two words of a plural noun that open it ("households",
/// "foster households"), if they do.
fn without_a_plural_noun(gap: &str) -> Option<&str> {
    let mut rest = gap.trim_start();
    let mut last = "";
    for _ in 0..2 {
        let end = rest
            .find(|c: char| !(c.is_ascii_lowercase() || c == '-' || c == '\''))
            .unwrap_or(rest.len());
        let word = &rest[..end];
        if word.is_empty() || word == "to" || word == "in" {
            break;
        }
        last = word;
        rest = rest[end..].trim_start();
    }
    (last.len() > 2 && (last.ends_with('s') || matches!(last, "children" | "people")))
        .then_some(rest)
}

fn without_periods(text: &str, r: Range<usize>) -> String {
    let mut out = String::new();
    let mut at = r.start;
    for p in find_periods(text, r.clone()) {
        out.push_str(&text[at..p.range.start]);
        at = p.range.end;
    }
    out.push_str(&text[at..r.end]);
    out.to_ascii_lowercase()
}

fn verb_direction(verb: &str) -> Movement {
    match verb {
        "increase" | "increases" | "increased" | "rise" | "rises" | "rose" | "risen" | "grew"
        | "grown" | "up" | "uplift" | "net gain" => Movement::Way(Direction::Up),
        "improved" | "improvement" => Movement::Better,
        "deterioration" | "deteriorated" | "worsened" => Movement::Worse,
        _ => Movement::Way(Direction::Down),
    }
}

/// The clause around a position: between the nearest clause breaks in the sentence.
fn clause_around(text: &str, sentence: &Range<usize>, at: Range<usize>) -> Range<usize> {
    let s = &text[sentence.clone()];
    let rel_start = at.start - sentence.start;
    let rel_end = at.end - sentence.start;
    let mut start = 0;
    let mut before_start = 0;
    let mut end = s.len();
    for m in clause_breaks(s) {
        if in_a_list_of_words(s, &m) {
            continue;
        }
        if m.end <= rel_start {
            before_start = start;
            start = m.end;
        } else if m.start >= rel_end {
            end = m.start;
            break;
        }
    }
    // "said that 3 of the 11 vehicles were old and that breakdowns were a growing
    // pressure": each thing reported is a clause.
    const SECOND_REPORTED: &str = " and that ";
    if let Some(k) = s[rel_end..end].find(SECOND_REPORTED) {
        end = rel_end + k;
    }
    if let Some(k) = s[start..rel_start].rfind(SECOND_REPORTED) {
        start += k + SECOND_REPORTED.len();
    }
    // "Requests had risen by a quarter, to 612": the level a change went to is in the
    // clause of the change.
    if s[start..rel_start].trim() == "to" {
        start = before_start;
    }
    // "91% had a health assessment and 84% had seen a dentist": an "and" right before
    // a figure with a verb of its own starts a clause ("10 in Lancaster and 26 in
    // Burnley" does not).
    let own_verb = || {
        s[rel_end..]
            .split_whitespace()
            .take(3)
            .any(|w| CLAUSE_VERBS.contains(&w))
    };
    if let Some(k) = s[start..rel_start]
        .trim_end()
        .strip_suffix(" and")
        .map(str::len)
    {
        if own_verb() {
            start += k + " and".len();
        }
    }
    sentence.start + start..sentence.start + end
}

/// "not in education, employment or training": a comma between single words of a list
/// that ends with "or" or "and" is no clause break. A name's words may be capitalised:
/// "Education, Health and Care Plans".
fn in_a_list_of_words(s: &str, at: &Range<usize>) -> bool {
    if !s[at.clone()].starts_with(',') {
        return false;
    }
    let word = |w: &str| {
        w.len() > 1
            && w.as_bytes()[0].is_ascii_alphabetic()
            && w.bytes().skip(1).all(|b| b.is_ascii_lowercase())
    };
    let last_before = s[..at.start].rsplit(' ').next().unwrap_or("");
    let mut next = s[at.end..].split_whitespace();
    let (first, join, second) = (next.next(), next.next(), next.next());
    word(last_before)
        && first.is_some_and(word)
        && matches!(join, Some("or" | "and"))
        && second.is_some_and(|w| word(w.trim_end_matches(['.', ',', ';'])))
}

/// Verbs that show a figure after "and" heads a clause of its own.
const CLAUSE_VERBS: &[&str] = &[
    "had", "has", "have", "were", "was", "are", "is", "received", "attended", "achieved",
];

/// The period written in the figure's own sentence, if any.
fn own_period(a: &Analysis, slots: &[Slot], i: usize, periods: &[PeriodMention]) -> Option<String> {
    let f = &slots[i].figure;
    // "11.2%, down from 13.5% at the end of Quarter 2": the earlier value's period is not ours.
    // The earlier value's own words start at the bracket or keyword that introduces it.
    let ceiling = slots[i].previous.filter(|&p| p > i).map(|p| {
        let gap_start = slots[i].group_end.min(slots[p].figure.range.start);
        let gap = &a.norm.lower[gap_start..slots[p].figure.range.start];
        gap_start
            + INTRODUCES_EARLIER
                .find(gap)
                .map_or(gap.len(), |m| m.start())
    });
    let floor = slots[i].previous.filter(|&p| p < i).map(|p| {
        // Only what comes after the "to" of "from A to B" belongs to B.
        let gap = &a.norm.lower[slots[p].group_end.min(f.range.start)..f.range.start];
        slots[p].group_end.min(f.range.start) + gap.rfind(" to ").map_or(0, |x| x + 1)
    });
    periods
        .iter()
        .filter(|p| {
            p.eligible
                && floor.is_none_or(|fl| p.range.start >= fl)
                && ceiling.is_none_or(|c| p.range.end <= c)
        })
        .filter(|p| {
            slots
                .iter()
                .all(|s| s.previous.is_none() || !overlaps(&p.range, &s.figure.range))
        })
        // "compared to 41% in March; the proportion ... has risen to 29%": across a
        // semicolon, the time of an earlier value is not this figure's ("41 exclusions
        // in 2024/25, up from 29 ...; suspensions were 3,870" shares the level's).
        .filter(|p| {
            let between = if p.range.end <= f.range.start {
                p.range.end..f.range.start
            } else {
                f.range.end..p.range.start.max(f.range.end)
            };
            let owner = slots
                .iter()
                .filter(|s| s.figure.range.end <= p.range.start)
                .max_by_key(|s| s.figure.range.end);
            // Nor, before a figure, is it: "in 2024/25, compared with 187 in 2023/24,
            // an increase of 14%".
            let before_figure = p.range.end <= f.range.start;
            // Nor, after a figure, when another level's earlier value lies between:
            // "312 households ..., 54% of approaches, compared to 49% in Quarter 1".
            let after_others_earlier = owner.is_some_and(|s| s.figure.range.start >= f.range.end);
            !((before_figure || after_others_earlier || a.norm.text[between].contains(';'))
                && owner.is_some_and(|s| s.is_previous))
        })
        // "below the 2023/24 figure of 15%": the time names the comparison's figure.
        .filter(|p| {
            !slots.iter().any(|s| {
                s.comparison.is_some()
                    && s.figure.range.start >= p.range.end
                    && s.figure.range.start - p.range.end <= 24
                    && NAMES_A_FIGURE.is_match(&a.norm.lower[p.range.end..s.figure.range.start])
            })
        })
        // "and 23.6% in 2024/25": the time of a year-ago comparison is its own.
        .filter(|p| {
            !slots.iter().any(|s| {
                s.comparison == Some(ComparisonKind::PreviousYear)
                    && s.figure.range.end <= p.range.start
                    && EARLIER_YEAR_AFTER.is_match(&a.norm.lower[s.figure.range.end..p.range.end])
            })
        })
        // "(2023-24: 94.1%)" labels the figure in its bracket, not the others.
        .filter(|p| {
            let text = &a.norm.text;
            !(text[..p.range.start].trim_end().ends_with('(')
                && text[p.range.end..].trim_start().starts_with(':'))
        })
        .min_by_key(|p| distance(&p.range, &f.range))
        .map(|p| a.norm.text[p.range.clone()].to_string())
}

fn overlaps(a: &Range<usize>, b: &Range<usize>) -> bool {
    a.start < b.end && b.start < a.end
}

fn distance(p: &Range<usize>, f: &Range<usize>) -> usize {
    if p.start >= f.end {
        p.start - f.end
    } else {
        f.start.saturating_sub(p.end)
    }
}

/// The period of an earlier value "from A (October) to B".
fn previous_period(
    a: &Analysis,
    slots: &[Slot],
    p: usize,
    b: usize,
    periods: &[PeriodMention],
) -> Option<String> {
    named_previous_period(a, slots, p, b, periods).or_else(|| {
        // "up from £0.9m last quarter": no date, but a time all the same.
        let end = slots[p].figure.range.end;
        let after = crate::pattern::window_after(&a.norm.lower, end, 60);
        let m = RELATIVE_TIME_AFTER.captures(after)?.get(1)?;
        Some(a.norm.text[end + m.start()..end + m.end()].to_string())
    })
}

/// The date or quarter named for the earlier value `p` of the latest value `b`.
fn named_previous_period(
    a: &Analysis,
    slots: &[Slot],
    p: usize,
    b: usize,
    periods: &[PeriodMention],
) -> Option<String> {
    let fa = &slots[p].figure;
    let fb = &slots[b].figure;
    if p > b {
        // "389 and 396 at the end of Q2 and Q3 respectively": the last period named
        // goes with the last figure.
        if RESPECTIVELY_AFTER.is_match(crate::pattern::window_after(
            &a.norm.lower,
            fa.range.end,
            90,
        )) {
            if let Some(m) = periods.iter().rfind(|m| m.range.start >= fa.range.end) {
                return Some(a.norm.text[m.range.clone()].to_string());
            }
        }
        // "1,432 at 30 September (1,287 at 31 March)": a time in the earlier value's
        // own bracket is its time.
        let close = crate::pattern::window_after(&a.norm.lower, fa.range.end, 60)
            .find(')')
            .map_or(fa.range.end, |k| fa.range.end + k);
        if a.norm.lower[slots[b].group_end.min(fa.range.start)..fa.range.start].contains('(') {
            if let Some(m) = periods
                .iter()
                .find(|m| m.range.start >= fa.range.end && m.range.end <= close)
            {
                return Some(a.norm.text[m.range.clone()].to_string());
            }
        }
        // The earlier value is written after the latest: its period is beside it,
        // after the latest value ("72% (Q4 2023/24: 68%)", "11.2%, down from 13.5% at ...").
        return periods
            .iter()
            .filter(|m| m.range.start >= slots[b].group_end)
            .min_by_key(|m| distance(&m.range, &fa.range))
            .map(|m| a.norm.text[m.range.clone()].to_string());
    }
    let to_at = slots[p].group_end.min(fb.range.start)
        + a.norm.lower[slots[p].group_end.min(fb.range.start)..fb.range.start]
            .rfind(" to ")
            .unwrap_or(usize::MAX / 4);
    periods
        .iter()
        .filter(|m| m.range.end <= to_at.min(fb.range.start))
        .min_by_key(|m| distance(&m.range, &fa.range))
        .map(|m| a.norm.text[m.range.clone()].to_string())
}

/// "... were old and that breakdowns were ...": where a second thing reported begins.
/// Searched for after every lone figure, so the searcher is built once.
static AND_THAT: LazyLock<memchr::memmem::Finder<'static>> =
    LazyLock::new(|| memchr::memmem::Finder::new(" and that "));

/// The period of a block: a reporting period it states, else any period it states.
fn block_period(a: &Analysis, block: usize) -> Option<String> {
    let r = a.seg.blocks[block].range.clone();
    let ps = find_periods(&a.norm.text, r);
    ps.iter()
        .find(|p| p.reporting)
        .or_else(|| ps.iter().find(|p| p.eligible))
        .map(|p| a.norm.text[p.range.clone()].to_string())
}

fn build(
    a: &Analysis,
    si: usize,
    slots: &[Slot],
    i: usize,
    periods: &[PeriodMention],
    running: &Running,
) -> Indicator {
    let v = &*VOCAB;
    let sentence = &a.seg.sentences[si];
    let block = &a.seg.blocks[sentence.block];
    let slot = &slots[i];
    let f = &slot.figure;
    let clause = clause_around(&a.norm.text, &sentence.range, f.range.clone());
    let mut parents = parent_ranges(a.seg, sentence.block);
    // A sentence naming a specific topic never reaches its parents, so the (costly)
    // look back for a sub-heading is only for those that name none.
    let names_topic = a.cues.specific_topic(sentence.range.clone()).is_some();
    let sub_heading = (!names_topic)
        .then(|| {
            running
                .sub_heading
                .get_or_init(|| sub_heading(&a.cues, &a.norm.text, a.seg, sentence.block))
                .clone()
        })
        .flatten();
    parents.extend(sub_heading.clone());
    // Last of all the item's title and the meeting's name, where they name one
    // service: in the "Adult Social Care Scrutiny Committee", "reviews completed within
    // 12 months" are adults' reviews.
    if !names_topic {
        parents.extend(crate::category::service_names(&a.cues, a.seg, block.item));
    }
    let ctx = Context {
        clause: clause.clone(),
        sentence: sentence.range.clone(),
        heading: block.heading.clone(),
        parents: &parents,
        sentence_generic: f.unit == Unit::RatePer10k,
    };
    let mut category = categorise(&a.cues, &ctx, f.range.start);
    // "214 children were placed at an average annual cost of £61,500": the cost names
    // the sum after the count, so the count is of what the sentence named before it.
    let finance = v.category_index("finance");
    if category == finance && f.unit != Unit::CurrencyGbp {
        let sum_after = slots.iter().find(|s| {
            s.figure.unit == Unit::CurrencyGbp
                && s.figure.range.start >= f.range.end
                && clause.contains(&s.figure.range.start)
        });
        let cut = sum_after.and_then(|s| {
            a.cues
                .within(f.range.end..s.figure.range.start)
                .iter()
                .find(|h| h.category == finance)
                .map(|h| h.at)
        });
        if let Some(cut) = cut {
            let before_sum = Context {
                clause: clause.start..cut,
                sentence: sentence.range.start..cut,
                heading: ctx.heading.clone(),
                ..ctx
            };
            let c = categorise(&a.cues, &before_sum, f.range.start);
            if c != v.other() {
                category = c;
            }
        }
    }
    // "Smoking prevalence among adults had fallen to 11.9%": a measure the taxonomy has
    // no place for is other, whatever the heading above it names.
    let named_other = category == v.other()
        && a.cues
            .within(clause.clone())
            .iter()
            .any(|h| !h.generic && h.category == v.other());
    // "This equated to a rate of 78 per 10,000" names its measure in the sentence before
    // it; so does "The rate per 10,000 was 54", there or in the bullet before.
    let bare_rate = f.unit == Unit::RatePer10k;
    if category == v.other()
        && !named_other
        && si > 0
        && (bare_rate || REFERS_BACK.is_match(&a.norm.text[sentence.range.clone()]))
    {
        let before = &a.seg.blocks[a.seg.sentences[si - 1].block];
        let same_block = a.seg.sentences[si - 1].block == sentence.block;
        let sibling = before.item == block.item && before.level == block.level;
        if same_block || bare_rate && sibling {
            category = from_sentence(&a.cues, a.seg, si - 1, f.range.start).unwrap_or(category);
        }
    }
    // "Q: What proportion of care leavers are in suitable accommodation? A: 88% at the
    // end of December": an answer measures what its question asked about.
    if category == v.other() && !named_other {
        if let Some(q) = question_answered(a, sentence.block) {
            category = from_sentence(&a.cues, a.seg, q, f.range.start).unwrap_or(category);
        }
    }
    if category == v.other() && !named_other {
        category = sub_heading
            .and_then(|h| from_sub_heading(&a.cues, h))
            .or_else(|| from_item_title(&a.cues, a.seg, block.item))
            .or_else(|| crate::category::from_meeting_name(&a.cues, a.seg))
            .unwrap_or(category);
    }
    // Money is budget or spending, whatever service it is spent on ("Older People\t58,210"
    // under "Budget £000"; "pressures in Adult Social Care (£4.8m)").
    if f.unit == Unit::CurrencyGbp {
        category = v.category_index("finance");
    }

    let period = own_period(a, slots, i, periods)
        .or_else(|| running.period.clone())
        .or_else(|| parents_period(a, sentence.block))
        .or_else(|| a.item_periods().get(block.item).cloned().flatten());

    let previous = slot.previous.map(|p| Previous {
        value: slots[p].figure.value,
        period: previous_period(a, slots, p, i, periods),
    });
    // "6,912, broadly in line with Quarter 1 (6,845)": told as no change, whatever
    // the small difference.
    let told_alike = slot.previous.filter(|&p| p > i).is_some_and(|p| {
        let gap = f.range.end..slots[p].figure.range.start.max(f.range.end);
        ALIKE.is_match(&a.norm.lower[gap])
    });
    let direction = match (&previous, slot.change) {
        (Some(_), _) if told_alike => Some(Direction::Flat),
        (Some(p), _) => Some(moved_from(p.value, f.value)),
        (None, Some(Movement::Way(d))) => Some(d),
        _ => {
            let polarity = judged_polarity(
                v.categories[category].polarity,
                &a.norm.lower[sentence.range.clone()],
            );
            let lone = slots.iter().filter(|s| s.alt_of.is_none()).count() == 1;
            // Not across a new subject: "alarmed at the fall in uptake and noted that
            // there had been 9 cases" does not say the cases fell.
            let own_subject = |start: usize| {
                NEW_SUBJECT
                    .find_iter(&a.norm.lower[start..f.range.start.max(start)])
                    .last()
                    .map_or(start, |m| start + m.end())
            };
            movement(
                a.norm,
                own_subject(clause.start)..clause.end,
                f.range.clone(),
                polarity,
            )
            // "X continued to improve, with 71% remaining ...": with one figure,
            // the sentence's movement is the figure's.
            .or_else(|| {
                // But "the fall was due to a shortage ...; 4.5 posts were vacant"
                // explains a movement told before: not this figure's.
                let explains = || EXPLAINS.is_match(&a.norm.lower[sentence.range.clone()]);
                lone.then(|| {
                    let from = own_subject(sentence.range.start);
                    // "... were old and that breakdowns were a growing pressure": a
                    // second thing reported moves nothing of the first.
                    let to = AND_THAT
                        .find(&a.norm.lower.as_bytes()[f.range.end..sentence.range.end])
                        .map_or(sentence.range.end, |k| f.range.end + k);
                    movement(a.norm, from..to, f.range.clone(), polarity)
                })
                .flatten()
                .filter(|_| !explains())
            })
            .or_else(|| lead_in_movement(a, si, polarity))
        }
    };
    let role = if slot.change.is_some() {
        Role::Change
    } else {
        Role::Actual
    };
    // "The rate of children in care fell to 62.6": such rates are per 10,000 children.
    // ("298 per 100,000" names its own base.)
    let unit = if matches!(f.unit, Unit::Number | Unit::Count)
        // A figure's few bytes: a window compare, not a substring searcher built per call.
        && !a.norm.lower.as_bytes()[f.range.clone()].windows(4).any(|w| w == b"per ")
        && v.categories[category].rate_per_10k
        && names_this_rate(&a.norm.lower[sentence.range.start..f.range.start])
    {
        Unit::RatePer10k
    } else {
        f.unit
    };
    Indicator {
        metric: metric(a, &ctx, f, category),
        category: v.categories[category].key,
        value: f.value,
        unit,
        alt_values: slot.alts.clone(),
        role,
        period,
        previous,
        comparisons: Vec::new(),
        direction,
        assessment: None,
        span: a.span(sentence.range.clone()),
        value_span: a.span(f.range.clone()),
    }
}

/// The last sentence of the question a block answers: the block opens "A:" or
/// "Answer:" and the one before it, in the same item, "Q:" or "Question:".
fn question_answered(a: &Analysis, block: usize) -> Option<usize> {
    let opens = |b: usize, words: &[&str]| {
        let t = &a.norm.lower[a.seg.blocks[b].range.clone()];
        words.iter().any(|w| t.starts_with(w))
    };
    let before = block.checked_sub(1)?;
    let same_item = a.seg.blocks[before].item == a.seg.blocks[block].item;
    // "Q2. Councillor Ashby: What proportion ...?" numbers its question.
    let numbered_question = || {
        let t = &a.norm.lower[a.seg.blocks[before].range.clone()];
        ["question", "q"].iter().any(|q| {
            t.strip_prefix(q).is_some_and(|r| {
                r.trim_start()
                    .trim_start_matches(|c: char| c.is_ascii_digit())
                    .starts_with(['.', ':', ')'])
            })
        })
    };
    (same_item && opens(block, &["a:", "a.", "answer:", "response:"]) && numbered_question())
        .then(|| a.seg.blocks[before].sentences.end.checked_sub(1))
        .flatten()
}

/// Ranges of the blocks this one hangs from, nearest first.
fn parent_ranges(seg: &Segments, block: usize) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut at = seg.blocks[block].parent;
    while let Some(p) = at {
        if out.len() > 4 {
            break;
        }
        out.push(seg.blocks[p].range.clone());
        at = seg.blocks[p].parent;
    }
    out
}

fn parents_period(a: &Analysis, block: usize) -> Option<String> {
    let mut at = a.seg.blocks[block].parent;
    let mut hops = 0;
    while let Some(p) = at {
        if let Some(period) = block_period(a, p) {
            return Some(period);
        }
        hops += 1;
        if hops > 4 {
            break;
        }
        at = a.seg.blocks[p].parent;
    }
    None
}

/// Words before "to improve" (or "to reduce", "to increase") that make it a hope or a
/// plan, not a movement ("continued to improve" is one).
const HOPE_TO: &[&str] = &[
    "need to",
    "needs to",
    "needed to",
    "required to",
    "work to",
    "plan to",
    "plans to",
    "aim to",
    "aims to",
    "in order to",
    "efforts to",
    "ways to",
    "how to",
    "action to",
    "actions to",
    "seeking to",
    "trying to",
    "expected to",
    "intended to",
    "want to",
    "taken to",
    "steps to",
    "measures to",
];

/// Whether an "improve" word between `before` and `after` is a hope or a piece of work
/// ("scope for improvement", "work to improve", "an improvement plan"), not a movement.
fn is_hope(before: &str, after: &str) -> bool {
    let before = before.trim_end();
    let after = after.trim_start();
    before.ends_with(" for")
        || HOPE_TO.iter().any(|w| before.ends_with(w))
        || ["plan", "board", "programme", "notice", "journey", "work"]
            .iter()
            .any(|w| after.starts_with(w))
}

/// Whether a movement word at `at` lies in a bracket that an earlier figure opened and
/// that closes before the figure at `fig`: "289 children in care (up from 281) and 164
/// care leavers" says nothing of the care leavers.
fn in_an_earlier_figures_bracket(clause: &str, at: usize, fig: usize) -> bool {
    if fig <= at {
        return false;
    }
    let Some(open) = clause[..at].rfind('(') else {
        return false;
    };
    let closes_before = clause[at..fig].contains(')');
    let opened_in = !clause[open..at].contains(')');
    closes_before && opened_in && clause[..open].bytes().any(|b| b.is_ascii_digit())
}

/// The direction the clause says the figure moved, from the nearest movement word.
fn movement(
    norm: &Normalized,
    clause: Range<usize>,
    fig: Range<usize>,
    polarity: Polarity,
) -> Option<Direction> {
    let lower = &norm.lower[clause.clone()];
    // Most clauses hold no movement word: one scan says so, where five would.
    if !ANY_MOVE.is_match(lower) {
        return None;
    }
    let mut best: Option<(usize, Direction)> = None;
    let mut consider = |re: &Regex, d: Option<Direction>, hope_words: bool| {
        let Some(d) = d else { return };
        for m in re.find_iter(lower) {
            // A capital inside the clause is a name: "the Service Improvement Plan".
            if m.start() > 0 && norm.text.as_bytes()[clause.start + m.start()].is_ascii_uppercase()
            {
                continue;
            }
            if hope_words && is_hope(&lower[..m.start()], &lower[m.end()..]) {
                continue;
            }
            // "a dip sample of 40 cases" is an audit, not a fall; "a reduced timetable"
            // is a kind of school day; "the risk was reduced or removed in 91% of
            // cases" is the outcome measured.
            let next = lower[m.end()..].trim_start_matches([' ', '-']);
            if m.as_str() == "dip" && next.starts_with("sampl")
                || m.as_str() == "reduced"
                    && ["timetable", "hours", "or removed"]
                        .iter()
                        .any(|w| next.starts_with(w))
            {
                continue;
            }
            if in_an_earlier_figures_bracket(
                lower,
                m.start(),
                fig.start.saturating_sub(clause.start),
            ) {
                continue;
            }
            let r = clause.start + m.start()..clause.start + m.end();
            let dist = distance(&r, &fig);
            if best.is_none_or(|(b, _)| dist < b) {
                best = Some((dist, d));
            }
        }
    };
    // "the actions being taken to reduce it", "plans to increase capacity": an aim.
    consider(&UP, Some(Direction::Up), true);
    consider(&DOWN, Some(Direction::Down), true);
    consider(&FLAT, Some(Direction::Flat), false);
    let better = better_way(polarity);
    let worse = better.map(|d| {
        if d == Direction::Up {
            Direction::Down
        } else {
            Direction::Up
        }
    });
    consider(&BETTER_MOVE, better, true);
    consider(&WORSE_MOVE, worse, false);
    best.map(|(_, d)| d)
}

/// "Dental checks showed an improving picture. During October, 100% ...": a short
/// lead-in sentence with no figures of its own speaks for the figures after it.
fn lead_in_movement(a: &Analysis, si: usize, polarity: Polarity) -> Option<Direction> {
    let sentence = &a.seg.sentences[si];
    let block = &a.seg.blocks[sentence.block];
    if si <= block.sentences.start {
        return None;
    }
    let lead_in = a.seg.sentences[si - 1].range.clone();
    let has_figures = a.norm.text.as_bytes()[lead_in.clone()]
        .iter()
        .any(u8::is_ascii_digit);
    if lead_in.len() > 120 || has_figures {
        return None;
    }
    let at = lead_in.end..lead_in.end;
    movement(a.norm, lead_in.clone(), at, polarity)
        // "The fall was mainly due to the dry summer." explains what came before.
        .filter(|_| {
            let lower = &a.norm.lower[lead_in];
            !EXPLAINS.is_match(lower) && !DISCUSSES.is_match(lower)
        })
}

/// Words that give the cause of a movement told before.
static EXPLAINS: LazyLock<Pattern> = LazyLock::new(|| {
    crate::pattern::compile(
        r"\b(?:due to|because|as a result|caused by|owing to|reflect(?:s|ed|ing)?)\b",
    )
});

/// Words of members' discussion ("Members raised concerns about the rise in
/// caseloads"): with [`EXPLAINS`], what makes a sentence no lead-in to the figures
/// after it.
static DISCUSSES: LazyLock<Pattern> = LazyLock::new(|| {
    crate::pattern::compile(
        r"\b(?:raised|asked|queried|questioned|commented|expressed|members|councillors|pleased|welcomed|thanked)\b",
    )
});

/// A topic's polarity, or where it has none and the sentence calls a move better or
/// worse, the polarity its measure's own words tell: "The average time to process
/// claims was 19 days, an improvement of 4 days" (a time is better shorter).
fn judged_polarity(topic: Polarity, sentence: &str) -> Polarity {
    if topic == Polarity::Neutral
        && (BETTER_MOVE.is_match(sentence) || WORSE_MOVE.is_match(sentence))
    {
        crate::vocab::measure_polarity(sentence)
    } else {
        topic
    }
}

/// A topic's polarity, or where it has none, the one the words of its measure tell
/// (lowercase words: a sentence, or a measure's name).
fn polarity_by_words(topic: Polarity, words: &str) -> Polarity {
    if topic == Polarity::Neutral {
        crate::vocab::measure_polarity(words)
    } else {
        topic
    }
}

/// The direction that is better for a measure of this polarity, if it says.
fn better_way(polarity: Polarity) -> Option<Direction> {
    match polarity {
        Polarity::HigherBetter => Some(Direction::Up),
        Polarity::LowerBetter => Some(Direction::Down),
        Polarity::Neutral => None,
    }
}

/// The way a measure goes when it gets worse, by its polarity.
fn worse_way(polarity: Polarity) -> Option<Direction> {
    match polarity {
        Polarity::HigherBetter => Some(Direction::Down),
        Polarity::LowerBetter => Some(Direction::Up),
        Polarity::Neutral => None,
    }
}

/// Better or worse, from the direction or the first comparison, by polarity.
fn assess(ind: &Indicator) -> Option<Assessment> {
    let v = &*VOCAB;
    let polarity = v.categories[v.category_index(ind.category)].polarity;
    let higher_is_better = match polarity {
        Polarity::HigherBetter => true,
        Polarity::LowerBetter => false,
        Polarity::Neutral => return None,
    };
    if ind.role == Role::Target || ind.role == Role::Benchmark {
        return None;
    }
    let went_up = match ind.direction {
        Some(Direction::Up) => Some(true),
        Some(Direction::Down) => Some(false),
        _ => ind
            .comparisons
            .first()
            .and_then(|c| (c.value != ind.value).then_some(ind.value > c.value)),
    }?;
    Some(if went_up == higher_is_better {
        Assessment::Better
    } else {
        Assessment::Worse
    })
}

/// A short name for what the figure measures, from the words around it.
fn metric(a: &Analysis, ctx: &Context, f: &Figure, category: usize) -> String {
    let text = &a.norm.text;
    let after = &text[f.range.end..ctx.sentence.end];
    let tidy = |s: &str| -> Option<String> {
        let s = s.trim();
        let s = &s[speaker_lead_end(s)..];
        let s = METRIC_LEAD.replace(s.trim(), "");
        // Read from a space, so that a name of tail words alone ("were") is no name.
        let s = format!(" {}", s.trim().trim_end_matches(['.', '!', '?']));
        // "cases of measles since October": since when is no part of what is measured.
        let s = s.find(" since ").map_or(s.as_str(), |k| &s[..k]);
        let s = METRIC_TAIL.replace(s, "");
        let mut words: Vec<&str> = s.split_whitespace().take(11).collect();
        if words.len() > 10 {
            words.truncate(10);
            // A list cut short ("in reading, writing") ends the name where it began.
            if let Some(comma) = words.iter().rposition(|w| w.ends_with(',')) {
                words.truncate(comma + 1);
                words[comma] = words[comma].trim_end_matches(',');
            }
        }
        let lone_stopword = words.len() == 1
            && matches!(
                words[0].to_ascii_lowercase().trim_end_matches(','),
                "with" | "however" | "which" | "this" | "that" | "also" | "while" | "only"
            );
        let cut_short = words.len() == 10;
        (!lone_stopword && (words.len() >= 2 || words.first().is_some_and(|w| w.len() > 3)))
            .then(|| words.join(" "))
            // ("care leavers aged 19 to 21 who were" cut short leaves its verb.)
            .map(|m| match cut_short {
                true => {
                    let mut m = METRIC_TAIL.replace(&format!(" {m}"), "").trim().to_string();
                    while let Some((rest, _)) = m.rsplit_once(' ').filter(|(_, last)| {
                        matches!(*last, "and" | "or" | "for" | "on" | "of" | "between")
                    }) {
                        m.truncate(rest.len());
                    }
                    m
                }
                false => m,
            })
            .filter(|m| !m.is_empty())
    };
    let next_word = after
        .split_whitespace()
        .next()
        .unwrap_or("")
        .to_ascii_lowercase();
    let count_before_words = f.unit == Unit::Count && after.starts_with(' ');
    let counted = count_before_words
        && (VOCAB.counted.contains(next_word.as_str())
            || VOCAB.adjectives.contains(next_word.as_str())
            || after[1..].starts_with(char::is_uppercase));
    // Any other noun phrase that made the figure a count names it when it is more than
    // a lone noun: "2,176 safeguarding concerns had been received" (where the words
    // before say only who reported it), but not "every 5 practitioners".
    let named_after = count_before_words
        && !counted
        && crate::figures::counted_noun_follows(
            &a.norm.lower[f.range.end..ctx.sentence.end],
            after,
            true,
        );
    let with_heading = |m: String| match &ctx.heading {
        // ("Fly-tipping incidents: fly-tipping incidents" says it twice.)
        Some(h)
            if m.split_whitespace().count() <= 2 && !text[h.clone()].eq_ignore_ascii_case(&m) =>
        {
            format!("{}: {m}", &text[h.clone()])
        }
        // "a rate of 41.9 per 10,000" says what kind of figure, not of what.
        _ if GENERIC_METRICS.contains(&m.to_ascii_lowercase().as_str())
            && category != VOCAB.other() =>
        {
            let label = VOCAB.categories[category].label;
            format!("{} ({m})", label.split(" (").next().unwrap_or(label))
        }
        _ => m,
    };
    // "Stage 1 ...: 68%. Stage 2 within 20 working days: 55%": a later sentence of the
    // block with a label of its own is named by it, not by the block's.
    // In a block with no heading, only where the figure ends its entry ("...: 87 in
    // October, against an ambition of 60"): in "KS4 results: 38% of the cohort
    // achieved ..." what follows names it better.
    let ends_entry = || {
        let rest = after.trim_start();
        rest.is_empty()
            || rest.starts_with(['.', ',', ';', '('])
            || ["in ", "at ", "against ", "vs ", "compared "]
                .iter()
                .any(|w| rest.starts_with(w))
    };
    // "First time entrants: 42 young people in the 12 months to September": a label
    // right before a count of people names it better than the people counted. (A
    // one-word label, "Kinship: 61 children live with connected carers", names less.)
    // Whether a label ending at `end` runs right up to the figure, past its colon or dash.
    let label_reaches_figure = |end: usize| {
        end <= f.range.start
            && text[end..f.range.start]
                .trim_start_matches(crate::segment::LABEL_MARKS)
                .is_empty()
    };
    let named_label = ctx
        .heading
        .clone()
        .filter(|h| label_reaches_figure(h.end) && text[h.clone()].split_whitespace().count() >= 2);
    if let Some(h) = named_label {
        // ("Drug-related deaths: 38 registered in 2025": a participle after the count
        // says what befell the things the label names.)
        let participle = next_word.len() > 4
            && next_word.ends_with("ed")
            && after[1..]
                .split_whitespace()
                .nth(1)
                .is_none_or(|w| ADVERBIAL_STARTS.contains(&w.to_ascii_lowercase().as_str()));
        if counted && PEOPLE.contains(&next_word.as_str()) || participle {
            return text[h].to_string();
        }
    }
    let own_label = match &ctx.heading {
        Some(h) => h.end < ctx.sentence.start,
        None => ends_entry(),
    };
    if own_label {
        let sentence = &text[ctx.sentence.clone()];
        // (A label ending after the figure holds it, and names nothing before it.)
        let label = crate::segment::label_end(sentence).filter(|&end| {
            label_reaches_figure(ctx.sentence.start + end)
                && !crate::segment::names_who_answers(&sentence[..end])
        });
        // ("Children in care: 287. Rate per 10,000: 61.2": a kind of figure is no name.)
        let kind_only = |m: &String| {
            let first = m.split_whitespace().next().unwrap_or("");
            GENERIC_METRICS.contains(&first.to_ascii_lowercase().as_str())
        };
        if let Some(m) = label
            .and_then(|end| tidy(&sentence[..end]))
            .filter(|m| !kind_only(m))
        {
            return m;
        }
        // "Proportion of people who use services who reported that they had as much
        // social contact as they would like: 42.8%": a label past a heading's reach
        // names its figure by its opening words (its "reported" reports no speaker).
        if label.is_none() {
            if let Some(m) = long_label(&text[ctx.sentence.start..f.range.start]) {
                return m;
            }
        }
    }
    // "Agency social workers made up 27% of the workforce": the share is of the
    // subject, not of the whole it is part of.
    let before_share = &text[ctx.clause.start..f.range.start];
    // ("Handovers over 60 minutes were 9.4% of arrivals": a share "of" a whole.)
    let lower_before = &a.norm.lower[ctx.clause.start..f.range.start];
    let share_verb = SHARE_VERB_BEFORE.find(lower_before).or_else(|| {
        (f.unit == Unit::Percent && after.starts_with(" of "))
            .then(|| COPULA_BEFORE.find(lower_before))
            .flatten()
    });
    if let Some(verb) = share_verb {
        let subject = tidy(up_to_cut(&before_share[..verb.start()])).filter(|m| !is_pronoun(m));
        if let Some(m) = subject {
            // ("UASC make up 64 of these": a whole told by a pronoun names nothing.)
            let whole = after
                .strip_prefix(" of ")
                .and_then(|w| tidy(up_to_cut(w)))
                .filter(|w| !is_pronoun(w));
            return with_heading(match whole {
                Some(w) => format!("{m} as a share of {w}"),
                None => m,
            });
        }
    }
    // "9,214 households on the register: Band A 312, Band B 1,204": a part listed after
    // the whole's colon is named by the whole and its own label.
    let sentence_before = &a.norm.lower[ctx.sentence.start..f.range.start];
    if f.unit == Unit::Count
        && crate::figures::listed_part(
            sentence_before,
            &a.norm.lower[f.range.end..ctx.sentence.end],
        )
    {
        let text_before = &text[ctx.sentence.start..f.range.start];
        let colon = sentence_before.rfind(": ").unwrap_or(0);
        let label_from = [", ", " and ", ": "]
            .iter()
            .filter_map(|sep| text_before.rfind(sep).map(|k| k + sep.len()))
            .max()
            .unwrap_or(0);
        let label = text_before[label_from..].trim();
        let whole = &text_before[..colon];
        let counted = whole
            .find(|c: char| c.is_ascii_digit())
            .map(|d| whole[d + 1..].trim_start_matches(|c: char| c.is_ascii_digit() || c == ','));
        if let Some(whole) = counted.and_then(|rest| tidy(up_to_cut(rest))) {
            return format!("{whole}: {label}");
        }
    }
    // "the 12% increase in demand for intermediate care beds": a change named by what
    // changed.
    let change_noun = CHANGE_NOUNS.contains(&next_word.as_str());
    if let Some(m) = change_noun
        .then(|| CHANGE_IN_AFTER.find(&a.norm.lower[f.range.end..ctx.sentence.end]))
        .flatten()
        .and_then(|m| tidy(up_to_cut(&after[m.end()..])))
    {
        return with_heading(m);
    }
    // "312 of these were in bed and breakfast": a part named by what is said of it.
    if let Some(rest) = after
        .strip_prefix(" of ")
        .and_then(|r| r.split_once(' ').filter(|(p, _)| PARTITIVE.contains(p)))
        .and_then(|(_, said)| PART_VERB.find(said).map(|verb| &said[verb.end()..]))
    {
        if let Some(m) = tidy(up_to_cut(rest)) {
            return with_heading(m);
        }
    }
    // "Average IRO caseload was 71 children at year end": the people are the unit of a
    // measure the subject names ("There were 71 children in care" has no subject).
    if counted && PEOPLE.contains(&next_word.as_str()) {
        let before = &text[ctx.clause.start..f.range.start];
        if let Some(m) = COPULA_BEFORE
            .find(&a.norm.lower[ctx.clause.start..f.range.start])
            .and_then(|c| tidy(&before[..c.start()]))
            .filter(|m| !m.contains(|c: char| c.is_ascii_digit()) && !is_pronoun(m))
        {
            // "Average caseloads were 17 children per worker in the assessment teams".
            let per = after[1..]
                .split_once(' ')
                .and_then(|(_, rest)| rest.starts_with("per ").then_some(rest))
                .and_then(|rest| tidy(up_to_cut(rest)));
            return with_heading(match per {
                Some(per) => format!("{m} {per}"),
                None => m,
            });
        }
    }
    if let Some(rest) =
        after
            .strip_prefix(" of ")
            .or(if counted { Some(&after[1..]) } else { None })
    {
        // "31% of the 30,360 eligible children": the whole's size is no part of its name.
        let rest = match rest
            .strip_prefix("the ")
            .map(|r| r.trim_start_matches(|c: char| c.is_ascii_digit() || c == ','))
        {
            Some(r) if r.len() + 4 < rest.len() && r.starts_with(' ') => r,
            _ => rest,
        };
        if let Some(m) = tidy(without_comparative(up_to_cut(rest).trim_end())) {
            return with_heading(people_and_what_they_were(&m, rest).unwrap_or(m));
        }
    }
    // "a £1.4m underspend on capital financing": a sum named by the noun after it.
    if f.unit == Unit::CurrencyGbp
        && after.starts_with(' ')
        && VOCAB.sums.contains(next_word.as_str())
    {
        if let Some(m) = tidy(up_to_cut(&after[1..])) {
            return with_heading(m);
        }
    }
    if named_after {
        // "19 approvals and 27 de-registrations": in a list of counts, a lone noun
        // names the count as it named the one before.
        let listed = LISTED_COUNT_BEFORE.is_match(&text[ctx.clause.start..f.range.start]);
        // ("..., creating 148 jobs": a verb alone before names less than the noun.)
        let verb_only = {
            let b = text[ctx.clause.start..f.range.start].trim();
            !b.contains(' ') && b.len() > 4 && b.ends_with("ing")
        };
        if let Some(m) =
            tidy(up_to_cut(&after[1..])).filter(|m| listed || verb_only || m.contains(' '))
        {
            return with_heading(m);
        }
        // "1,046 concerns (31%) led to a Section 42 enquiry": the noun and what is said
        // of it, past the share that restates the count.
        if let Some((noun, rest)) = after[1..].split_once(" (") {
            let said = rest.split_once(") ").map(|(_, said)| said);
            if let Some(m) = said
                .filter(|_| !noun.contains(' '))
                .and_then(|said| tidy(up_to_cut(said)))
                .filter(|m| m.contains(' '))
            {
                return with_heading(format!("{noun} {m}"));
            }
        }
    }
    let before = &text[ctx.clause.start..f.range.start];
    // A cell of a table row is named by the row's first cell, commas and all: "Care
    // leavers in education, employment or training<tab>55%".
    if before.ends_with('\t') {
        let row = &text[ctx.sentence.start..f.range.start];
        let label = row.split('\t').next().unwrap_or("").trim();
        // "Re-referrals (%)": a bracket that names only the unit is no part of it.
        let label = match label.rsplit_once(" (") {
            Some((name, unit))
                if matches!(
                    unit.trim_end_matches(')').to_ascii_lowercase().as_str(),
                    "%" | "number"
                        | "no."
                        | "no"
                        | "count"
                        | "rate"
                        | "rate per 10,000"
                        | "£"
                        | "£000"
                        | "£m"
                        | "days"
                ) =>
            {
                name
            }
            _ => label,
        };
        if let Some(m) = tidy(label) {
            return with_heading(m);
        }
    }
    // "Of the 32 indicators, 20 were on target, 8 were within tolerance": a part of the
    // set the sentence opens with is named by the set and what is said of the part.
    // ("The Head of Performance said that of the 48 indicators, ...": after who said it.)
    let opening = ctx.sentence.start + speaker_lead_end(&text[ctx.sentence.start..f.range.start]);
    if let Some(set) = SET_OPENING
        .captures(&a.norm.lower[opening..f.range.start])
        .and_then(|c| c.get(1))
    {
        let set = &text[opening + set.start()..opening + set.end()];
        // What is said of the part runs to the next part: "... within tolerance and 4".
        // "..., 6 amber and 4 red": the verb said once for the first part.
        // "20 were on target" -> "on target", but "90 had a dental check" keeps its verb.
        let rest = after.trim_start();
        // "£13.5m (74%) was forecast ...": the share restating the part says nothing of it.
        let rest = match rest.strip_prefix('(').and_then(|r| r.split_once(')')) {
            Some((_, r)) => r.trim_start(),
            None => rest,
        };
        let said = ["were ", "was ", "are ", "is "]
            .iter()
            .find_map(|verb| rest.strip_prefix(verb))
            .unwrap_or(rest);
        let said = up_to_cut(said);
        let next_part = NEXT_PART.find(said).map_or(said.len(), |m| m.start());
        let said = said[..next_part].trim().trim_end_matches(['.', '!', '?']);
        if !said.is_empty() {
            // "Of the 40 referrals, twelve were repeat referrals": named once is enough.
            let head = set.rsplit(' ').next().unwrap_or(set);
            let head = head.strip_suffix('s').unwrap_or(head);
            if said
                .to_ascii_lowercase()
                .contains(&head.to_ascii_lowercase())
            {
                return said.to_string();
            }
            return format!("{set} {said}");
        }
    }
    // "2,140 requests were received, of which 91% were answered in time": the share
    // is of the thing counted in the clause before.
    if PART_OF_BEFORE.is_match(before) {
        let earlier = &text[ctx.sentence.start..ctx.clause.start];
        // "1,284 households ... (up 9% on June 2025), of whom 311": an aside in brackets
        // is not what the part is of.
        let earlier = earlier.trim_end().trim_end_matches(',').trim_end();
        let earlier = match earlier.strip_suffix(')').and_then(|e| e.rfind('(')) {
            Some(open) => &earlier[..open],
            None => earlier,
        };
        let counted = earlier.rfind(|c: char| c.is_ascii_digit()).and_then(|d| {
            let rest =
                earlier[d + 1..].trim_start_matches(|c: char| c.is_ascii_digit() || c == ',');
            // "Savings of £4.1m had been built in, of which £2.7m were on track": a
            // figure followed by its verb was named before it ("Savings").
            let rest = ["m ", "bn ", "k ", "% "]
                .iter()
                .find_map(|scale| rest.strip_prefix(scale))
                .map_or(rest, |r| r);
            // "Agency spend was £7.3m, of which £5.1m was in ...": a figure ending its
            // clause was named before it, by the subject of its verb.
            let ends_clause = matches!(rest, "" | "m" | "bn" | "k" | "%");
            if ends_clause {
                let named = earlier[..d]
                    .trim_end_matches(|c: char| c.is_ascii_digit() || ".,£ ".contains(c));
                return COPULA_BEFORE
                    .find(&format!("{} ", named.to_ascii_lowercase()))
                    .and_then(|c| {
                        let subject = &named[..c.start()];
                        let from = METRIC_CUT.find_iter(subject).last().map_or(0, |m| m.end());
                        tidy(&subject[from..])
                    });
            }
            let verb_next = PART_VERB.is_match(rest.trim_start());
            if verb_next {
                let named = earlier[..d]
                    .trim_end_matches(|c: char| c.is_ascii_digit() || ".,£ ".contains(c));
                let named = named.strip_suffix(" of").unwrap_or(named);
                let from = METRIC_CUT.find_iter(named).last().map_or(0, |m| m.end());
                tidy(&named[from..])
            } else {
                tidy(up_to_cut(rest))
            }
        });
        let what = PART_VERB.replace(after.trim_start(), "");
        let what = up_to_cut(&what);
        // "concerned about damp and mould cases, of which there were 634 open": with no
        // figure before, the part is of the things last named.
        let counted = counted.or_else(|| {
            tidy(last_named(earlier)).filter(|_| before.to_ascii_lowercase().contains("there"))
        });
        if let Some(counted) = counted {
            let what = what.trim().trim_end_matches(['.', '!', '?']);
            return format!("{counted} {what}").trim().to_string();
        }
    }
    // The measure is what the figure before the bracket counts, else the clause's words.
    let counted_before = |named: &str| {
        let from = named
            .rfind(|c: char| c.is_ascii_digit())
            .map_or(0, |d| d + 1);
        // "4.6 million, down 3%": the scale is part of the figure, not what it counts.
        let rest = &named[from..];
        let rest = SCALE_WORDS
            .iter()
            .find_map(|scale| rest.strip_prefix(scale))
            .unwrap_or(rest);
        tidy(up_to_cut(rest))
    };
    // "ring-fenced 12 apprenticeships for care leavers but only 4 were filled": a
    // count set against the one before is of the same things, and what befell them.
    if let Some(set) = BUT_ONLY_BEFORE.find(&a.norm.lower[ctx.sentence.start..f.range.start]) {
        let earlier = &text[ctx.sentence.start..ctx.sentence.start + set.start()];
        let said = PART_VERB.replace(after.trim_start(), "");
        let said = up_to_cut(&said).trim().trim_end_matches(['.', '!', '?']);
        // (A count against a count: "95% ... but only 58%" shares are of wholes.)
        let last_count = earlier.rfind(|c: char| c.is_ascii_digit()).filter(|&d| {
            f.unit == Unit::Count && !earlier[d + 1..].trim_start().starts_with(['%', 'p'])
        });
        if let Some(noun) = last_count
            .and_then(|_| counted_before(earlier))
            .filter(|_| !said.is_empty() && !said.contains(|c: char| c.is_ascii_digit()))
        {
            return with_heading(format!("{noun} {said}"));
        }
    }
    // "There were 743 children electively home educated, up 18% on last year": a
    // change in a clause of its own is the change of the count before it.
    let change_clause = CHANGE_OPENINGS
        .iter()
        .any(|open| before.trim().eq_ignore_ascii_case(open))
        // "4,217, a 13% increase on January 2026": the change's noun after its figure.
        || matches!(before.trim(), "a" | "an") && CHANGE_NOUNS.contains(&next_word.as_str());
    if change_clause {
        let earlier = text[ctx.sentence.start..ctx.clause.start].trim_end();
        // "The number of households ... had risen to 1,284, an increase of 11%": the
        // count is named before it, when nothing names it after.
        // ("Pedestrian casualties 213 - up 8% on last year": or a spaced dash.)
        let earlier = earlier
            .strip_suffix(',')
            .or_else(|| earlier.strip_suffix(" -"));
        if let Some(m) = earlier.and_then(|e| {
            let last = e.rfind(|c: char| c.is_ascii_digit())?;
            let start = e[..last]
                .char_indices()
                .rev()
                .find(|&(_, c)| !(c.is_ascii_digit() || c == ',' || c == '.'))
                .map_or(0, |(k, c)| k + c.len_utf8());
            // With another figure before, the clause is too tangled to name from.
            if e[..start].contains(|c: char| c.is_ascii_digit()) {
                return None;
            }
            let rest = &e[last + 1..];
            let scaled = SCALE_WORDS
                .iter()
                .any(|scale| rest.eq_ignore_ascii_case(scale));
            if !scaled && rest.starts_with(' ') && rest[1..].starts_with(char::is_alphabetic) {
                counted_before(e)
            } else {
                tidy(up_to_cut(e[..start].trim_end_matches('£')))
            }
        }) {
            return with_heading(m);
        }
    }
    // "The Council was forecasting an overspend of £4.7m": the measure is the noun
    // the figure is "of", when one stands right before it.
    // ("New claims were processed in an average of 21 days": an average of what the
    // clause's subject, cut off by its verb, names.)
    let averaged_subject = || {
        let subject = up_to_cut(before);
        (subject.len() < before.len() && !subject.contains(|c: char| c.is_ascii_digit()))
            .then(|| tidy(subject))
            .flatten()
    };
    if let Some(m) = NOUN_OF_BEFORE
        .captures(before)
        .and_then(|c| c.get(1))
        .and_then(|m| match m.as_str() {
            "average" | "mean" | "median" => averaged_subject().or_else(|| tidy(m.as_str())),
            _ => tidy(m.as_str()),
        })
    {
        return with_heading(m);
    }
    let before = &before[speaker_lead_end(before)..];
    // "external placements (£2.4m) and home to school transport (£0.6m)": a figure in
    // brackets is named by the words right before the bracket.
    // But "a high percentage (97.5%) of reviews" is named after the bracket, and
    // "has increased by 6% since April (48.0% in December)" by neither.
    // "1,284 households (up 9% on last year)": a change in brackets is the named
    // measure's, too.
    let change_opening = ["up by", "down by", "up", "down"]
        .iter()
        .find_map(|open| before.trim_end().strip_suffix(open))
        .and_then(|b| b.strip_suffix('('));

    if let Some(m) = change_opening.and_then(counted_before) {
        return with_heading(m);
    }

    if let Some(named) = before.trim_end().strip_suffix('(') {
        if let Some(rest) = after.strip_prefix(") of ") {
            if let Some(m) = tidy(up_to_cut(rest)) {
                return with_heading(m);
            }
        }
        let from = METRIC_CUT.find_iter(named).last().map_or(0, |m| m.end());
        let first_word = named[from..]
            .split_whitespace()
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        // "... by 6% since April (48.0% in December)": a figure is no name either, nor
        // a movement ("Enquiries were up on last year (212 compared with 170)").
        let adverbial = ADVERBIAL_STARTS.contains(&first_word.as_str())
            || first_word.starts_with(|c: char| c.is_ascii_digit())
            || matches!(first_word.as_str(), "up" | "down" | "higher" | "lower");
        if let Some(m) = tidy(&named[from..]).filter(|_| !adverbial) {
            return with_heading(m);
        }
    }
    // "X fell from 92% (September) to 84%": the name ends where the figures begin.
    let before = up_to_cut(before);
    let refers = REFERS_BACK.is_match(before.trim_start())
        || before
            .trim_start()
            .to_ascii_lowercase()
            .starts_with("there");
    if let Some(m) = tidy(before).filter(|_| !refers) {
        return with_heading(m);
    }
    // "the waiting list for OT assessments, which stood at 487": a relative clause's
    // figure is of the things named right before it.
    if RELATIVE_OPENING.is_match(before.trim_start()) {
        let earlier = text[ctx.sentence.start..ctx.clause.start].trim_end();
        if let Some(m) = earlier.strip_suffix(',').and_then(|e| tidy(last_named(e))) {
            return with_heading(m);
        }
    }
    // "Of the 46 actions, 31 were complete": with no topic known, named by what follows.
    if let Some(m) = PART_VERB
        .find(after.trim_start())
        .filter(|_| category == VOCAB.other())
        .and_then(|m| tidy(up_to_cut(&after.trim_start()[m.end()..])))
    {
        return with_heading(m);
    }
    // "the average wait was 4 minutes ...; in August it reached 7 minutes": "it" is the
    // measure named before the sentence's first figure.
    let subject = METRIC_LEAD.replace(before.trim(), "");
    let subject = subject.split_whitespace().next().unwrap_or("");
    if matches!(subject, "it" | "It" | "this" | "This") {
        let earlier = &text[ctx.sentence.start..ctx.clause.start];
        // (The first figure: the 2 of "MMR2" is part of a name.)
        let first_figure = earlier.char_indices().find(|&(k, c)| {
            c.is_ascii_digit()
                && !earlier[..k]
                    .chars()
                    .next_back()
                    .is_some_and(char::is_alphanumeric)
        });
        if let Some(m) = first_figure
            .map(|(d, _)| up_to_cut(earlier[..d].trim_end_matches(['£', ' '])))
            .filter(|named| named.split_whitespace().count() <= 8)
            .and_then(tidy)
        {
            return with_heading(m);
        }
    }
    if let Some(h) = &ctx.heading {
        return text[h.clone()].to_string();
    }
    // "and 81% said they felt safe": with no topic known, what is said of the figure
    // tells the reader more than "Anything else" (but "81% by the end of the year" does
    // not).
    // An entry opening on its figure ("o 27 were placed with parents") is named by what
    // it says they were, whatever the topic.
    let opens_entry = text[ctx.sentence.start..f.range.start].trim().is_empty();
    let said = after.trim_start();
    let said = match said.strip_prefix('(').and_then(|r| r.split_once(')')) {
        Some((_, rest)) if opens_entry => rest.trim_start(),
        _ => said,
    };
    let verb = PART_VERB.find(said);
    let said_of_entry = opens_entry && verb.is_some();
    let said = verb.map_or(said, |m| &said[m.end()..]);
    let first_word = said.split_whitespace().next().unwrap_or("");
    if let Some(m) = tidy(up_to_cut(said)).filter(|m| {
        (category == VOCAB.other() || said_of_entry)
            && m.split_whitespace().count() >= 2
            // ("81% by the end of the year" says only when; "were in foster care" is
            // left to the topic's name, which says who.)
            && !ADVERBIAL_STARTS.contains(&first_word.to_ascii_lowercase().as_str())
    }) {
        return m;
    }
    // "There were 19 fatalities": with no topic known, the lone noun counted says more
    // than "Anything else".
    if category == VOCAB.other() && (named_after || counted) {
        let noun = next_word.trim_end_matches(|c: char| !c.is_alphanumeric());
        if noun.len() > 3 && noun.bytes().all(|b| b.is_ascii_alphabetic() || b == b'-') {
            return with_heading(after[1..1 + noun.len()].to_string());
        }
    }
    let v = &*VOCAB;
    v.categories[category].label.to_string()
}

#[cfg(test)]
mod tests {
    use super::clause_breaks;
    use crate::analyse;
    use crate::figures::Unit;
    use crate::report::{Comparison, ComparisonKind, Direction, Indicator, Role};

    /// An indicator's earlier value, if it has one.
    fn previous_value(i: &Indicator) -> Option<f64> {
        i.previous.as_ref().map(|p| p.value)
    }

    /// An indicator's comparisons as (kind, value) pairs.
    fn comparisons(i: &Indicator) -> Vec<(ComparisonKind, f64)> {
        i.comparisons.iter().map(|c| (c.kind, c.value)).collect()
    }

    /// Each indicator found in `t` as its name and value.
    fn names_and_values(t: &str) -> Vec<(String, f64)> {
        analyse(t)
            .indicators
            .into_iter()
            .map(|i| (i.metric, i.value))
            .collect()
    }

    /// The comparisons of the first indicator found in `t`.
    fn first_comparisons(t: &str) -> Vec<(ComparisonKind, f64)> {
        let r = analyse(t);
        r.indicators.first().map_or_else(Vec::new, comparisons)
    }

    #[test]
    fn a_document_read_in_pieces_gives_what_it_gives_read_whole() {
        // Each block carries its period and its last measure to the next sentence
        // ("... The rate had been 31% in 2023/24"), never to the next block, so pieces
        // cut between blocks read the same as the whole.
        let block = "Dental checks: at the end of March 83.3% of children in care had an up \
                     to date dental check. This was better than the statistical neighbour \
                     average of 75%. Health assessments: 91% were on time.\n\n";
        let text = block.repeat(60);
        let norm = crate::normalize::Normalized::new(&text);
        let seg = crate::segment::segment(&norm.text);
        let a = crate::Analysis::new(&norm, &seg);
        let pieces = super::pieces(&seg, 1000);
        assert!(pieces.len() > 5, "{} pieces", pieces.len());
        for p in &pieces {
            let first = &seg.sentences[p.start];
            assert!(p.start == 0 || seg.sentences[p.start - 1].block != first.block);
        }
        let starts = crate::figures::FigureStarts::new(&norm.lower);
        let whole = super::extract_piece(&a, &starts, 0..seg.sentences.len());
        let by_pieces = super::extract(&a);
        assert_eq!(whole.len(), 60 * 2);
        assert!(whole.iter().all(|i| i.value != 75.0));
        let json = |v: &[Indicator]| -> Vec<String> {
            v.iter()
                .map(|i| serde_json::to_string(i).unwrap())
                .collect()
        };
        let (whole, by_pieces) = (json(&whole), json(&by_pieces));
        let differ = whole.iter().zip(&by_pieces).position(|(w, p)| w != p);
        assert_eq!(differ, None, "first difference at indicator {differ:?}");
        assert_eq!(whole.len(), by_pieces.len());
    }

    #[test]
    fn clause_breaks_are_those_of_the_byte_walk() {
        // The byte-by-byte walk the scan replaced.
        fn walked(s: &str) -> Vec<std::ops::Range<usize>> {
            let b = s.as_bytes();
            let space = |i: usize| b.get(i).is_some_and(|&c| crate::pattern::is_space(c));
            let (mut i, mut out) = (0, Vec::new());
            while i < b.len() {
                let at = i;
                i += 1;
                match b[at] {
                    b';' | b':' => out.push(at..at + 1),
                    b',' if at + 1 == b.len() => out.push(at..at + 1),
                    b',' if space(at + 1) => {
                        i = at + 2;
                        out.push(at..at + 2);
                    }
                    _ if space(at) && b.get(at + 1) == Some(&b'-') && space(at + 2) => {
                        i = at + 3;
                        out.push(at..at + 3);
                    }
                    _ => {}
                }
            }
            out
        }
        // Every string of up to seven of these signs, and each after a run of words.
        let signs = [";", ":", ",", "-", " ", "a", "\t"];
        let mut strings = vec![String::new()];
        for _ in 0..7 {
            let longer: Vec<String> = strings
                .iter()
                .flat_map(|s| signs.iter().map(move |c| format!("{s}{c}")))
                .collect();
            for s in &longer {
                for t in [s.clone(), format!("in care twelve months{s}")] {
                    assert_eq!(clause_breaks(&t).collect::<Vec<_>>(), walked(&t), "{t:?}");
                }
            }
            strings = longer;
        }
    }

    #[test]
    fn clause_breaks_skip_commas_inside_numbers() {
        let s = "Of 10,000 children, 5% - fewer than before; the rest: none,";
        let breaks: Vec<&str> = clause_breaks(s).map(|r| &s[r]).collect();
        assert_eq!(breaks, [", ", " - ", ";", ":", ","]);
    }

    #[test]
    fn a_minute_number_before_a_title_is_not_a_figure() {
        let r = analyse("145   Quarter 1 Performance and Budget Monitoring 2025/26\n\nThe report showed 31 children placed out of area.");
        let values: Vec<f64> = r.indicators.iter().map(|i| i.value).collect();
        assert_eq!(values, [31.0]);
    }

    #[test]
    fn a_plural_noun_after_one_describing_word_makes_a_count() {
        let r = analyse("Adult safeguarding: 1,021 safeguarding concerns were received. Average time to re-let council homes was 38 days.");
        let found: Vec<(f64, &str)> = r.indicators.iter().map(|i| (i.value, i.category)).collect();
        assert_eq!(found, [(1021.0, "adult_social_care"), (38.0, "housing")]);
        // A linking word is not a describing one: "5 in the last quarter" counts nothing.
        assert!(analyse("Officers had met 5 in the last two weeks.")
            .indicators
            .is_empty());
    }

    #[test]
    fn a_count_is_named_by_the_noun_phrase_after_it() {
        let r = analyse(
            "The Independent Chair reported that 2,176 safeguarding concerns had been received.",
        );
        assert_eq!(
            r.indicators[0].metric,
            "safeguarding concerns had been received"
        );
        // A participle of what was counted is no speaker's verb; people counted are the
        // unit of what the subject names.
        for (t, name) in [
            (
                "Cllr Evans reported 14 potholes on Mill Lane reported to the County Council.",
                "potholes on Mill Lane reported to the County Council",
            ),
            ("Average IRO caseload was 71 children at year end.", "Average IRO caseload"),
            (
                "Average caseloads were 17 children per worker in the assessment teams and 14 in the long-term teams.",
                "Average caseloads per worker in the assessment teams",
            ),
            (
                "There were 71 children at year end, and 64 of them were in foster care.",
                "children at year end",
            ),
        ] {
            assert_eq!(named_at(t, 0), name, "{t}");
        }
        // A lone noun names less than the words before it.
        let r = analyse("Each team had a practice supervisor for every 5 practitioners.");
        assert_eq!(
            r.indicators[0].metric,
            "Each team had a practice supervisor for every"
        );
        // A part of a sum is named by the sum's noun, written before it.
        let r = analyse(
            "Savings of £4.1m had been built into the budget, of which £2.7m (66%) were on track.",
        );
        assert_eq!(r.indicators[1].metric, "Savings");
    }

    #[test]
    fn a_level_is_found_by_its_verb_its_change_or_its_clause() {
        let r =
            analyse("Home care hours commissioned per week averaged 21,400, up 6% on last year.");
        assert_eq!(r.indicators[0].value, 21400.0);
        assert_eq!(
            r.indicators[0].metric,
            "Home care hours commissioned per week"
        );
        assert_eq!(r.indicators[0].direction, Some(Direction::Up));
        let r = analyse(
            "Members asked about the backlog of applications; 486 were awaiting assessment.",
        );
        let values: Vec<f64> = r.indicators.iter().map(|i| i.value).collect();
        assert_eq!(values, [486.0]);
    }

    #[test]
    fn a_clause_opening_on_its_figure_after_and_keeps_the_measure_before_it() {
        let r = analyse("The Fund returned 2.1% for the quarter against the benchmark of 2.4%, and 7.9% over three years (benchmark 7.2%).");
        let named: Vec<(f64, &str)> = r
            .indicators
            .iter()
            .map(|i| (i.value, i.metric.as_str()))
            .collect();
        assert_eq!(named, [(2.1, "Fund returned"), (7.9, "Fund returned")]);
        let r = analyse("Surplus places in primary schools stood at 11 per cent overall, rising to 19 per cent in the town centre.");
        assert_eq!(r.indicators[1].metric, "Surplus places in primary schools");
        // A clause naming its own figure keeps its own name.
        let r =
            analyse("The Fund returned 2.1% for the quarter, and 64% of members used the portal.");
        assert_eq!(r.indicators[1].metric, "members used the portal");
        // So does one saying what its figure is after it, past a share in brackets.
        let r = analyse("Safeguarding: there were 1,246 safeguarding concerns in the quarter, and 318 (25.5%) led to a Section 42 enquiry.");
        assert_ne!(r.indicators[1].metric, r.indicators[0].metric);
    }

    #[test]
    fn a_level_improving_from_an_earlier_one_has_it_as_its_previous_value() {
        let r = analyse("Staff vacancy rate: 12.2%, improving from 14.0% in April.");
        assert_eq!(r.indicators.len(), 1, "{:?}", r.indicators);
        assert_eq!(previous_value(&r.indicators[0]), Some(14.0));
        let r = analyse("New claims were processed in an average of 21 days, an improvement on the 27 days reported at Q1.");
        assert_eq!(r.indicators.len(), 1, "{:?}", r.indicators);
        assert_eq!(previous_value(&r.indicators[0]), Some(27.0));
        // An average is of what the clause's subject names.
        assert_eq!(r.indicators[0].metric, "New claims");
    }

    #[test]
    fn a_label_ending_after_the_figure_it_holds_names_nothing() {
        // Found by `cargo fuzz`: the label ran past its own figure and sliced backwards.
        let r = analyse("T better than 2 days,: 2");
        assert!(r.indicators.iter().all(|i| i.value_span.end <= 24));
    }

    #[test]
    fn a_label_right_before_a_count_of_people_names_it() {
        let r = analyse(
            "First time entrants: 42 young people in the 12 months to September, down from 58.",
        );
        assert_eq!(r.indicators[0].metric, "First time entrants");
        // A one-word label names less than what the people did.
        let r = analyse("Kinship: 61 children live with connected carers.");
        assert_eq!(
            r.indicators[0].metric,
            "children live with connected carers"
        );
    }

    #[test]
    fn people_named_alone_are_named_with_what_they_were() {
        let named = |t: &str| analyse(t).indicators[0].metric.clone();
        assert_eq!(
            named("297 children were subject to a child protection plan at the end of September."),
            "children subject to a child protection plan"
        );
        assert_eq!(
            named("Seventy-four per cent of children were placed within the local authority boundary."),
            "children placed within the local authority boundary"
        );
        assert_eq!(
            named("There were 31 children placed more than 20 miles from home."),
            "children placed"
        );
    }

    #[test]
    fn an_entry_opening_on_its_figure_is_named_by_what_it_says_they_were() {
        let r = analyse("There were 515 children looked after. Of these:\no 318 (62%) were in foster care, including 96 with connected carers\no 27 were placed with parents\n");
        let named: Vec<&str> = r.indicators.iter().map(|i| i.metric.as_str()).collect();
        assert_eq!(named[2], "placed with parents");
    }

    #[test]
    fn a_change_after_a_count_in_millions_is_named_by_the_count() {
        let r = analyse(
            "The number of concessionary journeys was 4.6 million, down 3 per cent on last year.",
        );
        let named: Vec<&str> = r.indicators.iter().map(|i| i.metric.as_str()).collect();
        assert_eq!(named, ["number of concessionary journeys"; 2]);
    }

    #[test]
    fn a_level_reached_or_left_is_read_with_its_movement() {
        let r = analyse("Homelessness acceptances had risen to 214 in the quarter.");
        assert_eq!(r.indicators.len(), 1);
        assert_eq!(r.indicators[0].value, 214.0);
        assert_eq!(r.indicators[0].direction, Some(Direction::Up));
        // The earlier value after "down from" takes the level's unit.
        let r = analyse("Delayed transfers of care averaged 23 per day, down from 31.");
        assert_eq!(r.indicators.len(), 1);
        assert_eq!(previous_value(&r.indicators[0]), Some(31.0));
        // So does a count after "to ... from".
        let r = analyse("Commissioned home care hours had risen to 21,300 a week from 19,850 at the start of the year.");
        assert_eq!(r.indicators.len(), 1, "{:?}", r.indicators);
        assert_eq!(previous_value(&r.indicators[0]), Some(19850.0));
        assert_eq!(r.indicators[0].direction, Some(Direction::Up));
        // A part of a count just given is a count of its own.
        let r = analyse("The number of households in temporary accommodation was 1,146, of which 302 were in bed and breakfast.");
        let values: Vec<f64> = r.indicators.iter().map(|i| i.value).collect();
        assert_eq!(values, [1146.0, 302.0]);
        // A part of things named with no figure: counted, and named by them.
        let r = analyse("Cllr Ahmed was concerned about damp and mould cases, of which there were 634 open, and asked for a breakdown by ward.");
        assert_eq!(r.indicators.len(), 1);
        assert_eq!(r.indicators[0].value, 634.0);
        assert_eq!(r.indicators[0].metric, "damp and mould cases open");
        let r = analyse("There were 1,284 households in temporary accommodation, and 312 of these were in bed and breakfast.");
        assert_eq!(r.indicators[1].metric, "households in bed and breakfast");
        // A relative clause's figure is of what was named before it.
        let r = analyse("Members raised concerns about the waiting list for occupational therapy assessments, which stood at 487.");
        assert_eq!(
            r.indicators[0].metric,
            "waiting list for occupational therapy assessments"
        );
        // A plan in brackets is the bar a figure is held to, whatever its unit.
        for t in [
            "Discharge to usual place of residence: 93.1% (plan 92.5%) - on track.",
            "Residential admissions 65+: 598 per 100,000 (plan 620) - on track.",
        ] {
            let r = analyse(t);
            assert_eq!(r.indicators.len(), 1, "{t}");
            assert_eq!(
                r.indicators[0].comparisons[0].kind,
                ComparisonKind::Target,
                "{t}"
            );
            assert_eq!(r.indicators[0].category, "adult_social_care", "{t}");
        }
        let r = analyse("Health and Wellbeing Board\n\nAvoidable admissions: 178.3 per 100,000 against a plan of 170.0.");
        assert_eq!(r.indicators[0].category, "health_services");
        let r = analyse(
            "The Board noted the 12% increase in demand for intermediate care beds since April.",
        );
        assert_eq!(r.indicators[0].metric, "demand for intermediate care beds");
        // An earlier level in brackets after "lower than last quarter" is the earlier
        // value of the level just given (here of its share).
        let r = analyse("Of the 214 care leavers, 156 were in touch with the service (73%), which is lower than last quarter (79%).");
        let i = r.indicators.iter().find(|i| i.value == 156.0).unwrap();
        assert_eq!(previous_value(i), Some(79.0));
        assert_eq!(i.direction, Some(Direction::Down));
        assert!(r.indicators.iter().all(|i| i.value != 79.0));
        // "compared with 331 episodes in the previous quarter": the level's own noun
        // before the earlier time keeps it the earlier value.
        let r = analyse("There were 287 missing episodes in the quarter, compared with 331 episodes in the previous quarter.");
        assert_eq!(r.indicators.len(), 1);
        assert_eq!(previous_value(&r.indicators[0]), Some(331.0));
        // Plans "maintained by the authority" are kept up, not held level.
        let r = analyse("The number of EHCPs maintained by the authority was 4,217.");
        assert_eq!(r.indicators[0].direction, None);
        let r = analyse("Performance had been maintained at 96%.");
        assert_eq!(r.indicators[0].direction, Some(Direction::Flat));
        let r = analyse("The number of children in care had stabilised at 371.");
        assert_eq!(r.indicators[0].direction, Some(Direction::Flat));
        // "Taken up by" is no movement.
        let r =
            analyse("The exemption had been taken up by 102 care leavers, up from 64 last year.");
        assert_eq!(r.indicators.len(), 1);
        assert_eq!(
            (r.indicators[0].role, previous_value(&r.indicators[0])),
            (Role::Actual, Some(64.0))
        );
        // A sum is named by the noun after it; a total opening the sentence is the
        // part's whole, neither a figure of its own nor the part's target.
        let r = analyse("These were partly offset by a £1.4m underspend on capital financing.");
        assert_eq!(r.indicators[0].metric, "underspend on capital financing");
        let r = analyse("Of the £18.2m savings target, £13.5m (74%) was forecast to be achieved.");
        assert_eq!(r.indicators.len(), 1);
        let i = &r.indicators[0];
        assert_eq!((i.value, i.role), (13.5e6, Role::Actual));
        assert_eq!(i.metric, "savings target forecast to be achieved");
        // So is one for a year, after a label.
        for t in [
            "Savings: of the £22.4m savings target for 2026/27, £15.9m (71%) is forecast to be delivered.",
            "Of the 40 savings targets for 2026/27, 15 are forecast to be delivered.",
        ] {
            let r = analyse(t);
            assert_eq!(r.indicators.len(), 1, "{t}: {:?}", r.indicators);
            assert_eq!(r.indicators[0].role, Role::Actual, "{t}");
            assert!([15.9e6, 15.0].contains(&r.indicators[0].value), "{t}");
        }
        // A list of counts: each named by its own noun, none running into the next.
        let r = analyse("There were 19 approvals and 27 de-registrations.");
        let names: Vec<&str> = r.indicators.iter().map(|i| i.metric.as_str()).collect();
        assert_eq!(names, ["approvals", "de-registrations"]);
        // A change in a clause of its own is of the count before it.
        let r = analyse("There were 743 children electively home educated, up 18% on last year.");
        assert_eq!(r.indicators[1].metric, "children electively home educated");
        let r = analyse("The number of EHCPs was 4,217, a 13% increase on January 2026.");
        assert_eq!(r.indicators[1].metric, "number of EHCPs");
        let r = analyse("The number of households in temporary accommodation had risen to 1,284, an increase of 11% since April.");
        assert_eq!(
            r.indicators[1].metric,
            "number of households in temporary accommodation"
        );
        let r =
            analyse("Spending on transport was forecast to reach £16.1m, an increase of 12.6%.");
        assert_eq!(r.indicators[1].metric, "Spending on transport");
        // A level after "to £" ends the name of the one after it.
        let r = analyse("Spending on SEND transport had risen to £14.3m in 2024/25 and was forecast to reach £16.1m this year.");
        assert_eq!(r.indicators[1].metric, "Spending on SEND transport");
        // Where the words after the count say only when, or there is an earlier value
        // between, the change is still the count's.
        let r = analyse("Bed days lost to delayed discharge totalled 4,312 in the quarter, an increase of 11% on the previous quarter.");
        assert_eq!(r.indicators[1].metric, "Bed days lost to delayed discharge");
        let r = analyse("Fly-tipping incidents fell to 2,210 from 2,684, a reduction of 18%.");
        assert_eq!(r.indicators[1].metric, "Fly-tipping incidents");
        let r =
            analyse("Library visits totalled 1.2 million in the year, 8% more than in 2024/25.");
        assert_eq!(r.indicators[1].metric, "Library visits");
        let r = analyse("There is scope for improvement in the timeliness of pathway plans, which stood at 79%.");
        assert_eq!(r.indicators[0].metric, "timeliness of pathway plans");
        let r = analyse("Attendance of children in care was 91.3% against 93.0% for all pupils.");
        assert_eq!(r.indicators.len(), 1);
        assert_eq!(r.indicators[0].comparisons[0].kind, ComparisonKind::Other);
        let r = analyse(
            "19% of children in care achieved grade 4, against 65% for all pupils nationally.",
        );
        assert_eq!(
            r.indicators[0].comparisons[0].kind,
            ComparisonKind::National
        );
        // The level for all pupils, beside the one for children in care, is a level.
        let r = analyse("Attendance was 95.1% for all pupils and 91.3% for children in care.");
        assert_eq!(r.indicators.len(), 2);
        let r = analyse("There is scope for improvement in the timeliness of pathway plans, which stood at 79%.");
        assert_eq!(r.indicators[0].metric, "timeliness of pathway plans");
    }

    #[test]
    fn a_table_with_the_latest_period_first_is_read_in_time_order() {
        let r = analyse(
            "Measure\tDec 2025\tSep 2025\tEngland\nChildren in care per 10,000\t68\t66\t70\n",
        );
        assert_eq!(r.indicators.len(), 1);
        let i = &r.indicators[0];
        assert_eq!((i.value, i.period.as_deref()), (68.0, Some("Dec 2025")));
        assert_eq!(previous_value(i), Some(66.0));
        assert_eq!(i.unit.as_str(), "rate_per_10k");
        assert_eq!(i.direction, Some(Direction::Up));
    }

    #[test]
    fn standards_and_earlier_years_relate_to_the_level() {
        assert!(analyse("Action 3 (care leaver exemption) was complete.")
            .indicators
            .is_empty());
        let r = analyse("Just over half (52%) of children were visited on time, well below the local standard of 90%.");
        assert_eq!(r.indicators.len(), 1);
        assert_eq!(r.indicators[0].comparisons[0].kind, ComparisonKind::Target);
        assert_eq!(r.indicators[0].comparisons[0].value, 90.0);
        let r = analyse("The average weekly cost of a residential placement had risen to £6,850, compared with £5,400 two years ago.");
        assert_eq!(r.indicators.len(), 1);
        assert_eq!(previous_value(&r.indicators[0]), Some(5400.0));
    }

    #[test]
    fn an_improvement_on_an_earlier_figure_and_a_plain_against_are_read() {
        let r = analyse("The average time to move in with an adoptive family was 402 days, which was an improvement on 455 days in 2024/25.");
        assert_eq!(r.indicators.len(), 1, "{:?}", r.indicators);
        assert_eq!(previous_value(&r.indicators[0]), Some(455.0));
        assert_eq!(r.indicators[0].direction, Some(Direction::Down));
        let r = analyse("The number of children in residential placements was 46, against 38 assumed in the budget.");
        assert_eq!(r.indicators.len(), 1);
        assert_eq!(r.indicators[0].comparisons[0].kind, ComparisonKind::Other);
        let r = analyse(
            "The average wait for an assessment was 67 days, against a standard of 28 days.",
        );
        assert_eq!(r.indicators.len(), 1);
        assert_eq!(r.indicators[0].comparisons[0].kind, ComparisonKind::Target);
    }

    #[test]
    fn a_count_given_with_its_share_is_compared_as_a_share() {
        let r = analyse("Of the 32 audits in the plan, 14 had been completed (44%), compared with 38% at the same point last year.");
        assert_eq!(r.indicators.len(), 1, "{:?}", r.indicators);
        assert_eq!(r.indicators[0].comparisons.len(), 1);
        assert_eq!(r.indicators[0].comparisons[0].value, 38.0);
    }

    #[test]
    fn a_second_subject_makes_a_second_measure() {
        let r = analyse("The Headteacher reported that 91% of children had an up to date PEP, and that the quality of PEPs rated good or better had risen to 79%.");
        assert_eq!(r.indicators.len(), 2, "{:?}", r.indicators);
        assert_eq!(r.indicators[1].previous, None);
        let r = analyse("The rate was 12% in March and had risen to 14% by June.");
        assert_eq!(r.indicators.len(), 1, "{:?}", r.indicators);
    }

    #[test]
    fn money_is_budget_whatever_service_spends_it() {
        let r = analyse(
            "The main pressures were in Children's Services (£6.2m) and Adult Social Care (£4.8m).",
        );
        assert_eq!(r.indicators.len(), 2, "{:?}", r.indicators);
        assert!(r.indicators.iter().all(|i| i.category == "finance"));
    }

    #[test]
    fn a_next_sentence_comparing_an_unstated_measure_compares_the_last() {
        let r = analyse("1,846 safeguarding concerns were received, of which 512 (28%) progressed to an enquiry. The conversion rate was lower than the national average of 31%.");
        assert_eq!(r.indicators.len(), 2, "{:?}", r.indicators);
        assert_eq!(r.indicators[1].comparisons[0].value, 31.0);
        let r = analyse(
            "Visits in timescale were 88%. Performance was below the England average of 92%.",
        );
        assert_eq!(r.indicators.len(), 1, "{:?}", r.indicators);
        // A benchmark naming its own measure stays a benchmark.
        let r =
            analyse("Placement stability was 68%. The national average for dental checks is 71%.");
        assert_eq!(r.indicators.len(), 2, "{:?}", r.indicators);
        assert_eq!(r.indicators[1].role, Role::Benchmark);
    }

    #[test]
    fn a_short_heading_line_names_the_figures_below_it() {
        let r = analyse("Fostering and Adoption Panel\n\nPerformance: Fostering\nNet loss: 5 households\nEnquiries: 212\n\nAdoption\nAdoptions this year: 23\nAverage wait: 441 days\n");
        let cats: Vec<&str> = r.indicators.iter().map(|i| i.category).collect();
        assert_eq!(cats, ["fostering", "fostering", "adoption", "adoption"]);
    }

    #[test]
    fn the_highest_of_something_else_is_no_rise() {
        let r = analyse("There were concerns about uptake in the wards with the highest deprivation, where coverage was 75%.");
        assert_eq!(r.indicators[0].direction, None);
        let r = analyse(
            "Up to date health assessments were 91%, the highest in December for over two years.",
        );
        assert_eq!(r.indicators[0].direction, Some(Direction::Up));
        let r = analyse("The dental check rate is now 92%, the highest it has been.");
        assert_eq!(r.indicators[0].direction, Some(Direction::Up));
    }

    #[test]
    fn who_attended_is_no_measure() {
        let r = analyse("Also in attendance: Head of Service, 2 representatives of the Children in Care Council\n\nPRESENT: Councillors Hughes and Price (3 members of the public)\n\nThere were 468 children looked after.");
        assert_eq!(r.indicators.len(), 1, "{:?}", r.indicators);
        assert_eq!(r.indicators[0].value, 468.0);
    }

    #[test]
    fn to_a_level_in_one_month_from_another_reads_the_earlier_second() {
        let r = analyse("Ambulance handover delays of over 60 minutes had fallen to 112 in September from 187 in June.");
        assert_eq!(r.indicators.len(), 1, "{:?}", r.indicators);
        assert_eq!(r.indicators[0].value, 112.0);
        assert_eq!(r.indicators[0].period.as_deref(), Some("September"));
        let previous = r.indicators[0].previous.as_ref().unwrap();
        assert_eq!(
            (previous.value, previous.period.as_deref()),
            (187.0, Some("June"))
        );
        assert_eq!(r.indicators[0].direction, Some(Direction::Down));
    }

    #[test]
    fn last_years_figure_in_the_bracket_after_a_level_compares_it() {
        let r = analyse("Online forms now accounted for 61% of all requests (47% last year).");
        assert_eq!(r.indicators.len(), 1, "{:?}", r.indicators);
        assert_eq!(
            comparisons(&r.indicators[0]),
            [(ComparisonKind::PreviousYear, 47.0)]
        );
        // A bracket that is not the level's own is no comparison of it.
        let r =
            analyse("Referrals were 412 (of which 30 were repeat) and 47 last year were repeat.");
        assert!(r.indicators.iter().all(|i| i.comparisons.is_empty()));
        // Nor is a bracket after the name of another comparison.
        let r = analyse("The rate was 245, higher than England (319 last year was the highest).");
        assert!(r.indicators[0]
            .comparisons
            .iter()
            .all(|c| c.kind != ComparisonKind::PreviousYear));
    }

    #[test]
    fn a_movement_since_last_year_gives_the_last_measure_its_earlier_value() {
        let r = analyse("Uptake of the second dose at five years was 84.6%. Coverage had improved slightly since last year (83.9%).");
        assert_eq!(r.indicators.len(), 1, "{:?}", r.indicators);
        assert_eq!(previous_value(&r.indicators[0]), Some(83.9));
        assert_eq!(r.indicators[0].direction, Some(Direction::Up));
        // A level of its own in the sentence is not the earlier value.
        let r = analyse("Uptake was 84.6%. Uptake for boys was 80.2%, lower than last year (81%).");
        assert_eq!(r.indicators[0].previous, None);
        assert_eq!(r.indicators[1].value, 80.2);
        // An earlier year named, and an earlier share of a count given with its share.
        let r = analyse("Of the 178 children who came into care, 61 (34%) had their IHA within 20 working days. This is an improvement on 2024/25 (22%).");
        let ihas: Vec<_> = r.indicators.iter().filter(|i| i.value == 61.0).collect();
        assert_eq!(ihas.len(), 1, "{:?}", r.indicators);
        assert_eq!(previous_value(ihas[0]), Some(22.0));
        assert_eq!(ihas[0].direction, Some(Direction::Up));
        assert!(r.indicators.iter().all(|i| i.value != 22.0));
    }

    #[test]
    fn a_scorecard_with_months_for_columns_reads_the_last_as_latest() {
        let r = analyse("Measure\tTarget\tDec\tJan\nPEPs completed in timescale\t95%\t88%\t91%\n");
        assert_eq!(r.indicators.len(), 1, "{:?}", r.indicators);
        let i = &r.indicators[0];
        assert_eq!((i.value, i.period.as_deref()), (91.0, Some("Jan")));
        assert_eq!(previous_value(i), Some(88.0));
        assert_eq!(comparisons(i), [(ComparisonKind::Target, 95.0)]);
    }

    #[test]
    fn a_health_assessment_spelt_with_one_s_is_still_one() {
        let r =
            analyse("Ninety five per cent of children in care had an up to date health assesment.");
        assert_eq!(r.indicators.len(), 1, "{:?}", r.indicators);
        assert_eq!(r.indicators[0].category, "health_review_assessment");
    }

    #[test]
    fn an_earlier_value_told_as_last_quarter_or_last_year_has_that_period() {
        let r = analyse("The overspend on placements was £1.4m, up from £0.9m last quarter.");
        let previous = r.indicators[0].previous.as_ref().unwrap();
        assert_eq!(
            (previous.value, previous.period.as_deref()),
            (900_000.0, Some("last quarter"))
        );
        let r = analyse(
            "Average time to re-let was 34 days, down from 41 days in the same period last year.",
        );
        let previous = r.indicators[0].previous.as_ref().unwrap();
        assert_eq!(
            (previous.value, previous.period.as_deref()),
            (41.0, Some("the same period last year"))
        );
        // A named time still wins, and a figure with none after it has none.
        let r = analyse("Referrals rose from 353 in April to 401 in June, the previous quarter having been quieter.");
        let previous = r.indicators[0].previous.as_ref().unwrap();
        assert_eq!(previous.period.as_deref(), Some("April"));
        let r = analyse("Referrals had also decreased from 353 to 253.");
        assert_eq!(r.indicators[0].previous.as_ref().unwrap().period, None);
    }

    #[test]
    fn a_figure_set_against_the_level_at_an_earlier_time_is_its_earlier_value() {
        let r = analyse("45 referrals were received in June, higher than 38 in May.");
        assert_eq!(r.indicators.len(), 1, "{:?}", r.indicators);
        let previous = r.indicators[0].previous.as_ref().unwrap();
        assert_eq!(
            (previous.value, previous.period.as_deref()),
            (38.0, Some("May"))
        );
        assert_eq!(r.indicators[0].direction, Some(Direction::Up));
        // "compared well with the 11% seen elsewhere" compares with another place.
        let r = analyse("Only 6% were re-referred, which compared well with the 11% seen elsewhere in the region.");
        assert_eq!(r.indicators.len(), 1, "{:?}", r.indicators);
        assert_eq!(comparisons(&r.indicators[0]).len(), 1);
        // Another group at the same time stays a comparison.
        let r = analyse("Attendance was 91.2%, lower than 93.5% for all pupils.");
        assert_eq!(r.indicators[0].previous, None);
        assert_eq!(
            comparisons(&r.indicators[0]),
            [(ComparisonKind::Other, 93.5)]
        );
    }

    #[test]
    fn a_labelled_bar_after_a_dashboard_figure_compares_it() {
        let r = analyse("Initial health assessments within 20 working days: 54%. Target: 80%.");
        assert_eq!(r.indicators.len(), 1, "{:?}", r.indicators);
        assert_eq!(
            comparisons(&r.indicators[0]),
            [(ComparisonKind::Target, 80.0)]
        );
        // Standing alone, the bar is a target of its own.
        let r = analyse("Target: 80%.");
        assert_eq!(r.indicators[0].role, Role::Target);
    }

    #[test]
    fn a_minimum_level_is_a_bar_and_an_early_help_caseload_is_early_help() {
        let r = analyse(
            "General reserves would fall to £18m, below the minimum level of £20m recommended.",
        );
        assert_eq!(r.indicators.len(), 1, "{:?}", r.indicators);
        assert_eq!(
            comparisons(&r.indicators[0]),
            [(ComparisonKind::Target, 20e6)]
        );
        let r = analyse("The early help caseload had risen to 1,105 families. The average social work caseload was 18.");
        let categories: Vec<&str> = r.indicators.iter().map(|i| i.category).collect();
        assert_eq!(categories, ["early_help", "workforce"]);
    }

    #[test]
    fn a_word_of_emphasis_after_compared_with_keeps_the_earlier_value() {
        let r = analyse("In March 2025, 72% of IHAs were completed within 20 working days, compared with just 41% in March 2024.");
        assert_eq!(r.indicators.len(), 1, "{:?}", r.indicators);
        let previous = r.indicators[0].previous.as_ref().unwrap();
        assert_eq!(
            (previous.value, previous.period.as_deref()),
            (41.0, Some("March 2024"))
        );
        assert_eq!(r.indicators[0].direction, Some(Direction::Up));
    }

    #[test]
    fn a_sentence_giving_the_level_it_had_been_is_the_last_measures_earlier_value() {
        let r = analyse("Of the 2,310 contacts, 812 (35%) became referrals. The conversion rate had been 31% in 2023/24.");
        assert_eq!(r.indicators.len(), 1, "{:?}", r.indicators);
        let previous = r.indicators[0].previous.as_ref().unwrap();
        assert_eq!(
            (previous.value, previous.period.as_deref()),
            (31.0, Some("2023/24"))
        );
        assert_eq!(r.indicators[0].direction, Some(Direction::Up));
        // The share, not the count, is what moved.
        let r = analyse("Of the 2,310 contacts, 812 (35%) became referrals. The conversion rate had been 38% in 2023/24.");
        assert_eq!(r.indicators[0].direction, Some(Direction::Down));
        // With no earlier time it is a level of its own.
        let r = analyse(
            "The rate was 35%. The conversion rate had been 31% before the change of system.",
        );
        assert_eq!(r.indicators.len(), 2, "{:?}", r.indicators);
    }

    #[test]
    fn a_change_told_of_another_subject_does_not_move_the_level() {
        let r = analyse("Timeliness of single assessments was 76%, against a target of 85%; the service had seen a 40% increase in assessments since the summer.");
        assert_eq!(r.indicators[0].value, 76.0);
        assert_eq!(r.indicators[0].direction, None);
        let r = analyse(
            "Timeliness of single assessments was 76%, an increase of 4% on the last quarter.",
        );
        assert_eq!(r.indicators[0].direction, Some(Direction::Up));
    }

    #[test]
    fn a_sentence_saying_only_where_the_level_rose_from_gives_its_earlier_value() {
        let r = analyse("A further 19% were in agency placements. The Panel noted that the proportion placed with agencies had risen from 15% a year ago.");
        assert_eq!(r.indicators.len(), 1, "{:?}", r.indicators);
        assert_eq!(previous_value(&r.indicators[0]), Some(15.0));
        assert_eq!(r.indicators[0].direction, Some(Direction::Up));
    }

    #[test]
    fn a_lone_figure_does_not_take_the_movement_of_another_subject() {
        let r = analyse("Members were alarmed at the fall in uptake and noted that there had been 9 confirmed cases of measles since October.");
        assert_eq!(r.indicators[0].value, 9.0);
        assert_eq!(r.indicators[0].direction, None);
        let r = analyse(
            "It was noted that children in care had increased, with 412 children now looked after.",
        );
        assert_eq!(r.indicators[0].direction, Some(Direction::Up));
    }

    #[test]
    fn a_bracket_naming_last_month_gives_the_earlier_value() {
        let r = analyse("Number of LAC 389 (last month 385).");
        assert_eq!(r.indicators.len(), 1, "{:?}", r.indicators);
        assert_eq!(previous_value(&r.indicators[0]), Some(385.0));
        assert_eq!(r.indicators[0].direction, Some(Direction::Up));
    }

    #[test]
    fn an_answer_measures_what_its_question_asked_about() {
        let r = analyse("Q: What proportion of care leavers are in suitable accommodation?\nA: 88% at the end of December, compared to 91% at the end of September.");
        assert_eq!(r.indicators.len(), 1, "{:?}", r.indicators);
        assert_eq!(r.indicators[0].category, "care_leavers_accommodation");
        assert_eq!(previous_value(&r.indicators[0]), Some(91.0));
        // Who answers names no topic.
        let r = analyse("Q2. How many care leavers are at university?\nResponse (Leaving Care Manager): 34 care leavers are at university this year, up from 27.");
        assert_eq!(r.indicators[0].category, "care_leavers_eet");
        // A numbered question, and who asked it.
        let r = analyse("Q2. Councillor Ashby: What proportion of our children in care live more than 20 miles from home?\nA. 27% (113 children), compared with 24% a year ago.");
        assert_eq!(r.indicators[0].category, "placement_distance");
    }

    #[test]
    fn a_standard_in_the_measures_name_is_no_comparison() {
        let r = analyse("Performance against the four-hour standard in the Emergency Department was 71.8% in September, against the national standard of 76%.");
        assert_eq!(r.indicators.len(), 1, "{:?}", r.indicators);
        assert_eq!(r.indicators[0].value, 71.8);
        assert_eq!(r.indicators[0].role, Role::Actual);
        assert_eq!(r.indicators[0].comparisons[0].kind, ComparisonKind::Target);
        assert_eq!(r.indicators[0].comparisons[0].value, 76.0);
        let r = analyse("Routine repairs completed within target: 71%, a deterioration from 79% in the previous quarter.");
        assert_eq!(r.indicators.len(), 1, "{:?}", r.indicators);
        assert_eq!(r.indicators[0].value, 71.0);
        assert_eq!(r.indicators[0].role, Role::Actual);
        assert_eq!(previous_value(&r.indicators[0]), Some(79.0));
        assert_eq!(r.indicators[0].direction, Some(Direction::Down));
        // The cue nearest the figure names it.
        let r = analyse("Timeliness was 74%, below target and the national average of 81%.");
        assert_eq!(
            r.indicators[0].comparisons[0].kind,
            ComparisonKind::National
        );
        // The target itself is still a target.
        let r = analyse("Visits within timescale were 88%; the target is 95%.");
        assert_eq!(r.indicators.len(), 1, "{:?}", r.indicators);
        assert_eq!(r.indicators[0].comparisons[0].value, 95.0);
    }

    #[test]
    fn a_bracket_labelled_with_a_period_keeps_its_period_to_itself() {
        let r = analyse("Annual Report of the IRO Service 2024-25\n\n1,046 reviews were held during the year, of which 96.4% were held within timescales (2023-24: 94.1%).");
        assert_eq!(r.indicators[0].value, 1046.0);
        assert_eq!(r.indicators[0].period.as_deref(), Some("2024-25"));
        assert_eq!(
            r.indicators[1]
                .previous
                .as_ref()
                .and_then(|p| p.period.as_deref()),
            Some("2023-24")
        );
    }

    #[test]
    fn a_rate_that_a_count_equates_to_is_the_same_measure() {
        let r = analyse("Children on child protection plans rose from 212 in March to 268 in June, which equates to 41.5 per 10,000.");
        assert_eq!(r.indicators.len(), 1, "{:?}", r.indicators);
        assert_eq!(r.indicators[0].alt_values, vec![41.5]);
    }

    #[test]
    fn an_empty_cell_keeps_the_columns_after_it_in_place() {
        let r = analyse(
            "Indicator\tMar-26\tJun-26\tTarget\tEngland\nRate per 10,000\t61.2\t63.1\t\t71\n",
        );
        assert_eq!(r.indicators.len(), 1, "{:?}", r.indicators);
        let c = &r.indicators[0].comparisons;
        assert_eq!((c[0].kind, c[0].value), (ComparisonKind::National, 71.0));
    }

    #[test]
    fn a_share_in_a_bracket_closing_the_clause_restates_the_count() {
        let r = analyse("Three children had experienced 3 or more placement moves in the last 12 months (1.6%).");
        assert_eq!(r.indicators.len(), 1, "{:?}", r.indicators);
        assert_eq!(
            (r.indicators[0].value, r.indicators[0].alt_values.clone()),
            (3.0, vec![1.6])
        );
    }

    #[test]
    fn a_bare_rate_in_a_bullet_is_the_rate_of_the_bullet_before() {
        let r = analyse("·       There were 187 children looked after at the end of December.\n·       The rate per 10,000 was 54.");
        assert_eq!(r.indicators[1].unit, Unit::RatePer10k);
        assert_eq!(r.indicators[1].category, "children_in_care");
    }

    #[test]
    fn another_group_compared_is_national_when_it_says_so() {
        let r = analyse("Key Stage 2: 38% of the 26 children in the cohort met the expected standard, compared with 32% for children looked after nationally and 61% for all pupils.");
        assert_eq!(r.indicators.len(), 1, "{:?}", r.indicators);
        let kinds = comparisons(&r.indicators[0]);
        assert_eq!(kinds[0], (ComparisonKind::National, 32.0));
    }

    #[test]
    fn a_bar_named_after_the_figure_is_a_comparison() {
        let r = analyse("Uptake of the MMR second dose was 86.2%, below the 95% needed for herd immunity and down from 88.0% last year.");
        assert_eq!(r.indicators.len(), 1, "{:?}", r.indicators);
        let i = &r.indicators[0];
        assert_eq!(i.value, 86.2);
        assert_eq!(i.comparisons[0].kind, ComparisonKind::Target);
        assert_eq!(previous_value(i), Some(88.0));
        assert_eq!(i.direction, Some(Direction::Down));
        // What a shortfall against a target leaves is no target.
        let r = analyse("Savings of £2.1m had been delivered against the £3.5m target for the year, leaving £1.4m at risk.");
        let values: Vec<(f64, usize)> = r
            .indicators
            .iter()
            .map(|i| (i.value, i.comparisons.len()))
            .collect();
        assert_eq!(values, [(2_100_000.0, 1), (1_400_000.0, 0)]);
        // "Against the" sets a bar only where what follows names one.
        let r = analyse("A&E four hour performance: 72.4% against the 78% interim standard.");
        assert_eq!(r.indicators.len(), 1, "{:?}", r.indicators);
        assert_eq!(
            comparisons(&r.indicators[0]),
            [(ComparisonKind::Target, 78.0)]
        );
        // So do "meeting the" and "missing the".
        for t in [
            "91% of discussions were held within 24 hours, meeting the 90% standard.",
            "Response times were 84% in the quarter, missing the 90% target.",
        ] {
            let r = analyse(t);
            assert_eq!(r.indicators.len(), 1, "{t}: {:?}", r.indicators);
            assert_eq!(
                comparisons(&r.indicators[0]),
                [(ComparisonKind::Target, 90.0)],
                "{t}"
            );
        }
        // A pledge and a safe level are bars to reach or keep under.
        assert_eq!(
            first_comparisons(
                "Tree planting: 3,400 trees planted against a pledge of 5,000 for the year."
            ),
            [(ComparisonKind::Target, 5000.0)]
        );
        assert_eq!(
            first_comparisons("Bed occupancy averaged 98% against a safe level of 85%."),
            [(ComparisonKind::Target, 85.0)]
        );
        // A bare number after "the recommended" is the bar.
        assert_eq!(
            first_comparisons(
                "IDVA caseload per worker averaged 112, well above the recommended 80."
            ),
            [(ComparisonKind::Target, 80.0)]
        );
        // "claims was" holds no aim.
        let r = analyse("The average time to process new Housing Benefit claims was 19 days, an improvement of 4 days.");
        assert_eq!(r.indicators[0].value, 19.0);
        assert!(r.indicators[0].comparisons.is_empty());
        // A year alone between the benchmark's name and its figure.
        let r = analyse(
            "21% of children looked after achieved a grade 4 or above (national CLA 2025: 23%).",
        );
        assert_eq!(r.indicators.len(), 1, "{:?}", r.indicators);
        assert_eq!(
            r.indicators[0].comparisons[0].kind,
            ComparisonKind::National
        );
        // A range to keep within is a target too.
        let r = analyse(
            "Re-referrals within 12 months: 19.6%, now within the 18-22% range set in the plan.",
        );
        assert_eq!(r.indicators.len(), 1, "{:?}", r.indicators);
        assert_eq!(r.indicators[0].comparisons[0].kind, ComparisonKind::Target);
    }

    #[test]
    fn a_place_that_is_lowest_and_a_kind_of_fall_are_no_movement() {
        for t in [
            "Uptake was lowest in the east of the borough at 76%.",
            "Falls-related admissions for those aged 65 and over were 2,031 per 100,000.",
        ] {
            assert_eq!(analyse(t).indicators[0].direction, None, "{t}");
        }
        let r = analyse("Uptake fell to 76%, the lowest in five years.");
        assert_eq!(r.indicators[0].direction, Some(Direction::Down));
    }

    #[test]
    fn a_share_is_compared_with_a_share_and_a_bar_does_not_move() {
        let r = analyse("There were 27 unaccompanied asylum seeking children in care, above its National Transfer Scheme threshold of 0.1%.");
        let c = r.indicators.iter().find(|i| i.value == 27.0).unwrap();
        assert!(c.comparisons.is_empty());
        let r = analyse(
            "Measure\tQ2\tQ3\nCare leavers in education, employment or training (%)\t55\t53\n",
        );
        assert_eq!(
            r.indicators[0].metric,
            "Care leavers in education, employment or training"
        );
        let r = analyse("The rate was 74 per 10,000, higher than statistical neighbours (70) but lower than the region (79).");
        let kinds = comparisons(&r.indicators[0]);
        assert_eq!(
            kinds,
            [
                (ComparisonKind::StatisticalNeighbours, 70.0),
                (ComparisonKind::Regional, 79.0)
            ]
        );
        let r =
            analyse("IRO caseloads averaged 72 children, above the recommended range of 50 to 70.");
        assert_eq!(r.indicators.len(), 1);
        let r =
            analyse("Dental checks had recovered to 81% after a low of 64% in the previous year.");
        assert_eq!(r.indicators.len(), 1);
        assert_eq!(previous_value(&r.indicators[0]), Some(64.0));
        let r =
            analyse("Avoidable admissions were 812 per 100,000 population against a plan of 790.");
        assert_eq!(r.indicators.len(), 1);
        assert_eq!(r.indicators[0].comparisons[0].kind, ComparisonKind::Target);
        let r = analyse("New birth visits within 14 days had fallen to 81%, which was below the 95% standard, and staff were short.");
        assert_eq!(r.indicators[0].comparisons[0].kind, ComparisonKind::Target);
        let r = analyse("Members were disappointed that the recycling rate had fallen and that the Council was unlikely to meet its target of 55%.");
        assert_eq!(r.indicators[0].role, Role::Target);
        assert_eq!(r.indicators[0].direction, None);
        // A level to be reached is a bar, not a level measured.
        for t in [
            "The Designated Nurse to report monthly until performance reaches 80%.",
            "The service was aiming for 95% by March.",
        ] {
            assert_eq!(analyse(t).indicators[0].role, Role::Target, "{t}");
        }
    }

    /// The first indicator's name in each text, or the one at `index`.
    fn named_at(t: &str, index: usize) -> String {
        let r = analyse(t);
        r.indicators
            .get(index)
            .map_or_else(|| format!("{:?}", r.indicators), |i| i.metric.clone())
    }

    #[test]
    fn a_part_or_share_is_named_by_its_subject_set_or_label() {
        for (t, index, name) in [
            ("Sessions were attended by 31% of the 30,360 eligible children.", 0, "eligible children"),
            (
                "Of the 46 children in the Year 11 cohort, 13 (28%) achieved grade 4 or above in English and maths.",
                1,
                "children in the Year 11 cohort achieved grade 4 or above in English and maths",
            ),
            (
                "Ambulance handovers over 60 minutes were 9.4% of arrivals.",
                0,
                "Ambulance handovers over 60 minutes as a share of arrivals",
            ),
            (
                "• Proportion of people who use services who reported that they had as much social contact as they would like: 42.8% (England 45.6%).",
                0,
                "Proportion of people who use services who reported",
            ),
            (
                "The Board heard that 1,046 concerns (31%) led to a Section 42 enquiry.",
                0,
                "concerns led to a Section 42 enquiry",
            ),
            (
                "The Head of Performance said that of the 48 corporate indicators, 29 were green, 11 amber and 8 red.",
                1,
                "corporate indicators green",
            ),
            (
                "Of the 18 final reports issued, 3 had limited assurance and none had no assurance.",
                0,
                "final reports issued had limited assurance",
            ),
            (
                "Children in care: 512.\nUnaccompanied asylum seeking children make up 64 of these.",
                1,
                "Unaccompanied asylum seeking children",
            ),
        ] {
            assert_eq!(named_at(t, index), name, "{t}");
        }
    }

    #[test]
    fn bars_told_around_a_figure_are_read_as_bars_or_not_at_all() {
        let r = analyse("Reoffending: 31.2% v 32.1% England.");
        assert_eq!(r.indicators.len(), 1, "{r:?}");
        assert_eq!(
            comparisons(&r.indicators[0]),
            [(ComparisonKind::National, 32.1)]
        );
        for (t, bar) in [
            ("Only 62% of people were asked about their desired outcomes, below the 75% the Board had set.", 75.0),
            ("The red indicators included major planning applications decided in time (61%, target 75%).", 75.0),
            ("Average IRO caseload was 71, above the IRO Handbook range of 50 to 70.", 50.0),
        ] {
            let r = analyse(t);
            assert_eq!(r.indicators.len(), 1, "{t}: {r:?}");
            assert_eq!(r.indicators[0].role, Role::Actual, "{t}");
            assert_eq!(comparisons(&r.indicators[0]), [(ComparisonKind::Target, bar)], "{t}");
        }
        // How often a bar was met is a level; a part is no bar.
        let r = analyse("The 26 week target was met in 22% of cases.");
        assert_eq!(r.indicators[0].role, Role::Actual);
        let r =
            analyse("In the homes 12 recommendations were made, of which 9 had been completed.");
        assert!(
            r.indicators.iter().all(|i| i.comparisons.is_empty()),
            "{r:?}"
        );
    }

    #[test]
    fn an_earlier_value_in_a_dated_bracket_or_a_last_month_column() {
        for t in [
            "Stage 1 complaints received were 1,906 (1,522 in 2024/25).",
            "Scorecard\nIndicator\tThis month\tLast month\tTarget\nComplaints answered in time\t1,906\t1,522\t2,000\n",
        ] {
            let r = analyse(t);
            assert_eq!(r.indicators.len(), 1, "{t}: {r:?}");
            assert_eq!(previous_value(&r.indicators[0]), Some(1522.0), "{t}");
        }
    }

    #[test]
    fn treasury_figures_are_budget_and_spending() {
        let r = analyse(
            "Treasury Management Mid-Year Review\nThe average rate on borrowing was 3.62%.",
        );
        assert_eq!(r.indicators[0].category, "finance");
    }

    #[test]
    fn an_explanation_is_no_lead_in_and_fewer_than_the_first_half_is_a_movement() {
        let r = analyse(
            "The fall was mainly due to the dry summer. Residual waste per household was 254kg.",
        );
        assert_eq!(r.indicators[0].direction, None);
        let r = analyse(
            "There were 2,940 fly-tipping incidents, 6% fewer than in the first half of last year.",
        );
        // The change in another unit stays (optional in the contract); the level moves.
        assert_eq!(r.indicators[0].value, 2940.0);
        assert_eq!(r.indicators[0].direction, Some(Direction::Down));
    }

    #[test]
    fn page_numbers_and_proportions_in_words_are_not_counts() {
        let r = analyse("Page 1 of 4\nAround one in five children had a suspension, and 1 in 4 had a PEP review. There had been 3 permanent exclusions.");
        let values: Vec<f64> = r.indicators.iter().map(|i| i.value).collect();
        assert_eq!(values, [3.0]);
        // "c." (circa) does not end the sentence, so the count keeps its measure.
        let r = analyse(
            "The Headteacher said that c. 140 children attended schools in other authorities.",
        );
        assert_eq!(r.indicators.len(), 1);
        assert!(
            r.indicators[0].metric.contains("children"),
            "{}",
            r.indicators[0].metric
        );
        let r = analyse(
            "Persistent absence was 14.8 per cent, which compared well with 21% for all pupils.",
        );
        assert_eq!(r.indicators.len(), 1);
        assert_eq!(r.indicators[0].comparisons[0].value, 21.0);
    }

    #[test]
    fn a_budget_table_in_thousands_gives_amounts_in_pounds() {
        let r = analyse("Service\tBudget £000\tForecast £000\nOlder People\t58,210\t60,940\n");
        let found: Vec<(f64, &str, &str)> = r
            .indicators
            .iter()
            .map(|i| (i.value, i.unit.as_str(), i.category))
            .collect();
        assert_eq!(
            found,
            [
                (58_210_000.0, "currency_gbp", "finance"),
                (60_940_000.0, "currency_gbp", "finance")
            ]
        );
        let r = analyse("The number of people in residential care was 1,284, up 46 on last year.");
        assert_eq!(r.indicators[0].direction, Some(Direction::Up));
        let r = analyse("Agency social workers made up 27% of the workforce.");
        assert_eq!(r.indicators[0].direction, None);
    }

    #[test]
    fn a_change_in_the_levels_unit_is_its_movement_not_a_measure() {
        let r = analyse("Immunisations were up to date for 88% of children, a fall of 3 percentage points on the previous quarter.");
        assert_eq!(r.indicators.len(), 1);
        assert_eq!(r.indicators[0].value, 88.0);
        assert_eq!(r.indicators[0].direction, Some(Direction::Down));
    }

    #[test]
    fn a_home_is_a_childrens_home_only_when_nothing_more_specific_is_named() {
        let r =
            analyse("The number of children placed more than 20 miles from home had reached 23%.");
        assert_eq!(r.indicators[0].category, "placement_distance");
        let r =
            analyse("Only 38% of EHC plans were issued within 20 weeks, against 50% nationally.");
        assert_eq!(r.indicators.len(), 1, "the threshold is no measure");
        assert_eq!(r.indicators[0].comparisons[0].value, 50.0);
    }

    #[test]
    fn a_bare_rate_of_children_in_care_is_per_10000() {
        let r =
            analyse("The rate of children in care fell from 68.7 in November to 62.6 in October.");
        assert_eq!(r.indicators.len(), 1);
        assert_eq!(r.indicators[0].unit.as_str(), "rate_per_10k");
        // Not where the measure has no such convention.
        let r = analyse("The collection rate for council tax was 96.1 in the year.");
        assert_ne!(r.indicators[0].unit.as_str(), "rate_per_10k");
    }

    #[test]
    fn a_count_after_a_month_is_no_date_when_a_comma_or_its_size_says_so() {
        for t in [
            "On an average day in December, 47 patients remained in hospital, compared to 39 in September.",
            "In December 47 patients remained in hospital, compared to 39 in September.",
        ] {
            let r = analyse(t);
            assert_eq!(r.indicators.len(), 1, "{t}");
            assert_eq!(r.indicators[0].value, 47.0);
            assert_eq!(previous_value(&r.indicators[0]), Some(39.0));
        }
        assert!(analyse("The meeting on December 4 was quorate.")
            .indicators
            .is_empty());
    }

    #[test]
    fn ehc_plans_are_send_and_a_change_base_is_no_period_of_the_level() {
        let r = analyse("The number of children with an Education, Health and Care Plan had grown to 3,412, an increase of 11.3% on January 2025.");
        assert_eq!(r.indicators[0].value, 3412.0);
        assert_eq!(r.indicators[0].category, "send");
        assert_eq!(r.indicators[0].period, None);
    }

    #[test]
    fn changes_totals_and_restatements_do_not_make_indicators_of_their_own() {
        for (t, value) in [
            (
                "The number of children subject to a child protection plan rose by 5 to 61.",
                61.0,
            ),
            ("Missing episodes halved from 24 in Q1 to 12 in Q2.", 12.0),
            (
                "Seventeen out of 20 care leavers were in touch with the service.",
                17.0,
            ),
            (
                "Ninety-two per cent (92%) of reviews were held on time.",
                92.0,
            ),
        ] {
            let r = analyse(t);
            let values: Vec<f64> = r.indicators.iter().map(|i| i.value).collect();
            assert_eq!(values, [value], "{t}");
        }
    }

    #[test]
    fn durations_moved_to_are_measured_and_years_are_numbers() {
        let r = analyse(
            "Void turnaround times had deteriorated to 41 days against a target of 28 days.",
        );
        assert_eq!(r.indicators.len(), 1);
        assert_eq!(
            (r.indicators[0].value, r.indicators[0].unit.as_str()),
            (41.0, "days")
        );
        let r = analyse(
            "The housing register stood at 9,870 households, with an average wait of 4.2 years.",
        );
        let units: Vec<&str> = r.indicators.iter().map(|i| i.unit.as_str()).collect();
        assert_eq!(units, ["count", "number"]);
    }

    #[test]
    fn dashboard_lines_give_labels_earlier_values_and_neighbours() {
        let r = analyse("- Contacts: 1,624 (December: 1,388)\n- Children on CP plans: 318, rate 45.1 per 10,000 (SN 41.9)");
        assert_eq!(r.indicators.len(), 2, "{:?}", r.indicators);
        let contacts = &r.indicators[0];
        assert_eq!(contacts.value, 1624.0);
        assert_eq!(previous_value(contacts), Some(1388.0));
        let plans = &r.indicators[1];
        assert_eq!(
            (plans.value, plans.alt_values.as_slice()),
            (318.0, &[45.1][..])
        );
        assert_eq!(
            plans.comparisons[0].kind,
            ComparisonKind::StatisticalNeighbours
        );
        assert_eq!(plans.comparisons[0].value, 41.9);
    }

    #[test]
    fn fewer_than_at_a_month_is_the_levels_movement_and_typos_keep_percent() {
        let r = analyse("At the end of December there were 287 looked after children, which is 8 fewer than at the end of September.");
        assert_eq!(r.indicators.len(), 1);
        assert_eq!(r.indicators[0].direction, Some(Direction::Down));
        let r = analyse("Dental checks had dropped to 64 perecent.");
        assert_eq!(r.indicators[0].unit.as_str(), "percent");
    }

    #[test]
    fn a_meeting_date_in_the_title_is_no_reporting_period() {
        let r = analyse("Fostering Panel Business Meeting - 9 December 2025\n\nEleven mainstream fostering households had been approved against a target of 20.");
        assert_eq!(r.indicators.len(), 1);
        assert_eq!(r.indicators[0].value, 11.0);
        assert_eq!(r.indicators[0].period, None);
        // A report's title still gives its period.
        let r = analyse("Performance Report - December 2025\n\nEleven mainstream fostering households had been approved.");
        assert_eq!(r.indicators[0].period.as_deref(), Some("December 2025"));
    }

    #[test]
    fn an_earlier_period_in_brackets_after_the_sentence_and_a_bare_past_verb_change() {
        let r = analyse("Year to date, 47% of children subject to a CP plan had been visited every 10 working days (Q1 24/25: 52%).");
        assert_eq!(r.indicators.len(), 1);
        let previous = r.indicators[0].previous.as_ref().unwrap();
        assert_eq!(
            (previous.value, previous.period.as_deref()),
            (52.0, Some("Q1 24/25"))
        );
        let r = analyse("EHCP timeliness dropped 12 percentage points to 43%.");
        assert_eq!(r.indicators.len(), 1);
        assert_eq!(r.indicators[0].value, 43.0);
        assert_eq!(r.indicators[0].previous, None);
        assert_eq!(r.indicators[0].direction, Some(Direction::Down));
    }

    #[test]
    fn from_to_gives_previous_value_and_periods() {
        let r = analyse("There has been a reduction from 94% (October) to 91% (December) in the percentage of children looked after with an up to date statutory visit.");
        assert_eq!(r.indicators.len(), 1);
        let i = &r.indicators[0];
        assert_eq!(i.value, 91.0);
        assert_eq!(i.previous.as_ref().unwrap().value, 94.0);
        assert_eq!(
            i.previous.as_ref().unwrap().period.as_deref(),
            Some("October")
        );
        assert_eq!(i.period.as_deref(), Some("December"));
        assert_eq!(i.direction, Some(Direction::Down));
        assert_eq!(i.category, "statutory_visits");
    }

    #[test]
    fn a_period_between_from_and_to_still_links_the_earlier_value() {
        let r = analyse("The number of households in temporary accommodation had risen from 312 at the end of June to 347 at the end of September.");
        assert_eq!(r.indicators.len(), 1);
        let i = &r.indicators[0];
        assert_eq!(i.value, 347.0);
        assert_eq!(i.previous.as_ref().unwrap().value, 312.0);
        assert_eq!(i.period.as_deref(), Some("September"));
    }

    #[test]
    fn a_later_sentence_with_a_label_of_its_own_is_named_by_it() {
        let r =
            analyse("Stage 1 complaints within 10 days: 68%. Stage 2 within 20 working days: 55%.");
        let metrics: Vec<_> = r.indicators.iter().map(|i| i.metric.as_str()).collect();
        assert_eq!(
            metrics,
            [
                "Stage 1 complaints within 10 days",
                "Stage 2 within 20 working days"
            ]
        );
        // So is one in a block with no heading, where the figure ends its entry.
        let r = analyse("The Director summarised the plan. Patients with no criteria to reside: 87 in October, against an ambition of 60.");
        assert_eq!(
            r.indicators[0].metric,
            "Patients with no criteria to reside"
        );
        let r = analyse("The Head reported. KS4 results: 38% of the cohort achieved grade 4 in English and maths.");
        assert!(
            r.indicators[0].metric.contains("cohort"),
            "{:?}",
            r.indicators
        );
        // "Response times" names a measure; "Response (Head of Service)" only who answers.
        let r = analyse("Calls: 96,400. Response times: 12 days.");
        assert_eq!(r.indicators[1].metric, "Response times");
        // A kind of figure is no label of a measure.
        let r = analyse("Children in care: 287 (June: 279). Rate per 10,000: 61.2.");
        assert!(
            r.indicators[1].metric.starts_with("Children in care"),
            "{:?}",
            r.indicators
        );
    }

    #[test]
    fn it_in_a_later_clause_is_the_measure_named_first() {
        let r = analyse("The average wait was 4 minutes, against a standard of 3 minutes; in August it reached 7 minutes.");
        let metrics: Vec<_> = r.indicators.iter().map(|i| i.metric.as_str()).collect();
        assert_eq!(metrics, ["average wait", "average wait"]);
        // A long opening before the first figure names nothing.
        let r = analyse("The Executive Member considered a report on the transport policy for the new year after 12 weeks; it received 1,136 responses.");
        assert!(
            r.indicators.iter().all(|i| !i.metric.contains("Executive")),
            "{:?}",
            r.indicators
        );
    }

    #[test]
    fn the_speaker_and_the_full_stop_are_not_part_of_the_metric() {
        let r = analyse(
            "The Director of Finance reported a forecast overspend of £2.4m on the budget.",
        );
        assert_eq!(r.indicators[0].metric, "forecast overspend");
        let r = analyse("Members expressed concern that mandatory training completion was only 71%, well below the 95% expected.");
        assert_eq!(r.indicators[0].metric, "mandatory training completion");
        let r = analyse("The Chair commented that the turnover rate was 11.6%.");
        assert_eq!(r.indicators[0].metric, "turnover rate");
        let r =
            analyse("The Committee heard that the number of people delayed in hospital was 47.");
        assert_eq!(
            r.indicators[0].metric,
            "number of people delayed in hospital"
        );
        let r =
            analyse("Tribunals: 96% of appeals heard had been decided in favour of the family.");
        assert!(r.indicators[0].metric.starts_with("appeals heard"));
        let r = analyse(
            "In total 86 per cent of safeguarding enquiries were completed within 28 days.",
        );
        assert!(!r.indicators[0].metric.ends_with('.'));
        // Nor is the "where" that joins its clause to the one before.
        let r = analyse(
            "The main pressure was home care, where commissioned hours had risen to 21,300 a week.",
        );
        assert_eq!(r.indicators[0].metric, "commissioned hours");
    }

    #[test]
    fn a_bullets_label_in_lower_case_names_its_figures_once() {
        let r = analyse("The Head reported:\n- fly-tipping incidents: 1,312, down 9% on Q1\n- household waste recycled or composted: 41.3%");
        let metrics: Vec<&str> = r.indicators.iter().map(|i| i.metric.as_str()).collect();
        assert_eq!(
            metrics,
            [
                "fly-tipping incidents",
                "fly-tipping incidents",
                "household waste recycled or composted"
            ]
        );
    }

    /// The metric named for the first indicator of `t`.
    fn first_metric(t: &str) -> String {
        analyse(t).indicators[0].metric.clone()
    }

    #[test]
    fn an_age_range_a_runner_up_and_a_name_cut_short() {
        // An age range is no level reached.
        assert_eq!(
            first_metric("The detection rate among 15 to 24 year olds was 1,612 per 100,000."),
            "detection rate among 15 to 24 year olds"
        );
        // "followed by" introduces the next in a ranking.
        let r = analyse(
            "Neglect was recorded for 52% of registrations, followed by domestic abuse at 38%.",
        );
        assert_eq!(r.indicators[1].metric, "domestic abuse");
        // A name cut at ten words ends on a word that names, not "who" or "in the".
        assert_eq!(
            first_metric(
                "The number of care leavers aged 19 to 21 who were NEET had fallen to 29."
            ),
            "number of care leavers aged 19 to 21"
        );
        assert_eq!(
            first_metric(
                "The proportion of children with 3 or more placements in the year was 9%."
            ),
            "proportion of children with 3 or more placements"
        );
    }

    #[test]
    fn a_list_of_words_inside_a_metric_is_kept_whole() {
        assert_eq!(
            first_metric(
                "Care leavers in education, employment or training was 52%, down from 55%."
            ),
            "Care leavers in education, employment or training"
        );
        // A name's capitalised words, too.
        assert_eq!(
            first_metric("New Education, Health and Care Plans issued within 20 weeks were 46%."),
            "New Education, Health and Care Plans issued within 20 weeks"
        );
        // A comma that opens no list still ends the name, and a verb alone is no name.
        assert_eq!(
            first_metric("Care leavers in touch, as reported by advisers and workers, were 91%."),
            "Care leavers in touch"
        );
        // A list the length limit would cut in two is left out.
        let m = first_metric("Children in care who reached the expected standard at the end of primary in reading, writing and maths was 38%.");
        assert!(!m.contains(','), "{m}");
    }

    #[test]
    fn an_earlier_value_goes_to_the_level_that_could_have_moved_from_it() {
        let r = analyse("There were 112 missing episodes involving 37 children during August, up from 84 in July.");
        let episodes = r.indicators.iter().find(|i| i.value == 112.0).unwrap();
        assert_eq!(previous_value(episodes), Some(84.0));
        let children = r.indicators.iter().find(|i| i.value == 37.0).unwrap();
        assert_eq!(previous_value(children), None);
        // The nearer level keeps it when the words agree with it.
        let r = analyse("There were 112 missing episodes involving 37 children during August, down from 41 in July.");
        let children = r.indicators.iter().find(|i| i.value == 37.0).unwrap();
        assert_eq!(previous_value(children), Some(41.0));
    }

    #[test]
    fn a_review_within_timescale_is_a_looked_after_review() {
        let r = analyse("98% of children had an up to date care plan, and 95% had their review within timescale.");
        let reviews = r.indicators.iter().find(|i| i.value == 95.0).unwrap();
        assert_eq!(reviews.category, "cla_reviews");
    }

    #[test]
    fn the_level_a_change_reached_is_the_measure_however_it_is_written() {
        for t in [
            "Independent special school placements were up 23 to 187.",
            "Members questioned the rise in independent special school placements (up 23 to 187).",
            "Independent special school placements increased by 23 (to 187).",
        ] {
            let r = analyse(t);
            assert_eq!(r.indicators.len(), 1, "{t}");
            let i = &r.indicators[0];
            assert_eq!(
                (i.value, i.role, i.previous.is_none()),
                (187.0, Role::Actual, true),
                "{t}"
            );
            assert_eq!(i.direction, Some(Direction::Up), "{t}");
        }
    }

    #[test]
    fn a_recommendation_is_a_target_not_a_level() {
        let r = analyse("The average IRO caseload was 68, which was above the IRO Handbook recommendation of 50-70 but had reduced from 74 last year.");
        assert_eq!(r.indicators.len(), 1);
        let i = &r.indicators[0];
        assert_eq!(previous_value(i), Some(74.0));
        assert_eq!(comparisons(i), [(ComparisonKind::Target, 50.0)]);
    }

    #[test]
    fn the_size_of_a_change_is_not_part_of_the_metric() {
        assert_eq!(
            first_metric(
                "The number of children subject to a child protection plan rose by 15 to 240."
            ),
            "number of children subject to a child protection plan"
        );
        assert_eq!(
            first_metric("Re-referrals increased by 3 percentage points to 21% in December."),
            "Re-referrals"
        );
        // Nor is the verb that moved it.
        let r = analyse("The number of children in residential care had grown from 41 to 58, at an average weekly cost of £6,300.");
        assert_eq!(
            r.indicators[0].metric,
            "number of children in residential care"
        );
        assert_eq!(r.indicators[0].category, "placement_type");
        // A number that names the measure stays.
        assert_eq!(
            first_metric("Attainment at Key Stage 2 was 61% this year."),
            "Attainment at Key Stage 2"
        );
    }

    #[test]
    fn a_benchmark_in_an_earlier_clause_is_not_the_next_figures() {
        let r = analyse("Contacts had increased by 12% compared with the same quarter last year, with 4,310 contacts received.");
        let count = r.indicators.iter().find(|i| i.value == 4310.0).unwrap();
        assert_eq!(count.role, Role::Actual);
        assert!(r.indicators.iter().all(|i| i.comparisons.is_empty()));
    }

    #[test]
    fn money_is_named_by_the_noun_it_is_of_or_the_words_before_its_bracket() {
        let r = analyse("The Council was forecasting an overspend of £4.7 million at Period 6.");
        assert_eq!(r.indicators[0].metric, "overspend");
        let r = analyse("Children's Services: £3.1m overspend, driven by external placements (£2.4m) and home to school transport (£0.6m).");
        let names: Vec<&str> = r.indicators.iter().map(|i| i.metric.as_str()).collect();
        assert!(names.contains(&"home to school transport"), "{names:?}");
        assert!(
            names.iter().any(|n| n.ends_with("external placements")),
            "{names:?}"
        );
    }

    #[test]
    fn spending_against_a_budget_is_compared_not_counted_twice() {
        let r =
            analyse("Capital spending to date was £18.6m against a full year budget of £64.2m.");
        assert_eq!(r.indicators.len(), 1);
        assert_eq!(r.indicators[0].comparisons[0].value, 64_200_000.0);
    }

    #[test]
    fn a_share_of_which_is_named_by_what_was_counted() {
        let r = analyse("The Council received 2,140 information requests, of which 91% were answered within 20 working days.");
        let share = r.indicators.iter().find(|i| i.value == 91.0).unwrap();
        assert_eq!(
            share.metric,
            "information requests answered within 20 working days"
        );
    }

    #[test]
    fn to_then_from_gives_the_earlier_value_second() {
        let r = analyse(
            "Persistent absence had increased to 24% from 19%, which the Board found concerning.",
        );
        assert_eq!(r.indicators.len(), 1);
        assert_eq!(r.indicators[0].value, 24.0);
        assert_eq!(r.indicators[0].previous.as_ref().unwrap().value, 19.0);
        assert_eq!(r.indicators[0].direction, Some(Direction::Up));
        let r = analyse("The number not in education, employment or training had fallen to 14 from 22 last year.");
        assert_eq!(r.indicators.len(), 1);
        assert_eq!(r.indicators[0].previous.as_ref().unwrap().value, 22.0);
    }

    #[test]
    fn the_same_measure_at_another_date_is_its_earlier_value() {
        for t in [
            "Households in temporary accommodation: 1,432 at 30 September (1,287 at 31 March)",
            "There were 1,432 households in temporary accommodation at 30 September (1,287 at 31 March).",
            "There were 1,432 households in temporary accommodation at 30 September, compared with 1,287 at 31 March.",
        ] {
            let r = analyse(t);
            assert_eq!(r.indicators.len(), 1, "{t}");
            let previous = r.indicators[0].previous.as_ref().unwrap();
            assert_eq!(previous.value, 1287.0, "{t}");
            assert_eq!(previous.period.as_deref(), Some("31 March"), "{t}");
        }
        let r = analyse("Rent collection was 97.8% in September (98.1% in June).");
        assert_eq!(r.indicators.len(), 1);
        assert_eq!(r.indicators[0].previous.as_ref().unwrap().value, 98.1);
        let r = analyse("PEP completion was 96% in the summer term (94% in the spring term).");
        assert_eq!(r.indicators.len(), 1);
        assert_eq!(r.indicators[0].previous.as_ref().unwrap().value, 94.0);
    }

    #[test]
    fn an_earlier_years_figure_is_a_comparison_and_not_the_levels_time() {
        let r = analyse("Annual Report 2024/25\n\nAt Key Stage 4, 12% achieved grade 5+ in English and maths, below the 2023/24 figure of 15%.");
        assert_eq!(r.indicators.len(), 1, "{:?}", r.indicators);
        let i = &r.indicators[0];
        assert_eq!(
            (i.comparisons[0].kind, i.comparisons[0].value),
            (ComparisonKind::PreviousYear, 15.0)
        );
        assert_eq!(i.period.as_deref(), Some("2024/25"));
    }

    #[test]
    fn a_next_sentence_giving_the_national_figure_compares_the_last_measure() {
        let r = analyse("Plans issued within 20 weeks had improved to 47% in the year to September, from just 18% a year earlier. Nationally, the figure was 46%.");
        assert_eq!(r.indicators.len(), 1, "{:?}", r.indicators);
        let i = &r.indicators[0];
        assert_eq!(i.previous.as_ref().unwrap().value, 18.0);
        assert_eq!(i.comparisons.len(), 1);
        assert_eq!(
            (i.comparisons[0].kind, i.comparisons[0].value),
            (ComparisonKind::National, 46.0)
        );
        let r = analyse("Attendance was 91.2%. The national average was 93.4%.");
        assert_eq!(r.indicators.len(), 1);
        assert_eq!(r.indicators[0].comparisons[0].value, 93.4);
    }

    #[test]
    fn a_table_laid_out_with_spaces_is_read_by_its_columns() {
        let t = "Indicator                          Jun-25     Sep-25    Target\nNumber of children in care         402        417       -\nPlacement stability (3+ moves)     9.8%       11.2%     10%\n";
        let r = analyse(t);
        assert_eq!(r.indicators.len(), 2, "{:?}", r.indicators);
        let moves = &r.indicators[1];
        assert_eq!(
            (moves.value, moves.period.as_deref()),
            (11.2, Some("Sep-25"))
        );
        assert_eq!(moves.previous.as_ref().unwrap().value, 9.8);
        assert_eq!(moves.comparisons[0].value, 10.0);
    }

    #[test]
    fn a_count_and_the_share_it_represents_are_one_measure() {
        let r = analyse("There were 27 UASC, representing 6% of the children in care.");
        assert_eq!(r.indicators.len(), 1, "{:?}", r.indicators);
        assert_eq!(
            (r.indicators[0].value, r.indicators[0].alt_values.clone()),
            (27.0, vec![6.0])
        );
    }

    #[test]
    fn a_dip_to_one_level_from_another_gives_the_earlier_value() {
        let r = analyse("Performance had dipped slightly to 84% in Quarter 2 from 86% in Quarter 1, against a target of 90%.");
        assert_eq!(r.indicators.len(), 1, "{:?}", r.indicators);
        assert_eq!(r.indicators[0].previous.as_ref().unwrap().value, 86.0);
        assert_eq!(r.indicators[0].comparisons[0].value, 90.0);
    }

    #[test]
    fn a_year_ago_figure_after_a_named_comparison_is_the_previous_years() {
        for t in [
            "Persistent absence was 22.3 per cent, compared to 21.2 per cent nationally and 23.6 per cent last year.",
            "Persistent absence was 22.3%, compared with 21.2% nationally and 23.6% in 2024/25.",
        ]
        .into_iter()
        // Under an item's title, and pasted alone (where the sentence is the title).
        .flat_map(|t| [format!("6. School Attendance\n{t}"), t.to_string()])
        {
            let r = analyse(&t);
            assert_eq!(r.indicators.len(), 1, "{:?}", r.indicators);
            let kinds: Vec<_> = r.indicators[0]
                .comparisons
                .iter()
                .map(|c| (c.kind, c.value))
                .collect();
            assert_eq!(
                kinds,
                [
                    (ComparisonKind::National, 21.2),
                    (ComparisonKind::PreviousYear, 23.6)
                ],
                "{t}"
            );
            // The earlier year is the comparison's time, not the level's.
            assert_eq!(r.indicators[0].period, None, "{t}");
        }
    }

    #[test]
    fn an_amount_by_which_something_moved_is_no_earlier_level() {
        let r = analyse("Children's Social Care was forecast to overspend by £5.9m, mainly on residential placements, where average weekly costs had risen to £6,850.");
        let cost = r.indicators.iter().find(|i| i.value == 6850.0).unwrap();
        assert!(cost.previous.is_none());
        assert!(r.indicators.iter().any(|i| i.value == 5_900_000.0));
    }

    #[test]
    fn thresholds_and_named_national_figures() {
        let r = analyse("Eight percent of children looked after had at least one suspension, compared with 11 percent nationally.");
        assert_eq!(r.indicators.len(), 1);
        assert_eq!(r.indicators[0].comparisons[0].value, 11.0);
        let r =
            analyse("At Key Stage 4, the average Attainment 8 score was 21.3 (national CLA 19.4).");
        assert_eq!(r.indicators.len(), 1);
        assert_eq!(r.indicators[0].comparisons[0].value, 19.4);
    }

    #[test]
    fn table_rows_read_their_columns() {
        let r = analyse("Measure\tQ4 24/25\tQ1 25/26\tTarget\tRAG\n% care leavers in EET\t54%\t57%\t60%\tAmber\nReview health assessments in time\t89%\t93%\t90%\tGreen\n");
        assert_eq!(r.indicators.len(), 2);
        let eet = &r.indicators[0];
        assert_eq!(eet.metric, "% care leavers in EET");
        assert_eq!(eet.value, 57.0);
        assert_eq!(eet.period.as_deref(), Some("Q1 25/26"));
        let previous = eet.previous.as_ref().unwrap();
        assert_eq!(
            (previous.value, previous.period.as_deref()),
            (54.0, Some("Q4 24/25"))
        );
        assert_eq!(eet.comparisons[0].kind, ComparisonKind::Target);
        assert_eq!(eet.comparisons[0].value, 60.0);
        assert_eq!(r.indicators[1].direction, Some(Direction::Up));
    }

    #[test]
    fn a_count_restated_as_a_rate_is_one_indicator() {
        let r = analyse("There are currently 412 children looked after, a rate of 78 per 10,000.");
        assert_eq!(r.indicators.len(), 1);
        assert_eq!(r.indicators[0].value, 412.0);
        assert_eq!(r.indicators[0].alt_values, [78.0]);
        // An earlier count between them is compared with, and the rate is the level's.
        let r = analyse("There were 412 children in care at the end of September, compared with 398 in June, a rate of 71 per 10,000 children.");
        assert_eq!(r.indicators.len(), 1);
        assert_eq!(r.indicators[0].alt_values, [71.0]);
        assert_eq!(previous_value(&r.indicators[0]), Some(398.0));
    }

    #[test]
    fn a_bare_rate_is_named_by_its_category() {
        let r = analyse("There were 287 children subject to a plan, a rate of 41.9 per 10,000.");
        assert!(r
            .indicators
            .iter()
            .all(|i| i.category == "child_protection"));
        let r = analyse("For children subject to a plan there was a rate of 41.9 per 10,000.");
        let names: Vec<&str> = r.indicators.iter().map(|i| i.metric.as_str()).collect();
        assert_eq!(names, ["Children on child protection plans (rate)"]);
    }

    #[test]
    fn a_lone_figure_takes_its_sentences_movement_and_a_lead_ins() {
        let r = analyse("Long term stability continued to improve, with 71% remaining in their placement for two years.");
        assert_eq!(r.indicators[0].direction, Some(Direction::Up));
        let r = analyse("Dental checks showed an improving picture. During October, 97% of children had a dental check.");
        assert_eq!(r.indicators[0].direction, Some(Direction::Up));
        let r = analyse("The service consisted of reviewing plans and monitoring the Service Improvement Plan. A total of 18 reviews were late in Q2.");
        assert_eq!(r.indicators[0].direction, None);
        let r = analyse(
            "The number in care rose, with 291 children in care and 12% placed out of area.",
        );
        assert!(r.indicators.iter().all(|i| i.direction.is_none()));
        // A hope to improve is no movement.
        for hope in [
            "There is scope for improvement in the timeliness of pathway plans, which stood at 79%.",
            "Pathway plans were up to date for 79% of care leavers and further work is required to improve this rate.",
        ] {
            assert_eq!(analyse(hope).indicators[0].direction, None, "{hope}");
        }
    }

    #[test]
    fn an_item_title_names_the_topic_its_body_leaves_unnamed() {
        let r = analyse("7. FOSTERING SERVICE UPDATE\n\nTwenty-two new enquiries had been received in the quarter.");
        assert_eq!(r.indicators.len(), 1);
        assert_eq!(r.indicators[0].category, "fostering");
    }

    #[test]
    fn an_item_title_naming_one_service_outweighs_a_generic_word() {
        let body = "\n\nThe average wait was now 41 days. Annual reviews completed in the last 12 months stood at 62%.";
        let r = analyse(&format!(
            "15. ADULT SOCIAL CARE PERFORMANCE - QUARTER 2 2025/26{body}"
        ));
        let cats: Vec<&str> = r.indicators.iter().map(|i| i.category).collect();
        assert_eq!(cats, ["adult_social_care", "adult_social_care"]);
        // A title joining two services, or a budget's, says nothing of which one.
        for title in [
            "15. ADOPTION AND ADULT SOCIAL CARE - QUARTER 2 2025/26",
            "15. BUDGET MONITORING - QUARTER 2 2025/26",
        ] {
            let r = analyse(&format!("{title}{body}"));
            let cats: Vec<&str> = r.indicators.iter().map(|i| i.category).collect();
            // (With no service named, annual reviews are those of EHC plans.)
            assert_eq!(cats, ["health_services", "send"], "{title}");
        }
    }

    #[test]
    fn a_meeting_named_for_one_service_outweighs_a_generic_word() {
        let item = "\n\n5. Quarterly Performance Report\n\nThe Director reported that 78% of reviews were completed within 12 months.";
        let category = |meeting: &str| analyse(&format!("{meeting}{item}")).indicators[0].category;
        assert_eq!(
            category("Adult Social Care Scrutiny Committee"),
            "adult_social_care"
        );
        assert_eq!(category("Youth Justice Management Board"), "youth_justice");
        // A name joining services, or naming none, leaves the generic word to decide.
        assert_eq!(
            category("Fostering and Adult Social Care Panel"),
            "cla_reviews"
        );
        assert_eq!(category("Corporate Parenting Panel"), "cla_reviews");
    }

    #[test]
    fn an_earlier_values_time_across_a_semicolon_is_not_the_next_figures() {
        let r = analyse("1. Fostering Report\n\nIn-house carers care for 38% of children in care, compared to 41% in March; the proportion in IFA placements has risen to 29%.");
        let ifa = r.indicators.iter().find(|i| i.value == 29.0).unwrap();
        assert_eq!(ifa.period, None);
        let r = analyse("There had been 41 permanent exclusions in 2024/25, up from 29 the year before; suspensions were 3,870.");
        let suspensions = r.indicators.iter().find(|i| i.value == 3870.0).unwrap();
        assert_eq!(suspensions.period.as_deref(), Some("2024/25"));
    }

    #[test]
    fn a_title_naming_a_service_by_a_generic_word_places_unplaced_figures() {
        let r = analyse("1. Quarterly Fostering Report (July to September 2025)\n\nThe Team Manager reported 46 initial enquiries in the quarter.");
        assert_eq!(r.indicators[0].category, "fostering");
    }

    #[test]
    fn the_meeting_named_for_one_service_places_what_nothing_else_does() {
        let body = "\n\n3 Performance Report\n\n72% of young people were in suitable education at the end of their order.";
        let r = analyse(&format!("YOUTH JUSTICE MANAGEMENT BOARD{body}"));
        assert_eq!(r.indicators[0].category, "youth_justice");
        let r = analyse(&format!("HEALTH AND WELLBEING BOARD{body}"));
        assert_eq!(r.indicators[0].category, "other");
        // The name's own line, though the line under it was read as the same paragraph.
        let r = analyse(&format!(
            "Minutes of the Youth Justice Partnership Board\nHeld on 8 October 2026 via Microsoft Teams{body}"
        ));
        assert_eq!(r.indicators[0].category, "youth_justice");
    }

    #[test]
    fn bracketed_counts_are_the_same_indicator() {
        let r = analyse("The rate of children in care fell from 68.7 (688 children) in November 2020 to 62.6 (627 children) in October 2021.");
        assert_eq!(r.indicators.len(), 1);
        let i = &r.indicators[0];
        assert_eq!((i.value, i.alt_values.clone()), (62.6, vec![627.0]));
        assert_eq!(i.previous.as_ref().unwrap().value, 68.7);
        assert_eq!(i.period.as_deref(), Some("October 2021"));
    }

    #[test]
    fn benchmarks_in_the_sentence_are_comparisons() {
        let r = analyse("Re-referral rates at 17.4% were lower than national figures of 22%.");
        assert_eq!(r.indicators.len(), 1);
        assert_eq!(
            r.indicators[0].comparisons[0].kind,
            ComparisonKind::National
        );
        assert_eq!(r.indicators[0].comparisons[0].value, 22.0);
        assert_eq!(r.indicators[0].direction, None);
    }

    #[test]
    fn a_following_sentence_that_refers_back_adds_comparisons() {
        let r = analyse("83.3% of all CLA have up to date dental checks (90/108 children). This was better than the statistical neighbour average of 75% and England average of 70%.");
        assert_eq!(r.indicators.len(), 1);
        let values: Vec<f64> = r.indicators[0]
            .comparisons
            .iter()
            .map(|c| c.value)
            .collect();
        assert_eq!(values, vec![75.0, 70.0]);
        assert_eq!(r.indicators[0].alt_values, vec![90.0]);
    }

    #[test]
    fn a_number_budgeted_set_against_a_level_is_its_comparison() {
        let r = analyse(
            "Agency social workers cost £0.8m, with 64 agency staff in post against 41 budgeted.",
        );
        let staff: Vec<_> = r.indicators.iter().filter(|i| i.value == 64.0).collect();
        assert_eq!(staff.len(), 1, "{:?}", r.indicators);
        assert_eq!(staff[0].comparisons[0].value, 41.0);
        assert!(r.indicators.iter().all(|i| i.value != 41.0));
    }

    #[test]
    fn a_sentence_giving_the_countrys_figure_for_a_year_compares_the_last_measure() {
        let r = analyse("Of 47 conferences, 39 (83%) were held within 15 working days. The all-Wales average for 2025-26 was 88%.");
        let held: Vec<_> = r.indicators.iter().filter(|i| i.value == 39.0).collect();
        assert_eq!(held.len(), 1, "{:?}", r.indicators);
        assert_eq!(held[0].comparisons.len(), 1);
        assert_eq!(held[0].comparisons[0].kind, ComparisonKind::National);
        assert!(r.indicators.iter().all(|i| i.value != 88.0));
    }

    #[test]
    fn a_next_sentence_giving_the_target_compares_the_last_measure() {
        let r = analyse("Placement stability (three or more moves) was 11.2%, up from 9.8% in June. The target is 10% or below.");
        assert_eq!(r.indicators.len(), 1);
        assert_eq!(r.indicators[0].comparisons.len(), 1);
        assert_eq!(r.indicators[0].comparisons[0].kind, ComparisonKind::Target);
        assert_eq!(r.indicators[0].comparisons[0].value, 10.0);
    }

    #[test]
    fn a_level_reached_by_another_noun_has_no_earlier_value() {
        let r = analyse("The Ombudsman had upheld 7 complaints, and compliments had risen to 356.");
        let values: Vec<(f64, bool)> = r
            .indicators
            .iter()
            .map(|i| (i.value, i.previous.is_some()))
            .collect();
        assert_eq!(values, [(7.0, false), (356.0, false)]);
    }

    #[test]
    fn a_figure_with_no_topic_is_named_by_what_is_said_of_it() {
        let r = analyse("37 young people took part in the survey, and 81% said they felt safe where they lived.");
        let names: Vec<&str> = r.indicators.iter().map(|i| i.metric.as_str()).collect();
        assert_eq!(names[1], "they felt safe where they lived");
        // A time is no name.
        let r = analyse("The overall position was 81% by the end of the year.");
        assert_ne!(r.indicators[0].metric, "by the end of the year");
    }

    #[test]
    fn a_table_reads_negative_cells_and_passes_over_its_gap_column() {
        let r = analyse("Measure\tLocal\tEngland\tGap\nKS4 Attainment 8\t44.9\t45.9\t-1.0\nKS4 Progress 8\t-0.12\t-0.03\t-0.09\n");
        let rows: Vec<(f64, Vec<f64>)> = r
            .indicators
            .iter()
            .map(|i| (i.value, i.comparisons.iter().map(|c| c.value).collect()))
            .collect();
        assert_eq!(rows, [(44.9, vec![45.9]), (-0.12, vec![-0.03])]);
    }

    #[test]
    fn a_bracket_of_two_figures_after_a_movement_gives_the_level_then_the_earlier() {
        let r = analyse(
            "Enquiries were up by a quarter on the same period last year (212 compared with 170).",
        );
        assert_eq!(r.indicators.len(), 1);
        let i = &r.indicators[0];
        assert_eq!(i.value, 212.0);
        assert_eq!(i.previous.as_ref().map(|p| p.value), Some(170.0));
        assert_eq!(i.direction, Some(Direction::Up));
        assert_eq!(i.metric, "Enquiries");
    }

    #[test]
    fn points_below_the_same_point_last_year_are_the_levels_movement() {
        let r = analyse("Council tax collection was 56.2% at the end of September, 0.4 percentage points below the same point last year.");
        assert_eq!(r.indicators.len(), 1);
        assert_eq!(r.indicators[0].value, 56.2);
        assert_eq!(r.indicators[0].direction, Some(Direction::Down));
    }

    #[test]
    fn a_deterioration_from_a_time_when_gives_the_earlier_share() {
        let r = analyse("34 IHAs were due and 19 were completed within timescale, which equates to 56%. This is a deterioration from Quarter 1 when 71% were completed on time.");
        let i = r.indicators.iter().find(|i| i.value == 19.0).unwrap();
        assert_eq!(i.previous.as_ref().map(|p| p.value), Some(71.0));
        assert_eq!(i.direction, Some(Direction::Down));
        assert!(r.indicators.iter().all(|i| i.value != 71.0));
    }

    #[test]
    fn the_time_a_change_is_set_against_is_not_the_levels_period() {
        let r = analyse("Homelessness approaches had increased to 1,112 in the quarter, 9% more than in Quarter 1.");
        assert_eq!(r.indicators[0].value, 1112.0);
        assert_eq!(r.indicators[0].period, None);
        // A title line with no item number dates the item.
        let r = analyse("Housing Scrutiny\n\nHomelessness Performance - Quarter 2\n\nHomelessness approaches had increased to 1,112 in the quarter, 9% more than in Quarter 1.");
        assert_eq!(r.indicators[0].period.as_deref(), Some("Quarter 2"));
    }

    #[test]
    fn targets_on_their_own_are_target_indicators() {
        let r = analyse(
            "The target was for at least 90% of all CLA to have an up to date dental check.",
        );
        assert_eq!(r.indicators[0].role, Role::Target);
    }

    #[test]
    fn changes_without_a_level_are_changes() {
        let r = analyse("There was a reduction of 10 in Lancaster and 26 in Burnley.");
        let roles: Vec<(f64, Role)> = r.indicators.iter().map(|i| (i.value, i.role)).collect();
        assert_eq!(roles, vec![(10.0, Role::Change), (26.0, Role::Change)]);
        // A change named in the plural: "cost increases of around 7%".
        let r = analyse("Providers had reported cost increases of around 7%.");
        assert_eq!(r.indicators[0].role, Role::Change);
        assert_eq!(r.indicators[0].direction, Some(Direction::Up));
    }

    #[test]
    fn period_falls_back_to_the_items_reporting_period() {
        let t = "Agenda item\n\nPerformance\n\nThe Board received performance information for December 2020.\n\n· 99.5% of reviews were held in time.";
        let r = analyse(t);
        assert_eq!(r.indicators[0].period.as_deref(), Some("December 2020"));
    }

    #[test]
    fn a_bracket_holding_several_figures_does_not_swallow_the_next() {
        let r = analyse("Savings of £1.9m (76% of the target of £2.5m) had been delivered.");
        assert_eq!(r.indicators.len(), 1);
        assert_eq!(r.indicators[0].alt_values, vec![76.0]);
        assert_eq!(r.indicators[0].comparisons[0].value, 2_500_000.0);
    }

    #[test]
    fn an_earlier_value_in_brackets_after_the_level_is_previous() {
        let r = analyse(
            "Rough sleeping had fallen to 12 people on the snapshot night (from 21 in March).",
        );
        assert_eq!(r.indicators.len(), 1);
        assert_eq!(previous_value(&r.indicators[0]), Some(21.0));
    }

    #[test]
    fn this_compares_to_last_years_and_englands_figures() {
        let r = analyse(
            "The vacancy rate for social workers was 18.5% (c. 60 posts), down from 24% in March.",
        );
        assert_eq!(r.indicators.len(), 1);
        let i = &r.indicators[0];
        assert_eq!((i.value, i.alt_values.clone()), (18.5, vec![60.0]));
        assert_eq!(previous_value(i), Some(24.0));
        let r = analyse("214 complaints were received in 2024/25, compared with 187 in 2023/24, an increase of 14%. 71% were answered in time.");
        let periods: Vec<_> = r.indicators.iter().map(|i| i.period.as_deref()).collect();
        assert_eq!(periods, [Some("2024/25"), Some("2024/25"), Some("2024/25")]);
        let r = analyse("First time entrants: 212 per 100,000 young people (England 154). The rate had risen from 187 in Q1.");
        assert_eq!(r.indicators.len(), 1);
        let i = &r.indicators[0];
        assert_eq!(previous_value(i), Some(187.0));
        assert_eq!(i.direction, Some(Direction::Up));
        let r = analyse("On average 42 people a day were fit for discharge in October, down from 58 a day in April.");
        assert_eq!(r.indicators.len(), 1);
        assert_eq!(previous_value(&r.indicators[0]), Some(58.0));
        let r =
            analyse("The waiting list had fallen to 23 people from a peak of 140 in January 2025.");
        assert_eq!(r.indicators.len(), 1);
        assert_eq!(previous_value(&r.indicators[0]), Some(140.0));
        let r = analyse("The number rose to 40 children from 12 schools.");
        assert!(r.indicators[0].previous.is_none());
        let r = analyse(
            "Persistent absence for children in care was 19.7%, lower than 22.3% for all pupils.",
        );
        assert_eq!(r.indicators.len(), 1);
        assert_eq!(r.indicators[0].comparisons[0].kind, ComparisonKind::Other);
        let r = analyse(
            "The number of carers approved (9) was lower than the number de-registered (14).",
        );
        assert_eq!(r.indicators.len(), 2);
        let r = analyse("The average time to re-let an empty home was 42 days, compared to a target of 28 days and 51 days in the previous year.");
        assert_eq!(r.indicators.len(), 1);
        let kinds = comparisons(&r.indicators[0]);
        assert_eq!(
            kinds,
            [
                (ComparisonKind::Target, 28.0),
                (ComparisonKind::PreviousYear, 51.0)
            ]
        );
        let r = analyse("The rate was 152 per 100,000 young people. This compares to 161 per 100,000 in the previous year and 148 per 100,000 for England.");
        assert_eq!(r.indicators.len(), 1);
        let kinds = comparisons(&r.indicators[0]);
        assert_eq!(
            kinds,
            [
                (ComparisonKind::PreviousYear, 161.0),
                (ComparisonKind::National, 148.0)
            ]
        );
        let r = analyse(
            "There were 341 children subject to a child protection plan (rate 45.6 per 10,000).",
        );
        assert_eq!(r.indicators.len(), 1);
        assert_eq!(r.indicators[0].alt_values, [45.6]);
        // A count restated as a rate per 100,000 is one measure.
        let r = analyse(
            "38 young people entered the system for the first time, a rate of 152 per 100,000.",
        );
        assert_eq!(r.indicators.len(), 1);
        assert_eq!(r.indicators[0].alt_values, [152.0]);
    }

    #[test]
    fn a_decline_on_last_quarter_in_brackets_gives_the_earlier_value() {
        let r = analyse("Only 58% were in education, a decline on last quarter (66%).");
        assert_eq!(r.indicators.len(), 1);
        assert_eq!(previous_value(&r.indicators[0]), Some(66.0));
        assert_eq!(r.indicators[0].direction, Some(Direction::Down));
    }

    #[test]
    fn a_next_sentence_gives_the_earlier_value_of_the_measure_just_given() {
        let r = analyse("Only 41% were completed within 20 working days. This was a decrease from 48% in 2023/24 and remained below the statistical neighbour average of 61%.");
        assert_eq!(r.indicators.len(), 1);
        let i = &r.indicators[0];
        assert_eq!(
            i.previous.as_ref().map(|p| (p.value, p.period.as_deref())),
            Some((48.0, Some("2023/24")))
        );
        assert_eq!(i.direction, Some(Direction::Down));
        assert_eq!(i.comparisons[0].kind, ComparisonKind::StatisticalNeighbours);
    }

    #[test]
    fn a_short_label_then_up_or_down_gives_a_change() {
        let r = analyse("Neighbourhood crime down 9%; violence with injury up 3%.");
        let found: Vec<(f64, Role, Option<Direction>)> = r
            .indicators
            .iter()
            .map(|i| (i.value, i.role, i.direction))
            .collect();
        assert_eq!(
            found,
            [
                (9.0, Role::Change, Some(Direction::Down)),
                (3.0, Role::Change, Some(Direction::Up))
            ]
        );
        // "made up" is no movement.
        let r = analyse("Agency social workers made up 16% of the workforce.");
        assert_eq!(r.indicators[0].role, Role::Actual);
    }

    #[test]
    fn all_pupils_named_before_a_figure_in_brackets_are_a_comparison() {
        let r = analyse("At Key Stage 2, 38 per cent met the expected standard in reading, writing and maths (all pupils locally: 61 per cent).");
        assert_eq!(r.indicators.len(), 1, "{:?}", r.indicators);
        assert_eq!(
            comparisons(&r.indicators[0]),
            [(ComparisonKind::Other, 61.0)]
        );
    }

    #[test]
    fn sn_written_after_a_figure_names_it_statistical_neighbours() {
        let r = analyse("Care leavers in EET (19-21): 49% vs 56% SN");
        assert_eq!(r.indicators.len(), 1, "{:?}", r.indicators);
        assert_eq!(
            comparisons(&r.indicators[0]),
            [(ComparisonKind::StatisticalNeighbours, 56.0)]
        );
        assert_eq!(
            first_comparisons(
                "Referral to treatment within 18 weeks: 58.9% (constitutional standard 92%)"
            ),
            [(ComparisonKind::Target, 92.0)]
        );
        assert_eq!(
            first_comparisons("The rate was 82 per 10,000, compared to 70 in England and 88 among statistical neighbours."),
            [
                (ComparisonKind::National, 70.0),
                (ComparisonKind::StatisticalNeighbours, 88.0)
            ]
        );
        // Not when it opens what follows ("SN explained ...").
        let r = analyse("Caseloads averaged 19 SN explained that this was stable.");
        assert!(r.indicators.iter().all(|i| i.comparisons.is_empty()));
    }

    #[test]
    fn an_improvement_on_last_year_and_a_level_short_of_an_ambition() {
        let r = analyse("Reviews were on time for 92% of children, an improvement on the previous year when performance was 87%.");
        assert_eq!(r.indicators[0].direction, Some(Direction::Up));
        let r =
            analyse("Dental checks rose to 78%, still short of the 85% ambition set by the Board.");
        assert_eq!(r.indicators[0].comparisons[0].kind, ComparisonKind::Target);
        assert_eq!(r.concerns.len(), 1);
        // The bar in a next sentence, named a few words after its figure.
        let r = analyse("82% of children in care had a dental check. The Chair noted that this was still short of the 90% the Board had set as its ambition.");
        assert_eq!(r.indicators.len(), 1);
        assert_eq!(r.indicators[0].comparisons[0].kind, ComparisonKind::Target);
    }

    #[test]
    fn earlier_values_given_respectively_and_a_rate_in_brackets() {
        let r = analyse("Performance for Q4:\nThe number of children in care was 402 (rate 66.5 per 10k), compared with 389 and 396 at the end of Q2 and Q3 respectively.");
        assert_eq!(r.indicators.len(), 1);
        let i = &r.indicators[0];
        assert_eq!(i.alt_values, [66.5]);
        assert_eq!(
            i.previous.as_ref().map(|p| (p.value, p.period.as_deref())),
            Some((396.0, Some("Q3")))
        );
        assert_eq!(i.direction, Some(Direction::Up));
        assert_eq!(i.period.as_deref(), Some("Q4"));
    }

    #[test]
    fn a_dip_from_an_earlier_value_and_counts_in_brackets() {
        let r = analyse("Placement stability was 68%, which was a slight dip from 70%.");
        assert_eq!(r.indicators.len(), 1);
        assert_eq!(previous_value(&r.indicators[0]), Some(70.0));
        let r = analyse("The number of foster carers approved this year (9) was lower than the number de-registered (14).");
        let values: Vec<f64> = r.indicators.iter().map(|i| i.value).collect();
        assert_eq!(values, [9.0, 14.0]);
    }

    #[test]
    fn a_movement_explained_is_not_the_next_figures() {
        let r = analyse("The Assistant Director explained that the fall was due to a shortage of psychologists; 4.5 FTE posts were vacant.");
        assert_eq!(r.indicators[0].direction, None);
        let r = analyse("Stability continued to improve, with 71% remaining in their placement.");
        assert_eq!(r.indicators[0].direction, Some(Direction::Up));
    }

    #[test]
    fn a_level_that_settled_and_a_circa_count() {
        let r = analyse("The number of looked after children had stabilised at around 520.");
        assert_eq!(r.indicators[0].value, 520.0);
        let r = analyse("There were c.40 children placed with parents.");
        assert_eq!(r.indicators[0].value, 40.0);
        // A section number is still no figure.
        assert!(analyse("See section 4.2 of the report.")
            .indicators
            .is_empty());
    }

    #[test]
    fn a_level_reached_after_a_change_in_another_unit() {
        let r = analyse("ASB incidents had fallen by 14% year on year, to 3,204.");
        let found: Vec<(f64, Option<Direction>)> = r
            .indicators
            .iter()
            .map(|i| (i.value, i.direction))
            .collect();
        assert_eq!(
            found,
            [
                (14.0, Some(Direction::Down)),
                (3204.0, Some(Direction::Down))
            ]
        );
    }

    #[test]
    fn numbers_in_words_with_hundreds_and_as_a_target() {
        let r = analyse("Two hundred and twelve fostering households were approved.");
        assert_eq!(r.indicators[0].value, 212.0);
        let r = analyse("There were forty-five children and ninety five per cent were seen.");
        let values: Vec<f64> = r.indicators.iter().map(|i| i.value).collect();
        assert_eq!(values, [45.0, 95.0]);
        let r = analyse(
            "Twelve new foster carers had been approved since April against a target of twenty.",
        );
        assert_eq!(r.indicators.len(), 1);
        assert_eq!(r.indicators[0].comparisons[0].value, 20.0);
    }

    #[test]
    fn more_of_something_than_last_year_is_a_change() {
        let r = analyse("Eight percent more fostering enquiries had been received than in the same period last year.");
        assert_eq!(r.indicators[0].role, Role::Change);
        assert_eq!(r.indicators[0].direction, Some(Direction::Up));
        let r =
            analyse("The average wait was 412 days, longer than the England average of 367 days.");
        assert_eq!(r.concerns.len(), 1);
    }

    #[test]
    fn two_figures_told_side_by_side_are_both_levels() {
        let r = analyse("Average caseloads were 17.3 for children in need teams and 14.1 for the looked after children teams.");
        let values: Vec<f64> = r.indicators.iter().map(|i| i.value).collect();
        assert_eq!(values, [17.3, 14.1]);
    }

    #[test]
    fn a_standard_in_brackets_is_a_target() {
        let r = analyse("Eating disorder urgent cases seen within one week: 87% (standard 95%).");
        assert_eq!(r.indicators.len(), 1);
        assert_eq!(r.indicators[0].comparisons[0].kind, ComparisonKind::Target);
        let r = analyse("Uptake of the MMR second dose at age 5 was 84.1% (Public Health data).");
        assert_eq!(r.indicators[0].category, "immunisations");
    }

    #[test]
    fn a_level_above_or_below_last_years_has_moved() {
        let r = analyse("Attendance was 91.2%, slightly lower than the previous year (92.0%).");
        assert_eq!(r.indicators[0].direction, Some(Direction::Down));
        // "more than 20 miles" is a threshold, and "compared with" alone no movement.
        let r = analyse(
            "29% of children were placed more than 20 miles away, compared with 25% last year.",
        );
        assert_eq!(r.indicators[0].direction, None);
    }

    #[test]
    fn compared_with_last_year_is_a_previous_year_comparison() {
        let r = analyse("Delays had reduced to 14 per day, compared with 19 per day in the same period last year.");
        assert_eq!(r.indicators.len(), 1);
        assert_eq!(
            r.indicators[0].comparisons[0].kind,
            ComparisonKind::PreviousYear
        );
    }

    #[test]
    fn wrapped_lines_do_not_break_a_cue() {
        let r = analyse("Only 38% of care leavers aged 19-21 were in education, employment or\ntraining, below the national figure of 56%.");
        assert_eq!(r.indicators[0].category, "care_leavers_eet");
    }

    #[test]
    fn a_sentence_that_refers_back_takes_the_earlier_measure() {
        let r = analyse("The number of looked after children had increased to 512. This equated to a rate of 78 per 10,000 children.");
        assert_eq!(r.indicators[1].category, "children_in_care");
    }

    #[test]
    fn an_earlier_period_in_brackets_gives_the_previous_value() {
        let r = analyse("Dental checks: 72% (Q4 2023/24: 68%).");
        assert_eq!(r.indicators.len(), 1);
        let p = r.indicators[0].previous.as_ref().unwrap();
        assert_eq!((p.value, p.period.as_deref()), (68.0, Some("Q4 2023/24")));
    }

    #[test]
    fn compared_with_another_group_is_a_comparison() {
        let r = analyse(
            "Overall absence for children in care was 9.2%, compared with 7.4% for all pupils.",
        );
        assert_eq!(r.indicators.len(), 1);
        assert!(r.indicators[0].previous.is_none());
        assert_eq!(r.indicators[0].comparisons[0].value, 7.4);
    }

    #[test]
    fn a_lone_noun_names_a_count_of_no_known_topic_and_a_change_after_a_dash() {
        let r = analyse("There were 19 fatalities (previous year 14).");
        assert_eq!(r.indicators[0].metric, "fatalities");
        assert_eq!(previous_value(&r.indicators[0]), None);
        assert_eq!(
            comparisons(&r.indicators[0]),
            [(ComparisonKind::PreviousYear, 14.0)]
        );
        let r =
            analyse("There were 9,214 households on the register: Band A 312 and Band B 1,204.");
        assert_eq!(r.indicators[2].metric, "households on the register: Band B");
        let r = analyse("Drug-related deaths: 38 registered in 2025.");
        assert_eq!(r.indicators[0].metric, "Drug-related deaths");
        assert_eq!(
            names_and_values("Pedestrian casualties 213 - up 8% on last year."),
            [
                ("Pedestrian casualties".to_string(), 213.0),
                ("Pedestrian casualties".to_string(), 8.0)
            ]
        );
    }

    #[test]
    fn a_count_set_against_one_before_and_a_noun_after_a_participle_name_it() {
        let named = names_and_values("The Fund had awarded 37 grants, creating 148 jobs. The council had ring-fenced 12 apprenticeships for care leavers but only 4 were filled. Youth unemployment remained stubbornly high at 6.9%.");
        let named: Vec<(&str, f64)> = named.iter().map(|(m, v)| (m.as_str(), *v)).collect();
        assert_eq!(
            named[1..],
            [
                ("jobs", 148.0),
                ("apprenticeships for care leavers", 12.0),
                ("apprenticeships for care leavers filled", 4.0),
                ("Youth unemployment", 6.9)
            ]
        );
        let r = analyse(
            "The Head of Service advised that grant spend was £1.6m, of which £0.4m was committed.",
        );
        assert_eq!(r.indicators[1].metric, "grant spend committed");
    }

    #[test]
    fn up_on_last_year_is_a_change() {
        let r =
            analyse("The number of children subject to CP plans was 412 (up 12% on last year).");
        assert_eq!(r.indicators[1].role, Role::Change);
        assert_eq!(r.indicators[1].direction, Some(Direction::Up));
        // The level it follows went the same way.
        assert_eq!(r.indicators[0].direction, Some(Direction::Up));
    }

    #[test]
    fn a_share_after_what_a_count_counts_restates_it() {
        let r = analyse(
            "The Head of Service said 42 of the 131 care leavers aged 19 to 21 (32%) were NEET.",
        );
        assert_eq!(r.indicators.len(), 1);
        assert_eq!(r.indicators[0].value, 42.0);
        assert_eq!(r.indicators[0].alt_values, vec![32.0]);
        // A share after a movement is a change of its own, not the count again.
        let r = analyse("Referrals rose to 415 in June (up 3%).");
        assert_eq!(r.indicators.len(), 2);
    }

    #[test]
    fn a_clause_opened_by_where_has_its_own_subject() {
        let r = analyse(
            "Children's Services forecast an overspend of £5.2m, where the average weekly cost has risen to £6,450.",
        );
        assert_eq!(r.indicators.len(), 2);
        assert!(r.indicators[1].previous.is_none());
    }

    #[test]
    fn an_aim_to_reduce_is_no_movement() {
        let r = analyse(
            "Cabinet noted the overspend of £6.8m and the actions being taken to reduce it.",
        );
        assert_eq!(r.indicators[0].direction, None);
        let r = analyse("Vacancies fell to 41, and continued to reduce.");
        assert_eq!(r.indicators[0].direction, Some(Direction::Down));
    }

    #[test]
    fn a_net_loss_moves_the_level_it_follows() {
        let r = analyse("The service has 164 fostering households, a net loss of 7 over the year.");
        assert_eq!(r.indicators.len(), 1);
        assert_eq!(r.indicators[0].direction, Some(Direction::Down));
    }

    #[test]
    fn an_earlier_count_goes_to_the_measure_of_its_noun() {
        let r = analyse(
            "There were 187 missing episodes involving 96 children. This was a decrease compared with 221 episodes.",
        );
        assert_eq!(r.indicators.len(), 2);
        assert_eq!(previous_value(&r.indicators[0]), Some(221.0));
        assert!(r.indicators[1].previous.is_none());
    }

    #[test]
    fn a_national_issue_is_no_benchmark() {
        let r = analyse("Access to dentists is a national issue, 14 children are waiting.");
        assert_eq!(r.indicators[0].role, Role::Actual);
        let r = analyse("Dental checks were 71%, below the national figure of 80%.");
        assert_eq!(
            r.indicators[0].comparisons[0].kind,
            ComparisonKind::National
        );
    }

    #[test]
    fn until_it_falls_below_sets_a_bar() {
        let r =
            analyse("The Director will report monthly until the backlog falls below 2,000 jobs.");
        assert_eq!(r.indicators[0].role, Role::Target);
    }

    #[test]
    fn an_earlier_value_with_its_verb_before_the_time() {
        let r = analyse("There were 45 referrals in June, higher than the 38 received in May.");
        assert_eq!(r.indicators.len(), 1);
        assert_eq!(previous_value(&r.indicators[0]), Some(38.0));
    }

    #[test]
    fn doubled_to_is_a_level_reached_and_members_present_are_no_measure() {
        let r = analyse("Self-neglect referrals had doubled to 212.");
        assert_eq!(r.indicators[0].value, 212.0);
        assert_eq!(r.indicators[0].direction, Some(Direction::Up));
        let r = analyse("Members present: 14 school representatives (quorate)");
        assert!(r.indicators.is_empty());
    }

    #[test]
    fn a_level_reached_after_a_change_over_years() {
        let r =
            analyse("Referrals to CAMHS had increased by 23% over two years, to 4,610 in 2024/25.");
        assert!(r
            .indicators
            .iter()
            .any(|i| i.value == 4610.0 && i.role == Role::Actual));
    }

    #[test]
    fn timeliness_of_assessments_is_its_own_measure_whatever_explains_it() {
        let r = analyse("Timeliness of assessments had fallen from 84% to 79%, which reflected vacancies in the teams.");
        let v = &*crate::vocab::VOCAB;
        assert_eq!(
            v.categories[v.category_index("assessment_timeliness")].key,
            r.indicators[0].category
        );
    }

    #[test]
    fn what_the_service_aims_for_is_a_target() {
        let r = analyse("Participation in reviews was 89%; the service aims for 95%.");
        assert_eq!(r.indicators.len(), 1);
        assert_eq!(r.indicators[0].comparisons[0].kind, ComparisonKind::Target);
        // So is an aspiration, what a regulator expects and what a level needs to reach.
        for t in [
            "On-call availability averaged 64%, against an aspiration of 85%.",
            "Requests answered in 20 working days fell to 81%; the ICO expects at least 90%.",
            "CP visits in time 88%; this must improve to 95% within two months.",
            "Attendance was 91% and needs to rise to 95%.",
            "Attendance was 78.4%, below the standard of 80%.",
        ] {
            let r = analyse(t);
            assert_eq!(r.indicators.len(), 1, "{t}: {:?}", r.indicators);
            assert_eq!(
                r.indicators[0].comparisons[0].kind,
                ComparisonKind::Target,
                "{t}"
            );
            assert!(r.indicators[0].previous.is_none(), "{t}");
        }
    }

    #[test]
    fn a_bracket_after_a_level_reached_gives_where_it_came_from() {
        for t in [
            "UASC numbers increased to 47 (was 39 in Q1).",
            "UASC numbers increased to 47 (39 in Q1).",
        ] {
            let r = analyse(t);
            assert_eq!(r.indicators.len(), 1, "{t}");
            assert_eq!(previous_value(&r.indicators[0]), Some(39.0));
        }
        // A share in the bracket is no earlier value.
        let r = analyse("UASC numbers increased to 47 (12%).");
        assert!(r.indicators[0].previous.is_none());
    }

    #[test]
    fn a_share_then_the_share_at_a_time_in_brackets_gives_its_earlier_value() {
        let r = analyse("8% of children had three or more placements in the last 12 months (10% at the end of March).");
        assert_eq!(r.indicators.len(), 1, "{:?}", r.indicators);
        assert_eq!(previous_value(&r.indicators[0]), Some(10.0));
        assert_eq!(r.indicators[0].direction, Some(Direction::Down));
        // A count in such a bracket may be a part of the level.
        let r = analyse("There were 45 referrals in the quarter (12 in March).");
        assert!(r.indicators.iter().all(|i| i.previous.is_none()));
    }

    #[test]
    fn a_bracket_saying_what_a_level_was_gives_its_earlier_value() {
        let r = analyse("Care leavers in suitable accommodation: 86% (was 89% in June)");
        assert_eq!(r.indicators.len(), 1);
        assert_eq!(previous_value(&r.indicators[0]), Some(89.0));
        assert_eq!(r.indicators[0].direction, Some(Direction::Down));
        // The abbreviated England average in a bracket is the national figure.
        let r = analyse("Care leavers in touch: 94% (SN 93%, Eng 92%)");
        assert_eq!(r.indicators.len(), 1);
        let kinds: Vec<ComparisonKind> =
            r.indicators[0].comparisons.iter().map(|c| c.kind).collect();
        assert_eq!(
            kinds,
            [
                ComparisonKind::StatisticalNeighbours,
                ComparisonKind::National
            ]
        );
        // Similar landlords are neighbours, and a lead-in holding the figure heads nothing.
        let r = analyse("Overall satisfaction 64% \u{2013} down from 69% last year and below the 71% median for similar landlords.");
        assert_eq!(r.indicators.len(), 1, "{:?}", r.indicators);
        assert_eq!(r.indicators[0].metric, "Overall satisfaction");
        assert_eq!(
            comparisons(&r.indicators[0]),
            [(ComparisonKind::StatisticalNeighbours, 71.0)]
        );
        // A group named before "nationally" is the national figure's group.
        let r = analyse("Of pupils on free school meals 48% reached the standard, against 52% of their peers nationally.");
        assert_eq!(r.indicators.len(), 1, "{:?}", r.indicators);
        assert_eq!(
            comparisons(&r.indicators[0]),
            [(ComparisonKind::National, 52.0)]
        );
        // "SN" as someone's initials, opening what they said, compares nothing.
        let r = analyse("SN explained the backlog was driven by a 40% rise in damp reports.");
        assert_eq!(r.indicators[0].role, Role::Change, "{:?}", r.indicators);
        assert!(r.indicators[0].comparisons.is_empty());
    }

    #[test]
    fn parts_of_a_set_are_named_by_the_set_and_their_status() {
        let r = analyse("Of the 32 indicators, 20 were on target, 8 were within tolerance and 4 were off target.");
        fn named(r: &crate::report::Report) -> Vec<(f64, &str)> {
            r.indicators
                .iter()
                .map(|i| (i.value, i.metric.as_str()))
                .collect()
        }
        let got = named(&r);
        assert_eq!(
            got,
            [
                (20.0, "indicators on target"),
                (8.0, "indicators within tolerance"),
                (4.0, "indicators off target")
            ]
        );
        // "on target" is a status: the 8 after it is no target value.
        assert!(r.indicators.iter().all(|i| i.comparisons.is_empty()));
        // The verb said once for the first part is left out for the rest.
        let r = analyse("Of the 24 measures, 14 were rated green, 6 amber and 4 red.");
        let got = named(&r);
        assert_eq!(
            got,
            [
                (14.0, "measures rated green"),
                (6.0, "measures amber"),
                (4.0, "measures red")
            ]
        );
        let r = analyse("Of the 40 referrals, twelve were repeat referrals.");
        assert_eq!(r.indicators[0].metric, "repeat referrals");
        // A date inside the whole's name counts nothing, and the whole is no target.
        let r = analyse("Of the 23 recommendations due by 30 September, 15 (65%) had been implemented and 8 were overdue.");
        let values: Vec<f64> = r.indicators.iter().map(|i| i.value).collect();
        assert_eq!(values, [15.0, 8.0]);
        assert!(r.indicators[0].comparisons.is_empty());
        assert_eq!(
            r.indicators[0].metric,
            "recommendations due by 30 September had been implemented"
        );
    }

    #[test]
    fn a_part_of_a_count_is_named_by_the_whole_and_what_is_said_of_it() {
        for (t, named) in [
            (
                "23 children with a placement order were waiting to be matched, 9 of whom had been waiting more than 18 months.",
                "children waiting more than 18 months",
            ),
            (
                "The number of looked after children was 398, of whom 121 (30%) were looked after at home under a supervision order.",
                "children looked after at home under a supervision order",
            ),
            (
                "64 children were in residential care, 29 of them placed outwith the authority.",
                "children placed outwith the authority",
            ),
            (
                "Section 47 enquiries: 402, of which 151 led to an initial child protection conference.",
                "Section 47 enquiries led to an initial child protection conference",
            ),
            (
                "34 dispute resolution issues were raised, of which 29 were resolved informally.",
                "dispute resolution issues resolved informally",
            ),
            ("There were 240 referrals, of which 61 were repeat referrals.", "repeat referrals"),
            (
                "The council had 38 children placed in external residential homes, 29 of them outside the county.",
                "children outside the county",
            ),
        ] {
            let r = analyse(t);
            assert_eq!(r.indicators.len(), 2, "{t}: {:?}", r.indicators);
            assert_eq!(r.indicators[1].metric, named, "{t}");
        }
        // A sentence opening "Of these," gives parts of the count just before it.
        let r = analyse("The number of looked after children rose to 1,122. Of these, 48% were in kinship foster care, 33% in non-kinship foster care and 6% in residential care.");
        let names: Vec<&str> = r.indicators.iter().map(|i| i.metric.as_str()).collect();
        assert_eq!(
            names[1..],
            [
                "looked after children in kinship foster care",
                "looked after children in non-kinship foster care",
                "looked after children in residential care"
            ]
        );
        // A part is what it is where it names its own noun.
        let r = analyse("There were 1,146 households in temporary accommodation. Of these, 96 were in bed and breakfast, of which 31 were families with children.");
        let names: Vec<&str> = r.indicators.iter().map(|i| i.metric.as_str()).collect();
        assert_eq!(
            names[1..],
            ["households in bed and breakfast", "families with children"]
        );
        // A share after "and" saying what else the same people did.
        let r = analyse(
            "The survey found 64% of patients were satisfied and 71% would recommend the practice.",
        );
        assert_eq!(
            r.indicators[1].metric,
            "patients would recommend the practice"
        );
        // "Of those arrested" is a set of its own, not a part of the count before.
        let r = analyse("There were 212 knife crime offences, and 38% of those arrested for knife possession were under 18.");
        assert!(
            r.indicators[1].metric.contains("arrested"),
            "{:?}",
            r.indicators
        );
    }

    #[test]
    fn a_level_on_target_is_measured_not_a_target() {
        let r = analyse("Timeliness of reviews was on target at 95% in the quarter.");
        assert_eq!(r.indicators[0].role, Role::Actual);
        // "population against a plan": the "on" of a longer word is no status.
        let r =
            analyse("Avoidable admissions were 812 per 100,000 population against a plan of 790.");
        assert_eq!(r.indicators[0].comparisons[0].kind, ComparisonKind::Target);
    }

    #[test]
    fn a_level_of_none_is_a_figure_where_a_level_is_expected() {
        let r =
            analyse("There were 3 children placed out of area in Q2, compared with none in Q1.");
        assert_eq!(r.indicators.len(), 1);
        assert_eq!(previous_value(&r.indicators[0]), Some(0.0));
        assert_eq!(r.indicators[0].direction, Some(Direction::Up));
        let r = analyse("Children in unregistered placements had fallen from 3 to nil.");
        assert_eq!(
            (r.indicators[0].value, previous_value(&r.indicators[0])),
            (0.0, Some(3.0))
        );
        let r = analyse("Missing episodes rose from two in April to four in May.");
        assert_eq!(r.indicators.len(), 1);
        assert_eq!(
            (r.indicators[0].value, previous_value(&r.indicators[0])),
            (4.0, Some(2.0))
        );
        let r = analyse("No children were placed in unregistered settings, compared with two in the previous quarter.");
        assert_eq!(r.indicators.len(), 1);
        assert_eq!(
            (r.indicators[0].value, previous_value(&r.indicators[0])),
            (0.0, Some(2.0))
        );
        // "no" with a change of another measure after it, and "none of", are no levels.
        let r = analyse("There were no permanent exclusions, and suspensions fell from 58 to 37.");
        assert_eq!(r.indicators.len(), 1);
        assert_eq!(r.indicators[0].value, 37.0);
        assert!(analyse("None of the children had been placed out of area.")
            .indicators
            .is_empty());
        assert!(analyse("The child moved from one service to another.")
            .indicators
            .is_empty());
    }

    #[test]
    fn a_sum_and_its_share_after_or_are_one_measure() {
        let r = analyse("The forecast overspend was £3.4m, or 2.4% of the net budget.");
        assert_eq!(r.indicators.len(), 1);
        assert_eq!(r.indicators[0].alt_values, [2.4]);
        // The share is of the part, not of the whole named between them.
        let r = analyse(
            "The Head of Finance reported an overspend of £3.4m on the budget of £142.6m, or 2.4%.",
        );
        let got: Vec<(f64, Vec<f64>)> = r
            .indicators
            .iter()
            .map(|i| (i.value, i.alt_values.clone()))
            .collect();
        assert_eq!(got, [(3.4e6, vec![2.4]), (142.6e6, vec![])]);
    }

    #[test]
    fn a_level_after_a_change_in_words_is_named_by_the_change_clause() {
        let r = analyse("Requests for an assessment had risen by a quarter, to 612.");
        assert_eq!(r.indicators.len(), 1);
        assert_eq!(r.indicators[0].value, 612.0);
        assert_eq!(r.indicators[0].metric, "Requests for an assessment");
        assert_eq!(r.indicators[0].direction, Some(Direction::Up));
        let r =
            analyse("Referrals to CAMHS had increased by 23% over two years, to 4,610 in 2024/25.");
        let last = r.indicators.last().unwrap();
        assert_eq!(
            (last.value, last.metric.as_str()),
            (4610.0, "Referrals to CAMHS")
        );
        let r = analyse("The number of children with an EHCP now stood at 3,874.");
        assert_eq!(r.indicators[0].metric, "number of children with an EHCP");
        // A describing word, then the name of what is counted.
        let r =
            analyse("Members heard that 212 new Education, Health and Care Plans had been issued.");
        assert_eq!(r.indicators[0].value, 212.0);
    }

    #[test]
    fn a_comma_in_a_list_of_single_words_does_not_end_the_clause() {
        let r = analyse("The proportion of care leavers not in education, employment or training had increased to 44%.");
        assert!(
            r.indicators[0]
                .metric
                .starts_with("proportion of care leavers"),
            "{}",
            r.indicators[0].metric
        );
    }

    #[test]
    fn an_earlier_level_told_after_the_change_is_the_previous_value() {
        let r = analyse("Performance Q3\n\nRe-referrals within 12 months have dipped to 19.2%, a slight improvement on Q2 (20.6%), and better than our statistical neighbours at 21.4%.");
        assert_eq!(r.indicators.len(), 1);
        let i = &r.indicators[0];
        assert_eq!((i.value, previous_value(i)), (19.2, Some(20.6)));
        assert_eq!(i.period.as_deref(), Some("Q3"));
        assert_eq!(i.metric, "Re-referrals within 12 months");
        let r = analyse("Single assessments completed within 45 working days: 83% against a target of 90%. This compares to 87% at the end of September.");
        assert_eq!(r.indicators.len(), 1);
        assert_eq!(previous_value(&r.indicators[0]), Some(87.0));
        assert_eq!(r.indicators[0].direction, Some(Direction::Down));
        // A date between a count and its rate.
        let r =
            analyse("Children Looked After: 402 at 31st December 2025, a rate of 68 per 10,000.");
        assert_eq!(r.indicators.len(), 1);
        assert_eq!(r.indicators[0].alt_values, [68.0]);
    }

    #[test]
    fn the_level_a_change_reached_after_its_comparison_is_no_benchmark() {
        let r = analyse("Fly-tipping incidents had risen by 14% compared with the same period last year, to 1,284.");
        let level = r.indicators.iter().find(|i| i.value == 1284.0).unwrap();
        assert_eq!(level.role, Role::Actual);
        assert_eq!(level.direction, Some(Direction::Up));
    }

    #[test]
    fn the_welsh_average_is_a_national_benchmark() {
        let r = analyse("9.8% of children had three or more placements in the year, better than the all-Wales average of 10.5%.");
        assert_eq!(r.indicators.len(), 1, "{:?}", r.indicators);
        assert_eq!(
            r.indicators[0].comparisons,
            [Comparison {
                kind: ComparisonKind::National,
                value: 10.5
            }]
        );
        // A scorecard's abbreviations: "tgt", "SN", "Eng".
        let r = analyse("Placement stability: 3+ moves in year 9.1% (tgt 10%).\n\nRate per 10k 83, SN 71, Eng 70.");
        assert_eq!(
            comparisons(&r.indicators[0]),
            [(ComparisonKind::Target, 10.0)]
        );
        assert_eq!(
            comparisons(&r.indicators[1]),
            [
                (ComparisonKind::StatisticalNeighbours, 71.0),
                (ComparisonKind::National, 70.0)
            ]
        );
        // So is a figure given for Scotland or Wales, after the figure or in a bracket.
        for t in [
            "Premature mortality was 412 per 100,000, compared with 442 for Scotland.",
            "The rate per 1,000 was 3.1 (Wales 2.2).",
        ] {
            let r = analyse(t);
            assert_eq!(r.indicators.len(), 1, "{t}: {:?}", r.indicators);
            assert_eq!(
                r.indicators[0].comparisons[0].kind,
                ComparisonKind::National,
                "{t}"
            );
        }
    }

    #[test]
    fn the_time_of_another_levels_earlier_value_is_not_this_figures() {
        let r = analyse("Housing performance for Quarter 2\n\nHomelessness prevention: 312 households were prevented from becoming homeless, 54% of approaches, compared to 49% in Quarter 1.");
        let count = r.indicators.iter().find(|i| i.value == 312.0).unwrap();
        assert_eq!(count.period.as_deref(), Some("Quarter 2"));
        let share = r.indicators.iter().find(|i| i.value == 54.0).unwrap();
        assert_eq!(previous_value(share), Some(49.0));
    }

    #[test]
    fn a_second_thing_reported_moves_nothing_of_the_first() {
        let r = analyse("The officer said that 3 of the 11 refuse vehicles were over ten years old and that breakdowns were a growing pressure.");
        assert_eq!(r.indicators.len(), 1, "{:?}", r.indicators);
        assert_eq!(r.indicators[0].value, 3.0);
        assert_eq!(r.indicators[0].direction, None);
        // Within the first thing reported, the movement is still read.
        let r = analyse("The officer said that the number of complaints had risen to 14 and that a plan was ready.");
        assert_eq!(r.indicators[0].direction, Some(Direction::Up));
    }

    #[test]
    fn the_budget_an_overspend_is_measured_against_is_a_sum_of_its_own() {
        let r = analyse("The Council was forecasting an overspend of £6.8m (2.3%) against a net revenue budget of £297.5m.");
        let values: Vec<(f64, Role)> = r.indicators.iter().map(|i| (i.value, i.role)).collect();
        assert_eq!(values, [(6.8e6, Role::Actual), (297.5e6, Role::Actual)]);
        assert!(r.indicators[0].comparisons.is_empty());
        // Spending is compared with its budget.
        let r = analyse("Spend on agency staff was £2.1m against a budget of £1.5m.");
        assert_eq!(r.indicators.len(), 1, "{:?}", r.indicators);
        assert_eq!(r.indicators[0].comparisons[0].value, 1.5e6);
    }

    #[test]
    fn stepped_down_opens_no_earlier_value() {
        let r = analyse("Family Support Performance\n\nAbout 30% of families were stepped down to early help in Q2, against 26% in Q1.");
        assert_eq!(r.indicators.len(), 1, "{:?}", r.indicators);
        assert_eq!(r.indicators[0].period.as_deref(), Some("Q2"));
        assert_eq!(previous_value(&r.indicators[0]), Some(26.0));
        // "down from" still does: its time is the earlier value's.
        let r = analyse("Family Support Performance\n\nStep-downs were 30%, down from 26% in Q1.");
        assert_eq!(r.indicators[0].period, None);
    }

    #[test]
    fn a_rate_per_100000_keeps_its_own_base() {
        let r =
            analyse("The rate of children subject to a child protection plan was 298 per 100,000.");
        assert_eq!(r.indicators[0].unit, Unit::Number);
        let r = analyse("The rate of children subject to a child protection plan was 41.2.");
        assert_eq!(r.indicators[0].unit, Unit::RatePer10k);
    }

    #[test]
    fn a_metric_stops_before_its_time_an_aside_and_a_question() {
        let r = analyse("There were 1,284 households in temporary accommodation at the end of June (up 9% on last year), of whom 311 were in bed and breakfast.");
        let names: Vec<(f64, &str)> = r
            .indicators
            .iter()
            .map(|i| (i.value, i.metric.as_str()))
            .collect();
        assert!(
            names.contains(&(1284.0, "households in temporary accommodation")),
            "{names:?}"
        );
        // The change in brackets is the count's; its "last year" compares nothing after it.
        assert!(
            names.contains(&(9.0, "households in temporary accommodation")),
            "{names:?}"
        );
        assert!(
            r.indicators.iter().all(|i| i.comparisons.is_empty()),
            "{:?}",
            r.indicators
        );
        assert!(
            names.contains(&(
                311.0,
                "households in temporary accommodation in bed and breakfast"
            )),
            "{names:?}"
        );
        let r = analyse("Members were disappointed that only 3 of the 20 new homes promised had been delivered and asked for a timetable.");
        assert_eq!(
            r.indicators[0].metric,
            "new homes promised had been delivered"
        );
    }

    #[test]
    fn an_aim_is_a_target_and_a_share_made_up_is_named_by_its_subject() {
        let r = analyse("Caseloads averaged 19 per social worker, against an aim of 18.");
        assert_eq!(r.indicators.len(), 1, "{:?}", r.indicators);
        assert_eq!(
            comparisons(&r.indicators[0]),
            [(ComparisonKind::Target, 18.0)]
        );
        let r = analyse("Agency social workers made up 27% of the workforce (target 15%).");
        assert_eq!(
            r.indicators[0].metric,
            "Agency social workers as a share of workforce"
        );
    }

    #[test]
    fn a_measure_named_as_other_keeps_other_under_any_heading() {
        let r = analyse("Public Health Outcomes\n\nShe highlighted that adult smoking had fallen to 11.9%, but that smoking at time of delivery remained high at 14%.");
        let found: Vec<(&str, &str)> = r
            .indicators
            .iter()
            .map(|i| (i.category, i.metric.as_str()))
            .collect();
        assert_eq!(
            found,
            [
                ("other", "adult smoking"),
                ("other", "smoking at time of delivery")
            ]
        );
        // With no such name, the heading still gives the topic.
        let r = analyse("Review Health Assessments\n\nPerformance had fallen to 81%.");
        assert_eq!(r.indicators[0].category, "health_review_assessment");
    }

    #[test]
    fn up_or_down_to_a_level_from_another_is_one_movement_but_up_to_alone_is_a_cap() {
        let r = analyse("Exclusions of pupils with an EHC plan rose sharply (up to 14 from 9).");
        assert_eq!(r.indicators.len(), 1, "{:?}", r.indicators);
        assert_eq!(r.indicators[0].value, 14.0);
        assert_eq!(previous_value(&r.indicators[0]), Some(9.0));
        let r = analyse("Rough sleepers counted were down to 12 from 19 in the spring.");
        assert_eq!(r.indicators.len(), 1, "{:?}", r.indicators);
        assert_eq!(previous_value(&r.indicators[0]), Some(19.0));
        assert_eq!(r.indicators[0].direction, Some(Direction::Down));
        let r = analyse("Families can be supported for up to 12 weeks.");
        assert!(r.indicators.is_empty(), "{:?}", r.indicators);
    }

    #[test]
    fn creeping_and_edging_are_movements_and_a_target_in_days_after_a_semicolon_compares() {
        let r = analyse("Re-referrals within 12 months had crept up to 23%.");
        assert_eq!(r.indicators[0].direction, Some(Direction::Up));
        assert_eq!(r.indicators[0].metric, "Re-referrals within 12 months");
        let r = analyse("School attendance edged down to 91.2% from 92%.");
        assert_eq!(r.indicators[0].direction, Some(Direction::Down));
        assert_eq!(previous_value(&r.indicators[0]), Some(92.0));
        let r = analyse(
            "The average time to relet a void property was 41 days; the target is 28 days.",
        );
        assert_eq!(r.indicators.len(), 1, "{:?}", r.indicators);
        let c = &r.indicators[0].comparisons;
        assert_eq!(c.len(), 1, "{c:?}");
        assert_eq!(c[0].value, 28.0);
    }

    #[test]
    fn a_count_before_its_cost_is_of_what_the_sentence_named() {
        let r = analyse(
            "Placements in special schools were the largest pressure: 214 children were placed at an average annual cost of £61,500.",
        );
        let cats: Vec<(f64, &str)> = r.indicators.iter().map(|i| (i.value, i.category)).collect();
        assert_eq!(cats, vec![(214.0, "send"), (61500.0, "finance")]);
    }

    #[test]
    fn a_level_against_the_one_at_the_start_is_its_earlier_value() {
        let r = analyse("68% of young people were in suitable education at the end of their order, against 74% at the start.");
        assert_eq!(r.indicators.len(), 1, "{:?}", r.indicators);
        assert_eq!(previous_value(&r.indicators[0]), Some(74.0));
        assert_eq!(r.indicators[0].direction, Some(Direction::Down));
        assert!(r.indicators[0].comparisons.is_empty());
    }

    #[test]
    fn an_agreed_maximum_is_the_bar_a_level_is_held_to() {
        let r =
            analyse("The average caseload per key worker was 17, above the agreed maximum of 15.");
        assert_eq!(r.indicators.len(), 1, "{:?}", r.indicators);
        assert_eq!(
            comparisons(&r.indicators[0]),
            [(ComparisonKind::Target, 15.0)]
        );
    }

    #[test]
    fn down_on_last_year_gives_the_earlier_value() {
        let r = analyse("Council tax collection was 56.2% at the end of September, slightly down on 56.9% at the same point last year.");
        assert_eq!(r.indicators.len(), 1);
        assert_eq!(previous_value(&r.indicators[0]), Some(56.9));
        assert_eq!(r.indicators[0].direction, Some(Direction::Down));
        let r = analyse("Library visits were 1,200, well up on last year.");
        assert_eq!(r.indicators[0].direction, Some(Direction::Up));
        // A phrasal "follow up on" moves nothing.
        let r = analyse("Officers would follow up on 12 cases.");
        assert!(r.indicators.iter().all(|i| i.direction.is_none()));
    }

    #[test]
    fn a_bars_kind_named_after_its_figure() {
        let r = analyse("Requests answered within 20 working days fell to 83%, below the statutory expectation of 90%.");
        assert_eq!(r.indicators.len(), 1);
        assert_eq!(
            comparisons(&r.indicators[0]),
            [(ComparisonKind::Target, 90.0)]
        );
        let r = analyse("78% of care leavers were in suitable accommodation, lower than the 88% national figure.");
        assert_eq!(
            comparisons(&r.indicators[0]),
            [(ComparisonKind::National, 88.0)]
        );
        let r = analyse("Immunisations were 86%, below the 88% England average.");
        assert_eq!(
            comparisons(&r.indicators[0]),
            [(ComparisonKind::National, 88.0)]
        );
        let r = analyse("Long term stability was 68%, above the 64% regional average.");
        assert_eq!(
            comparisons(&r.indicators[0]),
            [(ComparisonKind::Regional, 64.0)]
        );
        let r = analyse("Attainment was 19.7%, lower than 22.3% for all pupils.");
        assert_eq!(
            comparisons(&r.indicators[0]),
            [(ComparisonKind::Other, 22.3)]
        );
    }

    #[test]
    fn a_next_sentence_compares_the_last_measure_in_its_unit() {
        let r = analyse("31.5% of the cohort reoffended, with an average of 3.9 re-offences per reoffender. This remains above the national rate of 29.8%.");
        assert_eq!(r.indicators.len(), 2);
        assert_eq!(
            comparisons(&r.indicators[0]),
            [(ComparisonKind::National, 29.8)]
        );
        assert!(r.indicators[1].comparisons.is_empty());
        let r = analyse("The rate of first time entrants was 164 per 100,000 young people, down from 201. The regional rate is 172.");
        assert_eq!(r.indicators.len(), 1);
        assert_eq!(
            comparisons(&r.indicators[0]),
            [(ComparisonKind::Regional, 172.0)]
        );
    }

    #[test]
    fn an_improvement_beside_a_level_is_the_better_way() {
        let r = analyse("56% of care leavers were in education, employment or training, an improvement of 6 percentage points since last year.");
        assert_eq!(r.indicators.len(), 1);
        assert_eq!(r.indicators[0].direction, Some(Direction::Up));
        let r = analyse("Re-referrals were 19%, an improvement of 3 percentage points.");
        assert_eq!(r.indicators[0].direction, Some(Direction::Down));
        // A topic with no better way: the measure's own words tell it.
        let r = analyse(
            "The average time to process new claims was 19 days, an improvement of 4 days.",
        );
        assert_eq!(r.indicators[0].direction, Some(Direction::Down));
        let r = analyse("Void turnaround times had worsened to 41 days.");
        assert_eq!(r.indicators[0].direction, Some(Direction::Up));
        // Not the budget a forecast is set on.
        let r = analyse("The Council was forecasting an overspend of £9.6m on a net budget of £312.4m, an improvement of £1.1m since Month 4.");
        let budget = r.indicators.iter().find(|i| i.value == 312.4e6).unwrap();
        assert_eq!(budget.direction, None);
    }

    #[test]
    fn a_rate_in_another_figures_bracket_makes_no_rate_of_the_next() {
        let r = analyse(
            "Child protection: 388 children on plans (rate 41.2), with 2 plans open over 2 years.",
        );
        let plans = r.indicators.iter().find(|i| i.value == 2.0).unwrap();
        assert_eq!(plans.unit, Unit::Count);
        let r = analyse("The rate of children in care fell from 68.7 (688 children) in November to 62.6 (627 children) in October.");
        assert_eq!(r.indicators[0].unit, Unit::RatePer10k);
    }

    #[test]
    fn a_share_of_a_named_whole_in_a_bracket_restates_its_count() {
        let r = analyse("UASC - 27 young people (8.5% of the LAC population).");
        assert_eq!(r.indicators.len(), 1, "{:?}", r.indicators);
        assert_eq!(r.indicators[0].alt_values, [8.5]);
    }

    #[test]
    fn the_last_year_counted_over_is_no_previous_year() {
        let r = analyse("The percentage of children in care with 3 or more placement moves in the last year was 8.9%.");
        assert_eq!(r.indicators[0].role, Role::Actual);
        let r = analyse("Last year the figure was 8.9%.");
        assert_eq!(r.indicators[0].role, Role::Benchmark);
    }

    #[test]
    fn a_share_up_on_last_year_is_a_change() {
        let r = analyse("Approaches had risen to 1,236, 18% up on the same period last year.");
        let rise = r.indicators.iter().find(|i| i.value == 18.0).unwrap();
        assert_eq!(
            (rise.role, rise.direction),
            (Role::Change, Some(Direction::Up))
        );
        let r = analyse("Approaches were 1,236, 6% down on last year.");
        let fall = r.indicators.iter().find(|i| i.value == 6.0).unwrap();
        assert_eq!(
            (fall.role, fall.direction),
            (Role::Change, Some(Direction::Down))
        );
    }

    #[test]
    fn a_count_in_line_with_an_earlier_quarter_is_level_with_it() {
        let t = "Minute 18 - Performance: Quarter 2 2026/27\n\nThe number of contacts received in the quarter was 6,912, broadly in line with Quarter 1 (6,845).";
        let r = analyse(t);
        assert_eq!(r.indicators.len(), 1, "{:?}", r.indicators);
        let i = &r.indicators[0];
        assert_eq!(i.previous.as_ref().map(|p| p.value), Some(6845.0));
        assert_eq!(i.direction, Some(Direction::Flat));
        assert_eq!(i.period.as_deref(), Some("Quarter 2 2026/27"));
        // A bare count set against an earlier quarter is still read.
        let r =
            analyse("Performance Report\n\nContacts were 6,912 compared with Quarter 1 (6,845).");
        assert_eq!(r.indicators.len(), 1, "{:?}", r.indicators);
        assert_eq!(r.indicators[0].direction, Some(Direction::Up));
    }

    #[test]
    fn how_a_benchmark_moves_is_no_benchmark() {
        let r = analyse("Allowances will be above the national minimum allowance, which rises by 4.2% in April, and agencies currently provide 58% of placements.");
        let share = r.indicators.iter().find(|i| i.value == 58.0).unwrap();
        assert!(share.comparisons.is_empty(), "{:?}", share.comparisons);
        let rise = r.indicators.iter().find(|i| i.value == 4.2).unwrap();
        assert_eq!(rise.role, Role::Change);
    }

    #[test]
    fn a_deterioration_beside_a_level_is_the_worse_way_and_no_measure_of_its_own() {
        let r = analyse("The forecast outturn was an overspend of £7.9m, a deterioration of £1.6m since Month 6.");
        assert_eq!(r.indicators.len(), 1, "{:?}", r.indicators);
        assert_eq!(r.indicators[0].value, 7.9e6);
        assert_eq!(r.indicators[0].direction, Some(Direction::Up));
        let r = analyse("Dental checks were up to date for 71% of children, a deterioration of 4 percentage points.");
        assert_eq!(r.indicators.len(), 1, "{:?}", r.indicators);
        assert_eq!(r.indicators[0].direction, Some(Direction::Down));
    }

    #[test]
    fn a_benchmark_dated_in_its_bracket_and_an_average_on_its_own_line() {
        let r = analyse("Single assessments completed within 45 working days: 87.3% (target 90%; England 2024/25: 82.1%).");
        assert_eq!(r.indicators.len(), 1);
        assert_eq!(
            comparisons(&r.indicators[0]),
            [
                (ComparisonKind::Target, 90.0),
                (ComparisonKind::National, 82.1)
            ]
        );
        // The benchmark's year is not the level's.
        assert_eq!(r.indicators[0].period, None);
        let r = analyse("Children looked after: 468 (rate 67.2 per 10,000). Statistical neighbour average: 71.0.");
        assert_eq!(r.indicators.len(), 1);
        assert_eq!(
            comparisons(&r.indicators[0]),
            [(ComparisonKind::StatisticalNeighbours, 71.0)]
        );
    }

    #[test]
    fn a_movement_in_an_earlier_figures_bracket_is_its_own() {
        let r = analyse(
            "There are 289 children in care (up from 281 in September) and 164 care leavers.",
        );
        assert_eq!(r.indicators.len(), 2);
        assert_eq!(r.indicators[0].direction, Some(Direction::Up));
        assert_eq!(r.indicators[1].direction, None);
    }

    #[test]
    fn a_dip_sample_is_no_fall() {
        let r = analyse("The Director explained that a dip sample of 40 cases had been undertaken and that 23 of these had been closed too early.");
        assert!(!r.indicators.is_empty());
        assert!(r.indicators.iter().all(|i| i.direction.is_none()));
        let r = analyse("Stability showed a dip to 68%.");
        assert_eq!(r.indicators[0].direction, Some(Direction::Down));
    }

    #[test]
    fn a_reduced_timetable_and_a_risk_reduced_in_cases_are_no_fall() {
        for t in [
            "The number of children in alternative provision was 312, and 88 pupils were on a reduced timetable.",
            "Where a risk was identified, the risk was reduced or removed in 91% of cases.",
        ] {
            let r = analyse(t);
            assert!(!r.indicators.is_empty(), "{t}");
            assert!(r.indicators.iter().all(|i| i.direction.is_none()), "{t}");
        }
        let r = analyse("Waiting times had reduced to 14 weeks.");
        assert_eq!(r.indicators[0].direction, Some(Direction::Down));
    }

    #[test]
    fn a_rate_in_brackets_after_its_name_and_a_change_since_the_forecast() {
        let r = analyse("The rate per 10,000 (52.1) was now above the England rate of 41.6.");
        assert_eq!(r.indicators.len(), 1);
        assert_eq!(r.indicators[0].value, 52.1);
        assert_eq!(
            comparisons(&r.indicators[0]),
            [(ComparisonKind::National, 41.6)]
        );
        let r = analyse("This was £1.4m more than forecast at Period 4.");
        assert_eq!(r.indicators[0].role, Role::Change);
        assert_eq!(r.indicators[0].direction, Some(Direction::Up));
        // More than budgeted is over a budget, not a move.
        let r =
            analyse("The agency premium was forecast at £2.7 million, £0.9m more than budgeted.");
        assert!(r.indicators.iter().all(|i| i.direction.is_none()));
    }

    #[test]
    fn from_a_count_with_its_noun_to_another() {
        let r = analyse("The number of in-house foster carers had fallen from 212 households in March 2024 to 187 in September 2026.");
        assert_eq!(r.indicators.len(), 1);
        assert_eq!(previous_value(&r.indicators[0]), Some(212.0));
        assert_eq!(r.indicators[0].period.as_deref(), Some("September 2026"));
        let r = analyse("Referrals rose from 350 children to 410.");
        assert_eq!(r.indicators.len(), 1);
        assert_eq!(previous_value(&r.indicators[0]), Some(350.0));
    }

    #[test]
    fn a_share_far_after_a_count_of_a_whole_that_it_is() {
        let r = analyse("Only 14 of the 39 children who came into care between July and September (36%) had their IHA within 20 working days.");
        assert_eq!(r.indicators.len(), 1);
        assert_eq!(r.indicators[0].alt_values, [36.0]);
        // Whom it counts by when they came into care; what it measures is the IHA.
        assert_eq!(r.indicators[0].category, "health_initial_assessment");
        // A count given with its share had its earlier value given so.
        let r = analyse("At the end of November 147 children (31%) were placed outside the county, of whom 52 were more than 20 miles from home. This compares with 139 (29%) in May.");
        assert_eq!(previous_value(&r.indicators[0]), Some(139.0));
        assert_eq!(previous_value(&r.indicators[1]), None);
        // Of a whole and its part, the one nearest in size had the earlier value.
        let r = analyse("There were 312 unallocated cases at 31 October, of which 44 were child protection cases. This compared with 268 at the end of June.");
        assert_eq!(previous_value(&r.indicators[0]), Some(268.0));
        assert_eq!(previous_value(&r.indicators[1]), None);
    }

    #[test]
    fn a_second_subject_after_while_and_a_count_in_brackets_after_last_year() {
        let r = analyse("Suspensions in secondary schools reached 4,118 in the last academic year, the highest number on record, while permanent exclusions fell to 41 from 57.");
        let values: Vec<f64> = r.indicators.iter().map(|i| i.value).collect();
        assert_eq!(values, [4118.0, 41.0]);
        assert_eq!(previous_value(&r.indicators[1]), Some(57.0));
        let r = analyse("There were 1,204 children registered as electively home educated, an increase of about a third on the same time last year (903).");
        assert_eq!(r.indicators.len(), 1);
        assert_eq!(r.indicators[0].direction, Some(Direction::Up));
        assert_eq!(
            comparisons(&r.indicators[0]),
            [(ComparisonKind::PreviousYear, 903.0)]
        );
    }

    #[test]
    fn a_counts_rate_in_its_bracket() {
        let r = analyse("There were 356 children on CP plans at the end of October (rate 51.9).");
        assert_eq!(r.indicators.len(), 1);
        assert_eq!(r.indicators[0].alt_values, [51.9]);
        let r = analyse("There were 356 children on CP plans (rate: 51.9 per 10,000).");
        assert_eq!(r.indicators.len(), 1);
        assert_eq!(r.indicators[0].alt_values, [51.9]);
    }

    #[test]
    fn a_next_sentence_with_a_bar_and_an_earlier_value_in_brackets() {
        let r = analyse("The percentage of children with an up to date Review Health Assessment was 88%. This was below our target of 95% but an improvement on the previous quarter (84%).");
        assert_eq!(r.indicators.len(), 1);
        assert_eq!(previous_value(&r.indicators[0]), Some(84.0));
        assert_eq!(
            comparisons(&r.indicators[0]),
            [(ComparisonKind::Target, 95.0)]
        );
        assert_eq!(r.indicators[0].direction, Some(Direction::Up));
    }
}
