//! Splits minutes into agenda items, blocks (paragraphs and bullets) and sentences.
//!
//! Works on the [`Normalized`](crate::normalize::Normalized) text, so it only has to
//! know `\n` and single spaces. Every unit carries byte offsets into that text.
//! Bullets get a nesting level the way Markdown lists do: a marker kind not seen in
//! the current list opens a deeper level, one seen before closes back to it. That
//! is what lets an `o` answer under a `·` question inherit the question's topic.

mod marker;

use marker::{list_marker, MarkerKind};
use std::ops::Range;
use std::sync::LazyLock;

/// One agenda item: a title and the blocks under it.
#[derive(Debug, Clone)]
pub struct Item {
    /// Whole extent of the item in the normalised text.
    pub range: Range<usize>,
    /// The item's title line, where one could be found.
    pub title: Option<Range<usize>>,
    /// Indices into [`Segments::blocks`].
    pub blocks: Range<usize>,
}

/// A paragraph or a bullet: the unit minutes are written in.
#[derive(Debug, Clone)]
pub struct Block {
    /// The block's text, after any bullet or number marker.
    pub range: Range<usize>,
    /// The bullet or number marker, if the block is a list entry.
    pub marker: Option<Range<usize>>,
    /// Nesting depth: 0 for a paragraph, 1 for a top-level bullet, 2 below that...
    pub level: u8,
    /// The block this one hangs from: the parent bullet, or the lead-in paragraph
    /// ("It was noted that:") of a top-level list.
    pub parent: Option<usize>,
    /// A leading label such as "Dental Checks:" or "Contacts to Front Door -".
    pub heading: Option<Range<usize>>,
    /// Index of the item this block belongs to.
    pub item: usize,
    /// Indices into [`Segments::sentences`].
    pub sentences: Range<usize>,
    /// Whether the block is the agenda's description of the item, before its "Minutes:".
    pub preamble: bool,
}

/// One sentence, with the block it sits in.
#[derive(Debug, Clone)]
pub struct Sentence {
    /// Extent in the normalised text, trimmed.
    pub range: Range<usize>,
    /// Index into [`Segments::blocks`].
    pub block: usize,
}

/// The whole segmentation of one text.
#[derive(Debug, Clone, Default)]
pub struct Segments {
    /// Agenda items in order (at least one when the text is not blank).
    pub items: Vec<Item>,
    /// Blocks in order.
    pub blocks: Vec<Block>,
    /// Sentences in order.
    pub sentences: Vec<Sentence>,
    /// Offsets of line breaks that only wrap a paragraph (PDF and e-mail text), which
    /// later stages should read as spaces so "education, employment or\ntraining" is one phrase.
    pub soft_breaks: Vec<usize>,
}

static MINUTES_MARK: LazyLock<crate::pattern::Anchored> =
    LazyLock::new(|| crate::pattern::Anchored::new(r"(?i)^minutes\s*:?\s*$"));

/// Whether a block is the bare "Minutes:" label that ends an item's description.
pub fn is_minutes_marker(block_text: &str) -> bool {
    MINUTES_MARK.is_match(block_text)
}

static ITEM_START: LazyLock<crate::pattern::Anchored> = LazyLock::new(|| {
    crate::pattern::Anchored::new(
        r"(?i)^(?:agenda item\b|(?:item|minute|minute no\.?)\s+\d+[a-z]?\b|\d{1,3}/\d{2,4}\s+\S|(?-i:[A-Z]{2,6})/\d{1,4}(?:/\d{2,4})?\s+(?-i:[A-Z]))",
    )
});

/// Whether a line is a heading in capitals ("CHILDREN'S SOCIAL CARE PERFORMANCE"),
/// which starts an agenda item. "RESOLVED:" ends with a colon and is not one.
fn is_capital_heading(line: &str) -> bool {
    // Most lines have a lowercase letter early on: test that first.
    line.chars().all(|c| !c.is_lowercase())
        && !line.ends_with(':')
        && line.chars().filter(|c| c.is_alphabetic()).count() >= 10
        && line.split_whitespace().count() >= 2
}

/// Words that open a numbered resolution or list entry, not an item's title.
const NOT_TITLES: &[&str] = &["That", "To", "A", "An", "The", "Members", "It", "This"];

/// The last word of a trimmed line.
fn last_word(line: &str) -> &str {
    line.rsplit(' ').next().unwrap_or("")
}

/// Whether a line ending on the word `last` stops mid-phrase, so that the line `next`
/// is its continuation even where the first looked a heading: `next` starts in lower
/// case (no heading's body does), or `last` is a day of the month and `next` names the
/// month ("by 31" / "December 2026").
fn hangs_on(last: &str, next: &str) -> bool {
    let first = next.split([' ', '.', ',']).next().unwrap_or("");
    let day = !last.is_empty() && last.len() <= 2 && last.bytes().all(|b| b.is_ascii_digit());
    next.starts_with(|c: char| c.is_lowercase())
        || day && crate::vocab::is_month(&first.to_ascii_lowercase())
}

/// Whether a line is a numbered item heading ("14. Adult Social Care Performance –
/// Quarter 4 2024/25"): a number, then a short capitalised title with no closing
/// punctuation. The caller rules out lines inside a numbered list.
fn is_numbered_heading(line: &str) -> bool {
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 || digits > 3 || line.len() > 100 {
        return false;
    }
    let title = line[digits..].strip_prefix('.').unwrap_or(&line[digits..]);
    if !title.starts_with([' ', '\t']) {
        return false;
    }
    let title = heading_title(line);
    if title.contains('\t') {
        return false; // a table row: "1<tab>Circulate the report<tab>Sarah Pike"
    }
    let first = title.split_whitespace().next().unwrap_or("");
    title.starts_with(|c: char| c.is_ascii_uppercase())
        && !title.ends_with(['.', ';', ':', ',', '?', '!'])
        && !NOT_TITLES.contains(&first)
        && !crate::vocab::is_month(&first.to_ascii_lowercase())
}

/// The standing items that open a meeting's agenda, whose numbered list is the agenda.
const AGENDA_OPENERS: &[&str] = &[
    "Apologies",
    "Welcome",
    "Declarations",
    "Declaration of",
    "Minutes of",
    "Matters arising",
    "Chair's announcements",
    "Introductions",
];

/// Whether a numbered line's title is one of the agenda's standing items.
fn opens_agenda(title: &str) -> bool {
    AGENDA_OPENERS.iter().any(|w| title.starts_with(w))
}

/// A numbered heading's title: the line after its number, a full stop and spaces.
fn heading_title(line: &str) -> &str {
    let rest = line.trim_start_matches(|c: char| c.is_ascii_digit());
    rest.strip_prefix('.').unwrap_or(rest).trim_start()
}

