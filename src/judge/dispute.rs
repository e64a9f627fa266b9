//! Disputes inside one article: "Police said 38,000 people marched, while the CGT union said
//! 150,000". Two named sources give figures for one quantity that cannot both hold; the article
//! reports the dispute, it does not slip. The articles' leading figures are what `verdict` sets
//! against each other, so a dispute that one article reports was never seen.

use std::collections::BTreeMap;

use super::{allows, currency, day, interval, originator, same_originator, unspecific};
use crate::Articles;
use crate::claim::{Bound, Claim};
use crate::rules::Rules;

/// The check that reports a dispute.
pub const CHECK: &str = "CC006";

/// The most bytes between one sentence and the next (a paragraph's break, with a carriage return
/// on each line).
const NEXT: usize = 4;

/// The first dispute among `claims` (a group's), in words: the outlet that reports it, who says
/// what, and why the two cannot both hold. `era` tells a figure recalled from another time.
pub fn find(
    rules: &Rules,
    docs: &Articles,
    claims: &[Claim],
    era: impl Fn(&Claim) -> Option<String>,
) -> Option<String> {
    // (the claims of each article, in order: only an article with two named sources may hold one)
    let mut by_doc: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for (i, c) in claims.iter().enumerate() {
        if originator(c).is_some() && c.bound != Bound::Vague {
            by_doc.entry(c.doc.as_str()).or_default().push(i);
        }
    }
    for (doc, list) in by_doc {
        for (x, &i) in list.iter().enumerate() {
            for &j in &list[x + 1..] {
                let (a, b) = (&claims[i], &claims[j]);
                let (Some(who_a), Some(who_b)) = (originator(a), originator(b)) else {
                    continue;
                };
                let (ia, ib) = (interval(rules, a, true), interval(rules, b, true));
                let one_frame = match (&a.time, &b.time) {
                    (Some(x), Some(y)) => x == y || day(a).is_some() && day(a) == day(b),
                    _ => true,
                };
                // (a dispute is set out in one sentence or two in a row: "Police put the
                // turnout at 38,000. Organisers claimed 150,000." Figures further apart most
                // often count apart, a doctor's "around 50 people" at his hospital against the
                // agency's "more than 200 people" injured)
                let (first, second) = if a.start <= b.start { (a, b) } else { (b, a) };
                let side_by_side = first.sentence == second.sentence
                    || second.sentence.start >= first.sentence.end
                        && second.sentence.start - first.sentence.end <= NEXT;
                // (a figure for no place named after one for a place in the same sentence is
                // for that place: "38,000 people marched in Paris, while the union said 150,000
                // marched"; one for a place after one for none is most often a part against the
                // whole: "94 people had died, while the governor said 52 had died in Cagayan")
                let one_place = match (&first.place, &second.place) {
                    (Some(x), Some(y)) => x.contains(y.as_str()) || y.contains(x.as_str()),
                    (None, None) => true,
                    (Some(_), None) => first.sentence == second.sentence,
                    (None, Some(_)) => false,
                };
                // "Japan pledged $2 million", "the bank pledged $5 million": a cue that is the
                // act counted makes its source the one who acted, two givers, not two witnesses
                let acted = |c: &Claim| {
                    c.attribution.as_ref().is_some_and(|s| {
                        rules.predicates.longest(&s.cue).is_some_and(|(n, rule)| {
                            n == s.cue.len() && c.predicate.as_deref() == Some(rule.name.as_str())
                        })
                    })
                };
                if !side_by_side
                    || same_originator(who_a, who_b)
                    || currency(a) != currency(b)
                    || !one_frame
                    || !one_place
                    || acted(a)
                    || acted(b)
                    || era(a) != era(b)
                    // (figures that say only that they count people may count different
                    // things: "police said 38,000 took part" is a crowd, "38,000 people" is not)
                    || unspecific(rules, a)
                    || unspecific(rules, b)
                    || ia.overlaps(&ib)
                {
                    continue;
                }
                let outlet = super::outlet(docs, doc);
                return Some(format!(
                    "{outlet} reports a dispute: {} per {who_a}, {} per {who_b}; {} and {} \
                     cannot both hold [rule: figures that two named sources give in one article \
                     and whose intervals do not overlap]",
                    super::figure(a),
                    super::figure(b),
                    allows(a),
                    allows(b),
                ));
            }
        }
    }
    None
}
