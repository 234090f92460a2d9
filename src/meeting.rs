//! Facts about the meeting shown above the findings: body, period, items, people.

use crate::pattern::Pattern;
use crate::periods::{find_periods, PeriodMention};
use crate::report::{AgendaItem, Meeting, Person};
use crate::Analysis;
use std::collections::HashMap;
use std::ops::Range;
use std::sync::LazyLock;

/// A name introduced with a role after a comma: "Kieran Lord, Service Director ...".
/// The role's end is found separately ([`role_after`]): one pattern for both made a
/// lazy DFA too large to stay fast.
static NAME_BEFORE_ROLE: LazyLock<Pattern> = LazyLock::new(|| {
    crate::pattern::compile(
        r"\b(?:(?:Cllr\.?|Councillor|Mr|Mrs|Ms|Miss|Dr|Professor) +)?[A-Z][a-z]+(?:[-'][A-Z]?[a-z]+)?(?: +[A-Z][a-z]+(?:[-'][A-Z]?[a-z]+)?){1,2}, +[A-Z]",
    )
});
/// What ends a role: the verb of the sentence, or punctuation.
static ROLE_END: LazyLock<Pattern> = LazyLock::new(|| {
    crate::pattern::compile(
        r" +(?:provided|presented|gave|highlighted|explained|reported|advised|said|introduced|informed|noted|confirmed|stated|deputising|had|has|was|is|agreed|offered)\b|[.;(\n]",
    )
});
/// Longest role read, in bytes.
const MAX_ROLE: usize = 101;

/// The role that starts `rest`, ended by a verb or punctuation within [`MAX_ROLE`]
/// bytes, or by the end of `rest`.
fn role_after(rest: &str) -> Option<&str> {
    for m in ROLE_END.find_iter(rest) {
        if m.start() > MAX_ROLE {
            return None;
        }
        let punctuation = m.as_str().starts_with(['.', ';', '(', '\n']);
        if m.start() >= 3 {
            return Some(&rest[..m.start()]);
        }
        if punctuation {
            return None;
        }
    }
    (rest.len() <= MAX_ROLE && rest.len() >= 3).then_some(rest)
}

static ROLE_WORD: LazyLock<Pattern> = LazyLock::new(|| {
    crate::pattern::compile(
        r"\b(?:Director|Head|Manager|Officer|Nurse|Headteacher|Analyst|Lead|Representative|Chair|Chairman|Worker|Member|Adviser|Advisor|Co-?ordinator|Executive|Consultant|Principal|Commissioner|Clerk|Solicitor|Inspector|Practitioner|Leader|Councillor|Mayor|Secretary|Treasurer|Superintendent|Designated)\b",
    )
});
static BODY: LazyLock<Pattern> = LazyLock::new(|| {
    crate::pattern::compile(
        r"\b(?:Board|Panel|Committee|Sub-Committee|Cabinet|Forum|Partnership)\b",
    )
});
/// Up to six capitalised words before a body's name, "and" or "&" between two of them,
/// perhaps after a list of words set off by commas: "Corporate Parenting Panel", "Adult
/// Social Care Scrutiny Sub-Committee", "Children, Young People and Education Scrutiny
/// Committee" (see [`listed_name`]).
static BODY_NAME_BEFORE: LazyLock<crate::pattern::Ending> = LazyLock::new(|| {
    crate::pattern::Ending::new(
        r"\b(?:[A-Z][\w']*,[ \t]+)*[A-Z][\w']*(?:[ \t]+(?:(?:and|&)[ \t]+)?[A-Z][\w']*){0,5}[ \t]+$",
    )
});

/// A body's name with words listed before it by commas, kept only where an "and" ends
/// the list ("Children, Young People and Education Scrutiny Committee"): otherwise what
/// comes before the last comma is someone or something else ("Sarah Jones, Corporate
/// Parenting Panel").
fn listed_name(name: &str) -> &str {
    match name.rfind(", ") {
        Some(k) if !name[k..].contains(" and ") && !name[k..].contains(" & ") => &name[k + 2..],
        _ => name,
    }
}

/// A title that names the meeting itself rather than a report.
static MEETING_TITLE: LazyLock<Pattern> = LazyLock::new(|| {
    crate::pattern::compile(
        r"(?i)\b(?:meeting|minutes|held on|forum|board|panel|committee|sub-committee|cabinet|council|partnership|executive)\b",
    )
});

