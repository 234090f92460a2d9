//! Finds concerns: clauses that judge something below expectation, worse or at risk.
//!
//! A concern needs a word of judgement or risk, so this stage looks for the cue
//! phrases in `data/concerns.tsv`, one concern per clause, and drops those that are
//! negated ("not of concern") or hedged ("might be at risk"). Shortfalls against a
//! benchmark are read with the topic's polarity: re-referrals "lower than national"
//! are good news, timeliness "below national" is not.

use crate::category::{categorise, from_item_title, from_previous_sentence, Context};
use crate::pattern::Pattern;
use crate::report::{Concern, Severity};
use crate::vocab::{Polarity, VOCAB};
use crate::Analysis;
use std::ops::Range;
use std::sync::LazyLock;

const TABLE: &str = include_str!(concat!(env!("OUT_DIR"), "/concerns.tsv"));

/// How a cue weighs, before the topic is known.
#[derive(Debug, Clone, Copy, PartialEq)]
enum CueWeight {
    Fixed(Severity),
    /// A shortfall: a concern unless lower is better.
    Below,
    /// An excess: a concern only where lower is better.
    Above,
    /// A cue word that states no worry here ("1,021 safeguarding concerns were received").
    Nothing,
}

/// The cue table as one pattern of one part per row, the rows tried in table order as
/// alternatives are, so the text is scanned once; at one place the earlier (heavier)
/// row wins, and each hit says which row it came from. With each row's weight.
static CUES: LazyLock<(Pattern, Vec<CueWeight>)> = LazyLock::new(|| {
    let rows: Vec<(&str, String)> = crate::vocab::cue_rows(TABLE)
        .map(|(w, p)| (w, format!(r"\b(?:{p})\b")))
        .collect();
    let weights = rows
        .iter()
        .map(|(w, _)| match *w {
            "high" => CueWeight::Fixed(Severity::High),
            "low" => CueWeight::Fixed(Severity::Low),
            "below" => CueWeight::Below,
            "above" => CueWeight::Above,
            "none" => CueWeight::Nothing,
            _ => CueWeight::Fixed(Severity::Medium),
        })
        .collect();
    let patterns: Vec<&str> = rows.iter().map(|(_, p)| p.as_str()).collect();
    (crate::pattern::compile_many(&patterns), weights)
});

static CLAUSE_BREAK: LazyLock<Pattern> = LazyLock::new(|| {
    crate::pattern::compile(
        r";|,\s*(?:and also|and|but|however|whereas|while|although)\b|\s(?:but|however|whereas|although|and also)\s",
    )
});
static NEGATED: LazyLock<crate::pattern::Ending> = LazyLock::new(|| {
    crate::pattern::Ending::new(
        r"(?:\bnot|\bno|\bnor|\bwithout|\bisn't|\bwasn't|\bnot of|\bno longer|\bno significant)\s*(?:in\s+(?:it|them)sel(?:f|ves)\s+|necessarily\s+)?(?:an?\s+|any\s+|of\s+)?(?:(?:cause|reason|grounds?|source)\s+(?:for|of)\s+)?$|\bno (?:child|children|young (?:person|people)|one|family|families|cases?|homes?|settings?|providers?|schools?|services?)\s+(?:was|were|is|are|had been|has been|have been)\s+(?:left\s+|placed\s+|found\s+|considered\s+|rated\s+|judged\s+|graded\s+|assessed as\s+)?$|\b(?:fall|reduction|decrease|drop|decline)\s+(?:in|of)\s+(?:the\s+)?(?:number of\s+)?$",
    )
});
/// "had been a concern earlier in the year": a worry that is past (but "there had been
/// a concerning increase" describes something that is still so).
static PAST: LazyLock<crate::pattern::Ending> =
    LazyLock::new(|| crate::pattern::Ending::new(r"\bhad been an?\s*$"));
/// "Concerns raised at the last meeting had been addressed": a worry settled since.
static SETTLED_AFTER: LazyLock<crate::pattern::Anchored> = LazyLock::new(|| {
    crate::pattern::Anchored::new(
        r"^[^.;]{0,80}?\b(?:had|have|has) (?:now |since |all )?been (?:addressed|resolved|dealt with|closed|cleared|removed|eliminated)\b",
    )
});
static HEDGED: LazyLock<crate::pattern::Ending> = LazyLock::new(|| {
    crate::pattern::Ending::new(
        r"(?:\bmight|\bmay|\bcould|\bif|\bwho (?:were|are|is|was|might be|may be)(?: more| most)?|\bthose)\s+(?:be\s+)?(?:more\s+|most\s+)?$",
    )
});

/// What a report or update is about: "provide monthly updates on the repairs backlog".
/// A pressure named as the subject of a report to come is no worry told.
static REPORTED_ON: LazyLock<crate::pattern::Ending> = LazyLock::new(|| {
    crate::pattern::Ending::new(
        r"\b(?:updates?|reports?|briefings?|briefing note|information|analysis|breakdown|progress) (?:on|about|regarding|into) (?:the |its |our )?(?:[a-z-]+ ){0,3}$",
    )
});

/// "2,310 safeguarding concerns", "Self-neglect concerns had doubled", "the number of
/// concerns raised by care homes": in adult safeguarding a concern is a referral
/// counted, not a worry ("a number of concerns were raised" are worries).
static COUNTED_CONCERNS: LazyLock<crate::pattern::Ending> = LazyLock::new(|| {
    crate::pattern::Ending::new(
        r"(?:\bthe number of|\bsafeguarding|\bself[- ]neglect|\bneglect|\babuse|\badult protection|\d)\s+$",
    )
});

