//! The nouns of crosscheck: a `Claim` is one quantity stated in one article, with the interval its
//! hedge allows, what it counts, what happened to it, when, and who said so. Byte spans point into
//! the original file.

use serde::{Deserialize, Serialize};

/// The text fields of claims and statements. Most are short (a unit, a cue, a speaker, `a2#14`), and
/// a `CompactString` keeps up to 24 bytes inline where a `String` allocates each one; it
/// serializes and deserializes as a plain string.
pub use compact_str::CompactString;

/// A half-open byte range in an article's original bytes.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, Default,
)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Span {
        Span { start, end }
    }
    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
}

/// What kind of quantity a claim states.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    Count,
    Measure,
    Money,
    Percent,
    Duration,
    Date,
    Time,
    Ordinal,
}

impl Kind {
    /// Dates, times and ordinals anchor or order things; they are never compared as figures.
    pub fn is_figure(self) -> bool {
        !matches!(self, Kind::Date | Kind::Time | Kind::Ordinal)
    }
}

/// How the figure is hedged.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Bound {
    Exact,
    Approx,
    Lower,
    Upper,
    Range,
    Vague,
}

/// The direction of a figure that states a change.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Change {
    Up,
    Down,
}

/// A quantity with the interval it allows (`None` is unbounded on that side).
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Quantity {
    pub value: Option<f64>,
    pub low: Option<f64>,
    pub high: Option<f64>,
    pub bound: Bound,
}

impl Quantity {
    pub fn exact(v: f64) -> Quantity {
        Quantity {
            value: Some(v),
            low: Some(v),
            high: Some(v),
            bound: Bound::Exact,
        }
    }

    /// Multiplies every end by `f` (a scale or a unit conversion).
    pub fn scaled(self, f: f64) -> Quantity {
        Quantity {
            value: self.value.map(|v| v * f),
            low: self.low.map(|v| v * f),
            high: self.high.map(|v| v * f),
            bound: self.bound,
        }
    }
}

/// A reported statement: who said it, the cue, and what they said.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Attribution {
    pub source: Option<Spanned>,
    pub cue: Spanned,
    pub content: Span,
    /// The canonical speaker: "he" resolved to the named person, an alias to its name.
    pub speaker: Option<CompactString>,
    /// `direct` (a quotation), `indirect` (reported speech), `according` (according to X) or
    /// `passive` ("is expected").
    pub kind: CompactString,
    /// The words of a direct quotation, normalised (straight quotes, single spaces).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quote: Option<CompactString>,
}

/// A piece of text with its byte span.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Spanned {
    pub start: usize,
    pub end: usize,
    pub text: CompactString,
}

/// Who stands behind a claim, as it appears on the claim.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Source {
    /// Who stands behind the claim: the resolved speaker where there is one ("he" → the named
    /// person, "the force" → MINUSMA), else the source as written.
    pub source: CompactString,
    /// The source as written ("the defence ministry", "he").
    pub text: CompactString,
    /// The cue ("according to", "said").
    pub cue: CompactString,
    /// The canonical speaker, where it resolves.
    pub speaker: Option<CompactString>,
}

/// One quantity stated in one article.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Claim {
    pub id: CompactString,
    pub doc: CompactString,
    pub start: usize,
    pub end: usize,
    pub text: CompactString,
    pub kind: Kind,
    pub value: Option<f64>,
    pub low: Option<f64>,
    pub high: Option<f64>,
    pub bound: Bound,
    pub change: Option<Change>,
    pub unit: Option<CompactString>,
    pub entity: Option<CompactString>,
    pub entity_text: Option<CompactString>,
    pub predicate: Option<CompactString>,
    pub time: Option<CompactString>,
    /// Where the event the figure describes happened, when its clause says ("in Gao").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub place: Option<CompactString>,
    /// Whose the figure is, where it counts nothing named and its clause names someone: "Doug
    /// McDermott scored 23 points" (McDermott), so that two players' points are two quantities.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub holder: Option<CompactString>,
    /// The day the time anchor names, resolved against the publication date (`2014-05-17`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<CompactString>,
    pub attribution: Option<Source>,
    /// The sentence the claim stands in, as byte offsets.
    pub sentence: Span,
    /// Another claim that states the same figure in other units ("1,500 km (900 miles)").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub same_as: Option<CompactString>,
    /// Half the step of the figure's last significant digit (`1,500` → 50), for comparing
    /// figures converted between units.
    #[serde(skip)]
    pub rounding: f64,
}

impl Claim {
    pub fn span(&self) -> Span {
        Span::new(self.start, self.end)
    }
    pub fn quantity(&self) -> Quantity {
        Quantity {
            value: self.value,
            low: self.low,
            high: self.high,
            bound: self.bound,
        }
    }
}
