//! Finds decisions (the RESOLVED list) and actions (what someone is to do next).
//!
//! Decisions are read from the block that opens with "RESOLVED" (or a typo of it,
//! or "Decision") and the numbered entries after it, one decision per entry.
//! Actions are sentences elsewhere whose wording commits someone to something after
//! the meeting (`data/actions.tsv`); work only described as going on is left out.

use crate::pattern::Pattern;
use crate::report::{Action, ActionKind};
use crate::Analysis;
use std::ops::Range;
use std::sync::LazyLock;

const TABLE: &str = include_str!(concat!(env!("OUT_DIR"), "/actions.tsv"));
const DUE: &str = include_str!(concat!(env!("OUT_DIR"), "/due.txt"));

/// How an action's wording names (or hides) who is to act.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Cue {
    /// "X agreed to ...", "X would provide ...": X acts.
    Agent,
    /// "... would be provided": the agent, if any, follows "by".
    Passive,
    /// "... to a future meeting": no owner is implied.
    Meeting,
    /// "Members would like ...": those asking do not act.
    Request,
    /// "Democratic Services to circulate ...": an action list's line names its owner first.
    Listed,
}

static CUES: LazyLock<Vec<(Cue, Pattern)>> = LazyLock::new(|| {
    cue_rows()
        .map(|(kind, pattern)| {
            let cue = match kind {
                "agent" => Cue::Agent,
                "passive" => Cue::Passive,
                "meeting" => Cue::Meeting,
                "listed" => Cue::Listed,
                _ => Cue::Request,
            };
            (cue, crate::pattern::compile(&format!(r"\b(?:{pattern})")))
        })
        .collect()
});

/// Whether a lowercased sentence is an action list's line, "police to provide a recovery
/// plan for the backlog": what it names is a task, not a worry.
pub fn is_listed_task(lower: &str) -> bool {
    CUES.iter()
        .any(|(cue, re)| *cue == Cue::Listed && re.is_match(lower))
}

/// The owner's initials and the task after them, where a line opens on initials set
/// off by a dash as an action list's lines do: "JT – write to the schools with the
/// lowest offers".
pub fn owners_initials(line: &str) -> Option<(&str, &str)> {
    let caps = line.bytes().take_while(u8::is_ascii_uppercase).count();
    // (Not "CQC: 7 homes were rated Inadequate": a dash, then the task's verb.)
    if !(2..=4).contains(&caps) {
        return None;
    }
    let task = line[caps..]
        .strip_prefix(" - ")
        .or_else(|| line[caps..].strip_prefix(" \u{2013} "))
        .filter(|task| task.starts_with(|c: char| c.is_ascii_lowercase()))?;
    Some((&line[..caps], task))
}

/// Whether a lowercased sentence sets someone a task in any of the ways an action is
/// told ("the Director would provide a trajectory ...", "asked that ...").
pub fn sets_a_task(lower: &str) -> bool {
    CUES.iter().any(|(_, re)| re.is_match(lower))
}

/// Any unanchored action cue or in-sentence resolution at all: most sentences have
/// none, and one scan to say so is cheaper than trying each row in turn.
static ANY_CUE: LazyLock<Pattern> = LazyLock::new(|| {
    let rows = crate::vocab::any_of(cue_alternatives().filter(|p| !p.starts_with('^')));
    crate::pattern::compile(&format!(r"\b(?:{rows})|\bresolved\b|\brecommended\b"))
});
/// The cues anchored at the sentence start ("Actions:", "Officers to ..."), a gate of
/// their own: inside the unanchored scan their bounded repeats multiply its states.
static ANY_CUE_AT_START: LazyLock<Pattern> = LazyLock::new(|| {
    let rows = crate::vocab::any_of(cue_alternatives().filter(|p| p.starts_with('^')));
    crate::pattern::compile(&format!(r"^(?:{rows})"))
});

/// The words one of which every unanchored cue holds: looking for a few plain words
/// is far cheaper than running the cue patterns over every sentence.
static CUE_WORDS: LazyLock<Pattern> =
    LazyLock::new(|| crate::pattern::any_literal(gate_words("words")));

/// The same for the cues anchored at the sentence start, looked for in its opening.
/// Only a couple of words, in a short opening: one substring search each is cheapest.
static OPENING_WORDS: LazyLock<Vec<memchr::memmem::Finder<'static>>> = LazyLock::new(|| {
    gate_words("opening")
        .into_iter()
        .map(memchr::memmem::Finder::new)
        .collect()
});

/// A gate row (`words` or `opening`) of the cue table.
fn gate_words(row: &str) -> Vec<&'static str> {
    crate::vocab::cue_rows(TABLE)
        .find(|(kind, _)| *kind == row)
        .map_or(Vec::new(), |(_, w)| w.split('|').collect())
}

/// The rows of the cue table that are cues (not the gate's word list).
fn cue_rows() -> impl Iterator<Item = (&'static str, &'static str)> {
    crate::vocab::cue_rows(TABLE)
        .filter(|(kind, _)| !matches!(*kind, "words" | "opening" | "decides"))
}

/// Every top-level alternative of every cue row, for building the gates.
fn cue_alternatives() -> impl Iterator<Item = &'static str> {
    cue_rows().flat_map(|(_, p)| crate::vocab::alternatives(p))
}

/// Any due date at all, for the same reason.
static ANY_DUE: LazyLock<Pattern> = LazyLock::new(|| {
    let rows = crate::vocab::any_of(crate::vocab::data_lines(DUE));
    crate::pattern::compile(&format!(r"(?i)\b(?:{rows})\b"))
});

static DUE_PATTERNS: LazyLock<Vec<Pattern>> = LazyLock::new(|| {
    crate::vocab::data_lines(DUE)
        .map(|l| crate::pattern::compile(&format!(r"(?i)\b{l}\b")))
        .collect()
});

/// The bodies that resolve, agree and note: "The Panel AGREED", "The Board noted ...".
const BODIES: &str = "panel|board|committee|sub-committee|cabinet|council|forum|group";

static RESOLVED: LazyLock<crate::pattern::Anchored> = LazyLock::new(|| {
    // "The Cabinet Member for Children RESOLVED to:": one who decides alone.
    let lead = format!(
        r"(?:it was\s+|(?:the )?(?:{BODIES}|(?:cabinet|executive|lead) member|portfolio holder|leader|mayor)(?:\s+for\s+[^:.;]{{1,60}}?)?\s+)?"
    );
    crate::pattern::Anchored::new(&format!(
        r"(?i)^(?:{lead}(?:unanimously\s+)?res(?:olv|lov|ol)ed\b(?:\s*\([^)]{{0,40}}\))?(?:\s*[:\-]\s*|\s*$|\s+(?:that|to)\b\s*[:\-]?\s*)|{lead}(?:resolutions?|decisions?|agreed)(?:\s+(?:that|to))?(?:\s*[:\-]\s*|\s*$))",
    ))
});
/// A resolution's opening that names only the body resolving, "That the Committee", so
/// that its entries follow as lines of their own.
static BODY_ALONE: LazyLock<crate::pattern::Anchored> = LazyLock::new(|| {
    crate::pattern::Anchored::new(&format!(
        r"(?i)^\s*(?:that\s+)?(?:the\s+)?(?:[a-z'&-]+\s+){{0,4}}?(?:{BODIES})\s*[:,\-]?\s*$"
    ))
});
/// A word that makes a decision of a line (the `decides` row of `data/actions.tsv`):
/// with none, a line after "Decision:" only names what was decided on.
static DECIDES: LazyLock<Pattern> = LazyLock::new(|| {
    let row = crate::vocab::cue_rows(TABLE)
        .find(|(kind, _)| *kind == "decides")
        .map_or("", |(_, words)| words);
    crate::pattern::compile(&format!(r"\b(?:{row})\b"))
});

/// "The Committee noted the update.", "The Board approved the return.": a body noting
/// or approving a paper, the plainest decision.
static NOTED_BY_BODY: LazyLock<crate::pattern::Anchored> = LazyLock::new(|| {
    crate::pattern::Anchored::new(&format!(
        r"(?i)^(?:the\s+)?(?:{BODIES})\s+(?:received and\s+)?(?:noted|approved|endorsed|adopted)\s+the\s+(?:\w+\s+){{0,3}}?(?:report|update|updates|information|contents|position|presentation|briefing|progress|minutes|return|plan|strategy|policy|recommendations?|proposals?|terms of reference|work programme|dashboard|scorecard|summary|findings|forecast|budget|accounts|statement|letter|review)\b[^.;]{{0,80}}\.?$",
    ))
});
static RESOLVED_IN_SENTENCE: LazyLock<Pattern> = LazyLock::new(|| {
    crate::pattern::compile(
        r"\bRESOLVED\b|(?i:\bresolved\s+(?:that|to)\b)|(?i:\bagreed\s+to\s+(?:recommend|note|approve|endorse|accept|adopt|support|delegate)\b)|(?i:\bit was agreed that\b[^.;]{1,80}\sbe (?:noted|received|approved|endorsed|agreed|accepted|adopted)\b)|(?i:\bthe (?:committee|sub-committee|panel|board|forum) (?:formally |unanimously )?recommended (?:to (?:the )?(?:cabinet|council|executive|mayor|board)\s+)?that\b)",
    )
});
/// "AGREED that ... be", a resolution in capitals inside a paragraph.
static AGREED_IN_CAPITALS: LazyLock<Pattern> =
    LazyLock::new(|| crate::pattern::compile(r"\bAGREED\s+that\s+[^.;]{1,100}?(?P<be>\sbe\s)"));
/// A modal before "be": "would be", "will be".
static MODAL_BEFORE_BE: LazyLock<crate::pattern::Ending> = LazyLock::new(|| {
    crate::pattern::Ending::new(r"\b(?:would|will|should|could|may|might|must|to)$")
});
/// A sentence giving the date of the next meeting.
static NEXT_MEETING: LazyLock<crate::pattern::Anchored> = LazyLock::new(|| {
    crate::pattern::Anchored::new(
        r"^(?:the\s+)?(?:date\s+of\s+(?:the\s+)?)?(?:next|future|following)\s+meeting\s+(?:will|would|is to|was to)\s+(?:be\s+)?(?:held|take place|be on)\b|^(?:the\s+)?dates?\s+(?:and\s+time\s+)?of\s+(?:the\s+)?(?:next|future|following)\s+meetings?\s*[:\-]",
    )
});
static INLINE_MARKER: LazyLock<crate::pattern::Anchored> = LazyLock::new(|| {
    crate::pattern::Anchored::new(r"^\(?(?:[ivx]{1,4}|[a-z]|\d{1,2}(?:\.\d{1,2})?)[.)]\s+")
});
static DECISION_END: LazyLock<crate::pattern::Anchored> = LazyLock::new(|| {
    crate::pattern::Anchored::new(
        r"(?i)^(?:supporting documents|attachments|background papers|agenda item|item \d|minute \d)",
    )
});
static OWNER_SUBJECT: LazyLock<Pattern> = LazyLock::new(|| {
    let name = format!(
        // "the Section 151 Officer": a post's name may hold a number.
        // "the Head of Safeguarding (Education)": with its service in brackets.
        r"(?:{}\s+)?(?:[A-Z]\.\s?){{0,3}}[A-Z][\w'-]+(?:\s+(?:of\s+|for\s+)?(?:[A-Z][\w'-]+|\d{{1,3}}\s+[A-Z][\w'-]+)){{0,4}}(?:\s+\([A-Z][\w' -]{{1,30}}\))?",
        crate::vocab::titles_pattern()
    );
    crate::pattern::compile(&format!(
        r"^(?:That\s+|that\s+|(?:[Aa]greed|AGREED|[Rr]ecommendations?)\s*[:\-]\s*|(?:[Aa]greed|AGREED)\s+that\s+|[Tt]o\s+(?:request|ask|require|instruct)\s+that\s+)?(?P<owner>(?:[Tt]he\s+)?{name}(?:,\s*(?:the\s+)?{name})*(?:,?\s+and\s+(?:the\s+)?{name})?|(?:[Aa]ll\s+)?(?:(?:[Pp]anel|[Bb]oard|[Cc]ommittee|[Ee]lected|[Ff]orum|[Pp]artnership)\s+|(?:[Ee]ducation|[Hh]ealth|[Pp]olice|[Hh]ousing|[Ss]chool|[Ss]afeguarding|[Ss]tatutory)\s+)?(?:[Mm]embers|[Oo]fficers|[Pp]artners|[Aa]gencies|[Cc]olleagues))(?:,\s[^,]{{1,60}}?,?)?(?:\s+[a-z]+ly)?\s+(?P<verb>would|will|should|agreed to|undertook to|offered to|to|(?:is|are)\s+to|be (?:asked|requested|invited|instructed|authori[sz]ed) to|scrutinise|provide|report|review|arrange|circulate|write|meet|bring|present|update|consider|investigate|ensure|share|send|contact|look|explore|discuss|work|develop|produce|prepare|follow|monitor)s?\b"
    ))
});
/// A person or post named in capitals ("the Head of Asset Management", "Rachel Kim"),
/// perhaps ended by a role in lower case ("The Police representative").
const POST: &str = r"(?:(?:[Tt]he\s+)?[A-Z][\w'-]*(?:\s+(?:of\s+(?:the\s+)?|for\s+(?:the\s+)?|and\s+(?:the\s+)?|in\s+)?[A-Z][\w'-]*){0,5}(?:\s+(?:representatives?|lead|colleagues|team))?|[Tt]he\s+(?:[a-z-]+\s+){0,3}(?:representative|nurse|officer|manager|lead|adviser|advisor|director|doctor|clinician|scrutineer|co-?ordinator|team))";
static CLAUSE_SUBJECT: LazyLock<crate::pattern::Ending> = LazyLock::new(|| {
    crate::pattern::Ending::new(&format!(
        r"(?:^|,\s|;\s|\bthat\s|\band\s|\b(?:said|added|confirmed|explained|stated|advised)\s)(?P<subj>{POST}|officers|members)(?:\s+(?:had|has|have|would|will|also|had also|has also))?\s*$"
    ))
});
/// The owner that opens an action line, in any case: "Police representative to share".
static LISTED_OWNER: LazyLock<crate::pattern::Anchored> = LazyLock::new(|| {
    crate::pattern::Anchored::new(
        r"^(?P<owner>[A-Z][\w'&-]*(?:\s+[\w'&-]+){0,3}?(?:\s*[+&/]\s*[A-Z][\w'&-]*(?:\s+[\w'&-]+){0,2}?)?(?:\s+\([^()]{1,40}\))?)\s+to\s+[a-z]",
    )
});
/// "... and said she would", "said that ... and that she would": the one who opened the
/// sentence speaking goes on to act.
static SPEAKER_PRONOUN: LazyLock<crate::pattern::Ending> = LazyLock::new(|| {
    crate::pattern::Ending::new(
        r"(?:\b(?:said|added|confirmed|explained|stated)\s+(?:that\s+)?|\band\s+that\s+)(?:he|she)(?:\s+(?:had|has|would|will))?$",
    )
});
/// Someone a request names to act: "requested that the Cabinet Member attend".
static REQUESTED_THAT: LazyLock<Pattern> = LazyLock::new(|| {
    crate::pattern::compile(&format!(
        r"\b(?:[Rr]equest(?:ed|s)|[Aa]sk(?:ed|s))\s+that\s+(?P<who>{POST}|officers|(?:the\s+)?(?:[a-z]+\s+){{0,2}}(?:partners|representatives?|colleagues|team|[Dd]irectors|[Mm]anagers|[Oo]fficers|[Ll]eads|contractors?|providers?|suppliers?|operators?|auditors?|consultants?))\s+(?:should\s+|would\s+|be asked to\s+)?[a-z]+"
    ))
});
/// The words that make "committed to" a stance, not a promise: "is committed to".
static COMMITTED_STANCE: LazyLock<crate::pattern::Ending> = LazyLock::new(|| {
    crate::pattern::Ending::new(
        r"\b(?:is|are|was|were|be|been|being|remains?|remained|fully|very|firmly|strongly|still|deeply)\s+$",
    )
});
/// Someone asked to act: "asked the Director of Nursing to provide" ("ASKED" in a
/// resolution written in capitals).
static ASKED_TO: LazyLock<Pattern> = LazyLock::new(|| {
    crate::pattern::compile(&format!(
        r"\b(?i:ask(?:ed|s)?|request(?:ed|s)?|invit(?:e|ed|es)|instruct(?:ed|s)?|tasked|delegat(?:e|ed|es) authority to)\s+(?P<who>{POST}|(?:all\s+)?(?:officers|directors|heads of service|service managers))(?:,\s+in consultation with[^,]{{1,80}},)?\s+to\b"
    ))
});
/// The post a resolution agrees will act: "noted the report and agreed that the Chief
/// Operating Officer would bring a trajectory".
static AGREED_WHO_WOULD: LazyLock<Pattern> = LazyLock::new(|| {
    crate::pattern::compile(&format!(
        r"\b(?:agreed|decided)\s+that\s+(?P<who>{POST})\s+(?:would|will|should)\b"
    ))
});
/// The post a resolution asks to act, in the passive: "... and the Director of Adult
/// Social Care be asked to present the plan".
static BE_ASKED_TO: LazyLock<Pattern> = LazyLock::new(|| {
    crate::pattern::compile(&format!(
        r"(?:^|\b(?:and|that)\s+)(?P<who>{POST})\s+be\s+(?:asked|requested|invited|instructed|authori[sz]ed)\s+to\b"
    ))
});
/// The verbs a person or post reports with: "The Programme Manager confirmed".
const REPORTS: &str = "said|confirmed|explained|reported|noted|stated|advised|acknowledged|added|replied|responded|informed|agreed|accepted";
/// The person or post that opens a sentence by reporting: "The Programme Manager confirmed".
static OPENING_SPEAKER: LazyLock<Pattern> =
    LazyLock::new(|| crate::pattern::compile(&format!(r"^(?P<subj>{POST})\s+(?:{REPORTS})\b")));