/// A block that records a decision or an action.
static DECIDED: LazyLock<crate::pattern::Anchored> = LazyLock::new(|| {
    crate::pattern::Anchored::new(r"(?i)^(?:agreed|resolved|decision|action|recommendation)s?\b")
});

/// Whether a period runs over several years ("Sufficiency Strategy 2025-2030"): the
/// life of a plan, not the time an item's figures are for (2024-25 and 2024/2025 are
/// one year).
fn spans_years(period: &str) -> bool {
    let years: Vec<u32> = period
        .split(|c: char| !c.is_ascii_digit())
        .filter(|d| d.len() == 4)
        .filter_map(|d| d.parse().ok())
        .collect();
    matches!(years[..], [from, to] if to > from + 1)
}

/// Whether a period in an item's title may date its figures: not the life of a plan,
/// nor, where the title may name the meeting, the day it met ("Schools Forum - 2
/// December 2025"; "2025/26" still dates).
fn dates_figures(text: &str, p: &PeriodMention, may_name_meeting: bool) -> bool {
    p.eligible
        && !spans_years(&text[p.range.clone()])
        && !(may_name_meeting
            && text.as_bytes()[p.range.start].is_ascii_digit()
            && !text[p.range.clone()].contains('/'))
}

/// `s` without every `prefix` it opens with, as `trim_start_matches` gives, without
/// building a substring searcher for each of the many names read.
fn without_leading<'t>(mut s: &'t str, prefix: &str) -> &'t str {
    while let Some(rest) = s.strip_prefix(prefix) {
        s = rest;
    }
    s
}

/// Whether `line` holds figures besides its period `p`: a line of figures, not a title.
fn figures_beside(text: &str, line: &Range<usize>, p: &PeriodMention) -> bool {
    text[line.start..p.range.start]
        .bytes()
        .chain(text[p.range.end..line.end].bytes())
        .any(|b| b.is_ascii_digit())
}

/// The reporting period stated by each item's title or opening.
pub fn item_periods(a: &Analysis) -> Vec<Option<String>> {
    let text = &a.norm.text;
    a.seg
        .items
        .iter()
        .map(|item| {
            if let Some(t) = &item.title {
                // "Fostering Panel Business Meeting - 9 December 2025", "Schools Forum - 2
                // December 2025": a day in a title that names the meeting or its body is
                // when it met, not what its figures are for.
                let names_meeting = MEETING_TITLE.is_match(&text[t.clone()]);
                // A sentence of figures pasted alone is its item's title, and its
                // figures' times are their own: "... compared with 23.6% in 2024/25."
                let sentence_of_figures = |p: &PeriodMention| {
                    text[t.clone()].trim_end().ends_with('.') && figures_beside(text, t, p)
                };
                if let Some(p) = find_periods(text, t.clone())
                    .into_iter()
                    .find(|p| dates_figures(text, p, names_meeting) && !sentence_of_figures(p))
                {
                    return Some(text[p.range].to_string());
                }
            }
            // The opening: what comes before "Minutes:" and the first paragraph after it.
            let mut opening = Vec::new();
            let mut marked = false;
            for b in item.blocks.clone() {
                let r = a.seg.blocks[b].range.clone();
                if crate::segment::is_minutes_marker(&text[r.clone()]) {
                    if let Some(next) = (b + 1..item.blocks.end).next() {
                        opening.push(a.seg.blocks[next].range.clone());
                    }
                    marked = true;
                    break;
                }
                opening.push(r);
            }
            // With no "Minutes:" to end it, the opening is the item's first paragraphs:
            // "... to the work programme for March" in its action list dates nothing.
            if opening.len() > 8 || !marked {
                opening.truncate(3);
            }
            // A title line in the opening ("Homelessness Performance - Quarter 2", no
            // item number before it) dates the item as a title does; a day alone
            // ("10 November 2026") is when the meeting met.
            let titled = |r: &Range<usize>, p: &PeriodMention| {
                let line = &text[r.clone()];
                // "• Households in temporary accommodation: 642 (Sept 2025: 511)" gives
                // figures, and a title gives none.
                !figures_beside(text, r, p)
                    && !line.trim_end().ends_with(['.', ':'])
                    && !line.contains('\t')
                    && line.split_whitespace().count() <= 10
                    && line.trim() != text[p.range.clone()].trim()
                    && dates_figures(text, p, true)
            };
            let mentions: Vec<(Range<usize>, PeriodMention)> = opening
                .into_iter()
                // "Agreed: to approve the transfer for 2026/27": what was decided looks
                // ahead, and does not date the item's figures.
                .filter(|r| !DECIDED.is_match(&text[r.clone()]))
                .flat_map(|r| {
                    find_periods(text, r.clone())
                        .into_iter()
                        .map(move |p| (r.clone(), p))
                })
                .collect();
            // "the scorecard for the period ending 30 September 2026" says what the
            // figures are for more surely than a document's name ("Scorecard Q2
            // 2026-27, item 5. PDF 412 KB") above it.
            mentions
                .iter()
                .find(|(_, p)| p.reporting)
                .or_else(|| mentions.iter().find(|(r, p)| titled(r, p)))
                .map(|(_, p)| text[p.range.clone()].to_string())
        })
        .collect()
}

