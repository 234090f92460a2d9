//! Decides which taxonomy category a figure or a concern is about.
//!
//! The cue that decides is found in order of trust: a bullet's heading when the
//! sentence itself agrees with it ("Dental Checks: ... attended the dentist"), a
//! specific cue in the figure's clause, then in its sentence, then the heading, the
//! parent bullet or lead-in (an `o` answer takes its topic from the question), and
//! only then generic cues such as "children looked after".

use crate::parallel::Once;
use crate::segment::Segments;
use crate::vocab::VOCAB;
use std::ops::Range;
use std::sync::LazyLock;

/// A cue found in the text.
#[derive(Debug, Clone, Copy)]
pub struct CueHit {
    /// Category index.
    pub category: usize,
    /// Whether the cue is generic.
    pub generic: bool,
    /// Whether a generic cue is itself what is counted: "the number and rate of
    /// children in care" measures children in care, whatever the lead-in is about.
    pub counted: bool,
    /// Whether a generic cue names where something came from ("referrals from health
    /// settings"), which yields to the thing itself.
    pub source: bool,
    /// Start offset (normalised).
    pub at: usize,
}

/// The category all the given hits name, if there are any and they name only one.
fn one_category(mut hits: impl Iterator<Item = CueHit>) -> Option<usize> {
    let first = hits.next()?.category;
    hits.all(|h| h.category == first).then_some(first)
}

/// Finds category cues in `range` of the lowercased normalised text, with their
/// ends (absolute offsets; words either side of the range still bound a cue).
fn scan(text: &str, lower: &str, range: Range<usize>) -> Vec<(CueHit, usize)> {
    let v = &*VOCAB;
    let bytes = lower.as_bytes();
    let mut out: Vec<(CueHit, usize)> = Vec::new();
    // Every cue at every word start, so "child protection plans lasting two years"
    // yields both cues; a cue inside a longer one ("referrals" in "re-referrals") is
    // dropped below.
    v.category_matcher
        .each_at_word_start(lower, range, |pattern, start| {
            let mut end = start + v.category_matcher.phrase(pattern).len();
            // Allow plural and possessive endings after a cue.
            for suffix in ["'s", "es", "s"] {
                if lower[end..].starts_with(suffix) {
                    end += suffix.len();
                    break;
                }
            }
            let after_ok = end >= bytes.len() || !bytes[end].is_ascii_alphanumeric();
            if after_ok && !after_a_title(lower, start) && !a_speakers_surname(text, start, end) {
                let cue = v.category_cues[pattern];
                out.push((
                    CueHit {
                        category: cue.category,
                        generic: cue.generic,
                        counted: cue.generic && counted_here(lower, start),
                        source: cue.generic && lower[..start].ends_with(" from "),
                        at: start,
                    },
                    end,
                ));
            }
        });
    // Sorted by start, longest first, a hit is inside another when an earlier one
    // reaches at least as far: one sweep, no pairwise comparison. Of two cues over the
    // same words ("contacts", and "contact" with its plural ending) the specific wins.
    out.sort_by_key(|h| (h.0.at, std::cmp::Reverse(h.1), h.0.generic));
    let mut reach = 0;
    let mut kept: Vec<(CueHit, usize)> = Vec::with_capacity(out.len());
    for (hit, end) in out {
        if end <= reach {
            continue;
        }
        // Two cues sharing words ("subject to a plan for a second or subsequent time"):
        // one stands for both.
        match kept.last_mut() {
            Some(last) if hit.at < reach => {
                if narrower(&(hit, end), last) {
                    *last = (hit, end);
                    reach = end;
                }
            }
            _ => {
                kept.push((hit, end));
                reach = end;
            }
        }
    }
    kept
}

/// Of two cues that share words, whether `a` says more narrowly what is measured than
/// `b`: a specific cue over a generic one, a measure judged better one way over a
/// neutral volume ("a plan for a second or subsequent time" over "subject to a plan");
/// else the first, which names the thing ("Health assessments in timescale" are
/// health assessments, not assessments of need).
fn narrower(a: &(CueHit, usize), b: &(CueHit, usize)) -> bool {
    let judged =
        |h: &CueHit| VOCAB.categories[h.category].polarity != crate::vocab::Polarity::Neutral;
    let rank = |h: &CueHit| (!h.generic, judged(h));
    rank(&a.0) > rank(&b.0)
}

/// Whether a person's title stands right before `at`: "Councillor Grant" is no grant.
fn after_a_title(lower: &str, at: usize) -> bool {
    let before = crate::pattern::window_before(lower, at, 13);
    let Some(word) = before.strip_suffix(' ') else {
        return false;
    };
    let word = word.strip_suffix('.').unwrap_or(word);
    // The whole word: "claims budget" does not end in the title "Ms".
    let word = word
        .rsplit(|c: char| !c.is_ascii_alphabetic())
        .next()
        .unwrap_or("");
    crate::vocab::TITLES
        .iter()
        .any(|t| t.eq_ignore_ascii_case(word))
}