/// The same, or one opening a later clause: "In answer to a question, the Director said".
static SPEAKER_IN_CLAUSE: LazyLock<Pattern> = LazyLock::new(|| {
    crate::pattern::compile(&format!(r"(?:^|,\s+)(?P<subj>{POST})\s+(?:{REPORTS})\b"))
});
/// An impersonal clause before a passive cue: the person named earlier is not its owner.
static IMPERSONAL: LazyLock<Pattern> = LazyLock::new(|| {
    crate::pattern::compile(
        r"(?i)\bit (?:was|is|has been|had been) (?:agreed|decided|suggested|noted|resolved|felt)\b|\bit (?:was|is|has been|had been)\s*$",
    )
});
static RECEIVES: LazyLock<crate::pattern::Anchored> = LazyLock::new(|| {
    crate::pattern::Anchored::new(
        r"^\s+(?:receive|be (?:updated|informed|provided|given|sent|briefed|consulted))\b",
    )
});
static AGENT_AFTER: LazyLock<Pattern> = LazyLock::new(|| {
    crate::pattern::compile(
        r"^[^.]*?\b(?:by|between)\s+(?P<agent>(?:the\s+)?[A-Z][^,.;]*?)(?:\s+(?:to|that|in order|which|so that|from|for|on|at|in respect|in (?:January|February|March|April|May|June|July|August|September|October|November|December|spring|summer|autumn|winter|the (?:new|next|coming|spring|summer|autumn|winter)|due course|\d)|by|before|during|after|later|next|this|early)\b|[,.;]|$)",
    )
});
/// Who is to act after "agreed that": a name or post in capitals, or officers or
/// members, then a modal and a verb that is not "be", or a motion's bare verb ("it
/// was agreed that the Committee write to the Minister").
static AGREED_SUBJECT: LazyLock<Pattern> = LazyLock::new(|| {
    crate::pattern::compile(
        r"^(?i:agreed,? that) (?P<subj>(?:the\s+)?[A-Z][\w'&-]*(?:\s+(?:[A-Z][\w'&-]*|of|for|and|the)){0,6}|officers|members)\s+(?:(?:would|will|should)\s+(?:[a-z]+ly\s+)?(?P<verb>[a-z]+)|(?P<bare>write|bring|provide|present|circulate|send|arrange|report|prepare|produce|invite|seek|explore|investigate|contact|meet|draft))\b",
    )
});
/// The one [`AGREED_SUBJECT`] names, when the verb after the modal is done by them.
fn agreed_subject(from_cue: &str) -> Option<String> {
    AGREED_SUBJECT
        .captures(from_cue)
        .filter(|c| c.name("verb").is_none_or(|v| v.as_str() != "be"))
        .map(|c| c["subj"].to_string())
}

static AGENT_BEFORE: LazyLock<Pattern> = LazyLock::new(|| {
    crate::pattern::compile(
        r"\b(?:suggestion|request|proposal|offer) (?:by|from) (?P<agent>(?:the\s+)?[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)*)",
    )
});
static SENTENCE_SUBJECT: LazyLock<Pattern> = LazyLock::new(|| {
    crate::pattern::compile(&format!(
        r"^(?:In response,?\s+|Also,?\s+)?(?P<name>(?:{}\s+)?[A-Z][a-z][\w'-]*(?:\s+[A-Z][a-z][\w'-]*){{0,2}})\b",
        crate::vocab::titles_pattern()
    ))
});

/// Words that open a sentence with a capital but are not people.
const NOT_PEOPLE: &[&str] = &[
    "The",
    "This",
    "That",
    "It",
    "There",
    "A",
    "An",
    "In",
    "Members",
    "Officers",
    "Any",
    "All",
    "Following",
    "Work",
    "Data",
    "Health",
    "However",
    "Funding",
    "Support",
    "Children",
    "Care",
    "Young",
    "Strategy",
    // What is to be shared or done, not who does it: "Learning from the audit would be
    // shared with all teams".
    "Learning",
    "Feedback",
    "Information",
    "Training",
    "Progress",
    "Performance",
    "Findings",
    "Results",
    "Figures",
    "Guidance",
    "Details",
    "Updates",
    "Lessons",
    "Further",
    "Regular",
    "Quarterly",
    "Monthly",
    "Reports",
    "Consultation",
    "Recruitment",
    // A sentence opening on an adverbial clause: "To address this, a new structure would
    // be introduced".
    "To",
    "As",
    "If",
    "When",
    "Once",
    "With",
    "For",
    "At",
    "On",
    "By",
    "From",
    "After",
    "Before",
    "Since",
    "Although",
    "While",
    "Where",
    "Given",
];
/// Verbs after which a named subject only receives or notes, so is not the owner.
const NOTING: &[&str] = &[
    "note",
    "notes",
    "noted",
    "be",
    "is",
    "was",
    "were",
    "discussed",
    "commented",
    "welcomed",
    "thanked",
];

/// Finds the decisions and actions of a whole document.
pub fn extract(a: &Analysis) -> Vec<Action> {
    let mut out = Vec::new();
    let mut in_decisions = vec![false; a.seg.blocks.len()];
    decisions(a, &mut out, &mut in_decisions);
    action_logs(a, &mut out, &mut in_decisions);
    action_list(a, &mut out, &mut in_decisions);
    // The gate words of the whole text in one scan (a few literals: fast), where one
    // search per sentence would pay the set-up each time.
    let word_hits: Vec<usize> = CUE_WORDS
        .find_iter(&a.norm.lower)
        .map(|m| m.start())
        .collect();
    for (si, sentence) in a.seg.sentences.iter().enumerate() {
        if in_decisions[sentence.block]
            || a.seg.blocks[sentence.block].preamble
            || explains_a_decision(a, sentence.block)
        {
            continue;
        }
        let r = sentence.range.clone();
        let first = word_hits.partition_point(|&h| h < r.start);
        let has_word = word_hits.get(first).is_some_and(|&h| h < r.end);
        // "NOTED." on a line of its own is the meeting's resolution on the item.
        let noted_alone = a.norm.text[r.clone()]
            .trim()
            .trim_end_matches('.')
            .eq_ignore_ascii_case("noted");
        if noted_alone || NOTED_BY_BODY.is_match(&a.norm.text[r.clone()]) {
            out.push(decision(a, r));
            continue;
        }
        if let Some((first, second)) = has_word.then(|| two_actions(a, r.clone())).flatten() {
            out.push(first);
            out.push(second);
            continue;
        }
        if let Some(mut action) = action_in(a, r.clone(), has_word).or_else(|| after_dash(a, r)) {
            // "o she would circulate a breakdown", a list entry under "Ms Achebe advised
            // that:": the pronoun in lower case.
            if action.owner.is_none() {
                action.owner = match a.norm.lower[sentence.range.clone()].split(' ').next() {
                    Some("she") => Some("She".into()),
                    Some("he") => Some("He".into()),
                    _ => None,
                };
            }
            // "He agreed to ...": the person is named in the sentence before, or in the
            // lead-in of the list it is an entry of.
            if action
                .owner
                .as_deref()
                .is_some_and(|o| matches!(o, "He" | "She" | "They"))
            {
                let block = &a.seg.blocks[sentence.block];
                let first = block.sentences.start;
                let lead_in = block
                    .parent
                    .filter(|_| si == first && block.marker.is_some())
                    .map(|p| a.seg.blocks[p].sentences.clone())
                    .filter(|lead| !lead.is_empty())
                    .map(|lead| lead.end);
                let earlier = if si > first { Some(si) } else { lead_in };
                action.owner = earlier
                    .and_then(|next| {
                        let before = &a.norm.text[a.seg.sentences[next - 1].range.clone()];
                        // "The Head of Safeguarding explained ... She would share ...".
                        // "In answer to a question, the Director said ...": the first
                        // speaker who is no body, opening the sentence or a clause of it.
                        subject_of(before).or_else(|| {
                            SPEAKER_IN_CLAUSE
                                .captures_iter(before)
                                .map(|c| c["subj"].to_string())
                                .find(|s| !is_body(s))
                        })
                    })
                    .or(if action.owner.as_deref() == Some("They") {
                        None
                    } else {
                        action.owner.take()
                    });
                if action
                    .owner
                    .as_deref()
                    .is_some_and(|o| matches!(o, "He" | "She"))
                {
                    action.owner = None;
                }
            }
            out.push(action);
        }
    }
    out.sort_by_key(|x| x.span.start);
    out
}

/// The lead-ins of a decision record's paragraphs that explain it: "Reasons for
/// decision: The increase will bring allowances above ..." tells why, it sets no task.
static EXPLAINS: LazyLock<crate::pattern::Anchored> = LazyLock::new(|| {
    crate::pattern::Anchored::new(
        r"(?i)^(?:reasons? for (?:the )?(?:decisions?|recommendations?)|alternative options(?: considered)?(?: and rejected)?|options considered)\s*[:\-]?\s*$",
    )
});

/// Whether a block is a paragraph that explains a decision by its lead-in.
fn explains_a_decision(a: &Analysis, block: usize) -> bool {
    a.seg.blocks[block]
        .heading
        .clone()
        .is_some_and(|h| EXPLAINS.is_match(&a.norm.text[h]))
}

/// "Action 5 remains outstanding - the Service Manager to chase the health data": an
/// action line after a spaced dash inside a sentence (a log entry's status, then its
/// task), where the sentence as a whole sets no task.
fn after_dash(a: &Analysis, r: Range<usize>) -> Option<Action> {
    let lower = &a.norm.lower[r.clone()];
    let k = memchr::memmem::rfind(lower.as_bytes(), b" - ")? + 3;
    is_listed_task(&lower[k..])
        .then(|| action_in(a, r.start + k..r.end, false))
        .flatten()
}