/// The cues that name a pressure as a thing, which a report can be about.
const PRESSURE_NOUNS: [&str; 6] = [
    "backlog",
    "backlogs",
    "overspend",
    "pressure",
    "pressures",
    "delays",
];

/// "..., and the Sub-Committee considered this unacceptable", "and this was a concern":
/// a judgement on what the clause before told, so the same worry, not a second one.
static REFERS_BACK: LazyLock<crate::pattern::Ending> = LazyLock::new(|| {
    crate::pattern::Ending::new(
        r"(?:^|\s)(?:this|these|it|both)\s+(?:(?:was|is|were|are|had been|has been|would be|remained|remains|as|to be|a|an)\s+)*(?:(?:a|an|very|particularly|of|deeply|wholly|totally|completely|clearly)\s+)*$",
    )
});

/// "a trajectory for clearing overdue reviews", "a plan to tackle the backlog": the
/// worry named as what a task sets out to put right.
static REMEDIED: LazyLock<crate::pattern::Ending> = LazyLock::new(|| {
    crate::pattern::Ending::new(
        r"\b(?:for|to|on) (?:clearing|clear|tackling|tackle|reducing|reduce|addressing|address|eliminating|eliminate|removing|remove)\s+(?:the\s+|all\s+)?(?:[a-z-]+\s+){0,2}$",
    )
});

/// A line of the action list: "Action:", "ACTION 3 -".
static ACTION_LINE: LazyLock<crate::pattern::Anchored> =
    LazyLock::new(|| crate::pattern::Anchored::new(r"^actions?\s*(?:\d+\s*)?[:-]"));

/// A decision entry that notes something or asks for a report on it: "To note the
/// forecast overspend", "(2) requests a report on the DoLS backlog".
static NOTING_DECISION: LazyLock<crate::pattern::Anchored> = LazyLock::new(|| {
    crate::pattern::Anchored::new(
        r"^(?:to note|noted|notes|to request|requests|to ask for|asks for)\s",
    )
});

/// A resolution that only notes a matter: "That the forecast overspend of £8.4m be
/// noted", "(a) the budget pressures be noted;".
static BE_NOTED: LazyLock<Pattern> = LazyLock::new(|| {
    crate::pattern::compile(
        r"^(?:\(?[0-9a-z]{1,3}\)\s*)?(?:that\s+)?(?:[^.;:]|\.\d){0,160}?\bbe noted\s*[.;,]?\s*(?:and\s*)?$",
    )
});

