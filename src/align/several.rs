//! Several things of one kind: where two articles or more each give measures for a key that cannot
//! all hold at once ("two quakes, measuring 7.6 and 7.5"; "a 6.1 quake today, after the 7.6 of
//! Sunday"), the key names several things, and its figures are told apart by their values, not set
//! against each other.

use crate::claim::{Bound, Claim, Kind};
use crate::interval::{Interval, interval};
use crate::rules::Rules;

/// The claims of one key, in bundle order, parted into the things it names: one list where the
/// key names one quantity; else one list per run of firm figures that can hold together, from the
/// lowest run up, each in bundle order. An open or vague figure ("at least 7", "dozens") joins the
/// lowest run it fits; those that fit none follow, each on its own.
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
    // (the runs are apart and in order: the lowest one an open figure may fit is the first that
    // ends at or above its start)
    let firm_runs = runs.len();
    let mut unfit = firm_runs;
    for i in (0..claims.len()).filter(|&i| !firm(i)) {
        let at = runs[..firm_runs].partition_point(|r| r.high < intervals[i].low);
        run_of[i] = if at < firm_runs && runs[at].overlaps(&intervals[i]) {
            at
        } else {
            unfit += 1;
            unfit - 1
        };
    }
    let mut parted: Vec<Vec<Claim>> = vec![Vec::new(); unfit];
    for (c, run) in claims.into_iter().zip(run_of) {
        parted[run].push(c);
    }
    parted
}

/// What a figure allows, widened by a little less than its rounding: figures rounded to
/// neighbouring steps (7.5 and 7.6) are apart, a conversion ("1,500 km (900 miles)") is not.
/// (An open side stays open.)
fn allowed(rules: &Rules, c: &Claim) -> Interval {
    let (exact, rounded) = (interval(rules, c, false), interval(rules, c, true));
    let widened = |x: f64, r: f64| if x.is_finite() { x + 0.99 * (r - x) } else { x };
    Interval {
        low: widened(exact.low, rounded.low),
        high: widened(exact.high, rounded.high),
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
        claims[a]
            .doc
            .cmp(&claims[b].doc)
            .then(intervals[a].high.total_cmp(&intervals[b].high))
    });
    order
        .chunk_by(|&a, &b| claims[a].doc == claims[b].doc)
        .filter(|article| {
            let lowest_end = intervals[article[0]].high;
            article[1..].iter().any(|&i| intervals[i].low > lowest_end)
        })
        .count()
}
