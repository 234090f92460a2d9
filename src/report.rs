//! The report: what the analyser found, in the shape of the output contract.
//!
//! Spans here are byte offsets into the text exactly as the caller gave it
//! (`start` inclusive, `end` exclusive), always on UTF-8 character boundaries.

use crate::figures::Unit;
use serde::Serialize;

#[cfg(test)]
mod tests {
    use crate::analyse;

    #[test]
    fn utf16_offsets_index_javascript_strings() {
        let text = "Children\u{2019}s dental checks \u{1F600}: 86% were seen.";
        let mut r = analyse(text);
        let bytes = r.indicators[0].value_span;
        assert_eq!(&text[bytes.start..bytes.end], "86%");
        r.to_utf16(text);
        let utf16: Vec<u16> = text.encode_utf16().collect();
        let s = r.indicators[0].value_span;
        assert_eq!(String::from_utf16(&utf16[s.start..s.end]).unwrap(), "86%");
    }
}

/// A byte range of the original text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Span {
    /// First byte, inclusive.
    pub start: usize,
    /// Last byte, exclusive.
    pub end: usize,
}

/// What an indicator's figure is: a level, a target, a benchmark or a change.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// A measured level.
    Actual,
    /// A target stated on its own.
    Target,
    /// A national, neighbour or regional figure stated on its own.
    Benchmark,
    /// A change stated with no level beside it.
    Change,
}

/// Which way a figure moved.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    /// It rose.
    Up,
    /// It fell.
    Down,
    /// It held steady.
    Flat,
}

/// Whether a movement or level is good news, by the category's polarity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Assessment {
    /// Moved the better way, or is better than its benchmark.
    Better,
    /// Moved the worse way, or is worse than its benchmark.
    Worse,
}

/// What a figure is compared with.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ComparisonKind {
    /// England or the national average.
    National,
    /// The statistical neighbours' average.
    StatisticalNeighbours,
    /// A regional figure.
    Regional,
    /// A target.
    Target,
    /// The same measure a year before.
    PreviousYear,
    /// Anything else.
    Other,
}

/// A benchmark or target given beside an indicator.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Comparison {
    /// What it is.
    pub kind: ComparisonKind,
    /// Its value, in the indicator's unit.
    pub value: f64,
}

/// The earlier figure of a measure that moved ("from 94% (October) ...").
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Previous {
    /// The earlier value.
    pub value: f64,
    /// The period it was for, as written.
    pub period: Option<String>,
}

/// One performance measure, for one population, at its latest stated time.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Indicator {
    /// The noun phrase the figure measures.
    pub metric: String,
    /// Taxonomy key, or `other`.
    pub category: &'static str,
    /// The latest figure.
    pub value: f64,
    /// Its unit.
    pub unit: Unit,
    /// The same measure written another way ("(90/108 children)") or a range's top.
    pub alt_values: Vec<f64>,
    /// Level, target, benchmark or change.
    pub role: Role,
    /// The period the figure is for, as written.
    pub period: Option<String>,
    /// The earlier figure, where a movement is given.
    pub previous: Option<Previous>,
    /// Benchmarks and targets stated with it.
    pub comparisons: Vec<Comparison>,
    /// Which way it moved, when the text says.
    pub direction: Option<Direction>,
    /// Better or worse, by the category's polarity, when that can be told.
    pub assessment: Option<Assessment>,
    /// The evidence: the sentence or bullet holding the figure.
    pub span: Span,
    /// The figure itself.
    pub value_span: Span,
}

/// Whether an action is a formal decision or a follow-up.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ActionKind {
    /// A formal resolution, including "noted".
    Decision,
    /// Something someone is to do after the meeting.
    Action,
}

/// A decision, or a thing to be done after the meeting.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Action {
    /// The evidence text.
    pub text: String,
    /// Decision or action.
    pub kind: ActionKind,
    /// Who is to act, as named.
    pub owner: Option<String>,
    /// When, as written.
    pub due: Option<String>,
    /// Where it is written.
    pub span: Span,
}

/// How serious a concern is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// Scope for improvement, an area of focus.
    Low,
    /// A concern, a worsening, a shortfall, a pressure.
    Medium,
    /// Not acceptable, inadequate, risk of harm.
    High,
}

/// A statement that something is below expectation, worse or at risk.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Concern {
    /// The clause that states it.
    pub text: String,
    /// How serious.
    pub severity: Severity,
    /// The taxonomy category it is about.
    pub topic: &'static str,
    /// Where it is written.
    pub span: Span,
}

/// A person named in the minutes with the role they were introduced with.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Person {
    /// Their name as written.
    pub name: String,
    /// Their role as written.
    pub role: String,
}

/// One agenda item.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AgendaItem {
    /// Its title.
    pub title: Option<String>,
    /// The period its data covers, where stated.
    pub period: Option<String>,
    /// Where it is written.
    pub span: Span,
}

/// Facts about the meeting, shown above the findings.
#[derive(Debug, Clone, PartialEq, Serialize, Default)]
pub struct Meeting {
    /// The body that met (Board, Panel, Committee...).
    pub body: Option<String>,
    /// The reporting period of the first item that states one.
    pub period: Option<String>,
    /// Agenda items.
    pub items: Vec<AgendaItem>,
    /// People and their roles, as introduced.
    pub people: Vec<Person>,
}

impl Report {
    /// Every span in the report, for converting them all at once.
    pub fn spans_mut(&mut self) -> impl Iterator<Item = &mut Span> {
        let ind = self
            .indicators
            .iter_mut()
            .flat_map(|i| [&mut i.span, &mut i.value_span]);
        let act = self.actions.iter_mut().map(|a| &mut a.span);
        let con = self.concerns.iter_mut().map(|c| &mut c.span);
        let items = self.meeting.items.iter_mut().map(|i| &mut i.span);
        ind.chain(act).chain(con).chain(items)
    }

    /// Rewrites every span from UTF-8 byte offsets to UTF-16 code-unit offsets of
    /// `text`, which is what JavaScript strings index by. One pass over the text.
    pub fn to_utf16(&mut self, text: &str) {
        let mut offsets: Vec<usize> = self.spans_mut().flat_map(|s| [s.start, s.end]).collect();
        offsets.sort_unstable();
        offsets.dedup();
        let mut mapped = Vec::with_capacity(offsets.len());
        let mut units = 0usize;
        let mut next = offsets.iter().peekable();
        for (byte, c) in text
            .char_indices()
            .chain(std::iter::once((text.len(), '\0')))
        {
            while let Some(&&o) = next.peek() {
                if o > byte {
                    break;
                }
                mapped.push((o, units));
                next.next();
            }
            units += c.len_utf16();
        }
        for s in self.spans_mut() {
            let find = |o: usize| {
                mapped
                    .binary_search_by_key(&o, |&(b, _)| b)
                    .map_or(0, |i| mapped[i].1)
            };
            *s = Span {
                start: find(s.start),
                end: find(s.end),
            };
        }
    }
}

/// Everything found in one set of minutes.
#[derive(Debug, Clone, PartialEq, Serialize, Default)]
pub struct Report {
    /// Performance indicators.
    pub indicators: Vec<Indicator>,
    /// Decisions and actions.
    pub actions: Vec<Action>,
    /// Concerns.
    pub concerns: Vec<Concern>,
    /// Meeting facts.
    pub meeting: Meeting,
}
