//! Reads tables pasted as tab-separated rows: which header cell a figure sits under.
//!
//! A performance dashboard copied from Word or a spreadsheet arrives as lines whose
//! cells are split by tabs (normalisation keeps one tab for a run of them). The
//! first row of such a run is its header; a figure's column says what it is: a
//! period ("Q1 25/26"), a target, or a benchmark.

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
    } else if has_digit && !crate::periods::find_periods(cell, 0..cell.len()).is_empty()
        || is_quarter(&lower)
    {
        Column::Period(cell.trim().to_string())
    } else {
        Column::Other
    }
}

/// "q1 25/26", "qtr 4", "quarter 2": a quarter, with a short year or none.
fn is_quarter(lower: &str) -> bool {
    let mut words = lower.split_whitespace();
    let first = words.next().unwrap_or("");
    let numbered = |w: &str| w.len() == 2 && w.starts_with('q') && w.as_bytes()[1].is_ascii_digit();
    numbered(first) || matches!(first, "qtr" | "quarter") && words.next().is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_cells_name_periods_targets_and_benchmarks() {
        assert_eq!(column("Q1 25/26"), Column::Period("Q1 25/26".into()));
        assert_eq!(column("March 2025"), Column::Period("March 2025".into()));
        assert_eq!(column("Target"), Column::Target);
        assert_eq!(column("National"), Column::Benchmark("national"));
        assert_eq!(column("Measure"), Column::Other);
        assert_eq!(column("RAG"), Column::Other);
        assert_eq!(
            column("The Board received the report for Quarter 2 2024/25"),
            Column::Other
        );
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
