//! A normalised view of the input that every later stage reads.
//!
//! Minutes arrive with non-breaking spaces, CRLF, tabs, curly quotes and dashes of
//! every width. Rather than teach each rule about all of them, we rewrite the text
//! once into a plain form (single spaces, `\n` line ends, ASCII quotes and dashes,
//! one bullet sign for the symbol-font ones) and keep, for every byte of it, the byte
//! offset of the original character it came from. Spans found in the plain form are
//! mapped back with [`Normalized::original`], so offsets always refer to the user's
//! text exactly as given.

use std::ops::Range;

/// The plain form of a text plus the way back to the original offsets.
#[derive(Debug, Clone)]
pub struct Normalized {
    /// Normalised text: `\n` line ends, single spaces (a run holding a tab becomes one
    /// tab), ASCII quotes and dashes.
    pub text: String,
    /// ASCII-lowercased copy of `text` (same length), for case-insensitive scans.
    pub lower: String,
    /// Where the copy from the original breaks step: `(normalised, original)` offsets
    /// from which the text runs on byte for byte until the next entry. Most minutes
    /// are long plain runs, so this is far smaller than one offset per byte.
    steps: Vec<(u32, u32)>,
    original_len: usize,
}

/// A run of white space waiting to be written.
struct Gap {
    /// Where it starts in the original.
    at: usize,
    /// How many tabs it holds.
    tabs: usize,
    /// Whether it holds anything but tabs.
    other: bool,
    /// How many characters it holds.
    width: usize,
}

/// What a character becomes in the normalised text.
enum Mapped {
    Keep,
    Space,
    Newline,
    Drop,
    /// A plain stand-in: ASCII quotes and dashes, a bullet for a symbol-font one.
    Plain(&'static str),
}

fn map_char(c: char) -> Mapped {
    match c {
        '\n' | '\r' | '\u{2028}' | '\u{2029}' | '\u{0B}' | '\u{0C}' => Mapped::Newline,
        ' ' | '\t' | '\u{A0}' | '\u{2000}'..='\u{200A}' | '\u{202F}' | '\u{205F}' | '\u{3000}' => {
            Mapped::Space
        }
        '\u{200B}'..='\u{200D}' | '\u{FEFF}' | '\u{AD}' | '\u{2060}' => Mapped::Drop,
        '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{2032}' | '\u{00B4}' | '`' => Mapped::Plain("'"),
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{2033}' => Mapped::Plain("\""),
        '\u{2010}'..='\u{2015}' | '\u{2212}' => Mapped::Plain("-"),
        // Word and PDF bullets in the Symbol and Wingdings fonts arrive as private-use
        // characters (U+F0B7, U+F0A7, U+F0D8...): nothing else in minutes uses them.
        '\u{E000}'..='\u{F8FF}' => Mapped::Plain("\u{2022}"),
        c if c.is_control() => Mapped::Space,
        _ => Mapped::Keep,
    }
}

/// True for the bytes copied unchanged: printable ASCII apart from the backtick and
/// the pipe (a cell break in a pipe table).
fn is_plain(b: u8) -> bool {
    PLAIN[b as usize]
}

/// Whether the first 16 of these 17 bytes are all copied unchanged: plain, or a
/// single space before a plain byte. Written without early exits so that it compiles
/// to a few vector compares: words and single spaces alternate too irregularly for
/// a byte-by-byte branch to be predicted.
fn plain_run(chunk: &[u8]) -> bool {
    let plain = |b: u8| (b > b' ') & (b < 0x7f) & (b != b'`') & (b != b'|');
    let mut ok = true;
    for k in 0..16 {
        ok &= plain(chunk[k]) | ((chunk[k] == b' ') & plain(chunk[k + 1]));
    }
    ok
}

/// `is_plain` as a table: one load per byte in the copying loop, which every byte of
/// the text goes through.
static PLAIN: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0x21;
    while b < 0x7f {
        t[b] = b != b'`' as usize && b != b'|' as usize;
        b += 1;
    }
    t
};

