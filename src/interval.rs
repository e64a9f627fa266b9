//! What a figure allows, as an interval in one unit: the judge sets figures against each other
//! by it, and grouping asks by it whether a class's figures fit its kind's.

use crate::claim::{Bound, Claim, Kind};
use crate::rules::Rules;

/// An interval in the group's common unit; `None` is unbounded.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Interval {
    pub(crate) low: f64,
    pub(crate) high: f64,
}

impl Interval {
    pub(crate) fn overlaps(&self, o: &Interval) -> bool {
        self.low <= o.high && o.low <= self.high
    }
}

/// A claim's currency (`usd` of `usd/bbl`), for money.
pub(crate) fn currency(c: &Claim) -> Option<&str> {
    (c.kind == Kind::Money)
        .then(|| c.unit.as_deref().map(|u| u.split('/').next().unwrap_or(u)))
        .flatten()
}

/// What a figure allows, in its dimension's common unit (US dollars at the rules' rate for a sum,
/// the base unit for a measure), widened by its rounding where `widen`.
pub(crate) fn interval(rules: &Rules, c: &Claim, widen: bool) -> Interval {
    let r = if widen { c.rounding } else { 0.0 };
    between(rules, c, (c.low, c.high), r)
}

/// `low - r ..= high + r` of a figure of claim `c`, in its dimension's common unit.
fn between(rules: &Rules, c: &Claim, (low, high): (Option<f64>, Option<f64>), r: f64) -> Interval {
    let factor = match currency(c) {
        Some(cur) => rules.usd_rate(cur).unwrap_or(1.0),
        None => c.unit.as_deref().map_or(1.0, |u| rules.factor(u)),
    };
    Interval {
        low: low.map_or(f64::NEG_INFINITY, |v| (v - r) * factor),
        high: high.map_or(f64::INFINITY, |v| (v + r) * factor),
    }
}

/// The figure as written, without the hedges in `dropped` ("about 220" is 220), widened by its
/// rounding times `slack`, in its dimension's common unit: what two figures say before their
/// hedges let them meet.
pub(crate) fn as_written(rules: &Rules, c: &Claim, dropped: &[Bound], slack: f64) -> Interval {
    let bounds = match c.value {
        Some(v) if dropped.contains(&c.bound) => (Some(v), Some(v)),
        _ => (c.low, c.high),
    };
    between(rules, c, bounds, c.rounding * slack)
}