/// Where a sentence may go on to a second person's task: "..., and Councillor Hughes
/// offered to meet ...", "... and Ms Patel undertook to ...".
static SECOND_AGENT: LazyLock<Pattern> = LazyLock::new(|| {
    crate::pattern::compile(
        r",?\s+and\s+(?P<who>(?:the\s+)?[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){0,3})\s+(?:offered|agreed|undertook|promised|volunteered|would|will)\b",
    )
});

/// Two tasks told in one sentence, each with its own named owner after the first: "The
/// Chair asked that the Committee receive a report ..., and Councillor Hughes offered
/// to meet the Children in Care Council". The second is a name of at most four words
/// that undertakes something (not "... between X and Care Leavers Service and Health to
/// ensure"), and each half must read as an action by itself.
fn two_actions(a: &Analysis, r: Range<usize>) -> Option<(Action, Action)> {
    let text = &a.norm.text[r.clone()];
    // Most sentences hold no "and": one plain search costs less than the two patterns.
    memchr::memmem::find(text.as_bytes(), b"and")?;
    let split = |cut: usize, who: usize, that: bool| {
        let second = action_in(a, who..r.end, true).filter(|x| x.owner.is_some())?;
        let first = action_in(a, r.start..cut, true)?;
        // "The Board agreed that the Data Manager would meet ... and that partners
        // would ...": the second clause goes on from the first one's "agreed that".
        if that && first.owner.is_none() {
            return None;
        }
        Some((first, second))
    };
    SECOND_AGENT
        .captures_iter(text)
        .find_map(|c| {
            split(
                r.start + c.get(0)?.start(),
                r.start + c.name("who")?.start(),
                false,
            )
        })
        // Only after "agreed that" and the like: "said that ... and that ..." is common
        // and tells no task, and reading each half as an action costs.
        .or_else(|| {
            if !AGREED_THAT.is_match(text) {
                return None;
            }
            AND_THAT.captures_iter(text).find_map(|c| {
                split(
                    r.start + c.get(0)?.start(),
                    r.start + c.name("rest")?.start(),
                    true,
                )
            })
        })
}

/// What opens a sentence of things agreed: "The Board agreed that".
static AGREED_THAT: LazyLock<Pattern> = LazyLock::new(|| {
    crate::pattern::compile(r"\b(?:agreed|decided|resolved|requested|asked|recommended)\s+that\b")
});

/// A second thing agreed in the same sentence: "... and that partners would be asked to".
static AND_THAT: LazyLock<Pattern> =
    LazyLock::new(|| crate::pattern::compile(r",?\s+and\s+that\s+(?P<rest>\S)"));

/// "The Committee:" then "a) noted the report; b) requested that ...": a body alone
/// over a list whose first entry says what it did is a list of decisions, with no
/// "resolved" to open it.
static BODY_DID: LazyLock<crate::pattern::Anchored> = LazyLock::new(|| {
    crate::pattern::Anchored::new(&format!(r"(?i)^(?:the\s+)?(?:{BODIES})\s*:\s*$"))
});
/// The verbs of what a body did, opening the first entry of its list.
static DID: LazyLock<crate::pattern::Anchored> = LazyLock::new(|| {
    crate::pattern::Anchored::new(
        r"^(?:noted|agreed|approved|endorsed|requested|asked|recommended|welcomed|received|supported|accepted|delegated|resolved)\b",
    )
});

/// Whether block `b` is a body alone over a list of what it did (see [`BODY_DID`]).
fn lists_what_it_did(a: &Analysis, b: usize) -> bool {
    let blocks = &a.seg.blocks;
    BODY_DID.is_match(&a.norm.text[blocks[b].range.clone()])
        && blocks.get(b + 1).is_some_and(|next| {
            next.item == blocks[b].item
                && next.marker.is_some()
                && DID.is_match(&a.norm.lower[next.range.clone()])
        })
}

fn decisions(a: &Analysis, out: &mut Vec<Action>, in_decisions: &mut [bool]) {
    let text = &a.norm.text;
    let blocks = &a.seg.blocks;
    let mut b = 0;
    while b < blocks.len() {
        let r = blocks[b].range.clone();
        let label_end = match RESOLVED.find(&text[r.clone()]) {
            Some(label) => label.end(),
            None if lists_what_it_did(a, b) => r.len(),
            None => {
                b += 1;
                continue;
            }
        };
        in_decisions[b] = true;
        // "The Board agreed that:" (no resolution) lists what was agreed, and an entry
        // saying who will do what after the meeting is an action, as "It was agreed
        // that a meeting would be held" is in a sentence.
        // (Every spelling of "resolved" the label allows begins "res"; no body's name
        // holds it.)
        let label_words = &a.norm.lower[r.start..r.start + label_end];
        let agreed_only = label_words.contains("agreed") && !label_words.contains("res");
        let mut lead = r.start + label_end..r.end;
        // "RESOLVED (1) That ...": the marker opens the one entry; but "RESOLVED to (i)
        // note ...; (ii) endorse ..." lists several, and its first marker stays.
        if inline_entries(&text[lead.clone()]).len() < 2 {
            if let Some(m) = INLINE_MARKER.find(&text[lead.clone()]) {
                lead.start += m.end();
            }
        }
        // "RESOLVED - That the Committee:" introduces its entries.
        // So does "RESOLVED: That the Committee" with nothing after the body.
        let lead_is_empty = text[lead.clone()].split_whitespace().count() < 3
            || text[lead.clone()].trim_end().ends_with(':')
                && text[lead.clone()].split_whitespace().count() <= 6
            || BODY_ALONE.is_match(&text[lead.clone()]);
        // "Decision: Sufficiency of placements" titles the item a decision was made on.
        let titles_only = !DECIDES.is_match(&a.norm.lower[lead.clone()]);
        if !lead_is_empty && !titles_only {
            push_label_entry(a, out, b, lead, agreed_only);
        }
        let item = blocks[b].item;
        let mut n = b + 1;
        let mut first = true;
        while n < blocks.len() && blocks[n].item == item {
            let body = &text[blocks[n].range.clone()];
            let that = body.starts_with("That ") || body.starts_with("that ");
            let listed = blocks[n].marker.is_some() || that;
            // "2.4 Agreed: the Nurse will take ..." then "3.0 Multi-agency audit": a
            // paragraph numbered as the label's own is the next paragraph, not an entry.
            let next_paragraph = !lead_is_empty
                && blocks[b].marker.is_some()
                && blocks[n].level == blocks[b].level
                && !that;
            if DECISION_END.is_match(body)
                || next_paragraph
                || !(listed || first && lead_is_empty)
                || RESOLVED.is_match(body)
            {
                break;
            }
            in_decisions[n] = true;
            // "Decision:" then "The Board:" then the entries: a lead-in, not a decision.
            let lead_in = body.trim_end().ends_with(':') && body.split_whitespace().count() <= 6;
            if !lead_in {
                push_agreed(a, out, blocks[n].range.clone(), agreed_only);
                first = false;
            }
            n += 1;
        }
        b = n;
    }
}

/// The entry written after a decision label in block `b`, from `lead` to the block's
/// end. "Agreed: the VSH will bring an analysis to the next meeting. The Governing Body
/// was disappointed ...": the label's entry is its sentence, and a sentence after it
/// that opens no entry of its own is read as any other.
fn push_label_entry(
    a: &Analysis,
    out: &mut Vec<Action>,
    b: usize,
    lead: Range<usize>,
    agreed_only: bool,
) {
    let text = &a.norm.text;
    let sentences = &a.seg.sentences;
    let first = sentences.partition_point(|s| s.range.end <= lead.start);
    let rest: Vec<Range<usize>> = sentences[first..]
        .iter()
        .skip(1)
        .take_while(|s| s.block == b)
        .map(|s| s.range.clone())
        .collect();
    let opens_entry = |r: &Range<usize>| {
        let t = &text[r.clone()];
        t.starts_with("That ") || t.starts_with('(') || RESOLVED.is_match(t)
    };
    let one_entry = inline_entries(&text[lead.clone()]).len() < 2;
    if rest.is_empty() || !one_entry || rest.iter().any(opens_entry) {
        push_agreed(a, out, lead, agreed_only);
        return;
    }
    let first_end = sentences[first].range.end.min(lead.end);
    push_agreed(a, out, lead.start..first_end, agreed_only);
    for r in rest {
        if let Some(action) = action_in(a, r, true) {
            out.push(action);
        }
    }
}

/// The decisions of one entry of a list, or under "Agreed:" the action it may tell
/// ("AGREED: The Complaints Manager to include a breakdown ...").
fn push_agreed(a: &Analysis, out: &mut Vec<Action>, r: Range<usize>, agreed_only: bool) {
    let text = &a.norm.text[r.clone()];
    // "KD – produce a breakdown for the March board": the initials own the task.
    if let Some((initials, _)) = owners_initials(text).filter(|_| agreed_only) {
        out.push(Action {
            text: text.to_string(),
            kind: ActionKind::Action,
            owner: Some(initials.to_string()),
            due: due_in(text),
            span: a.span(r),
        });
        return;
    }
    match agreed_only.then(|| action_in(a, r.clone(), true)).flatten() {
        // The entry opens with who acts, as a resolution's does; else the one it asks
        // to act does ("ask the ICB to present a plan").
        Some(action) => out.push(Action {
            owner: owner_of(&a.norm.text[r]).or(action.owner),
            ..action
        }),
        None => push_decisions(a, out, r),
    }
}

/// Who acts in a resolution or action line such as "Officers develop a plan".
fn owner_of(text: &str) -> Option<String> {
    OWNER_SUBJECT
        .captures(text)
        .filter(|c| {
            !NOTING.contains(&&c["verb"])
                && !RECEIVES.is_match(&text[c.get(0).map_or(0, |m| m.end())..])
        })
        // "The Panel AGREED to recommend": a verb in capitals is not part of the name.
        .map(|c| {
            // (An initialism is part of a name: "Police and YJS to review".)
            let is_shouted = |w: &&str| {
                w.len() > 3 && w.ends_with("ED") && w.bytes().all(|b| b.is_ascii_uppercase())
            };
            let name: Vec<&str> = c["owner"]
                .split(' ')
                .take_while(|w| !is_shouted(w))
                .collect();
            name.join(" ")
        })
        .filter(|o| !o.is_empty())
        .filter(|o| !matches!(o.to_ascii_lowercase().as_str(), "the report" | "a report"))
        // "3. Agrees to add reablement to its work programme": the verb of a resolution
        // list whose body was named in its lead-in, not someone who acts.
        .filter(|o| o.contains(' ') || !DECIDES.is_match(&o.to_ascii_lowercase()))
}

/// Who an action line names first: "Head of Housing to report back ...", or a post in
/// lower case, "Police representative to share ...".
fn line_owner(line: &str) -> Option<String> {
    owner_of(line).or_else(|| LISTED_OWNER.captures(line).map(|c| c["owner"].to_string()))
}

/// The rows of each action log table: one action per row not marked done, with the
/// owner and date from their own columns.
fn action_logs(a: &Analysis, out: &mut Vec<Action>, taken: &mut [bool]) {
    let text = &a.norm.text;
    let blocks = &a.seg.blocks;
    let is_row = |b: usize| text[blocks[b].range.clone()].contains('\t');
    let mut b = 0;
    while b < blocks.len() {
        let Some(log) = is_row(b)
            .then(|| crate::tables::action_log(&text[blocks[b].range.clone()]))
            .flatten()
        else {
            b += 1;
            continue;
        };
        taken[b] = true;
        let mut n = b + 1;
        while n < blocks.len() && blocks[n].item == blocks[b].item && is_row(n) {
            taken[n] = true;
            let row = blocks[n].range.clone();
            let mut cells: Vec<Range<usize>> = Vec::new();
            let mut at = row.start;
            for cell in text[row.clone()].split('\t') {
                let lead = cell.len() - cell.trim_start().len();
                cells.push(at + lead..at + cell.trim_end().len());
                at += cell.len() + 1;
            }
            let cell = |i: Option<usize>| {
                i.and_then(|i| cells.get(i))
                    .map(|r| &text[r.clone()])
                    .filter(|c| !c.is_empty())
            };
            let done = cell(log.status).is_some_and(crate::tables::is_done);
            if let Some(what) = cells.get(log.action).filter(|r| !r.is_empty() && !done) {
                out.push(Action {
                    text: text[what.clone()].to_string(),
                    kind: ActionKind::Action,
                    owner: cell(log.owner).map(str::to_string),
                    due: cell(log.due).map(str::to_string),
                    span: a.span(what.clone()),
                });
            }
            n += 1;
        }
        b = n;
    }
}

/// A heading that opens a list of actions: "Actions:", "Action points", "ACTIONS AGREED".
static ACTIONS_HEADING: LazyLock<crate::pattern::Anchored> = LazyLock::new(|| {
    crate::pattern::Anchored::new(
        r"(?i)^(?:agreed\s+)?actions?(?:\s+(?:agreed|arising|points|log|list))?\s*:?\s*$",
    )
});

/// A line of such a list that names its owner and then, after a dash or colon, the
/// task: "DO – deep dive into reoffending for the January Board".
static OWNER_THEN_TASK: LazyLock<crate::pattern::Anchored> = LazyLock::new(|| {
    crate::pattern::Anchored::new(
        r"^(?P<owner>[A-Z][\w&'./]*(?:(?:\s*/\s*|\s+(?:and\s+|&\s+|of\s+(?:the\s+)?|for\s+(?:the\s+)?)?)[A-Z][\w&'./]*){0,3})\s*[-\u{2013}\u{2014}:]\s+\S",
    )
});

