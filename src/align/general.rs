//! A count of a class in general joins the count of the one kind of it that the bundle names:
//! "two people were killed" in one article and "two workers were killed" in another count the same
//! dead, where no article counts any other kind of person killed. So does a sum that names no
//! counted thing: "the EU pledged $5 million" beside "the EU pledged $5 million in aid". So does
//! a count of a word that may name any kind of a class ("23 men were trapped" beside "23 miners
//! were trapped", `stands-for` in the rules).

use std::collections::BTreeMap;
use std::ops::Bound;

use super::KeyParts;
use crate::claim::Claim;
use crate::interval::interval;
use crate::rules::Rules;

/// Moves each group that counts a class (`count|killed|person`) into the group of the one kind
/// of that class (its `parent` in the rules) counted with the same predicate, change and year
/// (`count|killed|worker`), where there is exactly one such kind and every figure of the one can
/// hold with every figure of the other; and each group of a sum or a measure with a predicate but
/// no counted thing (`money|pledged|-`) into the one group of its predicate that has one
/// (`money|pledged|aid`), on the same terms. Two kinds ("eight soldiers and 28 insurgents") leave
/// the class apart, as its count may be their total; so do figures that differ ("three people
/// wounded" beside "two officers wounded", "$334 million" beside "$281 million in cash"), as the
/// kind may be a part of the class, which is no conflict. A figure recalled from another time
/// ("three were killed in February", `recalled`) is not set against the others. `order` gives
/// each claim's place in the bundle, which the joined group keeps.
pub fn join(
    rules: &Rules,
    groups: &mut BTreeMap<String, Vec<Claim>>,
    order: impl Fn(&Claim) -> (usize, usize),
    recalled: impl Fn(&Claim) -> bool,
) {
    // (`-` heads the keys of its block in their order, so it is read before a class it might
    // join; a class it could join leaves it two kinds, so it joins none)
    let classes: Vec<String> = groups
        .keys()
        .filter(|k| {
            let p = KeyParts::of(k);
            // (a count with no counted thing is a bare "several": it joins nothing)
            p.predicate != "-"
                && if p.dimension == "count" {
                    rules.parents.values().any(|c| c == p.entity)
                        || rules.stands_for.contains_key(p.entity)
                } else {
                    p.entity == "-"
                }
        })
        .cloned()
        .collect();
    for class in classes {
        let p = KeyParts::of(&class);
        // (the keys of the class's block share its dimension and predicate, which open the key:
        // they are read from where that prefix sorts, not from the whole map)
        let Some(block) = class.match_indices('|').nth(1).map(|(i, _)| &class[..=i]) else {
            continue;
        };
        // ("23 men" is read as a count of the class it stands for: the miners, or the soldiers)
        let of = rules
            .stands_for
            .get(p.entity)
            .map_or(p.entity, String::as_str);
        let mut kinds = groups
            .range::<str, _>((Bound::Included(block), Bound::Unbounded))
            .map(|(k, _)| k)
            .take_while(|k| k.starts_with(block))
            .filter(|k| {
                let q = KeyParts::of(k);
                (q.dimension, q.change, q.predicate, q.year)
                    == (p.dimension, p.change, p.predicate, p.year)
                    && q.entity != p.entity
                    && (p.entity == "-"
                        || rules.parents.get(q.entity).map(String::as_str) == Some(of))
            });
        let (Some(kind), None) = (kinds.next(), kinds.next()) else {
            continue;
        };
        let kind = kind.clone();
        let now = |c: &&Claim| !recalled(c);
        let differ = groups[&class].iter().filter(now).any(|c| {
            let c = interval(rules, c, false);
            groups[&kind]
                .iter()
                .filter(now)
                .any(|k| !c.overlaps(&interval(rules, k, false)))
        });
        if differ {
            continue;
        }
        let Some(moved) = groups.remove(&class) else {
            continue;
        };
        if let Some(into) = groups.get_mut(&kind) {
            into.extend(moved);
            into.sort_by_key(|c| order(c));
        }
    }
}