/// Words that end with a full stop without ending a sentence.
const ABBREVIATIONS: &[&str] = &[
    "e.g", "i.e", "eg", "ie", "etc", "c", "ca", "cllr", "cllrs", "mr", "mrs", "ms", "dr", "prof",
    "no", "nos", "st", "vs", "v", "approx", "incl", "para", "paras", "fig", "jan", "feb", "mar",
    "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "cont", "ref", "tel", "ext",
    "rev", "co", "inc", "ltd", "dept", "govt", "est", "min", "max", "nb", "cf", "al", "p", "pp",
    "vol", "art", "supt", "insp", "sgt", "det", "ch",
];

/// The end of a block's lead-in heading: "Dental Checks: ...", "Placement stability -
/// ...": a capital, then 1 to 80 characters with no sentence punctuation, ended by a
/// colon or a spaced dash. Written out rather than as a lazy bounded pattern, which
/// is slow to run on every block.
fn heading_end(content: &str) -> Option<usize> {
    let end = lead_in_end(content)?;
    let bytes = content.as_bytes();
    // A dash inside brackets is a range or an aside ("introduced the report (pages 23
    // - 41)"), not the end of a heading.
    // Nor is a dash in a table's empty cell ("Suspensions (number)<tab>412<tab>-").
    let mut open = 0i32;
    for &b in &bytes[..end] {
        match b {
            b'(' => open += 1,
            b')' => open -= 1,
            b'\t' => return None,
            _ => {}
        }
    }
    // "Pedestrian casualties 213 - up 8% on last year": a count before the dash is the
    // label's own figure, and what follows says how it moved ("Stage 2 - 55%" and
    // "Year 11 - 40 pupils" name a stage).
    let counted_before_dash = bytes[end..].starts_with(b" -") && {
        let word = content[..end].rsplit(' ').next().unwrap_or("");
        word.bytes().all(|b| b.is_ascii_digit() || b == b',')
            && (word.contains(',') || word.len() >= 3)
    };
    (open <= 0 && !counted_before_dash).then_some(end)
}

/// Where a lead-in's capital and words end at a colon or spaced dash, whatever they hold.
fn lead_in_end(content: &str) -> Option<usize> {
    let bytes = content.as_bytes();
    if !bytes.first()?.is_ascii_uppercase() {
        return None;
    }
    // In ASCII every byte is a character: the walk reads no further than this byte.
    let reach = bytes.len().min(LEAD_IN_LAST_READ + 1);
    if bytes[..reach].is_ascii() {
        heading_end_ascii(bytes, reach)
    } else {
        heading_end_walk(content)
    }
}

/// The most characters a lead-in holds after its capital.
const LEAD_IN_CHARS: usize = 80;

/// The last byte [`heading_end_walk`] reads of an ASCII opening: the one after the
/// capital and its most characters, which may still end the lead-in.
const LEAD_IN_LAST_READ: usize = LEAD_IN_CHARS + 1;

/// Whether the lead-in ends at byte `i`: a colon before a space, or a space before
/// dashes and a space ("Placement stability -- 11%").
fn lead_in_ends_at(bytes: &[u8], i: usize) -> bool {
    match &bytes[i..] {
        [b':', w, ..] if w.is_ascii_whitespace() => true,
        [w, after @ ..] if w.is_ascii_whitespace() => {
            let dashes = after.iter().take_while(|&&b| b == b'-').count();
            dashes > 0 && after.get(dashes).is_some_and(u8::is_ascii_whitespace)
        }
        _ => false,
    }
}

/// [`heading_end`] where its first `reach` bytes are ASCII: only the bytes that can
/// end or stop a lead-in are looked at (most blocks are sentences that run past 80
/// characters, and this runs on the opening of every block).
fn heading_end_ascii(bytes: &[u8], reach: usize) -> Option<usize> {
    let mut from = 1;
    while let Some(k) = next_lead_in_sign(&bytes[from..reach]) {
        let i = from + k;
        match bytes[i] {
            b'.' if inside_a_word(bytes, i) => {}
            b'.' | b';' | b'!' | b'?' => return None,
            // A colon or line break ends the lead-in or stops it; neither at byte 1,
            // with no character taken before it.
            b':' | b'\n' => return (i >= 2 && lead_in_ends_at(bytes, i)).then_some(i),
            // A dash after a space (a tab, a form feed...) may end the lead-in there.
            _ => {
                let space = i - 1;
                if space >= 2
                    && LEAD_IN_BYTES[bytes[space] as usize] == LeadInByte::Space
                    && lead_in_ends_at(bytes, space)
                {
                    return Some(space);
                }
            }
        }
        from = i + 1;
    }
    // The last byte the walk reads, a space, may end the lead-in with the dash after it.
    let last = reach - 1;
    (reach > LEAD_IN_LAST_READ
        && LEAD_IN_BYTES[bytes[last] as usize] == LeadInByte::Space
        && lead_in_ends_at(bytes, last))
    .then_some(last)
}

/// Where the next byte that can end or stop a lead-in is (`.` `;` `!` `?` `:` `-` or a
/// line break): all but the line break lie between `!` and `?`, a range eight bytes are
/// tested against at once; the few other bytes there (digits, commas, brackets) are
/// passed over one by one.
fn next_lead_in_sign(bytes: &[u8]) -> Option<usize> {
    let is_sign = |b: u8| matches!(b, b'.' | b';' | b'!' | b'?' | b':' | b'\n' | b'-');
    let mut from = 0;
    loop {
        let k = from
            + crate::bytes::first(&bytes[from..], |x| {
                crate::bytes::between(x, b' ', b'@') | crate::bytes::equal_to(x, b'\n')
            })?;
        if is_sign(bytes[k]) {
            return Some(k);
        }
        from = k + 1;
    }
}

/// Whether the full stop at `i` stands inside a word before a digit, as in "s.20"
/// and "2.5", where it ends no sentence.
fn inside_a_word(bytes: &[u8], i: usize) -> bool {
    i > 0
        && bytes[i - 1].is_ascii_alphanumeric()
        && bytes.get(i + 1).is_some_and(u8::is_ascii_digit)
}

/// [`heading_end`] byte by byte, counting characters: the capital is one byte, and
/// every test below is of an ASCII byte, which never occurs inside a longer character.
fn heading_end_walk(content: &str) -> Option<usize> {
    let bytes = content.as_bytes();
    let mut taken = 0;
    for (i, &b) in bytes.iter().enumerate().skip(1) {
        match LEAD_IN_BYTES[b as usize] {
            LeadInByte::Inside => continue,
            LeadInByte::Word => {}
            kind @ (LeadInByte::Space | LeadInByte::Colon) => {
                if taken >= 1 && lead_in_ends_at(bytes, i) {
                    return Some(i);
                }
                if matches!(kind, LeadInByte::Colon) || b == b'\n' {
                    return None;
                }
            }
            LeadInByte::Stop if b == b'.' && inside_a_word(bytes, i) => {}
            LeadInByte::Stop => return None,
        }
        if taken == LEAD_IN_CHARS {
            return None;
        }
        taken += 1;
    }
    None
}