/// The entries of a list under an actions heading ("Agreed actions:", then numbered or
/// bulleted entries, or lines that name their owner before a dash): one action each,
/// whatever its wording, as a decision list gives one decision per entry. The list
/// ends at the first line that is none of these nor names its owner ("AM to share").
fn action_list(a: &Analysis, out: &mut Vec<Action>, taken: &mut [bool]) {
    let text = &a.norm.text;
    let blocks = &a.seg.blocks;
    for h in 0..blocks.len() {
        // The heading is a short line of its own ("Agreed actions:").
        let heading = &text[blocks[h].range.clone()];
        if taken[h] || heading.len() > 24 || !ACTIONS_HEADING.is_match(heading) {
            continue;
        }
        let mut n = h + 1;
        while n < blocks.len() && blocks[n].item == blocks[h].item && !taken[n] {
            let r = blocks[n].range.clone();
            let line = &text[r.clone()];
            let initials = OWNER_THEN_TASK.captures(line);
            // ("AM to share the figures" between two "JT – ..." lines is an entry too.)
            let owned = || line.len() < 300 && line_owner(line).is_some();
            // ("4. Date of next meeting: ..." numbered after the list ends it.)
            if initials.is_none() && blocks[n].marker.is_none() && !owned()
                || NEXT_MEETING.is_match(&a.norm.lower[r.clone()])
            {
                break;
            }
            taken[n] = true;
            // "Actions: - The Committee noted the update": what was noted is decided.
            if NOTED_BY_BODY.is_match(line) {
                out.push(decision(a, r));
                n += 1;
                continue;
            }
            let owner = initials
                .map(|c| c["owner"].to_string())
                .or_else(|| line_owner(line));
            out.push(Action {
                text: line.to_string(),
                kind: ActionKind::Action,
                owner,
                due: due_in(line),
                span: a.span(r),
            });
            n += 1;
        }
    }
}

/// One decision per entry of a list written inline ("That the Panel (1) note the
/// report; (2) request a plan; and (3) ask officers to report"), else one.
fn push_decisions(a: &Analysis, out: &mut Vec<Action>, r: Range<usize>) {
    let text = &a.norm.text[r.clone()];
    let entries = inline_entries(text);
    if entries.len() < 2 {
        out.push(decision(a, r));
        return;
    }
    for e in entries {
        out.push(decision(a, r.start + e.start..r.start + e.end));
    }
}

/// The entries of a list numbered inline, "(1) ... (2) ..." or "(a) ... (b) ...", when
/// their markers run in sequence from the first; each without its marker and the
/// "; and" that joins it to the next.
fn inline_entries(text: &str) -> Vec<Range<usize>> {
    const SEQUENCES: [&[&str]; 3] = [
        &[
            "(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)", "(9)",
        ],
        &["(a)", "(b)", "(c)", "(d)", "(e)", "(f)", "(g)", "(h)"],
        &[
            "(i)", "(ii)", "(iii)", "(iv)", "(v)", "(vi)", "(vii)", "(viii)",
        ],
    ];
    let Some(seq) = SEQUENCES.iter().find(|s| text.contains(s[0])) else {
        return Vec::new();
    };
    let mut starts = Vec::new();
    let mut from = 0;
    for marker in seq.iter() {
        match text[from..].find(marker) {
            Some(k) => {
                starts.push((from + k, from + k + marker.len()));
                from += k + marker.len();
            }
            None => break,
        }
    }
    let ends = starts.iter().skip(1).map(|s| s.0).chain([text.len()]);
    let entries: Vec<Range<usize>> = starts
        .iter()
        .zip(ends)
        .map(|(&(_, body), end)| {
            let piece = &text[body..end];
            let lead = piece.len() - piece.trim_start().len();
            let kept = piece
                .trim_end()
                .trim_end_matches(" and")
                .trim_end_matches([';', ',', ' ']);
            body + lead..body + kept.len().max(lead)
        })
        .collect();
    // "That recommendations (a) and (b) be approved" names entries, it lists none.
    let listed = entries
        .iter()
        .all(|e| text[e.clone()].split_whitespace().count() >= 2);
    if listed {
        entries
    } else {
        Vec::new()
    }
}

fn decision(a: &Analysis, r: Range<usize>) -> Action {
    let text = &a.norm.text[r.clone()];
    // "(ii) asked the Director to provide a workforce strategy": the one asked acts.
    let owner = owner_of(text)
        .or_else(|| ASKED_TO.captures(text).map(|c| c["who"].to_string()))
        .or_else(|| BE_ASKED_TO.captures(text).map(|c| c["who"].to_string()))
        .or_else(|| {
            AGREED_WHO_WOULD
                .captures(text)
                .map(|c| c["who"].to_string())
        })
        .or_else(|| requested_party(text));
    Action {
        text: text.to_string(),
        kind: ActionKind::Decision,
        owner,
        due: due_in(text),
        span: a.span(r),
    }
}

/// The action in a sentence, if any; `has_word` says whether it holds a gate word.
fn action_in(a: &Analysis, r: Range<usize>, has_word: bool) -> Option<Action> {
    let lower = &a.norm.lower[r.clone()];
    // "A: Cllr Hart said she would write to the Forum": an answer's label is no owner;
    // the answer is read after it, and the action covers both.
    if let Some(label) = ["a: ", "answer: ", "response: ", "reply: "]
        .iter()
        .find(|l| lower.starts_with(*l))
    {
        let answer = r.start + label.len()..r.end;
        return action_in(a, answer, has_word).map(|action| Action {
            text: a.norm.text[r.clone()].to_string(),
            span: a.span(r),
            ..action
        });
    }
    let may_hold_cue = has_word && ANY_CUE.is_match(lower);
    // The anchored cues are short ("Officers to circulate", at most some 70 bytes): a
    // gate may look at the sentence's opening only, the rows then read it whole.
    let opening = crate::pattern::window_after(lower, 0, 96);
    let may_open_with_cue = || {
        OPENING_WORDS
            .iter()
            .any(|w| w.find(opening.as_bytes()).is_some())
            && ANY_CUE_AT_START.is_match(opening)
    };
    if !may_hold_cue && !may_open_with_cue() {
        return None;
    }
    // "The next meeting will be held on 15 January": when the body meets, not a task.
    if NEXT_MEETING.is_match(lower) {
        return None;
    }
    let text = &a.norm.text[r.clone()];
    // "The Committee RESOLVED to note the report": a decision inside a sentence. So is
    // "5.6 AGREED that the Panel be kept informed", in the form of a resolution ("be
    // kept"), where "AGREED that a report would be brought" tells what is to be done.
    let agreed_resolution = || {
        AGREED_IN_CAPITALS.captures(text).is_some_and(|c| {
            c.name("be")
                .is_some_and(|be| !MODAL_BEFORE_BE.is_match(&text[..be.start()]))
        })
    };
    if RESOLVED_IN_SENTENCE.is_match(text) || agreed_resolution() {
        return Some(decision(a, r));
    }
    // "Cllr Doyle asked what was being done to bring units back into use": a member's
    // question, not a request that anyone act ("asked whether a briefing could be
    // provided" may be one).
    let asked_a_question = |cue: &str| {
        cue.match_indices("asked ").any(|(k, _)| {
            (k == 0 || cue.as_bytes()[k - 1] == b' ')
                && matches!(
                    cue[k + 6..].split(' ').next(),
                    Some("what" | "how" | "why" | "where" | "who" | "which")
                )
        })
    };
    let (cue, m) = CUES.iter().find_map(|(cue, re)| {
        re.find(lower)
            .filter(|m| !asked_a_question(m.as_str()))
            .map(|m| (*cue, m))
    })?;
    let before = &text[..m.start()];
    let after = &text[m.end()..];
    // "The Council is committed to reviewing ...": a stance, where "the Director
    // committed to presenting ..." is a promise.
    if lower[m.start()..].starts_with("committed") && COMMITTED_STANCE.is_match(&lower[..m.start()])
    {
        return None;
    }

    if after.trim().is_empty() && before.trim().is_empty() {
        return None; // "ACTIONS:" heading a list: its lines are the actions
    }
    // "Cllr Price asked the Designated Nurse to look into ...": whatever the cue, the one
    // asked acts.
    // "JW to invite the Designated Nurse to December Board": the one who is to ask acts.
    let asked = ASKED_TO
        .captures(text)
        .filter(|c| {
            !text[..c.get(0).map_or(0, |m| m.start())]
                .trim_end()
                .ends_with(" to")
        })
        .map(|c| c["who"].to_string());
    let owner = asked.or_else(|| match cue {
        // "ACTION: Head of Housing to report back ...": the owner follows the label.
        Cue::Agent if m.start() == 0 && lower.starts_with("action") => {
            line_owner(after.trim_start())
        }
        // "The Head of Performance agreed to ...", "... that the Virtual School would present".
        Cue::Agent => apposed_owner(before)
            .or_else(|| {
                CLAUSE_SUBJECT
                    .captures(before)
                    .map(|c| c["subj"].to_string())
            })
            .or_else(|| subject_of(before))
            // "The Programme Manager confirmed that ... and undertook to provide ...",
            // "The Head of Service explained ... and said she would bring ...".
            .or_else(|| {
                let b = before.trim_end();
                (b.ends_with(" and") || SPEAKER_PRONOUN.is_match(b))
                    .then(|| opening_speaker(before))
                    .flatten()
            }),
        // "Councillor Patel suggested that the Board should visit a home": the one who
        // suggests it does not do it.
        Cue::Passive if lower[m.start()..].starts_with("suggested") => None,
        // "The Panel agreed that the Virtual School Head should provide a briefing": the
        // one named after "agreed that" acts, unless something is to be done to it.
        Cue::Passive if agreed_subject(&text[m.start()..]).is_some() => {
            agreed_subject(&text[m.start()..])
        }
        Cue::Passive => AGENT_AFTER
            .captures(after)
            .map(|c| c["agent"].trim().to_string())
            // "would be recruited by February 2027": a time, not who acts.
            .filter(|agent| !due_in(text).is_some_and(|due| due.ends_with(agent.as_str())))
            .or_else(|| {
                AGENT_BEFORE
                    .captures(before)
                    .map(|c| c["agent"].to_string())
            })
            // "..., and it was agreed that a meeting would be held": no one is named.
            .or_else(|| subject_of(before).filter(|s| !is_body(s) && !IMPERSONAL.is_match(before)))
            // "The Head of SEND said an improvement plan would be brought": the one who
            // says it will be done, unless a body agreed it in a clause of its own ("...,
            // and the Board agreed that this should be escalated").
            .or_else(|| {
                let clause = before.trim_end().rsplit([',', ';']).next().unwrap_or("");
                let clause = clause.trim_start();
                let clause = clause.strip_prefix("and ").unwrap_or(clause).trim();
                if is_body(clause) {
                    return None;
                }
                opening_speaker(text).filter(|s| !is_body(s))
            }),
        Cue::Listed => line_owner(text),
        // "Members requested that officers circulate the data": those asked act.
        Cue::Request => requested_party(text),
        // "Service Manager to provide a breakdown ... at the next meeting": an action
        // line names its owner first, whatever cue it also holds.
        Cue::Meeting => is_listed_task(lower).then(|| owner_of(text)).flatten(),
    });
    // "The Board agreed to receive quarterly updates": the body that only receives
    // owns nothing.
    let owner = owner.filter(|_| !lower[m.start()..].starts_with("agreed to receive"));
    Some(Action {
        text: text.to_string(),
        kind: ActionKind::Action,
        owner,
        due: due_in(text),
        span: a.span(r),
    })
}

/// The owner named twice over, a person and a post: "Mr Tom Hughes, Service Manager,"
/// or "The ICB representative, Tom Fairley,". The person's name is the owner.
fn apposed_owner(before: &str) -> Option<String> {
    let b = before.trim_end().strip_suffix(',')?;
    let (head, apposed) = b.rsplit_once(", ")?;
    let head = head.rsplit([',', ';']).next()?.trim();
    let head = head.strip_prefix("that ").unwrap_or(head).trim();
    let words = |s: &str| s.split_whitespace().count();
    let is_name = |s: &str| {
        let first = s.split_whitespace().next().unwrap_or("");
        crate::vocab::TITLES.contains(&first.trim_end_matches('.'))
            || (2..=3).contains(&words(s))
                && s.split_whitespace()
                    .all(|w| w.starts_with(|c: char| c.is_uppercase()))
                && first != "The"
    };
    let is_post =
        |s: &str| s.starts_with(|c: char| c.is_uppercase()) && (1..=6).contains(&words(s));
    if !is_post(head) || !is_post(apposed) {
        return None;
    }
    Some(
        if is_name(apposed) && !is_name(head) {
            apposed
        } else {
            head
        }
        .to_string(),
    )
}

/// The person who opens the sentence, if it opens with one.
fn subject_of(before: &str) -> Option<String> {
    let c = SENTENCE_SUBJECT.captures(before)?;
    let name = c["name"].to_string();
    let first = name.split_whitespace().next().unwrap_or("");
    if NOT_PEOPLE.contains(&first) {
        return None;
    }
    let clause_subject = before
        .trim_end()
        .rsplit([',', ';'])
        .next()
        .unwrap_or("")
        .trim();
    if clause_subject.split_whitespace().count() > 1
        && !clause_subject.starts_with(&name)
        && !before.starts_with(&name)
    {
        return None;
    }
    Some(name)
}

/// The person or post that opens a sentence by reporting ("The Programme Manager confirmed").
fn opening_speaker(sentence: &str) -> Option<String> {
    OPENING_SPEAKER
        .captures(sentence)
        .map(|c| c["subj"].to_string())
}

/// Who a request asks to act: "Members requested that officers circulate the data".
/// Not a body that only receives, nor a possessive ("asked that the Board's thanks be
/// passed to the team" names no one who acts).
fn requested_party(text: &str) -> Option<String> {
    REQUESTED_THAT
        .captures(text)
        .map(|c| c["who"].to_string())
        .filter(|w| !is_body(w) && !w.ends_with("'s"))
}

fn is_body(s: &str) -> bool {
    let l = s.to_ascii_lowercase();
    [
        "board",
        "panel",
        "committee",
        "members",
        "council",
        "cabinet",
    ]
    .iter()
    .any(|b| l.ends_with(b))
}