impl Normalized {
    /// Builds the plain form of `input` in one pass.
    pub fn new(input: &str) -> Self {
        let mut n = Normalized {
            text: String::with_capacity(input.len()),
            lower: String::new(),
            // Room for a break in the copy every 32 bytes (minutes have one every 80 or
            // so): growing it copied the whole list each time.
            steps: Vec::with_capacity(input.len() / 32 + 1),
            original_len: input.len(),
        };
        // Where a run of spaces began, and whether it held a tab: a tab stays a tab
        // (one), so that the cells of a table row pasted from Word stay apart.
        let mut pending_space: Option<Gap> = None;
        let bytes = input.as_bytes();
        // The lines of a pipe table, and the first of them not yet passed.
        let pipe_rows = pipe_rows(bytes);
        let mut next_row = 0;
        // Lines holding a lone value ("91%"), for tables pasted one cell per line.
        let mut line_start = 0;
        let mut lone_values = 0;
        let mut i = 0;
        while i < bytes.len() {
            // Fast path: most of any minutes is words of plain ASCII with single
            // spaces between them, copied whole.
            if is_plain(bytes[i]) {
                n.flush_space(&mut pending_space);
                let start = i;
                i += 1;
                while let Some(chunk) = bytes.get(i..i + 17) {
                    if !plain_run(chunk) {
                        break;
                    }
                    i += 16;
                }
                while let Some(&b) = bytes.get(i) {
                    if is_plain(b) {
                        i += 1;
                    } else if b == b' ' && bytes.get(i + 1).is_some_and(|&b| is_plain(b)) {
                        i += 2;
                    } else {
                        break;
                    }
                }
                n.push(&input[start..i], start);
                continue;
            }
            let c = input[i..].chars().next().unwrap_or('\u{FFFD}');
            let at = i;
            i += c.len_utf8();
            let mapped = if c == '|' {
                while pipe_rows.get(next_row).is_some_and(|r| r.end <= at) {
                    next_row += 1;
                }
                if pipe_rows.get(next_row).is_some_and(|r| r.contains(&at)) {
                    Mapped::Space
                } else {
                    Mapped::Keep
                }
            } else {
                map_char(c)
            };
            match mapped {
                Mapped::Space => {
                    let gap = pending_space.get_or_insert(Gap {
                        at,
                        tabs: 0,
                        other: false,
                        width: 0,
                    });
                    gap.width += 1;
                    if c == '\t' || c == '|' {
                        gap.tabs += 1;
                    } else {
                        gap.other = true;
                    }
                }
                Mapped::Drop => {}
                Mapped::Newline => {
                    if c == '\r' && bytes.get(i) == Some(&b'\n') {
                        continue; // CRLF: the '\n' that follows stands for both
                    }
                    // "the num-\nber of children": a word a PDF hyphenated at a line's
                    // end is joined again (the hyphen stays in the original).
                    if pending_space.is_none() && n.hyphenated_word_continues(bytes.get(i)) {
                        n.text.pop();
                        if n.steps
                            .last()
                            .is_some_and(|&(at, _)| at as usize == n.text.len())
                        {
                            n.steps.pop();
                        }
                        continue;
                    }
                    pending_space = None; // trailing spaces on a line carry no meaning
                    lone_values += usize::from(is_value_cell(&n.text.as_bytes()[line_start..]));
                    n.push("\n", at);
                    line_start = n.text.len();
                }
                Mapped::Plain(plain) => {
                    n.flush_space(&mut pending_space);
                    if plain.len() == c.len_utf8() {
                        n.push(plain, at);
                    } else {
                        n.push_alone(plain, at);
                    }
                }
                Mapped::Keep => {
                    n.flush_space(&mut pending_space);
                    n.push(&input[at..i], at);
                }
            }
        }
        lone_values += usize::from(is_value_cell(&n.text.as_bytes()[line_start..]));
        n.lay_out_tables(!pipe_rows.is_empty(), lone_values >= 4);
        n.lower = n.text.to_ascii_lowercase();
        n
    }

    /// Gives tables pasted in other layouts the tab-separated cells of a Word row, by
    /// swapping single ASCII bytes, so offsets are unchanged: a row of a pipe table
    /// ("| Re-referrals (%) | 21.4 | 19.8 |") and a table pasted one cell per line.
    fn lay_out_tables(&mut self, had_pipe_rows: bool, cell_lines: bool) {
        // Most text has neither: leave it be (taking the bytes back checks them all).
        if !had_pipe_rows && !cell_lines {
            return;
        }
        let mut bytes = std::mem::take(&mut self.text).into_bytes();
        if had_pipe_rows {
            blank_rule_rows(&mut bytes);
        }
        if cell_lines {
            cell_lines_to_rows(&mut bytes);
        }
        // Swapping one ASCII byte for another keeps the text valid UTF-8.
        self.text = String::from_utf8(bytes).unwrap_or_default();
    }