/// What a byte can do to a heading's lead-in, for [`heading_end`].
#[derive(Clone, Copy, PartialEq)]
enum LeadInByte {
    /// Carries it on.
    Word,
    /// A byte inside a longer character, not counted.
    Inside,
    /// A space may end it before a dash ("Placement stability -- 11%"); a line break
    /// ends it when it does not.
    Space,
    /// A colon ends it before a space, and stops it otherwise.
    Colon,
    /// A full stop, semicolon, `!` or `?`: no lead-in.
    Stop,
}

/// Every byte's [`LeadInByte`].
const LEAD_IN_BYTES: [LeadInByte; 256] = {
    let mut t = [LeadInByte::Word; 256];
    let mut b = 0x80;
    while b < 0xC0 {
        t[b] = LeadInByte::Inside;
        b += 1;
    }
    t[b' ' as usize] = LeadInByte::Space;
    t[b'\t' as usize] = LeadInByte::Space;
    t[b'\n' as usize] = LeadInByte::Space;
    t[0x0C] = LeadInByte::Space;
    t[b'\r' as usize] = LeadInByte::Space;
    t[b':' as usize] = LeadInByte::Colon;
    t[b'.' as usize] = LeadInByte::Stop;
    t[b';' as usize] = LeadInByte::Stop;
    t[b'!' as usize] = LeadInByte::Stop;
    t[b'?' as usize] = LeadInByte::Stop;
    t
};

/// Whether a line is a "Label: figure" entry ("Immunisations up to date: 92%"): a
/// scorecard line of its own, which never carries on a wrapped line before it.
/// Where the label of a "Label: figure" opening ends ("Stage 2 within 20 working
/// days: 55%"), for a sentence inside a block that opens as a line of a scorecard does.
pub(crate) fn label_end(line: &str) -> Option<usize> {
    heading_end(line).filter(|&end| figure_after_lead_in(line, end))
}

fn is_label_entry(line: &str) -> bool {
    label_end(line).is_some() || aged_label_end(line).is_some()
}

/// The words of time that follow the number opening an age or an interval's label:
/// "6-8 week reviews", "12 month checks", "16-17 year olds", "7-day follow-up".
const AGED_UNITS: &[&str] = &["week", "month", "year", "day", "hour"];

/// The telephone lines a label may open with: "999 calls answered within 10 seconds",
/// "101 average wait time", "111 calls triaged".
const PHONE_LINES: &[&str] = &["999", "101", "111"];

/// Where the label of a "label: figure" entry opened by an age or interval ends:
/// "6-8 week reviews: 87%", "2-2½ year reviews: 79%". Such a label names its figure as
/// a capitalised one does; a date ("31 March 2026: 412") opens no such label.
fn aged_label_end(content: &str) -> Option<usize> {
    let bytes = content.as_bytes();
    if !bytes.first()?.is_ascii_digit() {
        return None;
    }
    let number = content
        .find(|c: char| !(c.is_ascii_digit() || matches!(c, '-' | '\u{2013}' | '\u{bd}' | '.')))?;
    // "7-day follow-up": the unit may be joined to its number by the hyphen.
    let unit = match content[number..].strip_prefix(' ') {
        Some(unit) => unit,
        None if content[..number].ends_with('-') => &content[number..],
        None => return None,
    };
    let phone_line = PHONE_LINES.contains(&&content[..number]);
    if !phone_line && !AGED_UNITS.iter().any(|u| unit.starts_with(u)) {
        return None;
    }
    // The number stands in for the capital a lead-in opens with.
    label_end(&("X".repeat(number) + &content[number..]))
}

/// Where the label of a bulleted "label: figure" entry written in lower case ends:
/// "- household waste recycled or composted: 41.3%". A bullet's label names its figure
/// as a capitalised one does; without a figure right after it, a lower-case opening is
/// a sentence's.
fn bulleted_label_end(content: &str) -> Option<usize> {
    if !content.as_bytes().first()?.is_ascii_lowercase() {
        return None;
    }
    let capitalised = content[..1].to_ascii_uppercase() + &content[1..];
    label_end(&capitalised)
}

/// Whether a lead-in only says who answers a question ("Response (Leaving Care
/// Manager)", "Answer from the Director"): it names no topic for the figures after it.
pub(crate) fn names_who_answers(lead_in: &str) -> bool {
    let lower = lead_in.trim().to_ascii_lowercase();
    ["response", "answer", "reply"].iter().any(|w| {
        lower.strip_prefix(w).is_some_and(|rest| {
            let rest = rest.trim_start();
            rest.is_empty()
                || rest.starts_with('(')
                || rest.starts_with("from ")
                || rest.starts_with("by ")
        })
    })
}

/// The marks between a label and its figure: "Label: 12", "Label - 12".
pub(crate) const LABEL_MARKS: [char; 4] = [':', '-', ' ', '\t'];

/// Whether a figure comes right after a line's lead-in ending at `end`.
fn figure_after_lead_in(line: &str, end: usize) -> bool {
    line[end..]
        .trim_start_matches(LABEL_MARKS)
        .starts_with(|c: char| c.is_ascii_digit() || c == '£')
}

/// Whether a line opens with someone's initials set off by a dash or colon, as the
/// lines of an action list do ("MJ - provide the list ..."): never a wrapped line.
/// Initials shared with another owner ("JT/Insp. Khan – joint deep dive") count too.
fn opens_with_initials(line: &str) -> bool {
    let caps = line.bytes().take_while(u8::is_ascii_uppercase).count();
    (2..=4).contains(&caps) && {
        let mut rest = line[caps..].trim_start_matches(' ');
        if let Some(other) = rest.strip_prefix('/') {
            // The other owner runs to the first spaced dash, a few words on.
            let near_end = other.char_indices().nth(30).map_or(other.len(), |(k, _)| k);
            let near = &other[..near_end];
            let Some(dash) = near.find(" - ").or_else(|| near.find(" \u{2013} ")) else {
                return false;
            };
            rest = &other[dash + 1..];
        }
        let rest = rest
            .strip_prefix(['-', ':'])
            .or_else(|| rest.strip_prefix('\u{2013}'));
        rest.is_some_and(|r| r.starts_with(' '))
    }
}

/// Whether a line opens as an action list's do, with who acts set off by a spaced dash
/// and then the task in lower case: "Head of Placements – report on exit plans". Two
/// such lines are two entries, whatever punctuation ends the first.
fn opens_with_owner_and_task(line: &str) -> bool {
    lead_in_end(line).is_some_and(|end| {
        let rest = &line[end..];
        let rest = rest.trim_start_matches(' ');
        let rest = rest
            .strip_prefix(['-', '\u{2013}', '\u{2014}'])
            .map(|r| r.trim_start_matches(' '));
        rest.is_some_and(|r| r.starts_with(|c: char| c.is_ascii_lowercase()))
    })
}

