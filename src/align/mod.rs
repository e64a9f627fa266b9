//! Grouping: claims that state the same quantity across articles share a group. Two claims state
//! the same quantity when they measure the same dimension (after unit conversion), with the same
//! canonical predicate and the same counted thing (synonyms from the rules; spelling variants by
//! string similarity). Grouping is by key, never over all pairs.

mod copies;
mod explain;
mod general;
mod quotes;
mod several;

use std::collections::{BTreeMap, HashMap};

pub use copies::{COPY_THRESHOLD, Copy, find as find_copies, fingerprint};
pub use explain::{NearMiss, near_misses};
pub use quotes::{QuoteFinding, QuotePlace, compare as compare_quotes};

use crate::Document;
use crate::claim::{Change, Claim, Kind};
use crate::rules::Rules;

/// Claims that state one quantity, in bundle order.
#[derive(Debug, Clone, PartialEq)]
pub struct Group {
    /// `dimension|predicate|entity`, e.g. `count|killed|soldier` or `length|-|-`.
    pub key: String,
    pub claims: Vec<Claim>,
    /// Where the articles give several figures each for the key (the magnitudes of several
    /// quakes), into how many groups of figures that hold together its claims were parted;
    /// `None` where the key names one quantity.
    pub parted: Option<usize>,
}

/// What a claim measures: `count`, a unit's dimension, or `money:usd`.
fn dimension(rules: &Rules, c: &Claim) -> Option<String> {
    Some(match c.kind {
        // a rate ("3,000 tests a day", unit `/day`) is not a total
        Kind::Count => match c.unit.as_deref() {
            Some(per) if per.starts_with('/') => format!("count{per}"),
            _ => "count".into(),
        },
        // sums in different currencies share a group; the judge compares them only with a rate
        Kind::Money => match c.unit.as_deref().and_then(|u| u.split_once('/')) {
            Some((_, per)) => format!("money/{per}"),
            None => "money".into(),
        },
        Kind::Percent | Kind::Duration | Kind::Measure => rules.dimension(c.unit.as_deref()?)?,
        Kind::Date | Kind::Time | Kind::Ordinal => return None,
    })
}

/// Is the claim specific enough to be compared with others? A bare count or percentage says
/// nothing about what it counts.
fn comparable(rules: &Rules, c: &Claim) -> bool {
    // "One protester, a 34-year-old man, was in serious condition": one of a thing that nothing
    // befell is someone spoken of, not a count
    let one_spoken_of = c.kind == Kind::Count
        && c.predicate.is_none()
        && c.value == Some(1.0)
        && c.text
            .split(' ')
            .next()
            .is_some_and(|w| w.eq_ignore_ascii_case("one"));
    if one_spoken_of {
        return false;
    }
    match c.kind {
        Kind::Count | Kind::Percent | Kind::Money => c.entity.is_some() || c.predicate.is_some(),
        Kind::Duration => c.entity.is_some() || c.predicate.is_some(),
        // a distance or an area stands for itself; points, ratios and the like need a subject
        Kind::Measure => {
            c.entity.is_some()
                || c.holder.is_some()
                || dimension(rules, c).is_some_and(|d| {
                    matches!(d.as_str(), "length" | "area" | "mass" | "volume" | "speed")
                })
        }
        Kind::Date | Kind::Time | Kind::Ordinal => false,
    }
}

/// Maps each entity to one spelling among its near-identical variants ("protestor" → "protester").
fn spelling_variants(
    entities: impl Iterator<Item = String>,
    similarity: f64,
) -> HashMap<String, String> {
    let mut reps: Vec<String> = Vec::new();
    let mut out = HashMap::new();
    let mut all: Vec<String> = entities.collect();
    all.sort();
    all.dedup();
    for e in all {
        let rep = reps
            .iter()
            .find(|r| {
                // (of about one length: "neighbour"/"neighbor", "protestor"/"protester"; or two
                // letters apart after a long stem they share: "programme"/"program",
                // "catalogue"/"catalog"; not "forest"/"forecast")
                let stem = e.bytes().zip(r.bytes()).take_while(|(a, b)| a == b).count();
                e.len() >= 5
                    && r.len() >= 5
                    && (e.len().abs_diff(r.len()) <= 1
                        || e.len().abs_diff(r.len()) == 2 && stem >= 6)
                    && strsim::jaro_winkler(r, &e) >= similarity
                    && strsim::levenshtein(r, &e) <= 2
            })
            .cloned();
        match rep {
            Some(r) => {
                out.insert(e, r);
            }
            None => {
                reps.push(e.clone());
                out.insert(e.clone(), e);
            }
        }
    }
    out
}

/// The grouping key of a claim, if it has one.
pub fn key(
    rules: &Rules,
    c: &Claim,
    variants: &HashMap<String, String>,
    published: Option<&str>,
) -> Option<String> {
    if !comparable(rules, c) {
        return None;
    }
    let mut dim = dimension(rules, c)?;
    // "rose by 12" states a change, not a level: it is compared with changes the same way only
    if let Some(change) = c.change {
        dim.push('+');
        dim.push_str(change_name(change));
    }
    // (a measure of nothing named, by whose it is: "McDermott (points)")
    // (and a thing each holder has its own number of, by whose they are: "seat of Renewal")
    let entity = c
        .entity
        .as_ref()
        .map(|e| {
            let canon = rules.entity(e);
            let canon = variants.get(&canon).cloned().unwrap_or(canon);
            match &c.holder {
                Some(h) if rules.held.contains(&canon) => format!("{canon} of {h}"),
                _ => canon,
            }
        })
        .or_else(|| c.holder.as_ref().map(|h| h.to_string()));
    let mut key = format!(
        "{dim}|{}|{}",
        c.predicate.as_deref().unwrap_or("-"),
        entity.as_deref().unwrap_or("-")
    );
    // a figure anchored in another year ("170,000 people died in 2004") belongs to that year's
    // event, not to the one the articles report
    if rules.separate_years
        && let Some(year) = c.time.as_deref().and_then(anchor_year)
        && published.and_then(|p| p.get(..4)) != Some(year)
    {
        key.push('|');
        key.push_str(year);
    }
    Some(key)
}