    /// Whether the text ends in a lowercase letter and a hyphen and `next` (the byte
    /// after a line break) is a lowercase letter: a word broken across lines.
    fn hyphenated_word_continues(&self, next: Option<&u8>) -> bool {
        let t = self.text.as_bytes();
        t.len() >= 2
            && t[t.len() - 1] == b'-'
            && t[t.len() - 2].is_ascii_lowercase()
            && next.is_some_and(u8::is_ascii_lowercase)
    }

    /// Appends `piece`, which came from the original text at `at`.
    fn push(&mut self, piece: &str, at: usize) {
        let here = self.text.len();
        let runs_on = self
            .steps
            .last()
            .is_some_and(|&(n, o)| here - n as usize == at.wrapping_sub(o as usize));
        if !runs_on {
            self.steps.push((here as u32, at as u32));
        }
        self.text.push_str(piece);
    }

    /// Appends a stand-in for other original bytes ("'" for "´", " " for a run of
    /// spaces) as a run of its own, so that a range ending on it maps past all of them
    /// and never into the middle of a character.
    fn push_alone(&mut self, piece: &str, at: usize) {
        self.steps.push((self.text.len() as u32, at as u32));
        self.text.push_str(piece);
    }

    /// Writes a pending run of white space as one space or one tab, unless at a line
    /// start; a run of tabs only is kept whole, so a table row's empty cells keep its
    /// columns in place.
    fn flush_space(&mut self, pending: &mut Option<Gap>) {
        if let Some(gap) = pending.take() {
            if !self.text.is_empty() && !self.text.ends_with('\n') {
                match gap {
                    // Columns laid out with spaces (PDF text: "Number in care   402   417")
                    // are cells as a tab makes them; prose never holds three spaces.
                    Gap {
                        tabs: 0,
                        width: 3..,
                        ..
                    } => self.push_alone("\t", gap.at),
                    Gap { tabs: 0, .. } => self.push_alone(" ", gap.at),
                    Gap { other: false, .. } => {
                        self.push_alone(&"\t".repeat(gap.tabs.min(16)), gap.at)
                    }
                    _ => self.push_alone("\t", gap.at),
                }
            }
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
        let start = self.original_offset(r.start);
        let end = self.original_end(r.end);
        start..end.max(start)
    }

    /// The original offset just past the character that ends at byte `end` of the
    /// normalised text: where its run of copied bytes ends, not where the next kept
    /// character starts, so a range never takes in what normalising dropped after it
    /// ("| 19.5 |" at a pipe row's end ends at "19.5").
    fn original_end(&self, end: usize) -> usize {
        let next = self.original_offset(end);
        if end == 0 || end > self.text.len() {
            return next;
        }
        let k = self.steps.partition_point(|&(n, _)| (n as usize) < end);
        let (n, o) = self.steps[k.saturating_sub(1)];
        // A stand-in (a quote or dash for "’" or "–", a space or tab for a run of white
        // space) stands alone in its run: what it stands for ends where the next run
        // begins.
        let last = self.text.as_bytes()[end - 1];
        if n as usize == end - 1 && matches!(last, b'\'' | b'"' | b'-' | b' ' | b'\t') {
            return next;
        }
        (o as usize + (end - n as usize)).min(next)
    }

    /// The original offset of the character at byte `at` of the normalised text.
    fn original_offset(&self, at: usize) -> usize {
        if at >= self.text.len() {
            return self.original_len;
        }
        let k = self.steps.partition_point(|&(n, _)| n as usize <= at);
        // `steps` starts at 0 whenever the text is not empty, so k >= 1 here.
        let (n, o) = self.steps[k.saturating_sub(1)];
        o as usize + (at - n as usize)
    }
}

/// The lines of `bytes` as ranges, without their `\n`.
fn line_ranges(bytes: &[u8]) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    for i in memchr::memchr_iter(b'\n', bytes) {
        out.push(start..i);
        start = i + 1;
    }
    out.push(start..bytes.len());
    out
}