/// Gathers the meeting facts.
pub fn facts(a: &Analysis, periods: &[Option<String>]) -> Meeting {
    let text = &a.norm.text;
    let items = a
        .seg
        .items
        .iter()
        .zip(periods)
        .map(|(item, period)| AgendaItem {
            title: item.title.clone().map(|t| text[t].to_string()),
            period: period.clone(),
            span: a.span(item.range.clone()),
        })
        .collect();
    let mut people: Vec<Person> = Vec::new();
    // A person is introduced with a role word ("Kieran Lord, Service Director for
    // ..."), so only a bounded window around each role word, within its line, is read
    // with the (costly) name-and-role pattern; bounded so that a text with no line
    // breaks stays linear.
    let mut lines: Vec<std::ops::Range<usize>> = Vec::new();
    for m in ROLE_WORD.find_iter(text) {
        let before = crate::pattern::window_before(text, m.start(), 240);
        let start = match before.rfind('\n') {
            Some(i) => m.start() - before.len() + i + 1,
            None if before.len() == m.start() => 0,
            // Start on a word, not inside one.
            None => m.start() - before.len() + before.find(' ').map_or(0, |i| i + 1),
        };
        let after = crate::pattern::window_after(text, m.end(), 140);
        let end = m.end() + after.find('\n').unwrap_or(after.len());
        match lines.last_mut() {
            Some(last) if last.end >= start => last.end = last.end.max(end),
            _ => lines.push(start..end),
        }
    }
    for l in &lines {
        let hay = &text[l.clone()];
        let mut at = 0;
        // The name is the match up to its comma (no name holds one): finding the match
        // is enough, and cheaper than reading its groups.
        while let Some(m) = NAME_BEFORE_ROLE.find_at(hay, at) {
            let role_start = m.end() - 1;
            at = role_start;
            let Some(role) = role_after(&hay[role_start..]) else {
                continue;
            };
            at = role_start + role.len();
            let role = role.trim().trim_end_matches(',').trim().to_string();
            if !ROLE_WORD.is_match(&role) {
                continue;
            }
            let found = m.as_str();
            let name = found[..found.rfind(',').unwrap_or(found.len())].to_string();
            if !people.iter().any(|p| p.name == name) {
                people.push(Person { name, role });
            }
        }
    }
    // Each name with how often it is written and where first, so that a tie goes to the
    // one written first, the same on every run.
    let mut counts: HashMap<&str, (usize, std::cmp::Reverse<usize>)> = HashMap::new();
    for m in BODY.find_iter(text) {
        let window = crate::pattern::window_before(text, m.start(), 120);
        let start = BODY_NAME_BEFORE
            .find(window)
            .map_or(m.start(), |b| m.start() - window.len() + b.start());
        let s = listed_name(without_leading(
            without_leading(&text[start..m.end()], "The "),
            "the ",
        ));
        counts.entry(s).or_insert((0, std::cmp::Reverse(start))).0 += 1;
    }
    let body = counts
        .into_iter()
        .max_by_key(|(name, (n, first))| (*n, name.len(), *first))
        .map(|(name, _)| name.to_string());
    Meeting {
        body,
        period: periods.iter().flatten().next().cloned(),
        items,
        people,
    }
}

#[cfg(test)]
mod tests {
    use crate::analyse;