fn due_in(text: &str) -> Option<String> {
    let in_words = ANY_DUE
        .is_match(text)
        .then(|| DUE_PATTERNS.iter().find_map(|re| re.find(text)))
        .flatten()
        .map(|m| m.as_str().trim().to_string());
    // "Police to provide a recovery plan - 31/10/25 - Det Supt": an action line's date
    // set off by a dash, as a log's date column.
    in_words
        .or_else(|| {
            text.split(" - ")
                .skip(1)
                .map(|cell| cell.trim().trim_end_matches(['.', ';']))
                .find(|cell| DATE_CELL.is_match(cell))
                .map(str::to_string)
        })
        // "AD CSC - circulate the recovery plan to Board members (2 December)": a date
        // in the bracket that closes an action line.
        .or_else(|| {
            let inner = text
                .trim_end()
                .trim_end_matches(['.', ';'])
                .strip_suffix(')')?;
            let date = &inner[inner.rfind('(')? + 1..];
            DATE_CELL
                .is_match(date.trim())
                .then(|| date.trim().to_string())
        })
}

/// A date alone: "31/10/25", "January 2026", "5 December 2025".
static DATE_CELL: LazyLock<crate::pattern::Anchored> = LazyLock::new(|| {
    crate::pattern::Anchored::new(
        r"(?i)^(?:\d{1,2}/\d{1,2}/\d{2,4}|(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?(?:\s+\d{4})?)$",
    )
});

#[cfg(test)]
mod tests {
    #[test]
    fn every_cue_holds_a_gate_word() {
        for (anchored, row) in [(false, "words"), (true, "opening")] {
            let words = super::gate_words(row);
            assert!(!words.is_empty());
            for alt in super::cue_alternatives().filter(|p| p.starts_with('^') == anchored) {
                assert!(
                    crate::vocab::always_holds_one_of(alt, &words),
                    "action cue {alt:?} holds none of the words in the `{row}` row"
                );
            }
        }
    }

    use crate::analyse;
    use crate::report::ActionKind;

    fn actions(t: &str) -> Vec<(ActionKind, Option<String>, Option<String>)> {
        analyse(t)
            .actions
            .into_iter()
            .map(|a| (a.kind, a.owner, a.due))
            .collect()
    }

    #[test]
    fn a_body_named_without_its_article_opens_a_list_of_what_it_agreed() {
        let a = actions("Committee agreed to:\n\u{2022} receive a further update in six months;\n\u{2022} ask the ICB to report on its programme.\n");
        assert_eq!(
            a,
            [
                (
                    ActionKind::Decision,
                    None,
                    Some("in six months".to_string())
                ),
                (ActionKind::Action, Some("the ICB".to_string()), None)
            ]
        );
    }

    #[test]
    fn work_to_be_modelled_or_assessed_after_the_meeting_is_an_action() {
        let a = actions("Agreed: officers would model the effect of removing Band D and report back in the new year.");
        assert_eq!(
            a,
            [(
                ActionKind::Action,
                Some("officers".to_string()),
                Some("in the new year".to_string())
            )]
        );
        // A cost is no work to be done.
        assert!(actions("Members noted that the scheme would cost £2m.").is_empty());
    }

    #[test]
    fn the_date_of_the_next_meeting_is_no_action_even_under_actions() {
        let a = actions("3. Actions\nKW to circulate the dashboard.\n\n4. Date of next meeting: 14 December 2026 at 2pm.\n");
        assert_eq!(a, [(ActionKind::Action, Some("KW".to_string()), None)]);
    }

    #[test]
    fn owners_after_an_answers_label_joined_by_a_slash_or_ending_in_lower_case() {
        for (t, owner) in [
            // An answer's label is no owner.
            (
                "Q: Can the exemption be extended?\nA: Cllr Hart said she would write to the Forum with the answer by Christmas.\n",
                "Cllr Hart",
            ),
            ("ACTION: LM / TR to review allocation capacity by end of November.", "LM / TR"),
            (
                "Agreed\n\u{b7} The Drug-Related Deaths panel to share learning from the reviews.\n",
                "The Drug-Related Deaths panel",
            ),
        ] {
            assert_eq!(actions(t)[0].1.as_deref(), Some(owner), "{t}");
        }
    }

    #[test]
    fn an_actions_heading_alone_is_not_an_action() {
        let a = actions("ACTIONS:\n1. Democratic Services to circulate the report to Members.");
        assert_eq!(a.len(), 1);
        assert_eq!(a[0].1.as_deref(), Some("Democratic Services"));
    }

    #[test]
    fn initials_open_an_action_line_with_a_dated_deadline() {
        let a = actions("There were 14 children in unregistered provision. LT to circulate the sufficiency plan by 28 February 2026.");
        assert_eq!(a.len(), 1);
        assert_eq!(a[0].0, ActionKind::Action);
        assert_eq!(a[0].1.as_deref(), Some("LT"));
        assert_eq!(a[0].2.as_deref(), Some("by 28 February 2026"));
        assert_eq!(
            actions("Officers to confirm the figures before 03/04/2026.")[0]
                .2
                .as_deref(),
            Some("before 03/04/2026")
        );
    }

    #[test]
    fn an_action_list_runs_on_past_a_line_naming_its_owner_in_words() {
        let a = actions("Actions\nJT \u{2013} joint knife crime deep dive for Feb board\nDr Lee to escalate the CAMHS vacancy to ICB commissioners\nHB \u{2013} ETE data for over-16s by school/college, next meeting");
        let owners: Vec<Option<&str>> = a.iter().map(|a| a.1.as_deref()).collect();
        assert_eq!(owners, [Some("JT"), Some("Dr Lee"), Some("HB")], "{a:?}");
    }

    #[test]
    fn partners_of_a_named_service_are_owners_of_an_agreed_task() {
        let a = actions("AGREED:\n1. The Head of Youth Justice to bring an analysis of remands to the March Board.\n2. Education partners to nominate a lead for ETE at the end of orders.");
        assert_eq!(a.len(), 2, "{a:?}");
        assert_eq!(a[1].0, ActionKind::Action);
        assert_eq!(a[1].1.as_deref(), Some("Education partners"));
    }

    #[test]
    fn a_resolution_agreeing_who_would_act_names_them() {
        let a = actions("Resolved: The Board noted the report and agreed that the Chief Operating Officer would bring a recovery trajectory to the December Board.");
        assert_eq!(a.len(), 1, "{a:?}");
        assert_eq!(a[0].1.as_deref(), Some("the Chief Operating Officer"));
    }

    #[test]
    fn a_body_alone_over_a_list_of_what_it_did_makes_decisions() {
        let t = "The Committee:\na) noted the report;\nb) requested that the Head of Revenues provide a breakdown by ward; and\nc) agreed to receive a further update in six months' time.";
        let a = actions(t);
        assert_eq!(a.len(), 3, "{a:?}");
        assert!(a.iter().all(|x| x.0 == ActionKind::Decision));
        assert_eq!(a[1].1.as_deref(), Some("the Head of Revenues"));
        // A body over a list of what others reported is no list of decisions.
        let t = "The Committee:\na) heard that 412 claims were waiting;\nb) heard from the Head of Revenues.";
        assert!(actions(t).is_empty());
    }

    #[test]
    fn a_body_resolving_to_a_bulleted_list_makes_one_decision_per_bullet() {
        let t = "The Panel RESOLVED to:\n•   note the annual report;\n•   ask the Director to write to the Department; and\n•   receive a report on suspensions at its meeting on 10 November 2025.";
        let a = actions(t);
        assert_eq!(a.len(), 3, "{a:?}");
        assert!(a.iter().all(|x| x.0 == ActionKind::Decision));
        assert_eq!(
            a[2].2.as_deref(),
            Some("at its meeting on 10 November 2025")
        );
    }

    #[test]
    fn a_body_agreeing_to_a_numbered_list_makes_one_decision_per_entry() {
        let t = "Officers said demand had risen.\n\nThe Panel AGREED:\n1. To note the report.\n2. To request a briefing note on waiting times.";
        let a = actions(t);
        assert_eq!(a.len(), 2, "{a:?}");
        assert!(a.iter().all(|x| x.0 == ActionKind::Decision));
    }

    #[test]
    fn asking_for_something_to_be_shared_is_a_request() {
        let a = actions("Councillor Ward asked for the learning from upheld complaints to be shared with the Committee.");
        assert_eq!(a.len(), 1, "{a:?}");
        assert_eq!((a[0].0, a[0].1.as_deref()), (ActionKind::Action, None));
        assert!(actions("Councillor Ward asked for clarity on the figures.").is_empty());
        let a = actions("Members asked for an analysis of police contacts by source.");
        assert_eq!(a.len(), 1, "{a:?}");
    }

    #[test]
    fn a_named_meeting_of_a_month_and_a_weekday_are_due_dates() {
        let a = actions("Agency Decision Maker to report on the timeliness of panel minutes at the next business meeting.");
        assert_eq!(a[0].2.as_deref(), Some("at the next business meeting"));
        let a = actions("The Police representative undertook to share the local knife crime data.");
        assert_eq!(a[0].1.as_deref(), Some("The Police representative"));
        let a = actions("The ADM asked the Team Manager to present a recruitment plan at the December business meeting. The Panel Adviser will circulate the updated Handbook by Friday.");
        let dues: Vec<Option<&str>> = a.iter().map(|x| x.2.as_deref()).collect();
        assert_eq!(
            dues,
            [Some("at the December business meeting"), Some("by Friday")]
        );
        let a = actions("RESOLVED: That a further update be provided in six months.");
        assert_eq!(a[0].2.as_deref(), Some("in six months"));
        // Dates written short in notes.
        let a = actions("Action: Housing Options to agree a plan for each of the 9 - by 31/10.");
        assert_eq!(a[0].2.as_deref(), Some("by 31/10"));
        let a = actions(
            "LE confirmed the local offer leaflet will be updated and reissued by end of Dec.",
        );
        assert_eq!(a[0].2.as_deref(), Some("by end of Dec"));
    }

    #[test]
    fn action_list_lines_give_their_owner_and_a_date_set_off_by_a_dash() {
        let t = "Actions\n· Police to provide recovery plan for referral backlog - 31/10/25 - Det Supt\n· Business Unit to commission an audit of repeat plans - January 2026\n· Dashboard to be updated to include neglect indicators - next meeting";
        let a = actions(t);
        assert_eq!(a.len(), 3, "{a:?}");
        assert!(a.iter().all(|x| x.0 == ActionKind::Action));
        let dues: Vec<Option<&str>> = a.iter().map(|x| x.2.as_deref()).collect();
        assert_eq!(
            dues,
            [Some("31/10/25"), Some("January 2026"), Some("next meeting")]
        );
        assert_eq!(a[1].1.as_deref(), Some("Business Unit"));
    }

    #[test]
    fn who_will_do_what_in_a_list_agreed_without_resolving_is_an_action() {
        let t = "The Board agreed that:\n•\tthe Director will submit a workforce plan by 5 December 2025;\n•\tthe report be noted.";
        let a = actions(t);
        assert_eq!(a.len(), 2, "{a:?}");
        assert_eq!(a[0].0, ActionKind::Action);
        assert_eq!(a[0].1.as_deref(), Some("the Director"));
        assert_eq!(a[1].0, ActionKind::Decision);
        // An entry opening on initials and a dash names who acts.
        let a = actions("Agreed:\n• KD – produce a breakdown by reason for the March board\n• the report be noted.");
        assert_eq!(a[0].0, ActionKind::Action, "{a:?}");
        assert_eq!(a[0].1.as_deref(), Some("KD"));
        assert_eq!(a[1].0, ActionKind::Decision);
        // Resolved, the same entry is a decision.
        let a = actions(&t.replace("The Board agreed that:", "RESOLVED that:"));
        assert!(a.iter().all(|x| x.0 == ActionKind::Decision), "{a:?}");
    }

    #[test]
    fn an_inline_label_takes_its_own_sentence_and_leaves_the_next() {
        let t = "Agreed: the VSH will bring an analysis to the next meeting. The Head of Service will write to the schools by 1 March.";
        let a = actions(t);
        assert_eq!(a.len(), 2, "{a:?}");
        assert_eq!(a[0].1.as_deref(), Some("the VSH"));
        assert_eq!(a[1].1.as_deref(), Some("The Head of Service"));
        // Entries numbered inline stay entries of the label.
        let t = "RESOLVED: (i) That the report be noted. (ii) That the Committee write to the ICB.";
        assert_eq!(actions(t).len(), 2);
    }

    #[test]
    fn a_lead_in_after_the_decision_label_is_no_decision() {
        let a = actions("Decision:\nThe Board:\n(i) noted the summary;\n(ii) requested a report on waiting times at its January meeting.");
        assert_eq!(a.len(), 2, "{a:?}");
        let a = actions("It was AGREED that:\na) the report be noted;\nb) officers provide a breakdown by ward.");
        assert_eq!(a.len(), 2, "{a:?}");
        assert!(a.iter().all(|x| x.0 == ActionKind::Decision));
        assert_eq!(a[1].1.as_deref(), Some("officers"));
    }

    #[test]
    fn a_body_noting_a_report_is_a_decision() {
        let a = actions("The Board approved the return for submission to NHS England.");
        assert_eq!(a[0].0, ActionKind::Decision);
        let a = actions("Decision: Sufficiency of placements for children looked after\n\nThe Cabinet Member considered a report.\n\nDecision:\nThe Cabinet Member approved the proposal.\n");
        assert_eq!(a.len(), 1, "{a:?}");
        let a = actions("Actions:\n-  The Committee noted the update.");
        assert_eq!(a.len(), 1, "{a:?}");
        assert_eq!(a[0].0, ActionKind::Decision);
        assert!(actions("The Committee noted the concerns of residents about parking.").is_empty());
    }