/// The lines of a pipe table ("| Indicator | Sep | Oct |"): a line that starts with
/// `|` and holds three or more, or one of two or more lines in a row that hold the
/// same number (two or more) without the outer pipes ("Action | Owner | By when").
/// Their pipes are cell breaks, as tabs are.
fn pipe_rows(input: &[u8]) -> Vec<Range<usize>> {
    if memchr::memchr(b'|', input).is_none() {
        return Vec::new();
    }
    let lines = line_ranges(input);
    let pipes: Vec<usize> = lines
        .iter()
        .map(|l| input[l.clone()].iter().filter(|&&b| b == b'|').count())
        .collect();
    let inner_row = |i: usize| {
        pipes[i] >= 2 && (i > 0 && pipes[i - 1] == pipes[i] || pipes.get(i + 1) == Some(&pipes[i]))
    };
    (0..lines.len())
        .filter(|&i| {
            let row = &input[lines[i].clone()];
            row.trim_ascii_start().first() == Some(&b'|') && pipes[i] >= 3 || inner_row(i)
        })
        .map(|i| lines[i].clone())
        .collect()
}

/// Blanks a pipe table's rule row ("|---|:--|", now "---<tab>:--"), which holds no cell.
fn blank_rule_rows(bytes: &mut [u8]) {
    for line in line_ranges(bytes) {
        let row = &bytes[line.clone()];
        let rule = row.contains(&b'\t')
            && row.contains(&b'-')
            && row.iter().all(|&b| matches!(b, b'-' | b':' | b' ' | b'\t'));
        if rule {
            bytes[line].fill(b' ');
        }
    }
}

/// Whether a line is one table cell holding only a value: "91%", "47.1", "-", "n/a".
fn is_value_cell(line: &[u8]) -> bool {
    if line.len() > 16 {
        return false;
    }
    let t = line.trim_ascii();
    if matches!(t, b"-" | b"n/a" | b"N/A") || is_rating_cell(t) {
        return true;
    }
    let t = t.strip_prefix(b"\xc2\xa3").unwrap_or(t); // a pound sign
    let t = t.strip_suffix(b"%").unwrap_or(t);
    !t.is_empty()
        && t.len() <= 12
        && t[0].is_ascii_digit()
        && t.last().is_some_and(u8::is_ascii_digit) // "5." numbers an item
        && t.iter().all(|b| b.is_ascii_digit() || matches!(b, b'.' | b','))
}

/// Whether a cell is a RAG rating or a direction of travel ("Amber", "G", "Improving",
/// an arrow): a scorecard's last columns, which sit in the row like its values do.
fn is_rating_cell(cell: &[u8]) -> bool {
    // (Every line of the text is asked: one copy and one match, not a list walked.)
    let mut lower = [0u8; 12];
    let Some(lower) = lower.get_mut(..cell.len()) else {
        return false;
    };
    for (l, c) in lower.iter_mut().zip(cell) {
        *l = c.to_ascii_lowercase();
    }
    matches!(
        &*lower,
        b"red"
            | b"amber"
            | b"green"
            | b"blue"
            | b"r"
            | b"a"
            | b"g"
            | b"red/amber"
            | b"amber/green"
            | b"r/a"
            | b"a/g"
            | b"up"
            | b"down"
            | b"same"
            | b"stable"
            | b"static"
            | b"improving"
            | b"improved"
            | b"declining"
            | b"worsening"
            | b"worse"
            | b"better"
            | b"no change"
            // The arrows: up, down, right, left-right, and the triangles up and down.
            | b"\xe2\x86\x91"
            | b"\xe2\x86\x93"
            | b"\xe2\x86\x92"
            | b"\xe2\x86\x94"
            | b"\xe2\x96\xb2"
            | b"\xe2\x96\xbc"
    )
}

/// Whether a line can be a row's label or a column's heading: short text, no value.
fn is_label_cell(line: &[u8]) -> bool {
    let t = line.trim_ascii();
    !t.is_empty() && t.len() <= 120 && !is_value_cell(t) && !t.contains(&b'\t')
}