/// Whether the capitalised word at `start..end` is the surname of a speaker named
/// with a first name: "Lisa Grant reported that 88% ..." is about no grant.
fn a_speakers_surname(text: &str, start: usize, end: usize) -> bool {
    let b = text.as_bytes();
    if !b[start].is_ascii_uppercase() || !b.get(start + 1).is_some_and(u8::is_ascii_lowercase) {
        return false;
    }
    let before = crate::pattern::window_before(text, start, 20);
    let Some(first) = before.strip_suffix(' ') else {
        return false;
    };
    let first = first
        .rsplit(|c: char| !c.is_ascii_alphabetic())
        .next()
        .unwrap_or("");
    let capitalised = first.len() >= 2
        && first.as_bytes()[0].is_ascii_uppercase()
        && first[1..].bytes().all(|c| c.is_ascii_lowercase());
    if !capitalised {
        return false;
    }
    let after = text[end..].strip_prefix(' ').unwrap_or("");
    let verb = after
        .split(|c: char| !c.is_ascii_alphabetic())
        .next()
        .unwrap_or("");
    crate::vocab::SPEAKING_VERBS.contains(&verb)
}

/// Whether "number of", "the number and rate of", "total of" ends right at `at`.
fn counted_here(lower: &str, at: usize) -> bool {
    let before = crate::pattern::window_before(lower, at, 48);
    // What `COUNT_OF` must end with, checked first: most cues have none of it.
    ["of ", "of the ", "of all "]
        .iter()
        .any(|end| before.ends_with(end))
        && COUNT_OF.is_match(before)
}

/// "number of", "the number and rate of", "total of" right before a cue.
static COUNT_OF: LazyLock<crate::pattern::Ending> = LazyLock::new(|| {
    crate::pattern::Ending::new(
        r"\b(?:number|numbers|rate|total)(?: and (?:the )?(?:number|rate))? of (?:the |all )?$",
    )
});

/// The start of a phrase that times a measure from an event: "within 20 working days
/// of", "within 15 days of", or names whom it is measured for by when they came into
/// care ("14 of the 39 children who came into care ... had their IHA").
static TIMED_FROM: LazyLock<crate::pattern::Pattern> = LazyLock::new(|| {
    crate::pattern::compile(
        r"\bwithin\s+(?:\d+|[a-z]+)\s+(?:working\s+|calendar\s+)?(?:days|weeks|months|hours)\s+(?:of|from)\b|\bbetween\s+(?:a|the)\s+child\s+(?:entering|coming into|becoming looked after)\b|\b(?:who|that)\s+(?:came|come|entered|became|started)\s+(?:into\s+)?(?:care|looked after)\b",
    )
});

/// The category cues of a document, found sentence by sentence when first asked for
/// and kept, so that each figure's clause, sentence and heading are looked up rather
/// than scanned again, and sentences nobody asks about (most of them) are never scanned.
pub struct CueIndex<'a> {
    /// The normalised text, for the case of a cue (a surname or a topic).
    text: &'a str,
    lower: &'a str,
    /// Scanning units in order: sentences, except that a run-on sentence cut at
    /// `MAX_SENTENCE` is kept with the piece after it, so no cue is cut in two.
    units: Vec<Range<usize>>,
    /// Each unit's hits in order of start, with their ends, once scanned.
    hits: Vec<Once<Vec<(CueHit, usize)>>>,
}

impl<'a> CueIndex<'a> {
    /// An index over the normalised text, its lowercased copy and its segmentation.
    pub fn new(text: &'a str, lower: &'a str, seg: &Segments) -> Self {
        let mut units: Vec<Range<usize>> = Vec::with_capacity(seg.sentences.len());
        let mut joins_next = false;
        for s in &seg.sentences {
            match units.last_mut() {
                Some(last) if joins_next => last.end = s.range.end,
                _ => units.push(s.range.clone()),
            }
            // A cut piece runs close to the limit; cues are far shorter than the margin.
            joins_next = s.range.len() + 200 > crate::segment::MAX_SENTENCE;
        }
        CueIndex {
            text,
            lower,
            hits: units.iter().map(|_| Once::new()).collect(),
            units,
        }
    }

    /// The hits outside a phrase that times the measure ("completed within 20 working
    /// days of a child entering care": the assessments are measured, not the entering
    /// care), unless no other hit is left.
    fn not_timing(&self, hits: Vec<CueHit>, sentence: &Range<usize>) -> Vec<CueHit> {
        let text = &self.lower[sentence.clone()];
        let timing: Vec<Range<usize>> = TIMED_FROM
            .find_iter(text)
            .map(|m| {
                let rest = &text[m.end()..];
                let end = rest.find([':', ',', ';', '(', '.']).unwrap_or(rest.len());
                sentence.start + m.start()..sentence.start + m.end() + end
            })
            .collect();
        if timing.is_empty() {
            return hits;
        }
        let outside: Vec<CueHit> = hits
            .iter()
            .copied()
            .filter(|h| !timing.iter().any(|t| t.contains(&h.at)))
            .collect();
        if outside.iter().any(|h| !h.generic) {
            outside
        } else {
            hits
        }
    }

    /// The topic the first specific cue in `range` names.
    pub fn specific_topic(&self, range: Range<usize>) -> Option<usize> {
        self.hits_in(range).find(|h| !h.generic).map(|h| h.category)
    }