    #[test]
    fn she_is_the_post_that_spoke_before() {
        let a = actions("The Head of Safeguarding explained that an audit had been done. She would share the findings with the Committee.");
        assert_eq!(a.len(), 1);
        assert_eq!(a[0].1.as_deref(), Some("The Head of Safeguarding"));
        // The speaker may open a later clause of the sentence before.
        let a = actions("In answer to a question from Councillor Osei, the Director said that recruitment remained difficult. She undertook to circulate the survey results.");
        assert_eq!(a.len(), 1);
        assert_eq!(a[0].1.as_deref(), Some("the Director"));
    }

    #[test]
    fn the_subject_of_the_clause_owns_what_it_undertook() {
        let a = actions("The ICB representative, Tom Fairley, undertook to provide a breakdown of the waiting list.");
        assert_eq!(a[0].1.as_deref(), Some("Tom Fairley"));
        let a = actions("Mr Tom Hughes, Service Manager, offered to circulate the strategy.");
        assert_eq!(a[0].1.as_deref(), Some("Mr Tom Hughes"));
        let a = actions("Dr Mehta said that clinics had been set up and that the ICB had agreed to fund a co-ordinator for 12 months.");
        assert_eq!(a[0].1.as_deref(), Some("the ICB"));
        let a = actions(
            "ACTION: Police representative to share the problem profile with Board members.",
        );
        assert_eq!(a[0].1.as_deref(), Some("Police representative"));
    }

    #[test]
    fn she_who_opened_the_sentence_acts_later_in_it() {
        let a = actions("The Head of Service explained that a lack of apprenticeships had had an impact, and said she would bring a plan to the October meeting.");
        assert_eq!(a[0].1.as_deref(), Some("The Head of Service"));
    }

    #[test]
    fn those_a_request_names_own_the_action() {
        let a =
            actions("Members requested that officers circulate the data before the next meeting.");
        assert_eq!(a[0].1.as_deref(), Some("officers"));
        let a =
            actions("The Committee requested that the Cabinet Member attends the next meeting.");
        assert_eq!(a[0].1.as_deref(), Some("the Cabinet Member"));
        let a = actions("The Chair asked that future reports include return home interviews.");
        assert_eq!(a[0].1, None);
    }

    #[test]
    fn those_asked_to_act_own_the_action() {
        let a = actions("The Leader asked all directors to identify further savings before the next monitoring report.");
        assert_eq!(a.len(), 1);
        assert_eq!(a[0].1.as_deref(), Some("all directors"));
        assert_eq!(a[0].2.as_deref(), Some("before the next monitoring report"));
        let a =
            actions("Clerk to add an item on home education to the work programme for the spring.");
        assert_eq!(a[0].1.as_deref(), Some("Clerk"));
        assert_eq!(a[0].2.as_deref(), Some("for the spring"));
    }

    #[test]
    fn each_open_row_of_an_action_log_is_an_action() {
        let t = "Action Log\n\nNo.\tAction\tOwner\tDue\tStatus\n1\tCirculate the terms of reference\tSarah Pike\tMarch 2026\tOpen\n2\tArrange a visit to the new home\tDemocratic Services\tNext meeting\tComplete\n";
        let r = analyse(t);
        assert_eq!(r.actions.len(), 1);
        let a = &r.actions[0];
        assert_eq!(a.text, "Circulate the terms of reference");
        assert_eq!(a.owner.as_deref(), Some("Sarah Pike"));
        assert_eq!(a.due.as_deref(), Some("March 2026"));
        // The row numbers are not figures.
        assert!(r.indicators.is_empty(), "{:?}", r.indicators);
    }

    #[test]
    fn a_weekday_due_date_keeps_the_date_written_after_it() {
        for (text, due) in [
            ("The Scrutiny Officer will circulate the updated work programme by Friday 22 November.", "by Friday 22 November"),
            ("Officers to send the revised figures by Monday, 3rd March 2025.", "by Monday, 3rd March 2025"),
            ("The Clerk agreed to share the notes by Thursday.", "by Thursday"),
        ] {
            let r = analyse(text);
            assert_eq!(r.actions.len(), 1, "{text}");
            assert_eq!(r.actions[0].due.as_deref(), Some(due), "{text}");
        }
    }

    #[test]
    fn an_action_log_written_with_pipes_and_no_outer_ones_is_read_by_its_columns() {
        let t = "ACTIONS\nAction | Owner | By when\nAudit twenty closed cases | Head of Quality Assurance | February 2027\nReview attendance at conferences | DCI Morgan | Next meeting\n";
        let r = analyse(t);
        assert_eq!(r.actions.len(), 2, "{:?}", r.actions);
        let a = &r.actions[1];
        assert_eq!(a.text, "Review attendance at conferences");
        assert_eq!(a.owner.as_deref(), Some("DCI Morgan"));
        assert_eq!(a.due.as_deref(), Some("Next meeting"));
    }

    #[test]
    fn owners_are_the_ones_who_are_to_act() {
        for (text, owner) in [
            ("Members noted the waiting list. Agreed: the Head of Early Help to circulate the waiting list data to all members.", Some("the Head of Early Help")),
            ("The Programme Manager confirmed that £1.6m was committed and undertook to provide a breakdown to members.", Some("The Programme Manager")),
            ("Councillor Price asked the Designated Nurse to look into whether more sessions could be commissioned.", Some("the Designated Nurse")),
            ("Members were concerned and asked the Head of Asset Management to bring an improvement plan to the next meeting.", Some("the Head of Asset Management")),
            // A resolution in capitals asks as one in lower case does.
            ("The Committee RESOLVED to note the report and ASKED the Licensing Manager to circulate the enforcement plan.", Some("the Licensing Manager")),
            // An action line after a dash: its status, then its task.
            ("Action 5 remains outstanding \u{2013} the Service Manager to chase the CCG for the health data.", Some("the Service Manager")),
            // "are to" sets the task as "to" does.
            ("Officers are to provide a briefing note on the new fostering allowances by 28 February.", Some("Officers")),
            ("The Service Manager is to chase the health data before the next meeting.", Some("The Service Manager")),
            // A body that only receives is no owner.
            ("Members asked for a breakdown to be brought to the next meeting.", None),
        ] {
            let a = actions(text);
            assert_eq!(a.len(), 1, "{text}");
            assert_eq!(a[0].1.as_deref(), owner, "{text}");
        }
    }

    #[test]
    fn an_adverb_before_the_verb_keeps_the_owner() {
        let t = "The Board AGREED:\n1. To note the report.\n2. That the ICB and Public Health jointly develop an improvement plan for the next meeting.";
        let a = actions(t);
        assert_eq!(a.len(), 2);
        assert_eq!(a[1].1.as_deref(), Some("the ICB and Public Health"));
        let a = actions("Decision:\n(1) To approve the uplift.\n(2) To request that the Director of Children's Services reviews the fee scheme and reports back within six months.");
        assert_eq!(
            a[1].1.as_deref(),
            Some("the Director of Children's Services")
        );
        let a = actions("RESOLVED -\n1) To note the report.\n2) That the Designated Nurse and the DCS present a joint plan to the next Panel.");
        assert_eq!(a[1].1.as_deref(), Some("the Designated Nurse and the DCS"));
    }

    #[test]
    fn a_verb_in_capitals_is_not_part_of_the_owner() {
        let a = actions("DECISION:\n(1) The Panel AGREED to recommend to Cabinet that the review team be funded.");
        assert_eq!(a[0].1.as_deref(), Some("The Panel"));
    }

    #[test]
    fn each_numbered_resolution_is_a_decision() {
        let t = "RESOLVED: The Board noted the report and it was agreed that:\n\n1. A report be provided to a future meeting of the Board.\n\n2. A meeting would be held.\n\nSupporting documents:";
        let a = actions(t);
        assert_eq!(a.len(), 3);
        assert!(a.iter().all(|x| x.0 == ActionKind::Decision));
        assert_eq!(a[1].2.as_deref(), Some("to a future meeting"));
    }

    #[test]
    fn resolutions_written_in_other_ways_are_decisions() {
        assert_eq!(
            actions("The Committee recommended to Cabinet that additional funding be allocated to the Edge of Care team.")[0].0,
            ActionKind::Decision
        );
        assert_eq!(
            actions("RESOLVED (unanimously) that the report be noted.")[0].0,
            ActionKind::Decision
        );
        assert_eq!(
            actions("It was RESOLVED that the report be noted.")[0].0,
            ActionKind::Decision
        );
        assert_eq!(
            actions("The Committee resolved to note the report.")[0].0,
            ActionKind::Decision
        );
        assert_eq!(
            actions("It was AGREED that the dashboard be noted.")[0].0,
            ActionKind::Decision
        );
        // What was agreed would be done is an action.
        assert_eq!(
            actions("It was agreed that a meeting would be held in the spring.")[0].0,
            ActionKind::Action
        );
    }

    #[test]
    fn it_was_agreed_in_the_narrative_is_an_action() {
        let a = actions("It was agreed that officers would bring a report on sufficiency to the next meeting of the Board.");
        assert_eq!(a[0].0, ActionKind::Action);
    }

    #[test]
    fn a_motion_agreed_names_who_is_to_act() {
        let t = "Councillor Byrne moved, and it was agreed, that officers bring a report on the options to the March meeting.\n\nIt was proposed by Councillor Cole and agreed that the Chair write to the Minister.";
        let a = actions(t);
        assert_eq!(a.len(), 2, "{a:?}");
        assert_eq!(a[0].1.as_deref(), Some("officers"));
        assert_eq!(a[0].2.as_deref(), Some("to the March meeting"));
        assert_eq!(a[1].1.as_deref(), Some("the Chair"));
        // What was agreed to be so is no task.
        assert!(actions("It was agreed that the figures were encouraging.").is_empty());
        // Nor is what a cost would add; what someone would add to a plan is.
        assert!(actions("Members noted the risk that the pay award would add £0.3m.").is_empty());
        assert_eq!(
            actions("The Director would add this to the risk register.").len(),
            1
        );
    }

    #[test]
    fn typo_in_resolved_still_counts() {
        let t = "RESLOVED:\n\n1.1 That members note the improvements.\n\n1.2 Members scrutinise the performance data.";
        let a = actions(t);
        assert_eq!(a.len(), 2);
        assert_eq!(a[0].1, None);
        assert_eq!(a[1].1.as_deref(), Some("Members"));
    }

    #[test]
    fn offers_and_agreements_are_actions_with_owners() {
        let a = actions("Tom Brailsford advised that ratings change quickly and offered to set up a separate informal session with the Panel.");
        assert_eq!(
            a,
            vec![(ActionKind::Action, Some("Tom Brailsford".into()), None)]
        );
    }

    #[test]
    fn roles_and_bodies_can_own_actions() {
        let a = actions("The Head of Performance agreed to provide a breakdown.");
        assert_eq!(a[0].1.as_deref(), Some("The Head of Performance"));
        let a = actions("It was noted that the Virtual School would present its annual report to the Panel in January.");
        assert_eq!(a[0].1.as_deref(), Some("the Virtual School"));
    }

    #[test]
    fn a_body_that_will_be_updated_is_not_the_owner() {
        let a = actions(
            "The Panel would be updated with changes to the strategy in the coming months.",
        );
        assert_eq!(
            a,
            vec![(
                ActionKind::Action,
                None,
                Some("in the coming months".into())
            )]
        );
    }

    #[test]
    fn an_impersonal_agreement_has_no_owner() {
        let a = actions("In response, Ophelia Rix suggested that advisers would help and it was agreed that a meeting would be held to discuss the approach.");
        assert_eq!(a.len(), 1);
        assert_eq!(a[0].1, None);
        let a = actions("It was suggested that the survey results be broken down by age group.");
        assert_eq!(a.len(), 1);
        let a =
            actions("Councillor Patel suggested that the Board should visit a children's home.");
        assert_eq!(a[0].1, None);
    }

    #[test]
    fn ongoing_work_is_not_an_action() {
        assert!(actions("Work was ongoing with the virtual school to address that.").is_empty());
    }

    #[test]
    fn action_lines_name_their_owner() {
        let a = actions("ACTION: Head of Housing to report back on bed and breakfast use at the September meeting.");
        assert_eq!(
            a,
            vec![(
                ActionKind::Action,
                Some("Head of Housing".into()),
                Some("at the September meeting".into())
            )]
        );
        // "would also": an adverb between the promise and the task.
        let a =
            actions("Officers would also investigate why the audit moderation rate had fallen.");
        assert_eq!(a[0].1.as_deref(), Some("Officers"));
        // A bare "NOTED." is the item's decision.
        let a = actions("The average time to rehouse was 14 months.\nNOTED.");
        assert_eq!(a.len(), 1);
        assert_eq!(a[0].0, ActionKind::Decision);
        // Initials with the post in brackets.
        let a =
            actions("Action: KT (Finance) to confirm the cost of the exemption by end of January.");
        assert_eq!(a[0].1.as_deref(), Some("KT (Finance)"));
    }

    #[test]
    fn action_list_lines_are_actions() {
        let a = actions(
            "Democratic Services to circulate the revised terms of reference by the end of March.",
        );
        assert_eq!(a[0].0, ActionKind::Action);
        assert_eq!(a[0].1.as_deref(), Some("Democratic Services"));
        assert_eq!(a[0].2.as_deref(), Some("by the end of March"));
    }

    #[test]
    fn a_date_in_the_bracket_closing_an_action_line_is_its_due() {
        let a = actions(
            "Actions\nAD CSC - circulate the assessment recovery plan to Board members (2 December)",
        );
        assert_eq!(a[0].2.as_deref(), Some("2 December"));
        // A bracket of anything else dates nothing.
        let a =
            actions("Actions\nAD CSC - circulate the recovery plan to Board members (all of them)");
        assert_eq!(a[0].2, None);
    }

    #[test]
    fn agreed_in_capitals_in_the_form_of_a_resolution_is_a_decision() {
        assert_eq!(
            actions("5.6 AGREED that the Panel be kept informed of progress on the scheme."),
            [(ActionKind::Decision, None, None)]
        );
        assert_eq!(
            actions("AGREED that a report would be brought to the next meeting.")[0].0,
            ActionKind::Action
        );
    }