/// Whether a line ends on a figure: "19.6 percent", "88%", "(target 20%)", "412".
fn ends_with_a_figure(line: &str) -> bool {
    let t = line.trim_end().trim_end_matches(')');
    t.ends_with(|c: char| c.is_ascii_digit() || c == '%')
        || t.ends_with("percent")
        || t.ends_with("per cent")
}

/// Segments normalised text into items, blocks and sentences.
pub fn segment(text: &str) -> Segments {
    let mut seg = Segments::default();
    // A block (line or paragraph) every 100 bytes (minutes have one every 200 or so).
    seg.blocks.reserve(text.len() / 100 + 1);
    let mut stack: Vec<MarkerKind> = Vec::new();
    let mut last_paragraph: Option<usize> = None;
    let mut item_start_block = 0usize;
    let mut open: Option<usize> = None; // block that may still take a continuation line
    let mut prev_line_end_char: Option<char> = None;
    let mut prev_line_len = 0usize;
    let mut prev_line_last_word = "";
    let mut prev_line_heading = false;
    let mut prev_line_row = false;
    // The line before was a "Label: figure" entry ("Re-referral rate: 19.6 percent"),
    // which a capitalised next line does not continue even where its bullet was lost.
    let mut prev_line_entry = false;
    // The number of the last numbered list entry ("2" of "(2)").
    let mut last_list_number: Option<u32> = None;
    // The line before was an action list's "Owner – task" line.
    let mut prev_line_task = false;
    // The numbered list is the meeting's own agenda ("1. Apologies", "2. Minutes of the
    // last meeting"), so a titled line next in its sequence is the next item.
    let mut agenda_list = false;
    // The number of the numbered heading that opened the current item ("5" of
    // "5. Actions"), so that a "1." under it starts a list, not item 1.
    let mut item_number: Option<u32> = None;

    // The lines, as `split('\n')` gives them, by the memchr crate's vector search.
    let line_ends = memchr::memchr_iter(b'\n', text.as_bytes()).chain([text.len()]);
    let mut offset = 0usize;
    for line_end in line_ends {
        let line_start = offset;
        let raw = &text[line_start..line_end];
        offset = line_end + 1;
        let trimmed = raw.trim();
        if trimmed.is_empty() {
            open = None;
            continue;
        }
        let lead = raw.len() - raw.trim_start().len();
        let start = line_start + lead;
        let end = start + trimmed.len();

        let marker = list_marker(trimmed).filter(|c| {
            // A lone "-" or number with nothing after is not a list entry.
            let end = c.end;
            // "a rate of" / "71.4 per 10,000": a figure carried onto the next line of a
            // sentence cut off mid-phrase; a numbered paragraph opens with a capital.
            // ("RESOLVED That" / "1.1 the report be noted" is a list all the same.)
            let carried_figure = open.is_some()
                && c.kind == MarkerKind::DottedNumber
                && trimmed[end..].starts_with(|ch: char| ch.is_lowercase())
                && prev_line_end_char.is_some_and(|ch| ch.is_alphanumeric() || ch == ',')
                && !prev_line_last_word.eq_ignore_ascii_case("that");
            end < trimmed.len() && !carried_figure
        });
        // A table row (cells split by tabs) is a line of its own, never a wrapped one.
        // The tab after a list number ("1.<tab>That the report ...") does not count.
        let after_marker = marker.map_or(trimmed, |m| &trimmed[m.end..]);
        let row = memchr::memchr(b'\t', after_marker.as_bytes()).is_some();
        // "26/14<tab>Provide CME analysis<tab>Head of Inclusion<tab>Jan 2027": a table
        // row whose first cell is a reference is no item's title.
        let cells = memchr::memchr_iter(b'\t', trimmed.as_bytes())
            .take(2)
            .count();
        let item_start = cells < 2 && ITEM_START.is_match(trimmed);
        let capital_heading = is_capital_heading(trimmed);
        // "1. Nurse to attend the Panel with the health" / "assessment plan.": a line cut
        // mid-phrase is carried on by the next, even where it looked a numbered heading.
        let hanging = prev_line_end_char.is_some_and(|c| c.is_ascii_alphanumeric())
            && hangs_on(prev_line_last_word, trimmed);
        let line_task = opens_with_owner_and_task(trimmed);
        let continues = open.is_some()
            && marker.is_none()
            && !row
            && !prev_line_row
            && !matches!(prev_line_end_char, Some('.' | ':' | ';' | '!' | '?'))
            && prev_line_len > 40
            && (!prev_line_heading || hanging)
            && !capital_heading
            && !item_start
            && !(prev_line_entry && trimmed.starts_with(|c: char| c.is_uppercase()))
            && !is_label_entry(trimmed)
            && !opens_with_initials(trimmed)
            // "JT – deep dive for the Feb board" / "Dr Lee to escalate the vacancy":
            // after a task line, a capital opens the next task.
            && !(prev_line_task && (line_task || trimmed.starts_with(char::is_uppercase)));
        // (A task line wrapped onto the next stays a task entry for the line after.)
        if continues {
            seg.soft_breaks.push(line_start - 1);
            let b = open.unwrap();
            seg.blocks[b].range.end = end;
            prev_line_end_char = trimmed.chars().last();
            prev_line_len = trimmed.len();
            prev_line_last_word = last_word(trimmed);
            prev_line_heading = false;
            prev_line_row = false;
            prev_line_entry = false;
            continue;
        }

        // Not inside a list: after a lead-in ("RESOLVED:") or another numbered entry.
        // A number out of the list's sequence ("(1)", "(2)", then "11. Work Programme")
        // starts the next item rather than continuing the list.
        let number = marker.and_then(|m| m.number);
        // "15  Early Help Performance" after "1." and "2.": a heading's number without a
        // stop is read against the list's sequence too.
        let own_number = number.or_else(|| {
            let digits = trimmed.bytes().take_while(u8::is_ascii_digit).count();
            trimmed[..digits].parse::<u32>().ok()
        });
        let in_sequence = own_number.is_none() || own_number == last_list_number.map(|n| n + 1);
        // "5. Actions" / "1. CP Team Manager – audit the late ICPCs": agenda numbers do
        // not fall back to 1 straight under an item's title or a short sub-heading.
        let restarts_under_title = own_number == Some(1)
            && item_number.is_some_and(|n| n > 1)
            && prev_line_len <= 40
            && !matches!(prev_line_end_char, Some('.' | ';' | '!' | '?'));
        let next_in_list = in_sequence
            && !agenda_list
            && matches!(
                stack.last(),
                Some(MarkerKind::Number | MarkerKind::DottedNumber)
            );
        let numbered_heading = is_numbered_heading(trimmed)
            && !(restarts_under_title
                || next_in_list
                || matches!(prev_line_end_char, Some(':' | '-')));
        if number.is_some() {
            last_list_number = number;
            agenda_list = if number == Some(1) {
                opens_agenda(heading_title(trimmed))
            } else {
                agenda_list || opens_agenda(heading_title(trimmed))
            };
        }
        let item_heading = item_start || capital_heading || numbered_heading;
        if item_heading {
            item_number = own_number.filter(|_| numbered_heading);
            if !seg.blocks.is_empty() {
                close_item(&mut seg, item_start_block);
            }
            item_start_block = seg.blocks.len();
            stack.clear();
            last_paragraph = None;
        }

        let (content_start, marker_range, level, kind) = match marker {
            Some(m) => {
                let kind = m.kind;
                let level = match stack.iter().position(|k| *k == kind) {
                    Some(p) => {
                        stack.truncate(p + 1);
                        p + 1
                    }
                    None => {
                        stack.push(kind);
                        stack.len()
                    }
                };
                (
                    start + m.end,
                    Some(start..start + m.end),
                    level as u8,
                    Some(kind),
                )
            }
            // "45  Quarter 1 Performance": the minute number is the heading's marker,
            // not a figure of its title.
            None if numbered_heading => {
                let number = trimmed.len() - heading_title(trimmed).len();
                (start + number, Some(start..start + number), 0u8, None)
            }
            None => (start, None, 0u8, None),
        };
        if kind.is_none() {
            stack.clear();
        }
        let content = &text[content_start..end];
        let parent = if level == 0 {
            None
        } else if level == 1 {
            last_paragraph.filter(|&p| {
                let t = text[seg.blocks[p].range.clone()].trim_end();
                t.ends_with(':') || t.ends_with('-') || t.ends_with("that")
            })
        } else {
            seg.blocks.iter().rposition(|b| b.level == level - 1)
        };
        let lead_in = heading_end(content).or_else(|| {
            marker
                .is_some()
                .then(|| bulleted_label_end(content))
                .flatten()
                .or_else(|| aged_label_end(content))
        });
        // "Overall satisfaction 64% – down from 69%": a lead-in that holds its own figure
        // is the entry itself, not a heading over it.
        let heading = lead_in
            .filter(|&end| {
                end + 3 < content.len()
                    && !names_who_answers(&content[..end])
                    && !content[..end].trim_end().ends_with('%')
            })
            .map(|end| content_start..content_start + end);
        let idx = seg.blocks.len();
        seg.blocks.push(Block {
            range: content_start..end,
            marker: marker_range,
            level,
            parent,
            heading,
            item: seg.items.len(),
            sentences: 0..0,
            preamble: false,
        });
        if level == 0 {
            last_paragraph = Some(idx);
        }
        open = Some(idx);
        prev_line_end_char = trimmed.chars().last();
        prev_line_len = trimmed.len();
        prev_line_last_word = last_word(trimmed);
        prev_line_heading = item_heading;
        prev_line_row = row;
        prev_line_task = line_task || opens_with_initials(trimmed);
        // "Repairs backlog: 3,480 jobs, up from 2,950 in June", "* Residential
        // admissions: 598 per 100,000 (plan 620) - on track": a label and its figure
        // open a scorecard line, whatever words follow the figure.
        // So does a bullet ending on its figure ("· alcohol 27.0% (national 28.9%)").
        prev_line_entry = lead_in
            .is_some_and(|end| ends_with_a_figure(content) || figure_after_lead_in(content, end))
            // (A bare number may be a date cut by the line's end: "by 31" / "December".)
            || marker.is_some()
                && content.trim_end().ends_with(['%', ')'])
                && ends_with_a_figure(content);
    }
    if !seg.blocks.is_empty() {
        close_item(&mut seg, item_start_block);
    }
    // Sized from the text (minutes run to a sentence every 140 bytes or so), and one
    // list of ranges reused, so that no block's sentences cost an allocation.
    seg.sentences.reserve(text.len() / 60 + 1);
    let mut ranges = Vec::new();
    for b in 0..seg.blocks.len() {
        let first = seg.sentences.len();
        let r = seg.blocks[b].range.clone();
        ranges.clear();
        sentences_into(text, r, &mut ranges);
        seg.sentences
            .extend(ranges.drain(..).map(|range| Sentence { range, block: b }));
        seg.blocks[b].sentences = first..seg.sentences.len();
    }
    // ModernGov pages describe the item before "Minutes:"; that text is not what happened.
    for item in &seg.items {
        let marker = item
            .blocks
            .clone()
            .find(|&b| is_minutes_marker(&text[seg.blocks[b].range.clone()]));
        if let Some(m) = marker {
            for b in item.blocks.start..=m {
                seg.blocks[b].preamble = true;
            }
        }
    }
    seg
}

