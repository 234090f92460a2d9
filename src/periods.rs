//! Finds the periods a figure can be "for": months, dates, quarters, years.
//!
//! A period is what the figure describes ("In October 86%..."), not every date in
//! the sentence: "since April 2020", "between 2021 and 2023" and "the peak in
//! September" say when something else happened, so they are marked as not
//! eligible to be a figure's period.

use crate::pattern::Pattern;
use std::ops::Range;
use std::sync::LazyLock;

/// One period mention in the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PeriodMention {
    /// Where it is written (normalised offsets).
    pub range: Range<usize>,
    /// Whether it can be the period of a figure near it.
    pub eligible: bool,
    /// Whether it is introduced as a reporting period ("for October", "period ending ...").
    pub reporting: bool,
}

const MONTH: &str = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?";

static PERIOD: LazyLock<Pattern> = LazyLock::new(|| {
    let day = r"(?:\d{1,2}(?:st|nd|rd|th)?\s+)";
    let year = r"(?:(?:19|20)\d{2}(?:\s?[/-]\s?(?:\d{2}|(?:19|20)\d{2}))?)";
    let pattern = format!(
        r"(?x)
        (?P<date>\b{day}?{MONTH}(?:\s+{year})?(?:\s*(?:to|-)\s*{day}?{MONTH}(?:\s+{year})?)?\b)
        | (?P<quarter>(?i:\b(?:q[1-4]|quarter\s+(?:[1-4]|one|two|three|four)|(?:first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter))(?:\s+(?:of\s+)?(?:{year}|\d{{2}}/\d{{2}}))?\b)
        | (?P<years>\b(?:19|20)\d{{2}}\s?[/-]\s?(?:\d{{2}}|(?:19|20)\d{{2}})\b(?:\s+(?i:q[1-4]|quarter\s+[1-4])\b)?)
        | (?P<year>\b(?:19|20)\d{{2}}\b)
        | (?P<term>(?i:\b(?:autumn|spring|summer)\s+(?:half[\s-])?term)(?:\s+{year})?\b)
        | (?P<ytd>(?i:\byear[\s-]to[\s-]date)\b)
        "
    );
    crate::pattern::compile(&pattern)
});

/// The words before a time that is not a figure's own: when the measure started or
/// met, or the time it is set against ("9% more than in Quarter 1").
static INELIGIBLE_BEFORE: LazyLock<crate::pattern::Ending> = LazyLock::new(|| {
    crate::pattern::Ending::new(
        r"(?i)(?:\bsince|\bbetween|\bpeak in|\bpeak of|\bbefore|\bafter|\buntil|\bby|\bsince the end of|\bfrom|\bin the same|\bearlier in|\blast|\bheld on|\bmeeting on|\bdated|\bmeeting of|day,?|\b(?:england|national|nationally|regional|statistical neighbours?|sn|target)|[\d%]\s+on|\b(?:increase|rise|decrease|reduction|fall|drop|improvement|change|up|down)\s+on|\b(?:than|compared (?:with|to))\s+(?:(?:in|at|for|during)\s+)?(?:the\s+)?(?:same\s+(?:period|time|point)\s+in\s+)?)\s*$",
    )
});

static REPORTING_BEFORE: LazyLock<crate::pattern::Ending> = LazyLock::new(|| {
    crate::pattern::Ending::new(
        r"(?i)(?:\bfor(?: the(?: period| quarter| month| year)?)?(?: of| ending| to)?|\bcover(?:ing|ed|s)(?: the)?(?: period| (?:three|six|nine|twelve|\d+) months| quarter| year)?(?: ending| to)?|\bperiod ending|\bperiod to|\b(?:year|months|weeks)\s+to|\bas at|\bas of|\bquarter ending|\byear ending|\bmonth ending)(?:\s+the\s+end\s+of)?\s*$",
    )
});

static YEAR_CONTEXT: LazyLock<crate::pattern::Ending> = LazyLock::new(|| {
    crate::pattern::Ending::new(
        r"(?i)(?:\bin|\bduring|\bfor|\bof|\byear|\bend of|\bfinancial year)\s*$",
    )
});

/// Whether a text could hold a period at all: every period holds a digit, a month
/// (capitalised, so its first three letters are), the word "quarter", a school
/// "term" or "year to date". Most gaps between figures and most headings hold none, and this costs less
/// than `PERIOD`.
fn could_hold_period(slice: &str) -> bool {
    let bytes = slice.as_bytes();
    crate::bytes::any_digit(bytes)
        || bytes.windows(3).any(|w| match w[0] {
            b'J' | b'F' | b'M' | b'A' | b'S' | b'O' | b'N' | b'D' => MONTH_STARTS.contains(&w),
            b'q' | b'Q' => w.eq_ignore_ascii_case(b"qua"),
            b'e' => w == b"erm",
            b'o' => w == b"o d" || w == b"o-d",
            _ => false,
        })
}

/// The first three letters of every month, as `MONTH` spells them.
const MONTH_STARTS: [&[u8]; 12] = [
    b"Jan", b"Feb", b"Mar", b"Apr", b"May", b"Jun", b"Jul", b"Aug", b"Sep", b"Oct", b"Nov", b"Dec",
];

/// The words that tell a plan in the future, as searchers built once: a `str::rfind`
/// sets its searcher up afresh on every call, once per date.
static FUTURE_VERBS: LazyLock<[memchr::memmem::FinderRev<'static>; 4]> = LazyLock::new(|| {
    [" would ", " will ", " is to be ", " are to be "].map(memchr::memmem::FinderRev::new)
});

