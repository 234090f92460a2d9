//! Reads tables pasted as tab-separated rows: which header cell a figure sits under.
//!
//! A performance dashboard copied from Word or a spreadsheet arrives as lines whose
//! cells are split by tabs (normalisation keeps one tab for a run of them). The
//! first row of such a run is its header; a figure's column says what it is: a
//! period ("Q1 25/26"), a target, or a benchmark.

use crate::figures::Unit;
use crate::segment::Segments;

/// What a header cell says about the figures under it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Column {
    /// A period, as written in the header ("Q1 25/26", "March 2025").
    Period(String),
    /// The target.
    Target,
    /// A benchmark: national, statistical neighbours, regional.
    Benchmark(&'static str),
    /// Amounts of money, in pounds times this scale ("Budget £000": 1,000).
    Money(u32),
    /// The difference between two other columns ("Gap", "Variance"): it restates
    /// them, so it is no measure of its own.
    Difference,
    /// Anything else (the measure's name, a RAG rating, a note).
    Other,
}

/// The header cells of the table that `block` is a row of, when it is a row and
/// not the header itself.
pub fn header(text: &str, seg: &Segments, block: usize) -> Option<Vec<Column>> {
    let is_row = |b: usize| text[seg.blocks[b].range.clone()].contains('\t');
    if !is_row(block) {
        return None;
    }
    let item = seg.blocks[block].item;
    let mut first = block;
    while first > 0 && is_row(first - 1) && seg.blocks[first - 1].item == item {
        first -= 1;
    }
    if first == block {
        return None;
    }
    let cells = text[seg.blocks[first].range.clone()].split('\t');
    Some(cells.map(column).collect())
}

/// The column of the cell holding byte `at` of a row that starts at `row_start`.
pub fn column_of(text: &str, row_start: usize, at: usize) -> usize {
    text[row_start..at].matches('\t').count()
}

/// Reads one header cell.
fn column(cell: &str) -> Column {
    let lower = cell.trim().to_ascii_lowercase();
    // A header cell is a label; a long one is text laid out in a table (a ModernGov
    // page's "Minutes:" cell), not a column heading.
    if lower.len() > 30 {
        return Column::Other;
    }
    let has_digit = lower.bytes().any(|b| b.is_ascii_digit());
    if lower.starts_with("target") || lower == "ambition" || lower == "goal" {
        Column::Target
    } else if lower.starts_with("national") || lower.starts_with("england") {
        Column::Benchmark("national")
    } else if lower.starts_with("stat") || lower == "sn" || lower.starts_with("comparator") {
        Column::Benchmark("statistical_neighbours")
    } else if lower.starts_with("region") {
        Column::Benchmark("regional")
    } else if matches!(
        lower.as_str(),
        "gap" | "difference" | "diff" | "variance" | "var" | "+/-" | "+ / -"
    ) || lower.starts_with("gap to")
        || lower.starts_with("difference from")
        || lower.starts_with("variance to")
    {
        Column::Difference
    } else if let Some(scale) = column_money(cell) {
        Column::Money(scale)
    } else if has_digit && !crate::periods::find_periods(cell, 0..cell.len()).is_empty()
        || is_quarter(&lower)
        || is_month(&lower)
        || relative_time(&lower).is_some()
    {
        Column::Period(cell.trim().to_string())
    } else {
        Column::Other
    }
}

/// "December", "Jan", "Sept.": a month alone, as a scorecard's columns name the months
/// of one year (the last column is then the latest).
fn is_month(lower: &str) -> bool {
    let word = lower.strip_suffix('.').unwrap_or(lower);
    crate::vocab::MONTHS.contains(&word)
}

/// "This month" and "Last month", "Current" and "Previous quarter": a time told
/// relative to the report's, ranked (the latest highest) so that a table running
/// "This month | Last month" is read the right way round.
fn relative_time(lower: &str) -> Option<u32> {
    let (first, rest) = lower.split_once(' ').unwrap_or((lower, ""));
    let span = matches!(rest, "month" | "quarter" | "year" | "period" | "qtr" | "yr");
    match first {
        "current" | "latest" if span || rest.is_empty() => Some(2),
        "this" if span => Some(2),
        "last" | "previous" | "prior" | "prev" if span => Some(1),
        _ => None,
    }
}

/// "q1 25/26", "qtr 4", "quarter 2": a quarter, with a short year or none.
fn is_quarter(lower: &str) -> bool {
    let mut words = lower.split_whitespace();
    let first = words.next().unwrap_or("");
    let numbered = |w: &str| w.len() == 2 && w.starts_with('q') && w.as_bytes()[1].is_ascii_digit();
    numbered(first) || matches!(first, "qtr" | "quarter") && words.next().is_some()
}