    /// The one topic `range` names with specific cues, if it names exactly one:
    /// "ADULT SOCIAL CARE PERFORMANCE" names one, "Fostering and Adoption" two.
    pub fn sole_topic(&self, range: Range<usize>) -> Option<usize> {
        one_category(self.hits_in(range).filter(|h| !h.generic))
    }

    /// The one topic a title names: by its specific cues, else by its generic ones
    /// ("Quarterly Fostering Report"), for figures nothing nearer places.
    pub fn title_topic(&self, range: Range<usize>) -> Option<usize> {
        let hits = self.within(range);
        one_category(hits.iter().copied().filter(|h| !h.generic))
            .or_else(|| one_category(hits.iter().copied()))
    }

    /// The cues lying wholly inside `range`, in order.
    pub fn within(&self, range: Range<usize>) -> Vec<CueHit> {
        self.hits_in(range).collect()
    }

    /// The same, one by one, for callers that only look for a first or any: most
    /// ask of a sentence or a title, and need no list made.
    pub fn hits_in(&self, range: Range<usize>) -> impl Iterator<Item = CueHit> + '_ {
        let first = self.units.partition_point(|u| u.end <= range.start);
        (first..self.units.len())
            .take_while(move |&u| self.units[u].start < range.end)
            .flat_map(move |u| {
                let hits =
                    self.hits[u].get_or_init(|| scan(self.text, self.lower, self.units[u].clone()));
                // A unit can be long (a run-on sentence): look the range up, not through.
                let from = hits.partition_point(|h| h.0.at < range.start);
                hits[from..]
                    .iter()
                    .take_while(move |h| h.0.at < range.end)
                    .filter(move |h| h.1 <= range.end)
                    .map(|h| h.0)
            })
    }
}

/// Whether a range names a topic with a specific (not generic) cue.
pub fn has_specific(cues: &CueIndex<'_>, range: Range<usize>) -> bool {
    cues.hits_in(range).any(|h| !h.generic)
}

/// The category named by the sentence before `si` in the same block, if it names one:
/// for "This equated to ..." or "Members expressed concern about this".
pub fn from_previous_sentence(
    cues: &CueIndex<'_>,
    seg: &Segments,
    si: usize,
    at: usize,
) -> Option<usize> {
    let block = &seg.blocks[seg.sentences[si].block];
    if si <= block.sentences.start {
        return None;
    }
    from_sentence(cues, seg, si - 1, at)
}

/// The category a sentence names, as [`from_previous_sentence`] reads it, for a
/// bullet that goes on from the one before ("• The rate per 10,000 was 54").
pub fn from_sentence(cues: &CueIndex<'_>, seg: &Segments, si: usize, at: usize) -> Option<usize> {
    let prev = seg.sentences.get(si)?.range.clone();
    let ctx = Context {
        clause: prev.clone(),
        sentence: prev,
        heading: None,
        parents: &[],
        sentence_generic: true,
    };
    let c = categorise(cues, &ctx, at);
    (c != VOCAB.other()).then_some(c)
}

/// The topic an agenda item's title names with a specific cue ("7. FOSTERING SERVICE
/// UPDATE"), for a figure or worry whose own words name none ("22 new enquiries").
pub fn from_item_title(cues: &CueIndex<'_>, seg: &Segments, item: usize) -> Option<usize> {
    let title = seg.items.get(item)?.title.clone()?;
    cues.title_topic(title)
}

/// The one service the document's first line names ("YOUTH JUSTICE MANAGEMENT BOARD"),
/// for figures and worries that neither their words, their headings nor their item's
/// title place. A line joining services ("Health and Wellbeing Board") names none.
pub fn from_meeting_name(cues: &CueIndex<'_>, seg: &Segments) -> Option<usize> {
    let first = meeting_name(seg)?;
    (!joins_services(&cues.lower[first.clone()]))
        .then(|| cues.title_topic(first))
        .flatten()
}

/// The item's title and the meeting's name, each where it names one service other than
/// the budget (a budget item's counts are of what the money buys) and joins no other
/// to it ("Early Help and Children's Social Care" names one by a cue, but two): under
/// "ADULT SOCIAL CARE PERFORMANCE", "the average wait" and "annual reviews" (generic
/// words) are adults' waits and reviews.
pub fn service_names(cues: &CueIndex<'_>, seg: &Segments, item: usize) -> Vec<Range<usize>> {
    let names_one_service = |t: &Range<usize>| {
        !joins_services(&cues.lower[t.clone()])
            && cues
                .sole_topic(t.clone())
                .is_some_and(|c| c != VOCAB.category_index("finance"))
    };
    let title = seg.items.get(item).and_then(|i| i.title.clone());
    [title, meeting_name(seg)]
        .into_iter()
        .flatten()
        .filter(names_one_service)
        .collect()
}

