//! Finds performance indicators, actions and decisions, and concerns in the
//! minutes of council meetings.
//!
//! The data flows one way: the text is normalised ([`normalize`]), segmented into
//! items, blocks and sentences ([`segment`]), its figures found ([`figures`]) and
//! turned into [`report::Indicator`]s ([`indicators`]); actions ([`actions`]),
//! concerns ([`concerns`]) and meeting facts ([`meeting`]) are read from the same
//! segments. [`analyse`] runs it all and returns a [`Report`] whose spans are byte
//! offsets into the text as given.
//!
//! ```
//! let r = minutes_analyser::analyse("In October 86% of children were seen in time. This is not acceptable.");
//! assert_eq!(r.indicators[0].value, 86.0);
//! assert_eq!(r.concerns.len(), 1);
//! ```

pub mod actions;
pub mod bytes;
pub mod category;
pub mod concerns;
pub mod figures;
pub mod formats;
pub mod indicators;
pub mod meeting;
pub mod normalize;
pub mod parallel;
pub mod pattern;
pub mod periods;
pub mod phrases;
pub mod render;
pub mod report;
pub mod segment;
pub mod tables;
pub mod vocab;
#[cfg(target_arch = "wasm32")]
mod wasm;

pub use report::Report;

use normalize::Normalized;
use segment::Segments;
use std::ops::Range;

/// The shared state of one analysis, handed to every extraction stage.
pub struct Analysis<'a> {
    /// The normalised text and the way back to original offsets.
    pub norm: &'a Normalized,
    /// Its segmentation.
    pub seg: &'a Segments,
    /// The reporting period of each agenda item, where stated: found by whichever stage
    /// asks first, so that it is read beside the other stages, not before them all.
    item_periods: parallel::Once<Vec<Option<String>>>,
    /// Every category cue of the text.
    pub cues: category::CueIndex<'a>,
}

impl<'a> Analysis<'a> {
    /// Prepares the shared state: the category cue index and the item periods, each
    /// filled as it is asked.
    pub fn new(norm: &'a Normalized, seg: &'a Segments) -> Self {
        Analysis {
            norm,
            seg,
            item_periods: parallel::Once::new(),
            cues: category::CueIndex::new(&norm.text, &norm.lower, seg),
        }
    }

    /// The reporting period of each agenda item, where stated.
    pub fn item_periods(&self) -> &[Option<String>] {
        self.item_periods
            .get_or_init(|| meeting::item_periods(self))
    }

    /// Converts a normalised range into a span of the original text.
    pub fn span(&self, r: Range<usize>) -> report::Span {
        let o = self.norm.original(r);
        report::Span {
            start: o.start,
            end: o.end,
        }
    }
}

/// Analyses the text of one set of minutes.
pub fn analyse(text: &str) -> Report {
    let mut norm = Normalized::new(text);
    let seg = segment::segment(&norm.text);
    norm.soften_line_breaks(&seg.soft_breaks);
    let a = Analysis::new(&norm, &seg);
    // Indicators take about half the time, the other stages the rest, and they read
    // the same segments without writing to each other: natively they run side by side,
    // each its own task, so that a thread done with its part can take another's.
    let (indicators, (actions, (concerns, meeting))) = parallel::join(
        || indicators::extract(&a),
        || {
            parallel::join(
                || actions::extract(&a),
                || {
                    parallel::join(
                        || concerns::extract(&a),
                        || meeting::facts(&a, a.item_periods()),
                    )
                },
            )
        },
    );
    Report {
        indicators,
        actions,
        concerns,
        meeting,
    }
}

/// The version of the analyser, for reports and the page footer.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");