/// The unit a row's label gives its bare figures: "Children in care per 10,000",
/// "Re-referrals (%)". None when the label names none.
pub fn row_unit(label: &str) -> Option<Unit> {
    let lower = label.to_ascii_lowercase();
    let squeezed: String = lower.chars().filter(|c| !c.is_whitespace()).collect();
    if ["per10,000", "per10000", "per10k"]
        .iter()
        .any(|p| squeezed.contains(p))
    {
        Some(Unit::RatePer10k)
    } else if squeezed.contains("(%)") || squeezed.ends_with('%') {
        Some(Unit::Percent)
    } else if ["per100,000", "per100000", "per1,000", "per1000"]
        .iter()
        .any(|p| squeezed.contains(p))
    {
        Some(Unit::Number)
    } else if squeezed.contains("(days)") || measures_in_days(&lower) {
        Some(Unit::Days)
    } else {
        None
    }
}

/// Whether a label names a number of days as what it measures: "Average days to re-let
/// void homes", "Days lost to sickness per FTE" (not "Assessments within 45 days").
fn measures_in_days(lower: &str) -> bool {
    let mut words = lower.split_whitespace().peekable();
    while words.peek().is_some_and(|w| {
        matches!(
            *w,
            "average" | "mean" | "median" | "avg" | "number" | "of" | "working" | "calendar"
        )
    }) {
        words.next();
    }
    words.next() == Some("days")
}

/// The unit and scale a header cell gives the figures under it: "Budget £000" holds
/// pounds in thousands, "Forecast £m" in millions. None when it names no currency.
fn column_money(cell: &str) -> Option<u32> {
    let at = cell.find('£')? + '£'.len_utf8();
    let unit = cell[at..].trim_start_matches([' ', '\'']);
    Some(if unit.starts_with("000") || unit.starts_with(['k', 'K']) {
        1_000
    } else if unit.starts_with(['m', 'M']) {
        1_000_000
    } else {
        1
    })
}

/// Where an action log's cells are ("No. | Action | Owner | Due | Status"): the
/// table that minutes keep of what was agreed, read row by row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActionLog {
    /// The column saying what is to be done.
    pub action: usize,
    /// Who is to do it.
    pub owner: Option<usize>,
    /// By when.
    pub due: Option<usize>,
    /// Whether it is done ("Complete", "Open").
    pub status: Option<usize>,
}

/// Reads a header row as an action log's: it needs a column of actions and one of
/// owners or dates, so that a performance table with a "Actions" note column is not one.
pub fn action_log(header: &str) -> Option<ActionLog> {
    let mut log = ActionLog {
        action: usize::MAX,
        owner: None,
        due: None,
        status: None,
    };
    for (i, cell) in header.split('\t').enumerate() {
        let lower = cell
            .trim()
            .trim_end_matches(['.', ':'])
            .to_ascii_lowercase();
        let is = |words: &[&str]| words.contains(&lower.as_str());
        if is(&[
            "due",
            "due date",
            "date due",
            "deadline",
            "by when",
            "target date",
            "timescale",
            "when",
            "completion date",
            "date",
        ]) {
            log.due.get_or_insert(i);
        } else if is(&[
            "owner",
            "action owner",
            "lead",
            "lead officer",
            "by whom",
            "responsible",
            "responsible officer",
            "officer",
            "who",
        ]) {
            log.owner.get_or_insert(i);
        } else if is(&["status", "progress", "rag", "update"]) {
            log.status.get_or_insert(i);
        } else if log.action == usize::MAX
            && (lower.starts_with("action") || is(&["agreed action", "agreed actions"]))
        {
            log.action = i;
        }
    }
    (log.action != usize::MAX && (log.owner.is_some() || log.due.is_some())).then_some(log)
}

/// Whether a status cell says the action is done.
pub fn is_done(status: &str) -> bool {
    let lower = status.trim().to_ascii_lowercase();
    ["complete", "closed", "done", "discharged", "achieved"]
        .iter()
        .any(|w| lower.starts_with(w))
}

