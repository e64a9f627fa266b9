//! Several things of one kind: where two articles or more each give measures for a key that cannot
//! all hold at once ("two quakes, measuring 7.6 and 7.5"; "a 6.1 quake today, after the 7.6 of
//! Sunday"), the key names several things, and its figures are told apart by their values, not set
//! against each other.

use crate::claim::{Bound, Claim, Kind};
use crate::interval::{Interval, interval};
use crate::rules::Rules;

/// The claims of one key, in bundle order, parted into the things it names: one list where the
/// key names one quantity; else one list per run of figures that can hold together, from the lowest
/// run up, each in bundle order. Open and vague figures ("at least 7", "dozens") join the lowest
/// run they fit.
pub fn part(rules: &Rules, claims: Vec<Claim>) -> Vec<Vec<Claim>> {
    // (a count given twice in one article may be a toll and its update, or a part of it: only a
    // measure of one thing has one value)
    if claims.iter().any(|c| c.kind != Kind::Measure) {
        return vec![claims];
    }
    let intervals: Vec<Interval> = claims.iter().map(|c| allowed(rules, c)).collect();
    let firm = |i: usize| matches!(claims[i].bound, Bound::Exact | Bound::Approx | Bound::Range);
    if articles_with_several(&claims, &intervals, firm) < 2 {
        return vec![claims];
    }
    // runs of firm figures whose intervals overlap, in order of their lows
    let mut order: Vec<usize> = (0..claims.len()).filter(|&i| firm(i)).collect();
    order.sort_by(|&a, &b| {
        intervals[a]
            .low
            .total_cmp(&intervals[b].low)
            .then(a.cmp(&b))
    });
    let mut run_of = vec![usize::MAX; claims.len()];
    let mut runs: Vec<Interval> = Vec::new();
    for i in order {
        match runs.last_mut() {
            Some(run) if intervals[i].low <= run.high => run.high = run.high.max(intervals[i].high),
            _ => runs.push(intervals[i]),
        }
        run_of[i] = runs.len() - 1;
    }
    for i in (0..claims.len()).filter(|&i| !firm(i)) {
        run_of[i] = runs
            .iter()
            .position(|r| r.overlaps(&intervals[i]))
            .unwrap_or_else(|| {
                runs.push(intervals[i]);
                runs.len() - 1
            });
    }
    let mut parted: Vec<Vec<Claim>> = vec![Vec::new(); runs.len()];
    for (c, run) in claims.into_iter().zip(run_of) {
        parted[run].push(c);
    }
    parted
}

/// What a figure allows, widened by a little less than its rounding: figures rounded to
/// neighbouring steps (7.5 and 7.6) are apart, a conversion ("1,500 km (900 miles)") is not.
fn allowed(rules: &Rules, c: &Claim) -> Interval {
    let (exact, rounded) = (interval(rules, c, false), interval(rules, c, true));
    Interval {
        low: exact.low - 0.99 * (exact.low - rounded.low),
        high: exact.high + 0.99 * (rounded.high - exact.high),
    }
}

/// How many articles give two firm figures for the key that cannot both hold: in each article,
/// the figure that ends lowest is apart from another one where that one starts above its end.
fn articles_with_several(
    claims: &[Claim],
    intervals: &[Interval],
    firm: impl Fn(usize) -> bool,
) -> usize {
    let mut order: Vec<usize> = (0..claims.len()).filter(|&i| firm(i)).collect();
    order.sort_by(|&a, &b| {
        (claims[a].doc.as_str(), intervals[a].high)
            .partial_cmp(&(claims[b].doc.as_str(), intervals[b].high))
            .unwrap_or(std::cmp::Ordering::Equal)
    });
    order
        .chunk_by(|&a, &b| claims[a].doc == claims[b].doc)
        .filter(|article| {
            let lowest_end = intervals[article[0]].high;
            article[1..].iter().any(|&i| intervals[i].low > lowest_end)
        })
        .count()
}