/// Finds the concerns of a whole document.
pub fn extract(a: &Analysis) -> Vec<Concern> {
    let v = &*VOCAB;
    let mut out = Vec::new();
    // One scan of the whole text, not one per clause or per row.
    let (cues, weights) = &*CUES;
    let hits: Vec<(usize, usize, CueWeight)> = cues
        .find_iter(&a.norm.lower)
        .map(|m| (m.start(), m.end(), weights[m.pattern()]))
        .collect();
    // "The main pressures were:" / "Members raised the following concerns:" over a
    // list: the block whose entries each tell one of its worries, with its severity
    // and topic; and the entry sentence being read, with the count of concerns before it.
    let mut lead_in: Option<(usize, Severity, &'static str)> = None;
    let mut entry: Option<(Range<usize>, usize, Severity, &'static str)> = None;
    for (si, sentence) in a.seg.sentences.iter().enumerate() {
        settle_entry(a, &mut out, entry.take());
        let block = &a.seg.blocks[sentence.block];
        if let Some(p) = block.parent.filter(|_| si == block.sentences.start) {
            // The lead-in names no worry of its own when a list follows: its concern,
            // the last told, ending the lead-in with a colon, goes to the entries.
            let lead = a.span(a.seg.blocks[p].range.clone());
            if lead_in.is_none_or(|l| l.0 != p)
                && out.last().is_some_and(|c| {
                    c.span.end == lead.end && c.span.start >= lead.start && c.text.ends_with(':')
                })
            {
                lead_in = out.pop().map(|c| (p, c.severity, c.topic));
            }
            if let Some((_, severity, topic)) = lead_in.filter(|l| l.0 == p) {
                entry = Some((sentence.range.clone(), out.len(), severity, topic));
            }
        }
        // Most sentences hold no cue: skip them before splitting into clauses.
        let first = hits.partition_point(|h| h.0 < sentence.range.start);
        if hits.get(first).is_none_or(|h| h.0 >= sentence.range.end) {
            continue;
        }
        // "ACTION: Head of Service to analyse late assessments": a task, not a worry.
        let lower = &a.norm.lower[sentence.range.clone()];
        // ("JT – write to the schools with the lowest offers": an owner's initials first.)
        if ACTION_LINE.is_match(lower)
            || crate::actions::is_listed_task(lower)
            || crate::actions::owners_initials(&a.norm.text[sentence.range.clone()]).is_some()
        {
            continue;
        }
        // "To note the forecast overspend of £7.4m": a decision to note a matter names
        // it, and worries only in words of worry ("To note the Panel's concern").
        if (NOTING_DECISION.is_match(lower)
            || lower.contains("be noted") && BE_NOTED.is_match(lower))
            && !lower.contains("concern")
            && !lower.contains("risk")
        {
            continue;
        }
        let block = &a.seg.blocks[sentence.block];
        let mut before_also: Option<(Severity, &'static str)> = None;
        // The concern the clause before gave, by its index in `out` and its start.
        let mut previous: Option<(usize, usize)> = None;
        for Clause {
            range: clause,
            also,
        } in clauses(&a.norm.lower, sentence.range.clone())
        {
            let carried = before_also.take().filter(|_| also);
            let told_before = previous.take();
            let mut worst: Option<(Severity, usize)> = None;
            let mut pending: Vec<(CueWeight, usize)> = Vec::new();
            let first = hits.partition_point(|h| h.0 < clause.start);
            for &(start, end, weight) in hits[first..].iter().take_while(|h| h.0 < clause.end) {
                if end > clause.end {
                    continue;
                }
                let cue = &a.norm.lower[start..end];
                let before = &a.norm.lower[clause.start..start];
                if !cue.starts_with("not ") && NEGATED.is_match(before)
                    || !cue.ends_with("ing") && PAST.is_match(before)
                    || SETTLED_AFTER.is_match(&a.norm.lower[end..clause.end])
                {
                    continue;
                }
                if cue.contains("risk") && HEDGED.is_match(before)
                    || weight == CueWeight::Nothing
                    || PRESSURE_NOUNS.contains(&cue) && REPORTED_ON.is_match(before)
                    || cue.starts_with("concern") && COUNTED_CONCERNS.is_match(before)
                    || REMEDIED.is_match(before) && crate::actions::sets_a_task(lower)
                {
                    continue;
                }
                pending.push((weight, start));
            }
            if pending.is_empty() {
                if let Some((severity, topic)) = carried {
                    out.push(Concern {
                        text: a.norm.text[clause.clone()].to_string(),
                        severity,
                        topic,
                        span: a.span(clause),
                    });
                }
                continue;
            }
            // After the block's parent, the service its item or meeting is about: "the
            // number of children waiting more than 18 months" at an adoption panel is
            // about adoption, not waiting lists.
            let parents: Vec<Range<usize>> = block
                .parent
                .map(|p| a.seg.blocks[p].range.clone())
                .into_iter()
                .chain(crate::category::service_names(&a.cues, a.seg, block.item))
                .collect();
            let ctx = Context {
                clause: clause.clone(),
                sentence: sentence.range.clone(),
                heading: block.heading.clone(),
                parents: &parents,
                sentence_generic: false,
            };
            let mut topic = categorise(&a.cues, &ctx, pending[0].1);
            // "Members expressed concern about this": the topic is in the sentence before.
            if !crate::category::has_specific(&a.cues, sentence.range.clone()) {
                if let Some(before) = from_previous_sentence(&a.cues, a.seg, si, pending[0].1) {
                    topic = before;
                }
            }
            if topic == v.other() {
                topic = from_item_title(&a.cues, a.seg, block.item)
                    .or_else(|| crate::category::from_meeting_name(&a.cues, a.seg))
                    .unwrap_or(topic);
            }
            let mut polarity = v.categories[topic].polarity;
            let benchmarked = pending
                .iter()
                .any(|(w, _)| matches!(w, CueWeight::Below | CueWeight::Above));
            // The sentence's own measure tells its better direction where the topic has
            // none, and over the topic's where it names the topic's opposite ("38% were
            // NEET, which remains stubbornly high" under care leavers in EET).
            if benchmarked {
                let measured = crate::vocab::measure_polarity(lower);
                if polarity == Polarity::Neutral || measured != Polarity::Neutral {
                    polarity = measured;
                }
            }
            for (weight, at) in pending {
                let severity = match weight {
                    CueWeight::Fixed(s) => Some(s),
                    // Fewer children in care than neighbours is no shortfall: below a
                    // benchmark is a worry only where higher is better, or nobody knows
                    // (a topic of no table whose words do not say lower is better).
                    CueWeight::Below => (polarity == Polarity::HigherBetter
                        || topic == v.other() && polarity != Polarity::LowerBetter
                        || polarity == Polarity::Neutral && sets_a_target(&a.norm.lower[at..]))
                    .then_some(Severity::Medium),
                    // Under no topic, only a topic's table makes "highest" a worry: the
                    // words of a measure alone ("the schools with the highest suspension
                    // rates") often only describe. Above a benchmark, or high, they do
                    // say it: "smoking ... remained higher than the England figure".
                    // ("... write to the schools with the highest suspension rates"
                    // picks them out, whatever the topic.)
                    CueWeight::Above => (polarity == Polarity::LowerBetter
                        && (topic != v.other()
                            && !a.norm.lower[..at].trim_end().ends_with("with the")
                            || !a.norm.lower[at..].starts_with("highest")
                            || figure_called_highest(&a.norm.lower[..at])))
                    .then_some(Severity::Medium),
                    CueWeight::Nothing => None,
                };
                if let Some(s) = severity {
                    if worst.is_none_or(|(w, _)| s > w) {
                        worst = Some((s, at));
                    }
                }
            }
            if let Some((severity, at)) = worst {
                if let Some((i, start)) = told_before {
                    if REFERS_BACK.is_match(&a.norm.lower[clause.start..at]) {
                        let told = &mut out[i];
                        told.severity = told.severity.max(severity);
                        told.text = a.norm.text[start..clause.end].to_string();
                        told.span = a.span(start..clause.end);
                        previous = Some((i, start));
                        continue;
                    }
                }
                before_also = Some((severity, v.categories[topic].key));
                previous = Some((out.len(), clause.start));
                out.push(Concern {
                    text: a.norm.text[clause.clone()].to_string(),
                    severity,
                    topic: v.categories[topic].key,
                    span: a.span(clause),
                });
            }
        }
    }
    settle_entry(a, &mut out, entry.take());
    out
}

/// An entry of a lead-in's list that told no worry of its own tells the lead-in's.
fn settle_entry(
    a: &Analysis,
    out: &mut Vec<Concern>,
    entry: Option<(Range<usize>, usize, Severity, &'static str)>,
) {
    let Some((r, told_before, severity, topic)) = entry else {
        return;
    };
    if out.len() > told_before {
        return;
    }
    // Without its closing mark, as clauses are (`push_trimmed`).
    let text = a.norm.text[r.clone()].trim_end_matches([';', '.', ',']);
    let r = r.start..r.start + text.len();
    out.push(Concern {
        text: text.to_string(),
        severity,
        topic,
        span: a.span(r),
    });
}

/// Whether the words before "highest" call a figure the highest: "38.5%, the highest
/// in the region" (not "the schools with the highest suspension rates").
fn figure_called_highest(before: &str) -> bool {
    before
        .trim_end()
        .strip_suffix("the")
        .and_then(|b| b.trim_end().strip_suffix(','))
        .is_some_and(|b| b.ends_with(|c: char| c.is_ascii_digit() || c == '%'))
}

/// Whether a "below ..." cue is below a target or standard someone set (which says
/// which way is better), not below a benchmark (fewer children in care than the
/// national rate may be no shortfall).
fn sets_a_target(below: &str) -> bool {
    below
        .split_whitespace()
        .take(5)
        .map(|w| w.trim_end_matches(|c: char| !c.is_ascii_alphabetic()))
        .any(|w| matches!(w, "target" | "standard" | "expected" | "ambition" | "plan"))
}

/// One clause of a sentence.
struct Clause {
    range: Range<usize>,
    /// Joined to the clause before by "and also": a further item of the same worry
    /// ("anxiety prevents them ... and also the fee for prescriptions").
    also: bool,
}

/// Splits a sentence into the clauses that can each hold one concern.
fn clauses(lower: &str, sentence: Range<usize>) -> Vec<Clause> {
    let s = &lower[sentence.clone()];
    let mut out = Vec::new();
    let mut start = 0;
    let mut also = false;
    for m in CLAUSE_BREAK.find_iter(s) {
        push_trimmed(s, start..m.start(), sentence.start, also, &mut out);
        start = m.end();
        also = m
            .as_str()
            .trim_start_matches([',', ' '])
            .starts_with("and also");
    }
    push_trimmed(s, start..s.len(), sentence.start, also, &mut out);
    // "progress was real but fragile": one word after the break says how the clause
    // before was, so they are one clause ("Disappointing but enquiries up" is two).
    let mut merged: Vec<Clause> = Vec::with_capacity(out.len());
    for c in out {
        match merged.last_mut() {
            Some(last) if !c.also && !lower[c.range.clone()].contains(' ') => {
                last.range.end = c.range.end;
            }
            _ => merged.push(c),
        }
    }
    merged
}

fn push_trimmed(s: &str, r: Range<usize>, base: usize, also: bool, out: &mut Vec<Clause>) {
    let piece = &s[r.clone()];
    let lead = piece.len() - piece.trim_start().len();
    let t = piece.trim().trim_end_matches(['.', ',']);
    if t.len() > 3 {
        out.push(Clause {
            range: base + r.start + lead..base + r.start + lead + t.len(),
            also,
        });
    }
}

#[cfg(test)]
mod tests {
    use crate::analyse;
    use crate::report::Severity;

    fn concerns(t: &str) -> Vec<(String, Severity)> {
        analyse(t)
            .concerns
            .into_iter()
            .map(|c| (c.text, c.severity))
            .collect()
    }

    #[test]
    fn longer_waits_and_families_let_down_are_concerns_but_a_child_in_crisis_is_not() {
        for worry in [
            "Waiting times for CAMHS had lengthened, with the median wait now 19 weeks.",
            "Councillor Ward said that this was not where any of us wanted to be.",
            "She said that families were being let down by the service.",
            "The service was in crisis.",
            "Initial health assessments remain the biggest issue.",
            "Recruitment was still the main challenge for the service.",
            "She said that the quality of plans was still inconsistent.",
            "Annual reviews were the service's weakest area.",
            "Category 2 response times averaged 41 minutes, well above the 30 minute target.",
            "Advisers held caseloads of 112, which the Scrutineer described as unsustainable.",
            "Forum members said falling rolls were a growing financial risk for small schools.",
            "Panel members described the position as extremely serious.",
            "78% of people were asked about their desired outcomes, below the Board's target of 85%.",
            "Completion of drug treatment was 5.2%, which the Director described as a long-standing challenge.",
            "Excess weight in Year 6 children was 38.5%, the highest in the region.",
            "Tenant reps said the complaints figure was \"shocking\".",
            "The Chair said the delays in repairs were appalling.",
        ] {
            assert_eq!(concerns(worry).len(), 1, "{worry}");
        }
        let c = concerns("The ICB representative reassured the Board that no child in crisis waited more than four hours for an assessment.");
        assert!(c.is_empty(), "{c:?}");
        // Above a bar where higher is better is no worry.
        let c =
            concerns("Dental checks were up to date for 96% of children, above the 95% target.");
        assert!(c.is_empty(), "{c:?}");
    }

    #[test]
    fn a_generic_word_yields_to_the_service_the_item_is_about() {
        let t = "4. Adoption Panel Report\nThe Panel Chair said the number of children waiting more than 18 months remained a concern.";
        let c = analyse(t).concerns;
        assert_eq!(c.len(), 1);
        assert_eq!(c[0].topic, "adoption");
        // With no service named above it, the word places it.
        let t = "4. Quarterly Report\nThe Panel Chair said the number of children waiting more than 18 months remained a concern.";
        assert_eq!(analyse(t).concerns[0].topic, "health_services");
    }

    #[test]
    fn remaining_low_is_a_worry_only_where_higher_is_better() {
        assert_eq!(concerns("Dental check rates remained low at 61%.").len(), 1);
        let c = concerns("The Board heard that use of custody remained low.");
        assert!(c.is_empty(), "{c:?}");
        // A measure named against its topic's direction: NEET among care leavers in EET.
        let c = concerns("Care leavers: 38% were NEET, which remains stubbornly high.");
        assert_eq!(c.len(), 1);
        let c = concerns("Care leavers in education, employment or training remained high at 64%.");
        assert!(c.is_empty(), "{c:?}");
    }

    #[test]
    fn a_worry_continued_with_and_also_is_a_second_concern() {
        let c = concerns("Anxiety prevents them from booking appointments and also the fee for prescriptions that they would have to pay.");
        assert_eq!(c.len(), 2);
        assert!(c[1].0.starts_with("the fee"));
        assert_eq!(
            concerns("There were challenges in recruitment and also in retention.").len(),
            2
        );
        assert_eq!(
            concerns("Attendance improved and also exclusions fell.").len(),
            0
        );
    }

    #[test]
    fn people_at_risk_of_homelessness_are_no_worry_of_the_board() {
        assert!(concerns(
            "1,032 households had approached the Council as homeless or at risk of homelessness."
        )
        .is_empty());
    }

    #[test]
    fn counts_of_safeguarding_concerns_are_not_worries() {
        assert!(concerns("Safeguarding: 1,021 concerns were received in the quarter.").is_empty());
        assert!(concerns("The number of safeguarding concerns rose to 212.").is_empty());
        assert_eq!(
            concerns("Members raised concerns about the delays.").len(),
            1
        );
    }

    #[test]
    fn judgement_words_make_concerns_with_severity() {
        for (worry, severity) in [
            ("However 51% is not an acceptable level.", Severity::High),
            (
                "There were also concerns that care leavers were not covered.",
                Severity::Medium,
            ),
            ("There is still scope for improvement here.", Severity::Low),
            (
                "Securing school places for them remained a challenge.",
                Severity::Medium,
            ),
            (
                "The vacant post was having an impact on timeliness.",
                Severity::Medium,
            ),
            (
                "Councillor Reed felt that the timeliness of EHC plans was poor.",
                Severity::Medium,
            ),
            (
                "Members were alarmed by the rise in children going missing.",
                Severity::Medium,
            ),
            (
                "Caseloads in the assessment teams remained high at 24 children per worker.",
                Severity::Medium,
            ),
            (
                "Staff turnover had stabilised, although it remained an issue in the North team.",
                Severity::Medium,
            ),
            ("The Board noted the low ICPC timeliness.", Severity::Medium),
            (
                "The position had worsened since November.",
                Severity::Medium,
            ),
            (
                "Management oversight of plans remained inconsistent.",
                Severity::Medium,
            ),
            // Cue words with an adverb ending, and a risk named as such.
            (
                "The Council was unlawfully placing 12 families in B&B.",
                Severity::High,
            ),
            (
                "The Director acknowledged the risk that the savings would not be made.",
                Severity::Medium,
            ),
            (
                "The Head of Service accepted that the position was not where it should be.",
                Severity::Medium,
            ),
            (
                "The Leader said that the position was serious.",
                Severity::Medium,
            ),
            (
                "Inspectors found that management oversight was not consistently effective.",
                Severity::Medium,
            ),
            (
                "Councillor Edwards said that the pace of improvement was too slow.",
                Severity::Medium,
            ),
            (
                "Councillor Edwards expressed frustration that the issues had been raised before.",
                Severity::Medium,
            ),
            (
                "Vacancies stood at 19%. This was described as a risk to the delivery of the plan.",
                Severity::Medium,
            ),
            (
                "Reserves stood at £22m, below the minimum level of 5% of net budget.",
                Severity::Medium,
            ),
            (
                "Initial health assessments within 20 working days remained low at 42%.",
                Severity::Medium,
            ),
            (
                "Members queried why initial health assessments continued to be delayed.",
                Severity::Medium,
            ),
            (
                "They spoke about the poor condition of some of the flats offered.",
                Severity::Medium,
            ),
        ] {
            let found = concerns(worry);
            assert_eq!(found.len(), 1, "{worry}");
            assert_eq!(found[0].1, severity, "{worry}");
        }
    }

    #[test]
    fn an_action_line_is_no_worry() {
        assert!(concerns(
            "ACTION: Head of Service to provide an analysis of late assessments by team."
        )
        .is_empty());
        assert_eq!(concerns("Members noted the late assessments.").len(), 1);
    }

    #[test]
    fn a_plain_movement_is_not_a_concern() {
        assert!(concerns("Referrals fell from 353 to 253.").is_empty());
    }

    #[test]
    fn negated_and_hedged_cues_are_dropped() {
        assert!(concerns("This is not of concern.").is_empty());
        assert!(
            concerns("Children who might be at risk of harm were referred to the panel.")
                .is_empty()
        );
    }

    #[test]
    fn two_worries_in_one_sentence_are_two_concerns() {
        let c = concerns("The timeliness of core groups had deteriorated, and there had been an increase in meetings that were overdue.");
        assert_eq!(c.len(), 2);
    }

    #[test]
    fn below_a_benchmark_depends_on_polarity() {
        assert!(
            concerns("Re-referral rates at 17.4% were lower than national figures of 22%.")
                .is_empty()
        );
        assert_eq!(
            concerns("45 day assessments were below the national average.").len(),
            1
        );
        assert_eq!(
            concerns("Overall tenant satisfaction was 68.4%, below the median for similar landlords of 71%.").len(),
            1
        );
        // A volume with no better direction: fewer children in care is no shortfall.
        assert!(concerns(
            "There were 318 children looked after, a rate of 52 per 10,000, lower than statistical neighbours."
        )
        .is_empty());
    }

    #[test]
    fn a_topic_holding_both_kinds_of_measure_is_judged_by_the_measures_words() {
        // School attendance and exclusions: absence is worse when higher, attendance
        // when lower.
        let worse = "Persistent absence was 22.3%, an improvement from 25.1%, but remained above the national average of 20.0%.";
        assert_eq!(concerns(worse).len(), 1);
        assert!(concerns("Attendance was 94.1%, above the national average of 93.2%.").is_empty());
        assert_eq!(
            concerns("Attendance was 91.0%, below the national average of 93.2%.").len(),
            1
        );
        assert!(
            concerns("Persistent absence was 5.1%, below the national average of 6.0%.").is_empty()
        );
    }

    #[test]
    fn an_action_line_opening_on_initials_is_no_worry() {
        assert!(
            concerns("JT \u{2013} write to the schools with the lowest offers (Jan)").is_empty()
        );
        assert_eq!(concerns("The lowest offers were in the north.").len(), 1);
    }

    #[test]
    fn an_action_lines_task_is_no_worry() {
        assert!(
            concerns("Police to provide recovery plan for referral backlog - 31/10/25").is_empty()
        );
        assert_eq!(
            concerns("There was a backlog of 120 referrals awaiting a decision.").len(),
            1
        );
    }

    #[test]
    fn a_thing_named_as_a_risk_or_told_as_upsetting_is_a_worry() {
        let c = concerns("Caseloads averaged 24, against a recommended maximum of 20. This was identified as a risk.");
        assert_eq!(c.len(), 1, "{c:?}");
        assert_eq!(c[0].0, "This was identified as a risk");
        assert_eq!(
            concerns("They told the Panel that changes of social worker were upsetting.").len(),
            1
        );
    }

    #[test]
    fn a_word_after_but_belongs_to_the_clause_before() {
        let c = concerns("The Chair said progress was real but fragile, and that the Board would look for sustained improvement.");
        assert_eq!(c.len(), 1);
        assert_eq!(c[0].0, "The Chair said progress was real but fragile");
    }

    #[test]
    fn a_past_worry_is_dropped_but_a_worrying_thing_is_not() {
        assert!(concerns("Timeliness had been a concern earlier in the year.").is_empty());
        assert_eq!(
            concerns("Serious violence: there had been a concerning increase in knife crime.")
                .len(),
            1
        );
    }

    #[test]
    fn unlawful_is_high() {
        assert_eq!(concerns("37 families had been in bed and breakfast for more than six weeks, which was unlawful.")[0].1, Severity::High);
    }

    #[test]
    fn a_questionnaire_named_for_difficulties_is_no_worry() {
        assert!(
            concerns("Members asked about the strengths and difficulties questionnaire.")
                .is_empty()
        );
        assert!(concerns("The number of pressure ulcers reported was 14.").is_empty());
        // Nor is a condition named as a reason or a need.
        assert!(concerns("Stress, anxiety and depression remained the most common reason for absence at 31% of days lost.").is_empty());
        assert!(
            concerns("Referrals for anxiety or depression made up 40% of the caseload.").is_empty()
        );
        assert_eq!(
            concerns("Carers described their anxiety about the move.").len(),
            1
        );
        // Troubled is a worry; the Troubled Families programme is not.
        assert_eq!(
            concerns("Councillor Webb was troubled that 3,100 households had received a summons.")
                .len(),
            1
        );
        assert!(
            concerns("The Troubled Families programme had turned around 412 families.").is_empty()
        );
        // Fewer of a bad thing is no worry.
        assert!(concerns("Members welcomed the fall in late reviews.").is_empty());
    }

    /// The severities of a text's concerns.
    fn severities(t: &str) -> Vec<Severity> {
        concerns(t).into_iter().map(|c| c.1).collect()
    }

    #[test]
    fn caseloads_above_their_ambition_are_a_concern() {
        assert_eq!(
            severities("Caseloads averaged 19, which was above the local ambition of 17."),
            [Severity::Medium]
        );
        assert!(severities("Caseloads were 15, below the local ambition of 17.").is_empty());
    }

    #[test]
    fn amber_ratings_and_more_to_do_are_low() {
        for t in [
            "Performance against this indicator was RAG rated amber.",
            "Officers acknowledged that there was more to do on timeliness.",
        ] {
            assert_eq!(severities(t), [Severity::Low], "{t}");
        }
    }

    #[test]
    fn a_risk_that_remains_is_a_concern_and_a_significant_one_is_high() {
        assert_eq!(
            concerns("The Panel agreed that this remained a risk."),
            [(
                "The Panel agreed that this remained a risk".to_string(),
                Severity::Medium
            )]
        );
        for t in [
            "There was a significant risk to the savings.",
            "This remained a significant risk.",
        ] {
            assert_eq!(severities(t), [Severity::High], "{t}");
        }
        assert_eq!(
            severities("112 children had waited over a year; this was the most pressing issue."),
            [Severity::Medium]
        );
    }

    #[test]
    fn a_risk_members_note_is_a_worry_and_one_reduced_is_none() {
        assert_eq!(
            severities(
                "Members welcomed the fall but noted the risk of an increase over the winter."
            ),
            [Severity::Medium]
        );
        assert!(
            severities("The scheme aims to reduce the risk of an increase in arrears.").is_empty()
        );
    }

    #[test]
    fn missed_targets_and_risks_are_concerns() {
        assert_eq!(
            severities("Councillor Hale said the damp problems in Carlton House were a disgrace."),
            [Severity::High]
        );
        assert_eq!(
            concerns("The service missed its target for the second quarter.").len(),
            1
        );
        assert_eq!(
            concerns("There is a risk that the savings will not be delivered.").len(),
            1
        );
        assert_eq!(
            concerns("Performance was worse than the national average.").len(),
            1
        );
    }

    #[test]
    fn a_worry_settled_or_denied_is_none_and_doubt_is_one() {
        for t in [
            "Inspectors found that no child was left at risk.",
            "Concerns raised at the last meeting about the service had been addressed.",
            "Youth service attendance had dipped over the summer, but it was not a cause for concern.",
            "The rise in escalations reflected a drive to challenge drift and was not in itself a cause for concern.",
            "Officers said the dip was not necessarily a concern.",
            "A backlog of 140 notifications had been cleared in October.",
        ] {
            assert!(concerns(t).is_empty(), "{t}");
        }
        for t in [
            "The quality of assessments was too variable.",
            "The Committee was not assured that the plan would deliver change quickly enough.",
            "Members challenged the slow progress in reducing caseloads.",
        ] {
            assert_eq!(concerns(t).len(), 1, "{t}");
        }
    }

    #[test]
    fn a_decision_to_note_a_matter_is_no_worry_unless_it_says_one() {
        let t = "DECISION:\n1. To note the forecast overspend of £7.4m.\n2. To note the Committee's concern about delays.\n3. Requests a report on the backlog.\n";
        let c = concerns(t);
        assert_eq!(c.len(), 1);
        assert!(c[0].0.contains("concern"), "{c:?}");
        let t = "Decision:\n(1) That the forecast overspend of £8.4m be noted.\n(2) That the serious concern about reserves be noted.\n";
        let c = concerns(t);
        assert_eq!(c.len(), 1, "{c:?}");
        assert!(c[0].0.contains("reserves"), "{c:?}");
    }

    #[test]
    fn a_pressure_a_report_is_to_be_about_is_no_worry() {
        let t = "RESOLVED - That the Director provide monthly updates on the repairs backlog to the Chair.";
        assert!(concerns(t).is_empty());
        let t = "Members were told that the repairs backlog had grown to 3,840 jobs.";
        assert_eq!(concerns(t).len(), 1);
    }

    #[test]
    fn safeguarding_concerns_are_counted_not_worries() {
        assert!(concerns("Self-neglect concerns had doubled to 212.").is_empty());
        assert!(concerns("The Board received 2,310 safeguarding concerns.").is_empty());
        // A child protection plan's category of concern is a count's heading too.
        assert!(concerns(
            "Neglect remains the most common area of concern, recorded for 52% of registrations."
        )
        .is_empty());
        assert!(
            concerns("Emotional abuse was the category of concern for 18% of plans.").is_empty()
        );
        assert_eq!(
            concerns("The Board raised concerns about neglect.").len(),
            1
        );
        // Performance below Wales's or Scotland's is below a national benchmark.
        assert_eq!(
            concerns("Visits in time were 81%, below the Wales average of 88%.").len(),
            1
        );
    }

    #[test]
    fn a_level_worse_than_the_service_wants_is_a_worry() {
        let c = concerns(
            "Second or subsequent plans: 23.4%, which is higher than we would want to see.",
        );
        assert_eq!(c.len(), 1);
        assert_eq!(c[0].1, Severity::Medium);
        assert!(concerns("Attendance was higher than in the previous term.").is_empty());
        // Too many, too few, and the worst of the set.
        assert_eq!(
            concerns(
                "14 children were on part-time timetables; Cllr Farooq said that was too many."
            )
            .len(),
            1
        );
        assert_eq!(
            concerns("IHA within 20 days: 41%, still our worst indicator.").len(),
            1
        );
    }

    #[test]
    fn performance_judged_not_good_enough_is_a_grave_worry() {
        assert_eq!(
            severities("The Assistant Director acknowledged that this was not good enough."),
            [Severity::High]
        );
        // Not yet effective is a shortfall, not a judgement of failure.
        assert_eq!(
            severities("The new triage process was not yet effective."),
            [Severity::Medium]
        );
    }

    #[test]
    fn a_judgement_of_inadequate_for_a_group_is_a_grave_worry() {
        let c = concerns("The inspection judged the service as Requires Improvement overall, and inadequate for the experiences and progress of care leavers.");
        assert_eq!(c.len(), 1, "{c:?}");
        assert_eq!(c[0].1, Severity::High);
        assert!(c[0].0.starts_with("inadequate for"));
    }

    #[test]
    fn admissions_and_self_harm_above_england_are_worse() {
        assert_eq!(
            severities(
                "Hospital admissions for self-harm were 245 per 100,000, higher than England."
            ),
            [Severity::Medium]
        );
        // A measure better when higher is no worry above England.
        assert!(severities("Dental checks were 91%, higher than England.").is_empty());
    }

    #[test]
    fn a_judgement_on_the_clause_before_is_the_same_worry() {
        let c = concerns(
            "Two homes were rated inadequate, and the Committee considered this unacceptable.",
        );
        assert_eq!(c.len(), 1, "{c:?}");
        assert_eq!(c[0].1, Severity::High);
        assert!(c[0].0.ends_with("unacceptable"), "{c:?}");
        // Two worries told side by side stay two.
        let c =
            concerns("Waiting times were a concern, and staffing shortages remained a challenge.");
        assert_eq!(c.len(), 2, "{c:?}");
    }

    #[test]
    fn below_a_target_with_its_figure_is_a_shortfall() {
        let c = concerns("Only 38% of initial health assessments were completed within 20 working days, which remained well below the 70% target.");
        assert_eq!(c.len(), 1, "{c:?}");
        assert_eq!(c[0].1, Severity::Medium);
    }

    #[test]
    fn a_lead_in_that_announces_worries_gives_one_per_entry() {
        let c = concerns(
            "Members raised the following concerns:\n\
             · the rising number of agency social workers;\n\
             · delays in EHC needs assessments.\n\n\
             The main pressures were:\n\
             · a shortage of foster carers;\n\
             · home to school transport.\n",
        );
        let texts: Vec<&str> = c.iter().map(|(t, _)| t.as_str()).collect();
        assert_eq!(
            texts,
            [
                "the rising number of agency social workers",
                "delays in EHC needs assessments",
                "a shortage of foster carers",
                "home to school transport"
            ]
        );
        assert!(c.iter().all(|(_, s)| *s == Severity::Medium));
        // With no list after it, the lead-in is still the worry.
        assert_eq!(concerns("Members raised the following concerns:").len(), 1);
    }

    #[test]
    fn collecting_less_than_the_target_is_a_shortfall_under_any_topic() {
        // Housing holds measures of both kinds: the words of this one say which.
        let c = concerns("Council tax collection was 95.2%, below the 96.5% target.");
        assert_eq!(c.len(), 1, "{c:?}");
        assert_eq!(c[0].1, Severity::Medium);
        let c = concerns("Rent collection stood at 96.1%, slightly below the 97% target.");
        assert_eq!(c.len(), 1, "{c:?}");
        // Fewer missed bin collections than the target allows is no worry.
        assert!(
            concerns("Missed bin collections were 41 per 100,000, below the target of 60.")
                .is_empty()
        );
        assert!(
            concerns("Households in temporary accommodation were below the target.").is_empty()
        );
    }

    #[test]
    fn a_worry_a_task_sets_out_to_put_right_is_the_task() {
        assert!(concerns("(b) that the Director would provide a trajectory for clearing overdue reviews to the February meeting.").is_empty());
        // Told as a state of things it is still a worry.
        assert_eq!(concerns("Over 900 people were overdue a review.").len(), 1);
    }

    #[test]
    fn needing_closer_monitoring_is_a_low_concern() {
        let c = concerns("Re-referrals were 11.8%, up from 9.5%, which the Board agreed needed closer monitoring.");
        assert_eq!(c.len(), 1, "{c:?}");
        assert_eq!(c[0].1, Severity::Low);
        let c = concerns("Core groups held within timescale: 89%. The Chair said this decline needs to be watched.");
        assert_eq!(c.len(), 1, "{c:?}");
        assert_eq!(c[0].1, Severity::Low);
    }

    #[test]
    fn above_a_benchmark_under_no_topic_is_judged_by_the_measures_words() {
        let c = concerns("Smoking prevalence in adults had fallen to 11.9%, but remained higher than the England figure of 11.6%.");
        assert_eq!(c.len(), 1);
        // "Highest" alone still only describes.
        assert!(concerns("The schools with the highest suspension rates were visited.").is_empty());
        assert!(concerns(
            "The Panel will write to the three schools with the highest permanent exclusion rates."
        )
        .is_empty());
        // Waste recycled or composted is better higher, though waste is neither.
        let c = concerns("Household waste recycled or composted: 41.3%, below the target of 45%.");
        assert_eq!(c.len(), 1);
        // So is breastfeeding, under health services, which are neither.
        let c = concerns("Breastfeeding prevalence at 6-8 weeks was 44.1%, below England (49.2%).");
        assert_eq!(c.len(), 1);
    }

    #[test]
    fn a_worry_no_heading_places_takes_the_meetings_service() {
        let r = crate::analyse("Adult Social Care Scrutiny Panel\n\n5. Performance and Risk\n\nReviews completed in the last 12 months had improved to 62%, although this was still short of the 75% standard.");
        assert_eq!(r.concerns.len(), 1);
        assert_eq!(r.concerns[0].topic, "adult_social_care");
    }

    #[test]
    fn a_backlog_to_be_cleared_is_no_worry() {
        assert!(concerns(
            "The Assistant Director said that the backlog would be cleared by April."
        )
        .is_empty());
        assert_eq!(
            concerns(
                "There was a backlog of 212 assessments awaiting an educational psychologist."
            )
            .len(),
            1
        );
    }

    #[test]
    fn no_cases_rated_inadequate_is_no_worry() {
        assert!(
            concerns("No cases were rated inadequate for the second month running.").is_empty()
        );
        assert_eq!(concerns("Two cases were rated inadequate.").len(), 1);
    }

    #[test]
    fn referring_concerns_to_cabinet_is_a_decision_not_a_worry() {
        assert!(concerns(
            "RESOLVED: That the Committee notes the forecast and refers its concerns to Cabinet."
        )
        .is_empty());
        assert_eq!(
            concerns("Members expressed grave concern about the scale of the overspend.").len(),
            1
        );
    }
}