/// When a period header ends, as months counted from year 0 (March 2025 is
/// 2025 * 12 + 3), so that columns can be put in time order whichever way the table
/// runs. A header needs a year to be placed: "Q1 25/26" (a financial quarter, to
/// June 2025), "Dec 2025", "2024/25" (to March 2025). None when it has no year.
pub fn period_end(label: &str) -> Option<u32> {
    let lower = label.to_ascii_lowercase();
    if let Some(rank) = relative_time(lower.trim()) {
        return Some(rank);
    }
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_ascii_alphanumeric() && c != '/')
        .filter(|w| !w.is_empty())
        .collect();
    let mut year = None;
    let mut financial = false;
    let mut month = None;
    let mut quarter = None;
    for (k, w) in words.iter().enumerate() {
        let (first, second) = w.split_once('/').unwrap_or((w, ""));
        let short = |y: &str| {
            (y.len() == 2)
                .then(|| y.parse::<u32>().ok().map(|y| 2000 + y))
                .flatten()
        };
        let long = |y: &str| {
            (y.len() == 4 && (y.starts_with("19") || y.starts_with("20")))
                .then(|| y.parse::<u32>().ok())
                .flatten()
        };
        if let Some(y) =
            long(first).or_else(|| (!second.is_empty()).then(|| short(first)).flatten())
        {
            year = Some(y);
            financial = !second.is_empty();
        } else if let Some(m) = crate::vocab::month_number(w) {
            month = Some(m);
        } else if let Some(q) = w.strip_prefix('q').and_then(|q| q.parse::<u32>().ok()) {
            quarter = Some(q);
        } else if matches!(*w, "quarter" | "qtr") {
            quarter = words.get(k + 1).and_then(|q| q.parse::<u32>().ok());
        }
    }
    let year = year?;
    let months = match (month, quarter) {
        (Some(m), _) => m,
        // A financial year's quarters run April to March.
        (None, Some(q @ 1..=4)) if financial => 3 + 3 * q,
        (None, Some(q @ 1..=4)) => 3 * q,
        (None, _) if financial => 15,
        (None, _) => 12,
    };
    Some(year * 12 + months)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_cells_name_periods_targets_and_benchmarks() {
        assert_eq!(column("Q1 25/26"), Column::Period("Q1 25/26".into()));
        assert_eq!(column("March 2025"), Column::Period("March 2025".into()));
        for month in ["December", "Jan", "Sept", "Oct."] {
            assert_eq!(column(month), Column::Period(month.into()));
        }
        assert_eq!(
            column("Marker"),
            Column::Other,
            "a word opening as a month does"
        );
        assert_eq!(column("Target"), Column::Target);
        assert_eq!(column("National"), Column::Benchmark("national"));
        assert_eq!(column("Gap"), Column::Difference);
        assert_eq!(column("Variance"), Column::Difference);
        assert_eq!(column("Measure"), Column::Other);
        assert_eq!(column("RAG"), Column::Other);
        assert_eq!(
            column("The Board received the report for Quarter 2 2024/25"),
            Column::Other
        );
    }

    #[test]
    fn row_labels_give_the_unit_of_bare_cells() {
        assert_eq!(
            row_unit("Children in care per 10,000"),
            Some(Unit::RatePer10k)
        );
        assert_eq!(row_unit("Re-referrals (%)"), Some(Unit::Percent));
        assert_eq!(row_unit("Children in care"), None);
        assert_eq!(
            row_unit("Average days to re-let void homes"),
            Some(Unit::Days)
        );
        assert_eq!(row_unit("Assessments within 45 days"), None);
        assert_eq!(
            row_unit("First time entrants (rate per 100,000)"),
            Some(Unit::Number)
        );
    }

    #[test]
    fn currency_headers_give_a_scale() {
        assert_eq!(column("Budget £000"), Column::Money(1_000));
        assert_eq!(column("Forecast (£'000)"), Column::Money(1_000));
        assert_eq!(column("Variance £m"), Column::Money(1_000_000));
        assert_eq!(column("Spend £"), Column::Money(1));
        assert_eq!(column_money("Target"), None);
    }

    #[test]
    fn action_log_headers_are_recognised() {
        let log = action_log("No.\tAction\tOwner\tDue date\tStatus").unwrap();
        assert_eq!(
            (log.action, log.owner, log.due, log.status),
            (1, Some(2), Some(3), Some(4))
        );
        assert_eq!(action_log("Measure\tQ1\tActions"), None);
        assert!(is_done("Completed - circulated 3 March") && !is_done("Open"));
    }

    #[test]
    fn period_headers_are_put_in_time_order() {
        let order = |a: &str, b: &str| period_end(a).unwrap() < period_end(b).unwrap();
        assert!(order("Sep 2025", "Dec 2025"));
        assert!(order("Q4 24/25", "Q1 25/26"));
        assert!(order("Q3 2024/25", "March 2025") && order("March 2025", "Q1 2025/26"));
        assert!(order("2023/24", "2024/25"));
        assert_eq!(period_end("Quarter 2"), None);
        assert_eq!(period_end("Dec"), None);
        assert!(period_end("This month") > period_end("Last month"));
        assert_eq!(period_end("Last"), None);
    }

    #[test]
    fn rows_find_their_header() {
        let t = "Measure\tQ4 24/25\tQ1 25/26\tTarget\nCLA per 10,000\t68.2\t70.1\t65\n";
        let seg = crate::segment::segment(t);
        assert_eq!(header(t, &seg, 0), None);
        let h = header(t, &seg, 1).unwrap();
        assert_eq!(h[3], Column::Target);
        let row = seg.blocks[1].range.start;
        assert_eq!(column_of(t, row, t.find("70.1").unwrap()), 2);
    }
}