    #[test]
    fn what_was_agreed_with_a_partner_is_an_action() {
        assert_eq!(
            actions("We have agreed with the ICB that looked after children will be prioritised by two practices.").len(),
            1
        );
        // A list of what was agreed and what will be is no agreement with someone.
        assert!(actions("She said an offer had been agreed with the Council's HR team and that 12 apprenticeships would be available.").is_empty());
    }

    #[test]
    fn the_reasons_for_a_decision_set_no_task() {
        assert!(actions(
            "Reasons for decision: The increase will bring allowances above the national minimum."
        )
        .is_empty());
        assert_eq!(
            actions("Decision notes: The Director will bring a report in March.").len(),
            1
        );
    }

    #[test]
    fn members_of_a_named_body_own_what_they_are_to_do() {
        let a =
            actions("Panel members to complete the annual safeguarding refresher by 31 December.");
        assert_eq!(a[0].1.as_deref(), Some("Panel members"));
        // Those who only receive own nothing.
        let a = actions("Board members would be updated at the next meeting.");
        assert_eq!(a[0].1, None);
    }

    #[test]
    fn a_promise_is_an_action_and_a_stance_is_not() {
        let a = actions("The Head of Service committed to provide an update in March.");
        assert_eq!(a[0].1.as_deref(), Some("The Head of Service"));
        assert_eq!(a[0].2.as_deref(), Some("in March"));
        assert!(actions("The Council is committed to reviewing its policy.").is_empty());
    }

    #[test]
    fn the_one_who_is_to_ask_owns_the_action_not_the_one_asked() {
        let a = actions("Action: JW to invite the Designated Nurse to December Board.");
        assert_eq!(a[0].1.as_deref(), Some("JW"));
        // A member's question is no request.
        assert!(actions(
            "Cllr Doyle asked what was being done to bring empty units back into use."
        )
        .is_empty());
        let a = actions("Cllr Price asked the Designated Nurse to attend the next meeting.");
        assert_eq!(a[0].1.as_deref(), Some("the Designated Nurse"));
    }

    #[test]
    fn an_action_line_names_its_owner_whatever_other_cue_it_holds() {
        assert_eq!(
            actions(
                "Service Manager to provide a breakdown of placements by age at the next meeting."
            ),
            [(
                ActionKind::Action,
                Some("Service Manager".into()),
                Some("at the next meeting".into())
            )]
        );
        assert_eq!(
            actions("Cllr Hussain and Cllr Potts to visit the children's home before Christmas."),
            [(
                ActionKind::Action,
                Some("Cllr Hussain and Cllr Potts".into()),
                Some("before Christmas".into())
            )]
        );
    }

    #[test]
    fn lines_under_an_actions_heading_name_their_owner_before_a_dash() {
        let t = "Actions:\nDO \u{2013} deep dive into reoffending for the January Board\nMJ - provide the list of pupils to the Virtual School by 20 November\nFL: confirm the speech and language offer\n\nThe next meeting is in March.";
        assert_eq!(
            actions(t),
            [
                (
                    ActionKind::Action,
                    Some("DO".into()),
                    Some("for the January Board".into())
                ),
                (
                    ActionKind::Action,
                    Some("MJ".into()),
                    Some("by 20 November".into())
                ),
                (ActionKind::Action, Some("FL".into()), None),
            ]
        );
        // Two owners' initials, the slash spaced or not.
        let t = "Actions:\nPW / SA \u{2013} refresh the needs assessment \u{2013} March 2027\nLC/JO \u{2013} confirm the refuge units\n";
        let owners: Vec<Option<String>> = actions(t).into_iter().map(|a| a.1).collect();
        assert_eq!(owners, [Some("PW / SA".into()), Some("LC/JO".into())]);
        // A label and its figure in a list that no actions heading opens are no actions.
        assert!(actions("Performance:\nCIN - 412 children\nCP - 264 children").is_empty());
    }

    #[test]
    fn a_list_numbered_from_one_under_a_numbered_heading_is_its_list() {
        let t = "4. Children in need\nCIN plans reviewed: 71%.\n\n5. Actions\n1. CP Team Manager \u{2013} audit the late ICPCs \u{2013} 9 Dec\n2. Performance Analyst \u{2013} add visit timeliness to the dashboard \u{2013} next clinic\n3. Head of Service \u{2013} raise chair capacity with the AD \u{2013} this week\n";
        assert_eq!(
            actions(t),
            [
                (
                    ActionKind::Action,
                    Some("CP Team Manager".into()),
                    Some("9 Dec".into())
                ),
                (
                    ActionKind::Action,
                    Some("Performance Analyst".into()),
                    Some("next clinic".into())
                ),
                (
                    ActionKind::Action,
                    Some("Head of Service".into()),
                    Some("this week".into())
                ),
            ]
        );
    }

    #[test]
    fn each_entry_under_an_actions_heading_is_an_action() {
        let t = "Agreed actions:\n1. Police to present a recovery plan to the December Executive.\n2. The Business Manager to re-circulate the GP report template by 31 October 2025.\n3. A multi-agency audit of repeat child protection plans to be completed by the end of January 2026.\n\nThe meeting closed at 4pm.";
        assert_eq!(
            actions(t),
            [
                (
                    ActionKind::Action,
                    Some("Police".into()),
                    Some("to the December Executive".into())
                ),
                (
                    ActionKind::Action,
                    Some("The Business Manager".into()),
                    Some("by 31 October 2025".into())
                ),
                (
                    ActionKind::Action,
                    None,
                    Some("by the end of January 2026".into())
                ),
            ]
        );
    }

    #[test]
    fn the_one_a_decision_asks_to_act_owns_it() {
        let a = actions("Decision:\n\nThe Board:\n\n(i) noted the update;\n\n(ii) asked the Director to provide a workforce strategy to the next meeting.\n");
        assert_eq!(
            a,
            [
                (ActionKind::Decision, None, None),
                (
                    ActionKind::Decision,
                    Some("the Director".into()),
                    Some("to the next meeting".into())
                ),
            ]
        );
    }

    #[test]
    fn the_verbs_of_a_resolution_list_are_no_owners() {
        let a = actions("RESOLVED - That the Committee:\n\n1. Notes the return;\n2. Requests that the Head of Commissioning provides a briefing note; and\n3. Agrees to add reablement capacity to its work programme.\n");
        let owners: Vec<Option<&str>> = a.iter().map(|x| x.1.as_deref()).collect();
        assert_eq!(owners, [None, Some("the Head of Commissioning"), None]);
        let a = actions("Decision:\nThat the Executive Member:\n(a) delegates authority to the Director of Education to make minor amendments; and\n(b) asks officers to report on the impact in 12 months' time.\n");
        let owners: Vec<Option<&str>> = a.iter().map(|x| x.1.as_deref()).collect();
        assert_eq!(
            owners,
            [Some("the Director of Education"), Some("officers")]
        );
        assert!(a.iter().all(|x| x.0 == ActionKind::Decision));
    }

    #[test]
    fn a_post_with_its_service_in_commas_owns_a_resolution_entry() {
        let a = actions("RESOLVED: That\n(a) the scorecard be noted;\n(b) the Service Manager, Children in Care, report back on timeliness by 31 January 2027.\n");
        let owners: Vec<Option<&str>> = a.iter().map(|x| x.1.as_deref()).collect();
        assert_eq!(owners, [None, Some("the Service Manager")]);
    }

    #[test]
    fn a_post_a_resolution_asks_in_the_passive_owns_it() {
        let a = actions("RESOLVED: That the report be noted and the Director of Adult Social Care be asked to present the savings recovery plan to the Committee.");
        assert_eq!(a.len(), 1, "{a:?}");
        assert_eq!(a[0].1.as_deref(), Some("the Director of Adult Social Care"));
        let a = actions("RESOLVED \u{2013}\n(1) That the Director be requested to provide a trajectory to the January meeting.");
        assert_eq!(a[0].1.as_deref(), Some("the Director"));
        let a = actions("RESOLVED: That the Director of Children's Services be authorised to consult on the banding of top-up funding.");
        assert_eq!(
            a[0].1.as_deref(),
            Some("the Director of Children's Services")
        );
    }

    #[test]
    fn an_agreement_inline_in_a_numbered_paragraph_ends_with_it() {
        let t = "2.0 Neglect strategy\n2.3 Only 9 GPs had attended in the year.\n2.4 Agreed: the Designated Nurse will take the GP training figures to the leads meeting in December.\n\n3.0 Multi-agency audit\n3.1 The audit looked at 20 children.\n";
        assert_eq!(
            actions(t),
            [(
                ActionKind::Action,
                Some("the Designated Nurse".into()),
                Some("in December".into())
            )]
        );
        // Recommendations name who is to act, with a service in brackets.
        let t = "3.2 Recommendations: the Head of Safeguarding (Education) to re-issue the CME protocol to all schools by the end of term.";
        assert_eq!(
            actions(t),
            [(
                ActionKind::Action,
                Some("the Head of Safeguarding (Education)".into()),
                Some("by the end of term".into())
            )]
        );
        // A resolution's label with its entries under it still gives each.
        let t = "5.5 RESOLVED that:\n(a) the report be noted;\n(b) the Head of Service bring a plan to the March meeting.\n";
        assert_eq!(actions(t).len(), 2);
    }

    #[test]
    fn who_is_to_promote_or_ask_in_an_agreed_list_owns_an_action() {
        let a = actions("Agreed:\n1. Members to promote the apprenticeship ring-fence in their directorates.\n2. Public Health to ask the provider for waiting times by locality \u{2013} by January.\n");
        assert_eq!(
            a,
            [
                (ActionKind::Action, Some("Members".into()), None),
                (
                    ActionKind::Action,
                    Some("Public Health".into()),
                    Some("by January".into())
                ),
            ]
        );
    }

    #[test]
    fn a_resolution_listing_entries_inline_after_its_label_gives_each() {
        let a = actions("The Board RESOLVED to (i) note the report; (ii) endorse the action plan; and (iii) ask the ICB to report back in six months.");
        assert_eq!(a.len(), 3, "{a:?}");
        assert!(a.iter().all(|x| x.0 == ActionKind::Decision));
        assert_eq!(a[2].2.as_deref(), Some("in six months"));
        assert_eq!(a[2].1.as_deref(), Some("the ICB"));
    }

    #[test]
    fn an_initialism_and_an_adverb_do_not_break_an_action_line() {
        assert_eq!(
            actions("Police and YJS to jointly review the knife crime cases and report back."),
            [(ActionKind::Action, Some("Police and YJS".into()), None)]
        );
    }

    #[test]
    fn an_opening_clause_is_no_owner() {
        let a = actions(
            "To address this, a new structure would be introduced within the assessment teams.",
        );
        assert_eq!(a.len(), 1);
        assert_eq!(a[0].1, None);
    }

    #[test]
    fn an_action_line_after_agreed_on_the_same_line_is_an_action() {
        let a = actions("AGREED: The Complaints Manager to include a breakdown of complaints by service in the annual report.");
        assert_eq!(a.len(), 1);
        assert_eq!(a[0].0, ActionKind::Action);
        assert_eq!(a[0].1.as_deref(), Some("The Complaints Manager"));
    }

    #[test]
    fn she_in_a_list_entry_is_the_speaker_of_its_lead_in() {
        let t = "In response to questions, Ms Achebe advised that:\no\tthe backlog was expected to clear by March;\no\tshe would circulate a breakdown of the figures by year group.";
        let a = actions(t);
        assert_eq!(a.len(), 1);
        assert_eq!(a[0].1.as_deref(), Some("Ms Achebe"));
    }

    #[test]
    fn one_asked_to_attend_a_meeting_owns_the_action() {
        let a = actions("Members said the delays were unacceptable and asked the Designated Doctor to attend the next meeting to explain them.");
        assert_eq!(a.len(), 1);
        assert_eq!(a[0].1.as_deref(), Some("the Designated Doctor"));
    }

    #[test]
    fn a_time_after_by_is_when_not_who() {
        let a = actions("The Director confirmed that two more social workers would be recruited to the Front Door by February 2027.");
        assert_eq!(a.len(), 1);
        // The one who says it will be done, as for "The Head of SEND said ...".
        assert_eq!(a[0].1.as_deref(), Some("The Director"));
        assert_eq!(a[0].2.as_deref(), Some("by February 2027"));
    }

    #[test]
    fn the_one_a_speaker_says_will_act_owns_the_action() {
        let a = actions("Dr Shah accepted this and said the Trust would write to all families by the end of April.");
        assert_eq!(a[0].1.as_deref(), Some("the Trust"));
    }

    #[test]
    fn a_list_numbered_inline_gives_one_decision_per_entry() {
        let a = analyse("RESOLVED:\nThat the Panel (1) note the report; (2) request a recovery plan at the next meeting; and (3) ask officers to report on damp cases.");
        let texts: Vec<&str> = a.actions.iter().map(|a| a.text.as_str()).collect();
        assert_eq!(
            texts,
            [
                "note the report",
                "request a recovery plan at the next meeting",
                "ask officers to report on damp cases."
            ]
        );
        let a = analyse("RESOLVED:\nThat recommendations (a) and (b) of the report be approved.");
        assert_eq!(a.actions.len(), 1);
    }

    #[test]
    fn a_body_that_will_receive_a_report_sets_an_action_it_does_not_own() {
        let a = actions("The Forum will receive a further update at its meeting in January.");
        assert_eq!(a.len(), 1);
        assert_eq!(a[0].0, ActionKind::Action);
        assert_eq!(a[0].1, None);
        assert_eq!(a[0].2.as_deref(), Some("at its meeting in January"));
    }