/// Ends the item that began at block `first`, finding its title.
fn close_item(seg: &mut Segments, first: usize) {
    let blocks = first..seg.blocks.len();
    if blocks.is_empty() {
        return;
    }
    let idx = seg.items.len();
    for b in blocks.clone() {
        seg.blocks[b].item = idx;
    }

    let start = seg.blocks[first].range.start;
    let end = seg.blocks[blocks.end - 1].range.end;
    // The title is the first short line that is not the "Agenda item" label itself.
    let title = blocks
        .clone()
        .take(3)
        .map(|b| seg.blocks[b].range.clone())
        // "Agenda item" alone is a label; "Item 5 Budget" holds a title.
        .find(|r| r.len() > 12 && r.len() <= 150)
        // Else the first block, if it could be a line at all: a wall of text with no
        // break is no title, and reading it again for every figure would make the time
        // grow with the square of its length.
        .or_else(|| Some(seg.blocks[first].range.clone()).filter(|r| r.len() <= MAX_SENTENCE));
    seg.items.push(Item {
        range: start..end,
        title,
        blocks,
    });
}

/// Splits `range` of `text` into trimmed sentence ranges.
pub fn split_sentences(text: &str, range: Range<usize>) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    sentences_into(text, range, &mut out);
    out
}

/// [`split_sentences`], appending to `out`.
fn sentences_into(text: &str, range: Range<usize>, out: &mut Vec<Range<usize>>) {
    let bytes = text.as_bytes();
    let mut start = range.start;
    let mut i = range.start;
    while i < range.end {
        // Jump to the next full stop, exclamation or question mark.
        match memchr::memchr3(b'.', b'!', b'?', &bytes[i..range.end]) {
            Some(p) => i += p,
            None => break,
        }
        let b = bytes[i];
        let mut j = i + 1;
        while j < range.end && matches!(bytes[j], b')' | b'"' | b'\'' | b'.') {
            j += 1;
        }
        if j >= range.end {
            break;
        }
        if bytes[j] == b' ' {
            let next = text[j + 1..range.end].chars().next();
            let starts_new = next.is_some_and(|c| {
                c.is_uppercase()
                    || c.is_ascii_digit()
                    || matches!(c, '"' | '\'' | '(' | '£' | '·' | '•')
            });
            if starts_new && !(b == b'.' && is_abbreviation(text, start, i)) {
                push_trimmed(text, start..j, out);
                start = j + 1;
                i = j + 1;
                continue;
            }
        }
        i = j;
    }
    push_trimmed(text, start..range.end, out);
}