    #[test]
    fn people_are_found_with_their_roles() {
        let r = analyse("Kieran Lord, Service Director for Resources, provided an update to the Panel. The Panel noted it.");
        assert_eq!(r.meeting.people.len(), 1);
        assert_eq!(r.meeting.people[0].name, "Kieran Lord");
        assert!(r.meeting.people[0].role.starts_with("Service Director"));
        assert_eq!(r.meeting.body.as_deref(), Some("Panel"));
    }

    #[test]
    fn neither_the_meeting_day_nor_a_decision_dates_the_figures() {
        let r = analyse("Schools Forum - 2 December 2025\n\nThere were 186 pupils in independent special schools.\n\nAgreed: to approve the transfer for 2026/27.\n");
        assert_eq!(r.indicators[0].value, 186.0);
        assert_eq!(r.indicators[0].period, None);
    }

    #[test]
    fn a_plan_of_several_years_in_a_title_is_no_reporting_period() {
        let r = analyse(
            "56. Residential Sufficiency Strategy 2025-2030

There were 38 children placed in external homes.
",
        );
        assert_eq!(r.indicators[0].period, None);
        let r = analyse(
            "56. Fostering Annual Report 2024-25

There were 38 children placed in external homes.
",
        );
        assert_eq!(r.indicators[0].period.as_deref(), Some("2024-25"));
    }

    #[test]
    fn a_bodys_name_never_takes_words_from_the_line_before() {
        let r = analyse(
            "Minute 31: Care Market Sustainability\n\nThe Cabinet Member introduced the item.",
        );
        assert_eq!(r.meeting.body.as_deref(), Some("Cabinet"));
        // A name of four words, or of two joined by "and", is read whole.
        let r = analyse("Minutes of the Adult Social Care Scrutiny Committee\n\nThe Children and Young People Scrutiny Panel met. The Children and Young People Scrutiny Panel agreed.");
        assert_eq!(
            r.meeting.body.as_deref(),
            Some("Children and Young People Scrutiny Panel")
        );
        let r = analyse("Minutes of the Adult Social Care Scrutiny Committee, 12 November 2024");
        assert_eq!(
            r.meeting.body.as_deref(),
            Some("Adult Social Care Scrutiny Committee")
        );
        // Words listed with commas are the name's where an "and" ends the list.
        let r = analyse("Minutes of the Children, Young People and Education Scrutiny Committee");
        assert_eq!(
            r.meeting.body.as_deref(),
            Some("Children, Young People and Education Scrutiny Committee")
        );
        let r = analyse("The Chair thanked Sarah Jones, Corporate Parenting Panel member.");
        assert_eq!(r.meeting.body.as_deref(), Some("Corporate Parenting Panel"));
        // Of two names written as often and as long, the first written is the body.
        let r = analyse("The Forum met. The Panel agreed.");
        assert_eq!(r.meeting.body.as_deref(), Some("Forum"));
    }

    #[test]
    fn an_action_list_late_in_an_item_dates_nothing() {
        let r = analyse("Item 6 - Care Leavers Performance\n\nOf those aged 19 to 21, 61.3% were in education, employment or training.\n\nPathway plans reviewed within timescales had dipped to 82%.\n\nThere were 11 care leavers at university.\n\nACTIONS:\n- Democratic Services to add care leaver accommodation to the work programme for March.\n");
        assert_eq!(r.indicators.len(), 3);
        assert!(r.indicators.iter().all(|i| i.period.is_none()));
    }

    #[test]
    fn a_reporting_period_beats_a_documents_name() {
        let r = analyse("Agenda item\n\nPerformance Scorecard - Children in Care\n\nSupporting documents:\n\nScorecard Q2 2026-27, item 5. PDF 412 KB\n\nMinutes:\n\nThe Head of Performance presented the scorecard for the period ending 30 September 2026.\n\nThe number of children in care had reduced slightly to 624 from 641.\n");
        assert_eq!(r.indicators[0].period.as_deref(), Some("30 September 2026"));
    }

    #[test]
    fn a_line_of_figures_is_no_title() {
        let r = analyse("4. Temporary Accommodation\n\nThe Head of Housing Options gave a presentation.\n\n• Households in temporary accommodation: 642 (Sept 2025: 511)\n• Households in B&B: 47\n");
        assert_eq!(r.indicators.len(), 2);
        assert!(r.indicators.iter().all(|i| i.period.is_none()));
    }
}