    #[test]
    fn two_owners_joined_by_a_plus_own_an_action_line() {
        let a = actions("ACTIONS\n- VSH to send the KS4 breakdown by school to members\n- Participation Lead + IRO Manager to bring a plan on life story work to Feb board");
        assert_eq!(a.len(), 2);
        assert_eq!(a[1].1.as_deref(), Some("Participation Lead + IRO Manager"));
        assert_eq!(a[1].2.as_deref(), Some("to Feb board"));
    }

    #[test]
    fn one_asked_to_set_out_a_plan_owns_the_action() {
        let a = actions(
            "Members asked the Chief Officer to set out the recovery plan at the December meeting.",
        );
        assert_eq!(a.len(), 1);
        assert_eq!(a[0].1.as_deref(), Some("the Chief Officer"));
        assert_eq!(a[0].2.as_deref(), Some("at the December meeting"));
    }

    #[test]
    fn a_paper_that_will_come_to_the_committee_is_an_action() {
        let a = actions(
            "The Service Manager confirmed that a draft would come to the Committee in the spring.",
        );
        assert_eq!(a.len(), 1);
        assert_eq!(a[0].0, ActionKind::Action);
        assert_eq!(a[0].2.as_deref(), Some("in the spring"));
        let a = actions("The Director said she would take this to the Corporate Parenting Board for a decision and confirm by March.");
        assert_eq!(a.len(), 1);
        assert_eq!(a[0].2.as_deref(), Some("by March"));
        // Coming to notice is no paper coming to a meeting.
        assert!(
            actions("Children who would come to the attention of services were counted.")
                .is_empty()
        );
    }

    #[test]
    fn a_body_agreeing_to_a_list_notes_and_asks_by_entry() {
        let a = actions("The Board AGREED to:\na) note the report;\nb) ask the ICB to present a recovery plan to the March meeting.");
        assert_eq!(a.len(), 2);
        assert_eq!(a[0].0, ActionKind::Decision);
        assert_eq!(a[1].0, ActionKind::Action);
        assert_eq!(a[1].1.as_deref(), Some("the ICB"));
    }

    #[test]
    fn the_post_a_decision_agrees_shall_act_owns_it() {
        let a = actions("Decision:\nCabinet:\n1. Noted the forecast overspend;\n2. Agreed that the Section 151 Officer bring forward further savings proposals to the March meeting.");
        assert_eq!(a.len(), 2);
        assert_eq!(a[1].1.as_deref(), Some("the Section 151 Officer"));
    }

    #[test]
    fn a_resolution_that_introduces_its_entries_is_no_decision() {
        let a = actions("RESOLVED - That the Committee:\n(a) notes the position on waiting lists;\n(b) receives a further report in six months' time.");
        assert_eq!(a.len(), 2);
        assert_eq!(a[1].2.as_deref(), Some("in six months' time"));
        // With no colon after the body, too.
        let a = actions("RESOLVED: That the Scrutiny Committee\n(i) notes the report; and\n(ii) requests a further report at its June meeting.");
        assert_eq!(a.len(), 2);
        assert_eq!(a[1].2.as_deref(), Some("at its June meeting"));
    }

    #[test]
    fn those_asked_to_attend_own_the_action() {
        let a = actions("Panel members asked that the health partners attend the next meeting to explain the decline.");
        assert_eq!(a[0].1.as_deref(), Some("the health partners"));
        let a = actions("The Head of SEND accepted that timeliness was not good enough and said an improvement plan would be brought to the next Forum.");
        assert_eq!(a[0].1.as_deref(), Some("The Head of SEND"));
        assert_eq!(a[0].2.as_deref(), Some("to the next Forum"));
        assert!(actions("The next meeting will be held on 15 January 2026.").is_empty());
        let a = actions("All actions were complete except action 4, which remains open; the Business Manager will chase the audit report.");
        assert_eq!(a.len(), 1);
        let a = actions("The Head of Safeguarding said that this would be looked into and reported back to the Board.");
        assert_eq!(a[0].1.as_deref(), Some("The Head of Safeguarding"));
        // A body that agreed it in a clause of its own: the speaker does not own it.
        let a = actions("The Designated Doctor said the delays were unacceptable, and the Board agreed that this should be escalated to the Integrated Care Board.");
        assert_eq!(a.len(), 1);
        assert_eq!(a[0].1, None);
        let a = actions("The Committee AGREED to recommend that the Cabinet Member write to the Department for Education.");
        assert_eq!(a[0].0, ActionKind::Decision);
        let a = actions("ACTION: Head of Service to provide an analysis of late assessments by team - January meeting.");
        assert_eq!(a[0].2.as_deref(), Some("January meeting"));
        let a = actions("Members expressed concern at the overdue recommendations and asked that the relevant Directors attend the next meeting to explain the delays.");
        assert_eq!(a[0].1.as_deref(), Some("the relevant Directors"));
        assert_eq!(a[0].2.as_deref(), Some("the next meeting"));
        let a = actions("Members were disappointed that repairs were taking longer and asked that the contractor attend the next meeting.");
        assert_eq!(a[0].1.as_deref(), Some("the contractor"));
        // A team named in what was said acts, not the one who said it.
        let a = actions("Daniel Frost explained that the fall reflected cost of living pressures and that the Revenues team would write to all residents in arrears before Christmas.");
        assert_eq!(a[0].1.as_deref(), Some("the Revenues team"));
        assert_eq!(a[0].2.as_deref(), Some("before Christmas"));
        let a = actions("The Head of Service said that the fostering team would hold a recruitment event in March.");
        assert_eq!(a[0].1.as_deref(), Some("the fostering team"));
        // What is to be shared is not who shares it.
        let a = actions("Learning from the audit would be shared with all teams.");
        assert_eq!(a.len(), 1);
        assert_eq!(a[0].1, None);
        // Needs that "would escalate" are a risk, not a task.
        assert!(
            actions("Members were worried that needs would escalate while people waited.")
                .is_empty()
        );
    }

    #[test]
    fn action_lists_with_meetings_boards_and_joined_subjects() {
        let a = actions("The following actions were agreed:\n1. Head of Commissioning to bring proposals to the November Board.\n2. Virtual School Head and Head of Service to meet with the Children in Care Council - by end of October.");
        assert_eq!(
            a,
            [
                (
                    ActionKind::Action,
                    Some("Head of Commissioning".into()),
                    Some("to the November Board".into())
                ),
                (
                    ActionKind::Action,
                    Some("Virtual School Head and Head of Service".into()),
                    Some("by end of October".into())
                ),
            ]
        );
        assert_eq!(
            actions("This was supported and the Clerk will arrange a date.")[0]
                .1
                .as_deref(),
            Some("the Clerk")
        );
        assert_eq!(
            actions("It was noted that the Children in Care Council would present their report.")
                [0]
            .1
            .as_deref(),
            Some("the Children in Care Council")
        );
        assert_eq!(
            actions("The Board agreed to receive quarterly updates.")[0].1,
            None
        );
        assert_eq!(
            actions("All partners to confirm attendance at the workshop by 6 February.")[0]
                .1
                .as_deref(),
            Some("All partners")
        );
    }

    #[test]
    fn two_people_undertaking_in_one_sentence_are_two_actions() {
        let a = actions(
            "Mr Nunn agreed to circulate the data and Ms Patel undertook to contact the schools.",
        );
        let owners: Vec<_> = a.iter().map(|x| x.1.as_deref()).collect();
        assert_eq!(owners, vec![Some("Mr Nunn"), Some("Ms Patel")]);
        let a = actions("The Trust undertook to bring back a trajectory to the February meeting, and the ICB agreed to report on the support teams in schools.");
        let owners: Vec<_> = a.iter().map(|x| x.1.as_deref()).collect();
        assert_eq!(owners, vec![Some("The Trust"), Some("the ICB")]);
        // Bodies joined by "and" in one task stay one action.
        let a = actions("Work would be carried out between the Children in Care Service and Health to ensure that support is given.");
        assert_eq!(a.len(), 1);
    }

    #[test]
    fn a_post_in_lower_case_owns_what_it_undertook() {
        let a = actions("The police representative undertook to provide data on stop and search.");
        assert_eq!(a[0].1.as_deref(), Some("The police representative"));
    }

    #[test]
    fn two_bodies_asked_together_own_the_task() {
        let a = actions(
            "Board members asked the ICB and the Council to produce a joint recovery plan.",
        );
        assert_eq!(a[0].1.as_deref(), Some("the ICB and the Council"));
    }

    #[test]
    fn a_possessive_asked_for_is_no_owner() {
        let a = actions("The Chair asked that the Board's thanks be passed to the team.");
        assert!(a.iter().all(|x| x.1.is_none()), "{a:?}");
    }

    #[test]
    fn authority_delegated_in_consultation_goes_to_the_post_named() {
        let t = "RESOLVED – That Cabinet:\na) delegates authority to the Executive Director of Children's Services, in consultation with the Cabinet Member, to agree the final locations.\n";
        let a = actions(t);
        assert_eq!(
            a[0].1.as_deref(),
            Some("the Executive Director of Children's Services")
        );
    }

    #[test]
    fn two_things_agreed_in_one_sentence_are_two_actions() {
        let a = actions("The Board agreed that the Data Manager would meet DWP colleagues and that partners would be asked to add evidence by the end of January.");
        assert_eq!(a.len(), 2, "{a:?}");
        assert_eq!(a[0].1.as_deref(), Some("the Data Manager"));
        assert_eq!(a[1].2.as_deref(), Some("by the end of January"));
    }

    #[test]
    fn a_post_of_the_service_owns_what_she_then_agreed() {
        let a = actions("The Head of the Front Door explained that police contacts had risen. She agreed to provide a breakdown of contacts by source at the next meeting.");
        assert_eq!(a.len(), 1, "{a:?}");
        assert_eq!(a[0].1.as_deref(), Some("The Head of the Front Door"));
        // Work to be completed by a date is to be done after the meeting.
        let a = actions(
            "Officers advised that an audit of 30 cases would be completed by the end of February.",
        );
        assert_eq!(a.len(), 1, "{a:?}");
        assert_eq!(a[0].2.as_deref(), Some("by the end of February"));
    }

    #[test]
    fn the_one_named_after_agreed_that_owns_what_they_should_do() {
        let a = actions("The Panel agreed that the Virtual School Head should provide a briefing on the attendance strategy at a future meeting.");
        assert_eq!(a.len(), 1, "{a:?}");
        assert_eq!(a[0].1.as_deref(), Some("the Virtual School Head"));
        // Something to be done to it names no one who acts.
        let a = actions("The Board agreed that the Strategy should be circulated to partners.");
        assert_eq!(a.len(), 1, "{a:?}");
        assert_eq!(a[0].1, None);
        // "would visit" is something to do after the meeting.
        let a = actions("It was agreed that the Panel would visit the new scheme in the new year.");
        assert_eq!(a.len(), 1, "{a:?}");
        assert_eq!(a[0].1.as_deref(), Some("the Panel"));
        assert_eq!(a[0].2.as_deref(), Some("in the new year"));
    }

    #[test]
    fn a_body_noting_its_dashboard_decides() {
        let a = actions("The Committee noted the dashboard. Members were concerned that dental checks had fallen.");
        assert_eq!(a.len(), 1, "{a:?}");
        assert_eq!(a[0].0, ActionKind::Decision);
        assert!(actions("The Committee noted the concerns of residents about parking.").is_empty());
    }

    #[test]
    fn an_owner_named_by_initial_or_police_rank_is_read() {
        let a = actions("Agreed actions:\n1. J. Moreno to share the analysis with the inclusion team – by 31 January 2027.\n2. Supt. Hale to provide the Board with the problem profile at its next meeting.");
        let owners: Vec<Option<&str>> = a.iter().map(|x| x.1.as_deref()).collect();
        assert_eq!(owners, [Some("J. Moreno"), Some("Supt. Hale")]);
        // A rank's full stop ends no sentence.
        let a = actions("Insp. Jones agreed to circulate the profile.");
        assert_eq!(a.len(), 1, "{a:?}");
        assert_eq!(a[0].1.as_deref(), Some("Insp. Jones"));
    }

    #[test]
    fn an_owner_named_by_initial_in_an_agreed_list_is_an_action() {
        let a = actions("Agreed:\n\u{2022} M. Carter to provide the attendance figures by March.");
        assert_eq!(a.len(), 1, "{a:?}");
        assert_eq!(a[0].1.as_deref(), Some("M. Carter"));
    }

    #[test]
    fn the_time_after_an_agent_is_when_not_who() {
        let a = actions(
            "The manager said that a retention offer would be considered by Cabinet in February.",
        );
        assert_eq!(a.len(), 1, "{a:?}");
        assert_eq!(a[0].1.as_deref(), Some("Cabinet"));
        assert_eq!(a[0].2.as_deref(), Some("in February"));
        // "in" inside a service's name is part of it.
        let a = actions(
            "A joint protocol would be developed by the Children in Care Service and Health.",
        );
        assert_eq!(
            a[0].1.as_deref(),
            Some("the Children in Care Service and Health")
        );
    }

    #[test]
    fn a_cabinet_members_resolution_list_gives_a_decision_per_entry() {
        let a = actions("The Cabinet Member RESOLVED to:\n(a) approve a 6.5% increase in fostering allowances from 1 April 2027;\n(b) approve a one-off retention payment of £500;\n(c) note the additional cost.");
        assert_eq!(a.len(), 3);
        assert!(a.iter().all(|x| x.0 == ActionKind::Decision));
    }

    #[test]
    fn an_action_line_names_a_post_with_of_before_its_dash() {
        let a = actions("Actions\n1. AD Safeguarding – front door recovery plan to the January Board.\n2. Head of QA – thematic audit of repeat referrals, report in February.");
        assert_eq!(a.len(), 2);
        assert_eq!(a[1].1.as_deref(), Some("Head of QA"));
    }

    #[test]
    fn she_after_and_that_is_the_speaker() {
        let a = actions("The Head of Service said that every child should have a leisure pass and that she would check why some did not by the next meeting.");
        assert_eq!(a[0].1.as_deref(), Some("The Head of Service"));
    }
}