/// A change as a key writes it after the dimension (`count+up`).
fn change_name(change: Change) -> &'static str {
    match change {
        Change::Up => "up",
        Change::Down => "down",
    }
}

/// A group key read back into its parts (`key` writes it): `count+up|killed|person|2004`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct KeyParts<'k> {
    /// What the figures measure, without the change: `count`, `length`, `money:usd`.
    pub dimension: &'k str,
    /// The change the figures state (`+up`, `+down`); none for a level.
    pub change: Option<Change>,
    /// The predicate, `-` for none.
    pub predicate: &'k str,
    /// The counted thing, `-` for none.
    pub entity: &'k str,
    /// The year a figure anchored away from the reported event belongs to.
    pub year: Option<&'k str>,
}

impl<'k> KeyParts<'k> {
    pub(crate) fn of(key: &'k str) -> KeyParts<'k> {
        let mut parts = key.split('|');
        let dimension = parts.next().unwrap_or("");
        let (dimension, change) = match dimension.split_once('+') {
            Some((d, c)) if c == change_name(Change::Up) => (d, Some(Change::Up)),
            Some((d, c)) if c == change_name(Change::Down) => (d, Some(Change::Down)),
            _ => (dimension, None),
        };
        KeyParts {
            dimension,
            change,
            predicate: parts.next().unwrap_or("-"),
            entity: parts.next().unwrap_or("-"),
            year: parts.next(),
        }
    }
}

/// The frame of a figure anchored away from the reported event: another year ("in 2004"), or,
/// where the publication date is unknown, a past month or year ("in February", "last year",
/// "weeks after", "two years ago"). `None` for the event's own frame ("on Sunday").
pub fn background(anchor: &str, published: Option<&str>) -> Option<String> {
    if let Some(year) = anchor_year(anchor) {
        return (published.and_then(|p| p.get(..4)) != Some(year)).then(|| year.to_string());
    }
    let lower = anchor.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let past = words.contains(&"ago")
        || words.windows(2).any(|p| p == ["last", "year"] || p == ["last", "month"] || p == ["this", "year"])
        // a month without a day ("in February"), unless it is the publication month
        || words.iter().any(|w| crate::grammar::time::month(w).is_ok() && w.len() > 2) && !words.iter().any(|w| w.parse::<u32>().is_ok())
            && published.is_none();
    past.then(|| words.join(" "))
}

/// The year a time anchor names, if it names one ("in January 2012" → 2012).
fn anchor_year(anchor: &str) -> Option<&str> {
    anchor
        .split(|c: char| !c.is_ascii_digit())
        .find(|w| w.len() == 4 && w.parse::<u32>().is_ok_and(|y| (1800..=2100).contains(&y)))
}

/// Groups the claims of every document; each claim is in at most one group.
pub fn group(rules: &Rules, docs: &[Document]) -> Vec<Group> {
    let variants = spelling_variants(
        docs.iter()
            .flat_map(|d| &d.claims)
            .filter_map(|c| c.entity.as_ref())
            .map(|e| rules.entity(e)),
        rules.similarity,
    );
    // (each document's place in the bundle and its date, by its id)
    let by_id: HashMap<&str, (usize, Option<&str>)> = docs
        .iter()
        .enumerate()
        .map(|(i, d)| (d.id.as_str(), (i, d.published.as_deref())))
        .collect();
    let published_of = |c: &Claim| by_id.get(c.doc.as_str()).and_then(|&(_, p)| p);
    let mut groups: BTreeMap<String, Vec<Claim>> = BTreeMap::new();
    for c in docs.iter().flat_map(|d| &d.claims) {
        if let Some(k) = key(rules, c, &variants, published_of(c)) {
            groups.entry(k).or_default().push(c.clone());
        }
    }
    general::join(
        rules,
        &mut groups,
        |c| {
            (
                by_id.get(c.doc.as_str()).map_or(usize::MAX, |&(i, _)| i),
                c.start,
            )
        },
        |c| {
            c.time
                .as_deref()
                .is_some_and(|t| background(t, published_of(c)).is_some())
        },
    );
    let mut out = Vec::with_capacity(groups.len());
    for (key, claims) in groups {
        let parts = several::part(rules, claims);
        let parted = (parts.len() > 1).then_some(parts.len());
        out.extend(parts.into_iter().map(|claims| Group {
            key: key.clone(),
            claims,
            parted,
        }));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::spelling_variants;

    #[test]
    fn spellings_of_one_word_are_joined_and_words_alike_are_not() {
        let words = [
            "protestor",
            "protester",
            "neighbour",
            "neighbor",
            "forest",
            "forecast",
            "programme",
            "program",
        ];
        let v = spelling_variants(words.iter().map(|w| w.to_string()), 0.93);
        assert_eq!(v["protestor"], v["protester"]);
        assert_eq!(v["neighbour"], v["neighbor"]);
        assert_eq!(v["programme"], v["program"]);
        assert_ne!(v["forest"], v["forecast"]);
    }
}