/// Whether a date closes a plan told in the future ("a strategy would be presented to
/// Cabinet in March 2026"): when the plan is due, not what a figure is for. A figure
/// between the plan's verb and the date keeps it ("will reach 45% by March").
fn future_plan_before(before: &str) -> bool {
    let near = crate::pattern::window_before(before, before.len(), 80);
    FUTURE_VERBS
        .iter()
        .filter_map(|w| w.rfind(near.as_bytes()).map(|at| at + w.needle().len()))
        .max()
        .is_some_and(|from| !near[from..].bytes().any(|b| b.is_ascii_digit()))
}

/// A meeting named by its date: the words right after a month or date.
static MEETING_AFTER: LazyLock<crate::pattern::Anchored> = LazyLock::new(|| {
    crate::pattern::Anchored::new(r"^\s(?:meeting|board|committee|panel|forum|cabinet|council)\b")
});

/// Finds period mentions in `range` of the normalised text.
pub fn find_periods(text: &str, range: Range<usize>) -> Vec<PeriodMention> {
    let slice = &text[range.clone()];
    let mut out = Vec::new();
    if !could_hold_period(slice) {
        return out;
    }
    // Which alternative matched shows in the text, so no groups need reading: only a
    // date starts with "May", only a lone year is four digits.
    for m in PERIOD.find_iter(slice) {
        let found = m.as_str();
        let before = &slice[..m.start()];
        // "May" is a month only with a day or year beside it, or after a word that
        // only a time follows ("38 in May", "since May"): "this may improve" is no date.
        if found.starts_with("May")
            && !found.bytes().any(|b| b.is_ascii_digit())
            && !matches!(
                before.trim_end().rsplit(' ').next(),
                Some(
                    "in" | "since"
                        | "during"
                        | "until"
                        | "from"
                        | "of"
                        | "end"
                        | "early"
                        | "late"
                        | "mid"
                )
            )
        {
            continue;
        }
        // "for the third quarter running", "the second year in a row": how long a
        // streak has lasted, not when.
        let after = &slice[m.end()..];
        if [" running", " in a row", " in succession"]
            .iter()
            .any(|streak| after.starts_with(streak))
        {
            continue;
        }
        let lone_year = found.len() == 4 && found.bytes().all(|b| b.is_ascii_digit());
        // "(2025: 71%)": a year labelling a bracketed figure is when that figure was.
        let labels_bracket = || before.ends_with('(') && after.starts_with(':');
        if lone_year && !YEAR_CONTEXT.is_match(before) && !labels_bracket() {
            continue;
        }
        // "for the January meeting", "to the March 2026 Board": when a body meets.
        let meets = MEETING_AFTER.is_match(&slice[m.end()..]);
        let eligible = !meets && !INELIGIBLE_BEFORE.is_match(before) && !future_plan_before(before);
        // "a national figure of 46.4% for 2025": the time of that figure, not of a report.
        let reporting = !meets
            && REPORTING_BEFORE.find(before).is_some_and(|r| {
                !before[..r.start()]
                    .trim_end()
                    .ends_with(|c: char| c.is_ascii_digit() || c == '%')
            });
        out.push(PeriodMention {
            range: range.start + m.start()..range.start + m.end(),
            eligible,
            reporting,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn periods(t: &str) -> Vec<(&str, bool)> {
        find_periods(t, 0..t.len())
            .into_iter()
            .map(|p| (&t[p.range], p.eligible))
            .collect()
    }

    #[test]
    fn only_texts_with_a_digit_month_or_quarter_can_hold_a_period() {
        assert!(could_hold_period("in 2024"));
        assert!(could_hold_period("by the end of September"));
        assert!(could_hold_period("in the first QUARTER"));
        assert!(!could_hold_period("the number of children seen in time"));
        assert_eq!(find_periods("in the third quarter", 0..20).len(), 1);
        let t = "improved for the third quarter running";
        assert!(find_periods(t, 0..t.len()).is_empty());
    }

    #[test]
    fn months_dates_quarters_and_years() {
        assert_eq!(
            periods("In October 86% and 31st January 2024"),
            vec![("October", true), ("31st January 2024", true)]
        );
        assert_eq!(
            periods("In quarter 2 and Q3 2023/24"),
            vec![("quarter 2", true), ("Q3 2023/24", true)]
        );
        assert_eq!(periods("Performance 2022/2023"), vec![("2022/2023", true)]);
        // A lone year is a time only where something says so: a bracket's label does.
        assert_eq!(periods("68% (2025: 71%)"), vec![("2025", true)]);
        assert!(periods("68% (2025 cohort)").is_empty());
        assert_eq!(
            periods("for the period July to September 2024"),
            vec![("July to September 2024", true)]
        );
    }

    #[test]
    fn since_and_between_are_not_the_figures_period() {
        assert_eq!(
            periods("seen since April 2020"),
            vec![("April 2020", false)]
        );
        assert!(periods("between 2021 and 2023").iter().all(|p| !p.1));
        // The time a change is counted from: "a 13% increase on January 2026".
        assert_eq!(
            periods("4,217 plans, a 13% increase on January 2026"),
            vec![("January 2026", false)]
        );
    }

    #[test]
    fn a_report_covering_some_months_to_a_date_states_its_period() {
        assert_eq!(
            periods("the report covering the six months to 30 September 2025"),
            vec![("30 September 2025", true)]
        );
        assert!(
            find_periods(
                "the report covering the six months to 30 September 2025",
                0..55
            )[0]
            .reporting
        );
    }

    #[test]
    fn a_year_to_a_month_reports_and_a_figures_own_year_does_not() {
        let reporting = |t: &str| {
            find_periods(t, 0..t.len())
                .into_iter()
                .map(|p| (t[p.range].to_string(), p.reporting))
                .collect::<Vec<_>>()
        };
        assert_eq!(
            reporting("In the calendar year to the end of October, 612 plans"),
            [("October".to_string(), true)]
        );
        assert_eq!(
            reporting("and a national figure of 46.4% for 2025"),
            [("2025".to_string(), false)]
        );
        assert_eq!(
            reporting("performance information for December 2020"),
            [("December 2020".to_string(), true)]
        );
    }

    #[test]
    fn a_school_term_is_a_period() {
        assert_eq!(
            periods("96% in the summer term (94% in the spring term 2025)"),
            vec![("summer term", true), ("spring term 2025", true)]
        );
        assert!(periods("a long term plan").is_empty());
        assert_eq!(
            periods("92.4% in the autumn half term; 43.5% in the year to date"),
            vec![("autumn half term", true), ("year to date", true)]
        );
    }

    #[test]
    fn may_needs_a_day_or_year() {
        assert!(periods("this may improve").is_empty());
        assert!(periods("in May it may rise").len() == 1);
        assert_eq!(periods("38 in May"), vec![("May", true)]);
        assert_eq!(periods("in May 2024"), vec![("May 2024", true)]);
    }

    #[test]
    fn reporting_periods_are_marked() {
        let t = "data report covering period ending 31st January 2024";
        assert!(find_periods(t, 0..t.len())[0].reporting);
        let t = "The report covered the period to the end of December 2025.";
        assert!(find_periods(t, 0..t.len())[0].reporting);
    }

    #[test]
    fn a_meetings_date_is_no_period() {
        assert_eq!(
            periods("a report on the plan for the January meeting"),
            vec![("January", false)]
        );
        let t = "for the January meeting";
        assert!(!find_periods(t, 0..t.len())[0].reporting);
    }

    #[test]
    fn a_plans_date_is_not_the_figures_period() {
        assert_eq!(
            periods(
                "31 agency workers, and a strategy would be presented to Cabinet in March 2026"
            ),
            vec![("March 2026", false)]
        );
        assert_eq!(
            periods("the rate will reach 45% in March 2026"),
            vec![("March 2026", true)]
        );
    }
}