/// Longest sentence kept whole. Real sentences are far shorter; a run-on "sentence"
/// (a table pasted without full stops) is cut at spaces so that the work per
/// sentence, and so the whole analysis, stays linear in the length of the text.
pub const MAX_SENTENCE: usize = 1500;

fn push_trimmed(text: &str, r: Range<usize>, out: &mut Vec<Range<usize>>) {
    let s = &text[r.clone()];
    let lead = s.len() - s.trim_start().len();
    let t = s.trim();
    if t.is_empty() {
        return;
    }
    let mut start = r.start + lead;
    let end = start + t.len();
    while end - start > MAX_SENTENCE {
        let mut cut = start + MAX_SENTENCE;
        while !text.is_char_boundary(cut) {
            cut -= 1;
        }
        let cut = text[start..cut]
            .rfind([' ', '\n'])
            .map_or(cut, |p| start + p)
            .max(start + 1);
        let cut = (cut..=end)
            .find(|&c| text.is_char_boundary(c))
            .unwrap_or(end);
        out.push(start..cut);
        start = cut;
        while start < end && text.as_bytes()[start] == b' ' {
            start += 1;
        }
    }
    if start < end {
        out.push(start..end);
    }
}

/// Whether the word ending just before the full stop at `dot` is an abbreviation.
fn is_abbreviation(text: &str, floor: usize, dot: usize) -> bool {
    let before = &text[floor..dot];
    let word = before.rsplit([' ', '(', '\n']).next().unwrap_or("");
    if word.is_empty() {
        return false;
    }
    let lower = word.to_ascii_lowercase();
    let lower = lower.trim_start_matches(['"', '\'']);
    let next = text[dot + 1..].split_whitespace().next().unwrap_or("");
    if ABBREVIATIONS.contains(&lower) {
        // "agreed at Cabinet in Sept. 58 care leavers ...": after a month, a number that
        // is no year, or a word that opens sentences, opens the next one.
        let month = crate::vocab::is_month(lower);
        let year = crate::vocab::is_year(next.trim_end_matches(|c: char| !c.is_ascii_digit()));
        let opens = next.starts_with(|c: char| c.is_ascii_digit()) && !year
            || SENTENCE_OPENERS.contains(&next);
        return !(month && opens);
    }
    // A single capital is an initial ("J. Smith"), unless a sentence opens after it
    // ("... were in Band A. The average time ...").
    let mut cs = word.chars();
    matches!((cs.next(), cs.next()), (Some(c), None) if c.is_uppercase())
        && !SENTENCE_OPENERS.contains(&next)
}