/// The document's first line, when it is short enough to be the meeting's name. Only
/// its line: "Held on 8 October 2026 via Microsoft Teams" below it may have been read as
/// the same paragraph wrapped.
pub fn meeting_name(seg: &Segments) -> Option<Range<usize>> {
    let first = seg.blocks.first()?.range.clone();
    let wrap = seg.soft_breaks.first().filter(|&&b| first.contains(&b));
    let line = first.start..wrap.map_or(first.end, |&b| b);
    (line.len() <= 80).then_some(line)
}

/// Whether a title joins two things ("Fostering and Adoption", "Health & Wellbeing"),
/// so that one cue in it does not say what it is about. The "and" of a body's or a
/// group's usual name joins nothing: "Children and Young People's Mental Health",
/// "Health Overview and Scrutiny Committee".
pub fn joins_services(title: &str) -> bool {
    if !title.contains(" and ") && !title.contains('&') {
        return false;
    }
    let mut rest = title.to_string();
    for name in ONE_NAME_WITH_AND {
        rest = rest.replace(name, "");
    }
    rest.contains(" and ") || rest.contains('&')
}

/// Usual names that hold an "and" but name one group or one body.
const ONE_NAME_WITH_AND: &[&str] = &[
    "children and young people",
    "children and young person",
    "overview and scrutiny",
];

/// The short heading line above a block ("Fostering", "Performance: Adoption" over
/// lines of figures), looking back within its agenda item: the nearest line of at most
/// six words, with no digit and no closing stop, that names a topic.
pub fn sub_heading(
    cues: &CueIndex<'_>,
    text: &str,
    seg: &Segments,
    block: usize,
) -> Option<Range<usize>> {
    let item = seg.items.get(seg.blocks.get(block)?.item)?;
    (item.blocks.start..block).rev().take(40).find_map(|b| {
        let r = seg.blocks[b].range.clone();
        let line = &text[r.clone()];
        let heading_like = line.len() <= 50
            && line.split_whitespace().count() <= 6
            && !line.bytes().any(|c| c.is_ascii_digit())
            && !line.trim_end().ends_with(['.', ';', ',', '?', '!']);
        (heading_like && cues.hits_in(r.clone()).next().is_some()).then_some(r)
    })
}

/// The topic a sub-heading names, by a specific cue if it has one.
pub fn from_sub_heading(cues: &CueIndex<'_>, heading: Range<usize>) -> Option<usize> {
    cues.specific_topic(heading.clone())
        .or_else(|| cues.hits_in(heading).next().map(|h| h.category))
}

/// The text regions that may say what a figure is about, from nearest to furthest.
pub struct Context<'a> {
    /// The clause holding the figure.
    pub clause: Range<usize>,
    /// The sentence holding it.
    pub sentence: Range<usize>,
    /// The heading of its block, if any.
    pub heading: Option<Range<usize>>,
    /// Texts of parent blocks (parent bullet, lead-in), nearest first.
    pub parents: &'a [Range<usize>],
    /// Whether a generic cue anywhere in the sentence may decide ("a rate of 71.3
    /// per 10,000" is a rate of whatever population the sentence named).
    pub sentence_generic: bool,
}

/// "a 14% rise in referrals and to staff sickness": the thing a change is in, named
/// right after it, is what the change measures, however generic its word.
fn what_changed(cues: &CueIndex<'_>, hits: &[CueHit], at: usize) -> Option<usize> {
    let rest = cues.lower.get(at..)?;
    let after_figure = &rest[rest.find(char::is_whitespace)?..];
    let thing = &after_figure[crate::figures::CHANGE_IN_AFTER.find(after_figure)?.end()..];
    let thing = ["number of ", "numbers of ", "rate of "]
        .iter()
        .find_map(|w| thing.strip_prefix(w))
        .unwrap_or(thing);
    let thing_at = cues.lower.len() - thing.len();
    hits.iter().find(|h| h.at == thing_at).map(|h| h.category)
}

fn nearest(hits: &[CueHit], at: usize, generic: bool, within: &Range<usize>) -> Option<usize> {
    let candidates = || {
        hits.iter()
            .filter(move |h| h.generic == generic && within.contains(&h.at))
    };
    // "referrals from health settings had dropped to 17": the source yields to what came.
    candidates()
        .filter(|h| !h.source)
        .min_by_key(|h| h.at.abs_diff(at))
        .or_else(|| candidates().min_by_key(|h| h.at.abs_diff(at)))
        .map(|h| h.category)
}