/// A table pasted one cell per line (Word to plain text): a label line, then the same
/// number (two or more) of value lines, for at least two rows. Each row's line breaks
/// become tabs, and so do the heading row's, the label-like lines just before the
/// first row, one per column.
fn cell_lines_to_rows(bytes: &mut [u8]) {
    let lines = line_ranges(bytes);
    let values: Vec<bool> = lines
        .iter()
        .map(|l| is_value_cell(&bytes[l.clone()]))
        .collect();
    let labels: Vec<bool> = lines
        .iter()
        .map(|l| is_label_cell(&bytes[l.clone()]))
        .collect();
    // The number of value lines right after a label line.
    let width = |i: usize| -> usize {
        if !labels[i] {
            return 0;
        }
        values[i + 1..].iter().take_while(|&&v| v).count()
    };
    let mut i = 0;
    while i < lines.len() {
        let k = width(i);
        if k < 2 {
            i += 1;
            continue;
        }
        // The rows of this table: label then exactly k values, back to back.
        let mut rows = vec![i];
        let mut next = i + k + 1;
        while next < lines.len() && width(next) == k {
            rows.push(next);
            next += k + 1;
        }
        if rows.len() < 2 {
            i += 1;
            continue;
        }
        let heading = i
            .checked_sub(k + 1)
            .filter(|&h| (h..i).all(|j| labels[j] && bytes[lines[j].clone()].len() <= 60));
        for first in heading.into_iter().chain(rows.iter().copied()) {
            for line in &lines[first..first + k] {
                bytes[line.end] = b'\t';
            }
        }
        i = next;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_pipe_tables_cells_become_tab_cells_and_its_rule_row_blank() {
        let t = "| Indicator | Sep | Oct |\n|---|:--:|---|\n| Re-referrals (%) | 21.4 | 19.8 |\nA | b | c\n";
        let n = Normalized::new(t);
        let lines: Vec<&str> = n.text.lines().collect();
        assert_eq!(lines[0], "Indicator\tSep\tOct");
        assert!(lines[1].trim().is_empty(), "{:?}", lines[1]);
        assert_eq!(lines[2], "Re-referrals (%)\t21.4\t19.8");
        // A line not opened by a pipe keeps its pipes, unless a line beside it holds as
        // many: then both are rows of a table written without its outer pipes.
        assert_eq!(lines[3], "A | b | c");
        let bare = Normalized::new("Intro | here\nAction | Owner | Due\nAudit | Chair | May\n");
        let rows: Vec<&str> = bare.text.lines().collect();
        assert_eq!(
            rows,
            ["Intro | here", "Action\tOwner\tDue", "Audit\tChair\tMay"]
        );
        let at = n.text.find("21.4").unwrap();
        assert_eq!(&t[n.original(at..at + 4)], "21.4");
        // The last cell ends at its figure, not over the row's closing pipe.
        let at = n.text.find("19.8").unwrap();
        assert_eq!(&t[n.original(at..at + 4)], "19.8");
    }

    #[test]
    fn a_range_ending_on_a_stand_in_character_covers_the_original_one() {
        for src in ["!\u{B4}", "it was \u{2018}good\u{2019}", "2019\u{2013}"] {
            let n = Normalized::new(src);
            assert_eq!(&src[n.original(0..n.text.len())], src);
        }
        let src = "a\u{A0}b";
        assert_eq!(&src[Normalized::new(src).original(0..2)], "a\u{A0}");
    }

    #[test]
    fn a_table_pasted_one_cell_per_line_is_read_as_rows() {
        let t = "Measure\nQ2\nQ3\nTarget\nCare leavers in touch\n89%\n91%\n90%\nCare leavers in EET\n55%\n53%\n60%\n\nMembers were concerned.\n";
        let n = Normalized::new(t);
        let lines: Vec<&str> = n.text.lines().collect();
        assert_eq!(
            lines[..3],
            [
                "Measure\tQ2\tQ3\tTarget",
                "Care leavers in touch\t89%\t91%\t90%",
                "Care leavers in EET\t55%\t53%\t60%"
            ]
        );
        // A RAG column is a column like the others.
        let t = "Indicator\nQ1\nQ2\nRAG\nReviews completed\n62%\n58%\nRed\nCarers assessed\n947\n1,106\nGreen\n";
        let lines: Vec<String> = Normalized::new(t).text.lines().map(String::from).collect();
        assert_eq!(
            lines,
            [
                "Indicator\tQ1\tQ2\tRAG",
                "Reviews completed\t62%\t58%\tRed",
                "Carers assessed\t947\t1,106\tGreen"
            ]
        );
        // One label with figures under it is no table; nor are numbered items.
        for prose in [
            "Figures\n12\n14\n\nThe end.\n",
            "4.\nApologies\n5.\nMinutes\n6.\nPerformance\n",
        ] {
            assert_eq!(Normalized::new(prose).text, prose);
        }
    }

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
    fn a_run_of_tabs_keeps_a_table_rows_empty_cells() {
        let src = "Rate per 10,000\t61.2\t63.1\t\t71\nA \t b";
        let n = Normalized::new(src);
        assert_eq!(n.text, "Rate per 10,000\t61.2\t63.1\t\t71\nA\tb");
        let at = n.text.find("71").unwrap();
        assert_eq!(&src[n.original(at..at + 2)], "71");
    }

    #[test]
    fn columns_laid_out_with_spaces_become_cells() {
        let src = "Number in care      402        417\nTwo  spaces stay prose.";
        let n = Normalized::new(src);
        assert_eq!(n.text, "Number in care\t402\t417\nTwo spaces stay prose.");
        let at = n.text.find("417").unwrap();
        assert_eq!(&src[n.original(at..at + 3)], "417");
    }

    #[test]
    fn symbol_font_bullets_become_one_bullet_sign() {
        let src = "\u{F0B7} Dental checks: 58%\n\u{F0A7} Immunisations: 88%";
        let n = Normalized::new(src);
        assert_eq!(
            n.text,
            "\u{2022} Dental checks: 58%\n\u{2022} Immunisations: 88%"
        );
        let at = n.text.find("58").unwrap();
        assert_eq!(&src[n.original(at..at + 2)], "58");
    }

    #[test]
    fn curly_quotes_become_ascii_but_spans_cover_the_original() {
        let src = "Children\u{2019}s Services";
        let n = Normalized::new(src);
        assert_eq!(n.text, "Children's Services");
        let r = n.original(0..10);
        assert_eq!(&src[r], "Children\u{2019}s");
    }

    #[test]
    fn a_word_hyphenated_at_a_line_end_is_joined() {
        let src = "the num-\nber of children\nA list -\nnext";
        let n = Normalized::new(src);
        assert_eq!(n.text, "the number of children\nA list -\nnext");
        let at = n.text.find("ber").unwrap();
        assert_eq!(&src[n.original(at..at + 3)], "ber");
        let at = n.text.find("number").unwrap();
        assert_eq!(&src[n.original(at..at + 6)], "num-\nber");
    }
    #[test]
    fn odd_bytes_anywhere_in_a_long_plain_run_are_still_rewritten() {
        // The plain copy goes 16 bytes at a time: each odd byte at every offset.
        let plain = "Placement stability improved to 71% in the year";
        for odd in ["  ", "`", "\u{A0}", "\t", " \n", "\u{2019}"] {
            for k in 1..plain.len() {
                let src = format!("{}{odd}{}", &plain[..k], &plain[k..]);
                let n = Normalized::new(&src);
                // Two spaces beside a third are a column gap.
                let beside_space = plain[..k].ends_with(' ') || plain[k..].starts_with(' ');
                let want = match odd {
                    "  " if beside_space => format!("{}\t{}", &plain[..k], &plain[k..]),
                    "`" | "\u{2019}" => format!("{}'{}", &plain[..k], &plain[k..]),
                    "  " | "\u{A0}" => format!("{} {}", &plain[..k], &plain[k..]),
                    "\t" => format!("{}\t{}", &plain[..k], &plain[k..]),
                    _ => format!("{}\n{}", &plain[..k], &plain[k..]),
                };
                // A space next to the odd bytes joins their run; a line starts with no space.
                let want = want
                    .replace("  ", " ")
                    .replace(" \t", "\t")
                    .replace("\t ", "\t")
                    .replace(" \n", "\n")
                    .replace("\n ", "\n");
                assert_eq!(n.text, want, "{odd:?} at {k}");
                let word = if k < 30 { "year" } else { "Placement" };
                let at = n.text.find(word).unwrap();
                assert_eq!(&src[n.original(at..at + word.len())], word);
            }
        }
    }
}