/// Words that open sentences and are nobody's name: after one, a capital and a stop
/// end a sentence rather than give an initial.
const SENTENCE_OPENERS: &[&str] = &[
    "The", "This", "That", "These", "Those", "There", "It", "Its", "In", "Of", "Members",
    "Officers", "We", "He", "She", "They", "A", "An", "All", "Overall", "However",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lead_in_signs_are_found_where_the_byte_walk_finds_them() {
        let walk = |b: &[u8]| {
            b.iter()
                .position(|b| matches!(b, b'.' | b';' | b'!' | b'?' | b':' | b'\n' | b'-'))
        };
        crate::bytes::each_byte_at_each_place(b"Care leavers (aged 19-21), 2024 in touch", |hay| {
            assert_eq!(next_lead_in_sign(hay), walk(hay), "{hay:?}");
        });
    }

    fn sentences(t: &str) -> Vec<&str> {
        let seg = segment(t);
        seg.sentences.iter().map(|s| &t[s.range.clone()]).collect()
    }

    #[test]
    fn a_heading_number_out_of_the_lists_sequence_opens_an_item() {
        let t = "RESOLVED that:\n1.  the report be noted;\n2.  officers report back in March.\n\n15  Early Help Performance\nThe manager reported that 1,284 families were supported.\n";
        let seg = segment(t);
        assert_eq!(seg.items.len(), 2);
        let title = seg.items[1].title.clone().unwrap();
        assert_eq!(&t[title], "Early Help Performance");
        // A minute reference opens an item, but not as a table row's first cell.
        let t = "The minutes were agreed.\n26/14 Budget Monitoring\nThe forecast was noted.\n";
        assert_eq!(segment(t).items.len(), 2);
        // So does one with the body's letters: "HWB/45", "CYP/26/14".
        let t =
            "The minutes were agreed.\nHWB/45 Better Care Fund Q2 Return\nThe return was noted.\n";
        let seg = segment(t);
        assert_eq!(seg.items.len(), 2);
        assert_eq!(
            &t[seg.items[1].title.clone().unwrap()],
            "HWB/45 Better Care Fund Q2 Return"
        );
        let t = "Action log\nRef\tAction\tOwner\tDue\n26/14\tProvide an analysis\tHead of Inclusion\tJan 2027\n26/15\tCirculate guidance\tEHE Lead\t31 Dec 2026\n";
        assert_eq!(segment(t).items.len(), 1);
        // The next entry of the list stays in the list.
        let t = "RESOLVED that:\n1.  the report be noted;\n2  Officers report back in March.\n";
        assert_eq!(segment(t).items.len(), 1);
    }

    #[test]
    fn a_wall_of_text_is_no_title() {
        let wall = "Referrals were 45% of contacts and 12 were late ".repeat(100);
        assert!(segment(&wall).items[0].title.is_none());
        let t = "Contacts were up this quarter and the service was busy.";
        assert_eq!(segment(t).items[0].title, Some(0..t.len()));
    }

    #[test]
    fn numbered_titles_start_items_but_numbered_lists_do_not() {
        let t = "14. Adult Social Care Performance - Quarter 4 2024/25\nThe Committee received the report.\n15. Budget Monitoring\nThe forecast was noted.\nRESOLVED:\n1. Performance be monitored\n2. Budget Reports be circulated";
        let seg = segment(t);
        assert_eq!(seg.items.len(), 2);
        assert_eq!(&t[seg.items[1].title.clone().unwrap()], "Budget Monitoring");
    }

    #[test]
    fn owner_and_task_lines_are_entries_of_their_own() {
        let t = "Actions\nAD CSC - circulate the assessment recovery plan to Board members (2 December)\nHead of Placements - report on unregistered placements (next meeting)\n";
        let seg = segment(t);
        assert_eq!(seg.blocks.len(), 3, "{:?}", seg.blocks);
        // Nor does a task wrapped onto a second line take the next task in.
        let t = "Actions\nAD CSC - circulate the assessment recovery plan to all of the Board\nmembers (2 December)\nHead of Placements - report on unregistered placements (next meeting)\n";
        assert_eq!(segment(t).blocks.len(), 3, "{:?}", segment(t).blocks);
        // Nor does a task with no dash after one that has one, nor shared initials.
        let t = "Actions\nJT/Insp. Khan \u{2013} joint knife crime deep dive for the Feb board\nDr Lee to escalate the CAMHS vacancy to ICB commissioners\n";
        assert_eq!(segment(t).blocks.len(), 3, "{:?}", segment(t).blocks);
        // A wrapped sentence still wraps.
        let t = "The Director said that the number of contacts had risen sharply over the\nsummer and that the service was recruiting.\n";
        assert_eq!(segment(t).blocks.len(), 1);
    }

    #[test]
    fn a_label_and_its_figure_open_a_line_a_capital_does_not_continue() {
        let t = "Repairs backlog: 3,480 jobs, up from 2,950 in June\nSN explained the backlog was driven by damp and mould reports.\n";
        assert_eq!(segment(t).blocks.len(), 2, "{:?}", segment(t).blocks);
        // So does a bullet ending on its figure.
        let t =
            "\u{b7} alcohol and non-opiates 27.0% (national 28.9%)\nContinuity of care was 41%.\n";
        assert_eq!(segment(t).blocks.len(), 2, "{:?}", segment(t).blocks);
        // A wrapped sentence under a label still wraps.
        let t = "Repairs backlog: the service said that the number of jobs had grown over the\nsummer months.\n";
        assert_eq!(segment(t).blocks.len(), 1);
    }

    #[test]
    fn a_list_from_one_under_an_items_title_stays_in_the_item() {
        let t = "4. Children in need\nPlans reviewed: 71%.\n5. Actions\n1. CP Team Manager \u{2013} audit the late conferences\n2. Head of Service \u{2013} raise chair capacity\n";
        assert_eq!(segment(t).items.len(), 2, "{:?}", segment(t).items);
        // A title line before the agenda opens no numbered item, so its "1." is item 1.
        let t = "Corporate Parenting Panel\n1. Apologies\nNone received.\n2. Performance\nThe Panel noted the report.\n";
        assert_eq!(segment(t).items.len(), 3, "{:?}", segment(t).items);
    }

    #[test]
    fn a_titled_line_next_in_the_agendas_own_numbers_starts_an_item() {
        let t = "1. Apologies - Cllr Obi.\n2. Minutes of the last meeting were agreed.\n3. Performance Dashboard - August 2026\nReviews in time: 96.8%.\n";
        let seg = segment(t);
        assert_eq!(seg.items.len(), 2, "{:?}", seg.items);
        let title = seg.items[1].title.clone().unwrap();
        assert_eq!(&t[title], "Performance Dashboard - August 2026");
        // A resolution list with no standing item first stays one list.
        let t = "RESOLVED:\n1. That the report be noted.\n2. Performance Reports be circulated\n";
        assert_eq!(segment(t).items.len(), 1);
    }

    #[test]
    fn a_minute_number_is_the_heading_marker_and_a_date_is_no_heading() {
        let t = "12 June 2025\nPresent: Councillor Lee\n145\tQuarter 1 Performance Report\nThe Committee received 31 reports.";
        let seg = segment(t);
        assert_eq!(seg.items.len(), 2, "{:?}", seg.items);
        let heading = &seg.blocks[2];
        assert_eq!(&t[heading.range.clone()], "Quarter 1 Performance Report");
        assert_eq!(&t[heading.marker.clone().unwrap()], "145\t");
    }

    #[test]
    fn a_label_and_figure_line_never_continues_the_line_before() {
        let t = "Dental checks: 79.2%, compared with 70% in the year before\nImmunisations up to date: 92%\n";
        let seg = segment(t);
        assert_eq!(seg.blocks.len(), 2);
        assert_eq!(
            &t[seg.blocks[1].range.clone()],
            "Immunisations up to date: 92%"
        );
    }

    #[test]
    fn label_and_figure_lines_stay_apart_when_their_bullets_are_lost() {
        let t = "Re-referral rate: 19.6 percent (target below 20 percent)\nAssessments completed within 45 working days: 88.2 percent\nMembers welcomed the improvement.";
        let seg = segment(t);
        assert_eq!(seg.blocks.len(), 3);
        // A label line that wraps onto a lowercase line still continues.
        let t = "Dental checks: 58% of children had seen a dentist in the last twelve\nmonths, up from 49%.";
        assert_eq!(segment(t).blocks.len(), 1);
        // A bulleted label entry with words after its figure ends at its line.
        let t = "* Residential admissions 65+: 598 per 100,000 (plan 620) - on track\nThe Board noted the 12% increase in demand for intermediate care beds.";
        assert_eq!(segment(t).blocks.len(), 2);
    }

    #[test]
    fn a_number_out_of_the_lists_sequence_starts_the_next_item() {
        let t = "10. Adult Social Care Performance\nDECISION:\n(1) The Panel noted the report.\n(2) The Panel agreed to recommend it.\n11. Work Programme\nMembers agreed to add an item.";
        let seg = segment(t);
        assert_eq!(seg.items.len(), 2, "{:?}", seg.items);
        assert_eq!(&t[seg.items[1].title.clone().unwrap()], "Work Programme");
    }

    #[test]
    fn a_tab_after_a_list_number_does_not_make_a_table_row() {
        let t = "RESOLVED:\n1.\tA report be provided to a future meeting of the Board in respect of the\nreduction in the number of visits.\n";
        let seg = segment(t);
        let last = seg.blocks.last().unwrap();
        assert!(t[last.range.clone()].ends_with("number of visits."));
        assert_eq!(seg.sentences.len(), 2);
    }

    #[test]
    fn lead_in_headings_end_at_a_colon_or_spaced_dash() {
        assert_eq!(heading_end("Dental Checks: 58% attended"), Some(13));
        assert_eq!(heading_end("Placement stability -- 11% moved"), Some(19));
        assert_eq!(heading_end("Care leavers were seen. Then: more"), None);
        // A count before a dash is the label's figure, a stage's number is not.
        assert_eq!(heading_end("Pedestrian casualties 213 - up 8%"), None);
        assert_eq!(heading_end("Stage 2 - 55%"), Some(7));
        // A full stop inside a word before a digit ends no sentence.
        assert_eq!(
            heading_end("Children subject to s.20 accommodation: 14"),
            Some(38)
        );
        assert_eq!(heading_end("Seen by s. 20 of them: 14"), None);
        assert_eq!(heading_end("lower case: no"), None);
        assert_eq!(
            bulleted_label_end("missed bins per 100,000 collections: 62"),
            Some(35)
        );
        assert_eq!(bulleted_label_end("noted: the report"), None);
        assert_eq!(
            aged_label_end("6-8 week reviews: 87% (target 90%)"),
            Some(16)
        );
        assert_eq!(aged_label_end("2-2\u{bd} year reviews: 79%"), Some(18));
        assert_eq!(
            aged_label_end("7-day follow-up after discharge: 93.5% (standard 95%)"),
            Some(31)
        );
        assert_eq!(
            aged_label_end("999 calls answered within 10 seconds: 89.6%"),
            Some(36)
        );
        assert_eq!(aged_label_end("412 calls answered: 89.6%"), None);
        assert_eq!(aged_label_end("31 March 2026: 412"), None);
        assert_eq!(aged_label_end("12 month reviews: none held"), None);
        assert!(names_who_answers("Response (Leaving Care Manager)"));
        assert!(!names_who_answers("Response times"));
        assert_eq!(heading_end("A: too short"), None);
        assert_eq!(
            heading_end("The Director introduced the report (pages 23 - 41). The"),
            None
        );
        assert_eq!(heading_end("Dental checks (quarter 2) - 58%"), Some(25));
        assert_eq!(heading_end("Suspensions (number)\t412\t389\t-\t-"), None);
    }

    #[test]
    fn the_ascii_reading_of_a_lead_in_agrees_with_the_walk_through_every_byte() {
        // Openings built from the bytes that matter, around the 80-character reach.
        let parts = [
            "a", "Word ", " ", "-", " -- ", ":", ": ", ".", ";", "\n", "\t", "\r", "é", "9",
        ];
        let mut seed = 0x2545_f491_4f6c_dd1d_u64;
        let mut next = || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        for _ in 0..20_000 {
            let mut t = String::from("P");
            let words = next() % 40;
            for _ in 0..words {
                let part = parts[(next() % parts.len() as u64) as usize];
                let repeat = if next() % 4 == 0 { 1 + next() % 12 } else { 1 };
                for _ in 0..repeat {
                    t.push_str(part);
                }
            }
            assert_eq!(lead_in_end(&t), heading_end_walk(&t), "{t:?}");
        }
        // At the reach: a dash right after the last byte read, and a stop right after.
        let eighty = format!("P{}", "a".repeat(80));
        assert_eq!(heading_end(&format!("{eighty} -- 5")), Some(81));
        assert_eq!(heading_end(&format!("{eighty}a -- 5")), None);
    }

    #[test]
    fn a_capital_before_a_sentence_opener_ends_the_sentence() {
        let t = "1,290 were in Band A. The average wait was 14 months. Cllr J. Smith agreed.";
        assert_eq!(
            sentences(t),
            vec![
                "1,290 were in Band A.",
                "The average wait was 14 months.",
                "Cllr J. Smith agreed."
            ]
        );
    }

    #[test]
    fn sentences_survive_abbreviations_and_decimals() {
        let t = "Cllr. Smith asked about No. 5 e.g. the 83.3 per cent. The Panel noted it.";
        assert_eq!(
            sentences(t),
            vec![
                "Cllr. Smith asked about No. 5 e.g. the 83.3 per cent.",
                "The Panel noted it."
            ]
        );
    }

    #[test]
    fn a_month_cut_short_ends_a_sentence_before_a_count() {
        let t = "It was agreed at Cabinet in Sept. 58 care leavers have used the pass. It starts in Oct. 2026 at the latest.";
        assert_eq!(
            sentences(t),
            vec![
                "It was agreed at Cabinet in Sept.",
                "58 care leavers have used the pass.",
                "It starts in Oct. 2026 at the latest."
            ]
        );
        // A year that ends the sentence keeps its month.
        assert_eq!(
            sentences("It starts in Oct. 2026."),
            vec!["It starts in Oct. 2026."]
        );
    }

    #[test]
    fn bullets_nest_by_marker_kind() {
        let t = "Members asked:\n· Where are UASC placed?\no Foster carers if under 16.\n· Next question.";
        let seg = segment(t);
        let levels: Vec<u8> = seg.blocks.iter().map(|b| b.level).collect();
        assert_eq!(levels, vec![0, 1, 2, 1]);
        assert_eq!(seg.blocks[2].parent, Some(1));
        assert_eq!(seg.blocks[1].parent, Some(0));
        assert_eq!(
            &t[seg.blocks[2].range.clone()],
            "Foster carers if under 16."
        );
    }

    #[test]
    fn wrapped_lines_join_into_one_paragraph() {
        let t = "The Board considered the latest report on children in care and noted\nthat the figures had improved.\n\nNext paragraph.";
        let seg = segment(t);
        assert_eq!(seg.blocks.len(), 2);
        assert_eq!(seg.sentences.len(), 2);
    }

    #[test]
    fn headings_and_items_are_found() {
        let t = "Agenda item\n\nPerformance Report\n\n· Dental Checks: 58% had seen a dentist.";
        let seg = segment(t);
        assert_eq!(seg.items.len(), 1);
        assert_eq!(
            &t[seg.items[0].title.clone().unwrap()],
            "Performance Report"
        );
        let h = seg.blocks[2].heading.clone().unwrap();
        assert_eq!(&t[h], "Dental Checks");
    }

    #[test]
    fn run_on_text_is_cut_into_bounded_sentences() {
        let t = "5% of reviews ".repeat(1000);
        let seg = segment(&t);
        assert!(seg.sentences.len() > 5);
        assert!(seg.sentences.iter().all(|s| s.range.len() <= MAX_SENTENCE));
        assert!(seg
            .sentences
            .iter()
            .all(|s| !t[s.range.clone()].starts_with(' ')));
    }

    #[test]
    fn numbered_resolutions_are_list_entries() {
        let t = "RESOLVED:\n1.1 That members note the report.\n1.2 Members scrutinise the data.";
        let seg = segment(t);
        assert_eq!(seg.blocks.len(), 3);
        assert!(seg.blocks[1].marker.is_some());
        assert_eq!(
            &t[seg.blocks[2].range.clone()],
            "Members scrutinise the data."
        );
    }

    #[test]
    fn a_line_cut_mid_phrase_carries_on_after_a_numbered_entry_or_a_figure() {
        let t = "Actions\n1. Designated Nurse to attend the January Panel with the health\nassessment recovery plan.\n2. Head of Service to circulate the placement strategy by 31\nDecember 2026.";
        let seg = segment(t);
        let blocks: Vec<&str> = seg.blocks.iter().map(|b| &t[b.range.clone()]).collect();
        assert_eq!(blocks.len(), 3, "{blocks:?}");
        assert!(blocks[1].ends_with("recovery plan."), "{blocks:?}");
        assert!(blocks[2].ends_with("December 2026."), "{blocks:?}");
        // A figure carried onto the next line is no section number.
        let t = "o There were 428 children in care at the end of September, a rate of\n  71.4 per 10,000, above the average.";
        assert_eq!(segment(t).blocks.len(), 1);
        // But a numbered list after "RESOLVED That" stays a list.
        let t = "RESOLVED That the Panel considered the report of the Director and that\n1.1 the report be noted.";
        assert_eq!(segment(t).blocks.len(), 2);
    }
}
