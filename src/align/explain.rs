//! Near misses, for `check --explain`: groups that hold the same kind of figure about nearly the
//! same thing, and why they were kept apart.

use serde::Serialize;

use super::{Group, KeyParts};
use crate::claim::Change;
use crate::rules::Rules;

/// Two groups that were nearly one.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct NearMiss {
    pub a: String,
    pub b: String,
    pub why: String,
}

/// A change in words: "a rise", "a fall", or "a level" for none.
fn what_changes(change: Option<Change>) -> &'static str {
    match change {
        Some(Change::Up) => "a rise",
        Some(Change::Down) => "a fall",
        None => "a level",
    }
}

/// Why each pair of groups with the same dimension and a shared predicate or counted thing, or
/// the same key but for a change ("rose by 12" beside "40 killed"), was not merged.
pub fn near_misses(rules: &Rules, groups: &[Group]) -> Vec<NearMiss> {
    let mut out = Vec::new();
    for (i, ga) in groups.iter().enumerate() {
        for gb in &groups[i + 1..] {
            let a = KeyParts::of(&ga.key);
            let b = KeyParts::of(&gb.key);
            let (da, ca, pa, ea, ya) = (a.dimension, a.change, a.predicate, a.entity, a.year);
            let (db, cb, pb, eb, yb) = (b.dimension, b.change, b.predicate, b.entity, b.year);
            if da != db || ca != cb && (pa, ea, ya) != (pb, eb, yb) {
                continue;
            }
            let why = if ca != cb {
                format!(
                    "one states {}, the other {}",
                    what_changes(ca),
                    what_changes(cb)
                )
            } else if pa == pb && ea == eb && ya != yb {
                format!(
                    "anchored in different years ({} vs {})",
                    ya.unwrap_or("the reported event"),
                    yb.unwrap_or("the reported event")
                )
            } else if ea == eb && ea != "-" && pa != pb {
                format!("what happened differs: {pa} vs {pb}")
            } else if pa == pb && pa != "-" && ea != eb && ea != "-" && eb != "-" {
                let (pea, peb) = (rules.parents.get(ea), rules.parents.get(eb));
                let similarity = strsim::jaro_winkler(ea, eb);
                if pea.is_some() && pea == peb {
                    format!(
                        "different things counted: {ea} and {eb} (both {})",
                        pea.map_or("", |s| s.as_str())
                    )
                } else if rules.parents.get(ea).map(String::as_str) == Some(eb)
                    || rules.parents.get(eb).map(String::as_str) == Some(ea)
                {
                    format!("one counts a part of the other: {ea} and {eb}")
                } else if similarity >= 0.8 {
                    format!(
                        "counted things spelled alike but not the same: {ea} and {eb} (similarity {similarity:.2}; add a synonym in the rules to join them)"
                    )
                } else {
                    continue;
                }
            } else {
                continue;
            };
            out.push(NearMiss {
                a: ga.key.clone(),
                b: gb.key.clone(),
                why,
            });
        }
    }
    out
}