/// Chooses the category for something written at `at` in the given context.
pub fn categorise(cues: &CueIndex<'_>, ctx: &Context, at: usize) -> usize {
    let v = &*VOCAB;
    let sentence_hits = cues.not_timing(cues.within(ctx.sentence.clone()), &ctx.sentence);
    let heading_hits = ctx
        .heading
        .clone()
        .map(|h| cues.within(h))
        .unwrap_or_default();
    // "Children becoming subject to a plan for a second or subsequent time": of two
    // topics a heading names, a measure judged better one way (repeat plans) is
    // narrower than a neutral volume (plans).
    let judged = |h: &&CueHit| v.categories[h.category].polarity != crate::vocab::Polarity::Neutral;
    let heading_specific = heading_hits
        .iter()
        .filter(|h| !h.generic)
        .find(judged)
        .or_else(|| heading_hits.iter().find(|h| !h.generic))
        .map(|h| h.category);
    if let Some(c) = what_changed(cues, &sentence_hits, at) {
        return c;
    }
    // "Health assessments in time: IHA 54%, RHA 88%": a one-word label right before its
    // figure names it more narrowly than the heading over both.
    let one_word_label = sentence_hits.iter().find(|s| {
        !s.generic
            && s.at < at
            && at - s.at <= 24
            && ctx.heading.as_ref().is_none_or(|h| !h.contains(&s.at))
            && cues.lower[s.at..at]
                .trim_end()
                .bytes()
                .all(|b| b.is_ascii_alphanumeric())
            && cues.lower[s.at..at].ends_with(' ')
    });
    if let Some(label) = one_word_label {
        return label.category;
    }
    if let (Some(hc), Some(h)) = (heading_specific, &ctx.heading) {
        // "Section 47 enquiries: 402, of which 148 led to a conference": the label
        // right before a figure names it, whatever the rest of the line goes on to.
        if at >= h.end && at - h.end <= 3 {
            // But "Health assessments – 89% of initial health assessments ...": what
            // the figure is "of" names it more narrowly.
            let of_another = sentence_hits.iter().find(|s| {
                !s.generic
                    && s.category != hc
                    && s.at > at
                    && s.at - at <= 24
                    && cues.lower[at..s.at].contains(" of ")
            });
            return of_another.map_or(hc, |s| s.category);
        }
        if sentence_hits
            .iter()
            .any(|s| !s.generic && s.category == hc && !h.contains(&s.at))
        {
            return hc;
        }
    }
    if let Some(c) = nearest(&sentence_hits, at, false, &ctx.clause) {
        return c;
    }
    let outside_heading = |h: &CueHit| ctx.heading.as_ref().is_none_or(|r| !r.contains(&h.at));
    let body_hits: Vec<CueHit> = sentence_hits
        .iter()
        .copied()
        .filter(outside_heading)
        .collect();
    // "... special school placements, which had increased from 312 to 368; the average
    // cost per place was £58,900": a semicolon parts what the figure is of from the
    // nearer words after it.
    // "The number of children looked after was 623, of whom 98 were placed with
    // kinship carers": what follows "of whom" is said of the part, not of the whole.
    let whole = {
        let s = &ctx.sentence;
        let at = at.clamp(s.start, s.end);
        let after = &cues.lower[at..s.end];
        let part_of = [", of whom ", ", of which "]
            .iter()
            .filter_map(|w| after.find(w))
            .min();
        s.start..part_of.map_or(s.end, |k| at + k)
    };
    let part = {
        let s = &whole;
        let at = at.clamp(s.start, s.end);
        let start = cues.lower[s.start..at]
            .rfind(';')
            .map_or(s.start, |k| s.start + k);
        let end = cues.lower[at..s.end].find(';').map_or(s.end, |k| at + k);
        start..end
    };
    if let Some(c) = nearest(&body_hits, at, false, &part) {
        return c;
    }
    if let Some(c) = nearest(&body_hits, at, false, &whole) {
        return c;
    }
    if let Some(h) = sentence_hits
        .iter()
        .find(|h| h.counted && ctx.clause.contains(&h.at))
    {
        return h.category;
    }
    if let Some(c) = heading_specific {
        return c;
    }
    if let Some(c) = nearest(&sentence_hits, at, false, &whole) {
        return c;
    }
    for p in ctx.parents {
        if let Some(c) = cues.specific_topic(p.clone()) {
            return c;
        }
    }
    if let Some(c) = nearest(&sentence_hits, at, true, &ctx.clause) {
        return c;
    }
    if ctx.sentence_generic {
        if let Some(c) = nearest(&sentence_hits, at, true, &ctx.sentence) {
            return c;
        }
    }
    if let Some(h) = heading_hits.first() {
        return h.category;
    }
    v.other()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn category_of(t: &str, heading: Option<&str>, figure: &str) -> &'static str {
        let lower = t.to_ascii_lowercase();
        let at = t.find(figure).unwrap();
        let heading = heading.map(|h| {
            let s = t.find(h).unwrap();
            s..s + h.len()
        });
        let ctx = Context {
            clause: 0..t.len(),
            sentence: 0..t.len(),
            heading,
            parents: &[],
            sentence_generic: false,
        };
        VOCAB.categories[categorise(
            &CueIndex::new(t, &lower, &crate::segment::segment(t)),
            &ctx,
            at,
        )]
        .key
    }

    #[test]
    fn what_is_said_of_a_part_names_no_topic_for_the_whole() {
        let t = "The number of children looked after was 623, of whom 98 were placed with kinship carers.";
        let found: Vec<&str> = crate::analyse(t)
            .indicators
            .iter()
            .map(|i| i.category)
            .collect();
        assert_eq!(found, ["children_in_care", "placement_type"]);
    }

    #[test]
    fn where_children_live_is_their_placement_type() {
        let t = "Of these, 30% were with foster carers and 9% were in residential care.";
        assert_eq!(category_of(t, None, "30%"), "placement_type");
        let t = "Of these, 9% were in residential care.";
        assert_eq!(category_of(t, None, "9%"), "placement_type");
    }

    #[test]
    fn empty_shops_are_no_staff_vacancies() {
        let t = "The town centre vacancy rate had risen to 17.3%.";
        assert_eq!(category_of(t, None, "17.3%"), "other");
        let t = "The social work vacancy rate had risen to 17.3%.";
        assert_eq!(category_of(t, None, "17.3%"), "workforce");
    }

    #[test]
    fn home_fire_safety_is_no_childrens_home() {
        let t = "Home fire safety visits completed: 6,412 against a target of 7,500.";
        assert_eq!(category_of(t, None, "6,412"), "other");
        let t = "Two homes were judged good: 4 children's home places remain empty.";
        assert_eq!(category_of(t, None, "4"), "residential");
    }

    #[test]
    fn health_visitors_reviews_by_age_are_health_services_not_looked_after_reviews() {
        let t = "6-8 week reviews: 87% (target 90%)";
        assert_eq!(category_of(t, None, "87"), "health_services");
        let t = "Reviews held in time: 91%";
        assert_eq!(category_of(t, None, "91"), "cla_reviews");
    }

    #[test]
    fn visits_in_time_are_statutory_unless_named_child_protection() {
        assert_eq!(
            category_of("Visits in time - 89%", None, "89"),
            "statutory_visits"
        );
        assert_eq!(
            category_of("CP visits in time - 91%", None, "91"),
            "cp_visits"
        );
    }

    #[test]
    fn annual_reviews_are_of_ehc_plans_unless_a_health_assessment_is_named() {
        let t = "Annual reviews completed within 12 months stood at 58%.";
        assert_eq!(category_of(t, None, "58"), "send");
        let t = "91% of children had an annual review health assessment within timescale.";
        assert_eq!(category_of(t, None, "91"), "health_review_assessment");
    }

    #[test]
    fn family_hubs_and_ambulance_responses_have_their_services() {
        let t = "Family Hubs recorded 14,506 visits, with the highest attendance at Northgate.";
        assert_eq!(category_of(t, None, "14,506"), "early_help");
        let t = "Category 2 response times averaged 41 minutes.";
        assert_eq!(category_of(t, None, "41"), "health_services");
    }

    #[test]
    fn a_plan_for_the_second_time_is_a_repeat_plan() {
        let t = "Of these, 23.4% were subject to a plan for the second or subsequent time.";
        assert_eq!(category_of(t, None, "23.4"), "cp_repeat");
        let t = "The number of households approved in 2025/26 was 21.";
        assert_eq!(category_of(t, None, "21."), "fostering");
    }

    #[test]
    fn misspelt_health_assessments_and_rhis_have_their_topics() {
        let t = "Initial health asessments completed in 20 working days was 42%.";
        assert_eq!(category_of(t, None, "42"), "health_initial_assessment");
        let t = "RHI take-up was 62%.";
        assert_eq!(category_of(t, None, "62"), "missing");
    }

    #[test]
    fn a_semicolon_parts_a_figure_from_the_nearer_words_after_it() {
        let r = crate::analyse("The main driver was special school placements, which had increased from 312 to 368 since April; the average cost per place was now £58,900.");
        let categories: Vec<&str> = r.indicators.iter().map(|i| i.category).collect();
        assert_eq!(categories, ["send", "finance"]);
    }

    #[test]
    fn cases_adopted_by_a_programme_are_no_adoptions() {
        let t = "There were 27 referrals to the Prevent programme, 9 of which were adopted as Channel cases.";
        assert_eq!(category_of(t, None, "9 of"), "other");
        let t = "12 children were adopted in the year.";
        assert_eq!(category_of(t, None, "12"), "adoption");
    }

    #[test]
    fn a_change_is_of_the_thing_it_is_in() {
        let t =
            "The fall was linked to a 14% rise in referrals and to staff sickness in two teams.";
        assert_eq!(category_of(t, None, "14%"), "contacts_referrals");
    }

    #[test]
    fn the_and_of_a_usual_name_joins_no_services() {
        assert!(!joins_services("children and young people's mental health"));
        assert!(!joins_services(
            "joint health overview and scrutiny committee"
        ));
        assert!(joins_services("fostering and adoption"));
        assert!(joins_services(
            "children and young people's health and wellbeing"
        ));
    }

    #[test]
    fn a_learning_review_is_no_looked_after_review() {
        let t = "Actions from the child safeguarding practice review: 14 of 18 complete.";
        assert_eq!(category_of(t, None, "14 of"), "other");
        let t = "Reviews held on time were 91% in the quarter.";
        assert_eq!(category_of(t, None, "91%"), "cla_reviews");
    }

    #[test]
    fn a_waiting_list_is_the_services_it_is_for() {
        let t = "There remained a long waiting list for parenting programmes: 265 families.";
        assert_eq!(category_of(t, None, "265"), "early_help");
        let t = "2,055 DoLS applications were awaiting assessment.";
        assert_eq!(category_of(t, None, "2,055"), "adult_social_care");
        let t = "The waiting list stood at 4,120.";
        assert_eq!(category_of(t, None, "4,120"), "health_services");
    }

    #[test]
    fn where_something_came_from_yields_to_what_came() {
        let t = "Referrals from health settings had dropped to 17 in the year.";
        assert_eq!(category_of(t, None, "17"), "contacts_referrals");
        let t = "Health assessments had dropped to 17 in the year.";
        assert_eq!(category_of(t, None, "17"), "health_review_assessment");
    }

    #[test]
    fn what_a_figure_is_of_is_narrower_than_the_label_before_it() {
        let t = "Health assessments - 89% of initial health assessments were requested in time";
        assert_eq!(
            category_of(t, Some("Health assessments"), "89"),
            "health_initial_assessment"
        );
        let t = "Health assessments - 91% were completed in time";
        assert_eq!(
            category_of(t, Some("Health assessments"), "91"),
            "health_review_assessment"
        );
    }

    #[test]
    fn referrals_are_of_the_topic_that_names_them() {
        let t = "County lines referrals had doubled to 22";
        assert_eq!(category_of(t, None, "22"), "exploitation");
        let t = "There were 1,204 referrals in the quarter";
        assert_eq!(category_of(t, None, "1,204"), "contacts_referrals");
    }

    #[test]
    fn specific_cues_beat_generic_ones() {
        assert_eq!(
            category_of(
                "83.3% of all CLA have up to date dental checks",
                None,
                "83.3"
            ),
            "dental_checks"
        );
        assert_eq!(
            category_of("291 Looked after Children", None, "291"),
            "children_in_care"
        );
    }

    #[test]
    fn adults_safeguarding_and_survey_measures_are_adult_social_care() {
        for (t, figure) in [
            (
                "The percentage of safeguarding enquiries where outcomes were met was 94%",
                "94",
            ),
            (
                "The proportion of people who use services who feel safe was 68.2%",
                "68.2",
            ),
            // Care at home is home care, not a children's home.
            (
                "The percentage of adults supported at home who said their services helped was 76%",
                "76",
            ),
            (
                "Care at home: 1,863 hours of assessed care were unmet",
                "1,863",
            ),
        ] {
            assert_eq!(category_of(t, None, figure), "adult_social_care", "{t}");
        }
    }

    #[test]
    fn a_heading_wins_when_the_sentence_agrees() {
        let t = "Dental Checks: 58% of children when asked at their health assessment had attended the dentist";
        assert_eq!(
            category_of(t, Some("Dental Checks"), "58%"),
            "dental_checks"
        );
    }

    #[test]
    fn the_event_a_measure_is_timed_from_does_not_name_it() {
        let t = "Initial health assessments completed within 20 working days of a child entering care: 48%";
        assert_eq!(category_of(t, None, "48%"), "health_initial_assessment");
        let t = "Initial child protection conferences held within 15 working days of the strategy discussion: 79%";
        assert_eq!(category_of(t, None, "79%"), "icpc_timeliness");
        // With nothing else named, the event still names it.
        let t = "83% within 10 days of a child entering care";
        assert_eq!(category_of(t, None, "83%"), "entering_care");
        let t = "The adoption scorecard showed an average of 487 days between a child entering care and moving in with a family";
        assert_eq!(category_of(t, None, "487"), "adoption");
    }

    #[test]
    fn a_specific_cue_wins_over_a_generic_one_on_the_same_words() {
        let t = "share of contacts from police: 38%";
        let lower = t.to_ascii_lowercase();
        let hits = CueIndex::new(t, &lower, &crate::segment::segment(t)).within(0..t.len());
        assert_eq!(hits.len(), 1);
        assert!(!hits[0].generic);
    }

    #[test]
    fn a_label_right_before_its_figure_names_it() {
        let t = "Section 47 enquiries: 402, of which 148 (37%) led to an initial child protection conference";
        assert_eq!(
            category_of(t, Some("Section 47 enquiries"), "402"),
            "section47"
        );
    }

    #[test]
    fn step_downs_from_social_care_are_early_help() {
        let t = "Step-downs from social care: 142 (target 150)";
        assert_eq!(
            category_of(t, Some("Step-downs from social care"), "142"),
            "early_help"
        );
    }

    #[test]
    fn a_one_word_label_right_before_its_figure_names_it_under_a_heading() {
        let t = "Health assessments in time: IHA 54%, RHA 88%";
        let heading = Some("Health assessments in time");
        assert_eq!(category_of(t, heading, "54%"), "health_initial_assessment");
        assert_eq!(category_of(t, heading, "88%"), "health_review_assessment");
    }

    #[test]
    fn a_heading_naming_two_topics_gives_the_narrower_measure() {
        let t = "Children becoming subject to a plan for a second or subsequent time: 24%, above the England average";
        let heading = "Children becoming subject to a plan for a second or subsequent time";
        assert_eq!(category_of(t, Some(heading), "24%"), "cp_repeat");
    }

    #[test]
    fn the_sentence_wins_over_a_heading_it_does_not_mention() {
        let t = "Re-referral rates at 17.4% were lower than national figures";
        assert_eq!(category_of(t, None, "17.4"), "re_referrals");
    }

    #[test]
    fn the_counted_population_beats_a_lead_in() {
        let t = "Children entering care: there was a fall in the number and rate of children in care to 62.6";
        let lower = t.to_ascii_lowercase();
        let at = t.find("62.6").unwrap();
        let clause = t.find("there").unwrap()..t.len();
        let lead_in = 0..t.find(':').unwrap();
        let ctx = Context {
            clause: clause.clone(),
            sentence: clause,
            heading: None,
            parents: std::slice::from_ref(&lead_in),
            sentence_generic: false,
        };
        let c = categorise(
            &CueIndex::new(t, &lower, &crate::segment::segment(t)),
            &ctx,
            at,
        );
        assert_eq!(VOCAB.categories[c].key, "children_in_care");
    }

    #[test]
    fn a_cue_across_the_cut_of_a_run_on_sentence_is_still_found() {
        // 743 two-byte words, then "children in" reaches byte 1497 and "care" crosses
        // the 1500-byte cut, so the sentence is cut between "in" and "care".
        let t = format!("{}children in care and more words", "a ".repeat(743));
        let seg = crate::segment::segment(&t);
        assert!(seg.sentences.len() > 1, "the sentence should be cut");
        let lower = t.to_ascii_lowercase();
        let hits = CueIndex::new(&t, &lower, &seg).within(0..t.len());
        let cic = VOCAB.category_index("children_in_care");
        assert!(hits.iter().any(|h| h.category == cic && h.at == 1486));
    }

    #[test]
    fn nothing_known_is_other() {
        assert_eq!(
            category_of("25 children have a condition on their record", None, "25"),
            "other"
        );
    }

    #[test]
    fn cues_from_housing_placements_workforce_and_immunisation_reports() {
        for (text, figure, key) in [
            (
                "146 families had been in B&B for six weeks",
                "146",
                "housing",
            ),
            ("Repairs completed right first time: 88%", "88%", "housing"),
            (
                "23 children in unregistered provision",
                "23",
                "placement_type",
            ),
            ("31 agency workers were employed", "31", "workforce"),
            ("MMR uptake was 84%", "84%", "immunisations"),
            (
                "Councillor Grant asked about the 12 new foster carers",
                "12",
                "fostering",
            ),
            (
                "recruitment remained difficult with 14 vacancies",
                "14",
                "workforce",
            ),
            ("the financial position showed 3 pressures", "3", "finance"),
            (
                "Ambulance handover delays had fallen to 112",
                "112",
                "health_services",
            ),
            (
                "Performance against the four-hour standard was 71.8%",
                "71.8%",
                "health_services",
            ),
            ("bed occupancy averaged 96%", "96%", "health_services"),
            ("Repeat CP plans: 21%", "21%", "cp_repeat"),
            (
                "The SEND Improvement Programme had met 12 of its milestones",
                "12",
                "send",
            ),
            (
                "Of the 287 children on a plan, 14 were on plans that had lasted more than two years",
                "14",
                "cp_duration",
            ),
            (
                "Of the plans that ended, 4% had lasted two years or more",
                "4%",
                "cp_duration",
            ),
            (
                "6% of plans lasted longer than 18 months",
                "6%",
                "cp_duration",
            ),
            (
                "In 89% of concluded enquiries the desired outcomes were met",
                "89%",
                "adult_social_care",
            ),
            (
                "88% of return interviews were offered within 72 hours",
                "88%",
                "missing",
            ),
            (
                "1,186 children were electively home educated",
                "1,186",
                "education_attendance",
            ),
            ("De-registrations: 19 households", "19", "fostering"),
            (
                "612 per 100,000 people aged 65+ in permanent residential care",
                "612",
                "adult_social_care",
            ),
            // A word that ends like a title is no title.
            ("the claims budget had 3 lines", "3", "finance"),
        ] {
            assert_eq!(category_of(text, None, figure), key, "{text}");
        }
    }

    #[test]
    fn a_speakers_surname_names_no_topic_but_a_named_grant_does() {
        let t = "Lisa Grant reported that 88% of children had an up to date PEP.";
        assert_eq!(category_of(t, None, "88%"), "education_peps");
        let t = "Care leavers: 97%.\n\nLisa Grant reported that 88% had an up to date PEP.";
        assert_eq!(category_of(t, None, "88%"), "education_peps");
        let t = "Lisa Grant reported that 88% had been seen.";
        assert_eq!(category_of(t, None, "88%"), "other");
        let t = "The Pupil Premium Grant was 1.2m this year.";
        assert_eq!(category_of(t, None, "1.2m"), "finance");
    }

    #[test]
    fn of_two_cues_sharing_words_the_narrower_names_it() {
        let t = "19% of children became subject to a plan for a second or subsequent time.";
        assert_eq!(category_of(t, None, "19%"), "cp_repeat");
        let t = "Review health assessments in timescale were 93%.";
        assert_eq!(category_of(t, None, "93%"), "health_review_assessment");
        let t = "Health assessments in timescale: 91%.";
        assert_eq!(category_of(t, None, "91%"), "health_review_assessment");
    }

    #[test]
    fn children_in_our_care_are_children_in_care() {
        let t = "There were 402 children in our care at the end of November.";
        assert_eq!(category_of(t, None, "402"), "children_in_care");
    }
}
