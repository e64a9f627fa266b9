//! What a figure allows, as an interval in one unit: the judge sets figures against each other
//! by it, and grouping asks by it whether a class's figures fit its kind's.

use crate::claim::{Claim, Kind};
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
    let factor = match currency(c) {
        Some(cur) => rules.usd_rate(cur).unwrap_or(1.0),
        None => c.unit.as_deref().map_or(1.0, |u| rules.factor(u)),
    };
    let r = if widen { c.rounding } else { 0.0 };
    Interval {
        low: c.low.map_or(f64::NEG_INFINITY, |v| (v - r) * factor),
        high: c.high.map_or(f64::INFINITY, |v| (v + r) * factor),
    }
}
