//! The rules file as written: every field optional, so that one file can be layered over another.
//!
//! `RulesFile::update` lays a higher layer over a lower one: scalars override, tables merge key by
//! key, a list replaces the list below it, and an `extend-*` list appends to it.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// One rules file, or the merge of several.
#[derive(Debug, Clone, Default, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct RulesFile {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reading: Option<Reading>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub judge: Option<Judge>,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub hedges: BTreeMap<String, Hedge>,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub vague: BTreeMap<String, [f64; 2]>,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub scales: BTreeMap<String, Scale>,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub units: BTreeMap<String, Unit>,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub currencies: BTreeMap<String, Currency>,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub predicates: BTreeMap<String, Predicate>,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub entities: BTreeMap<String, Entity>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub speech: Option<Speech>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub changes: Option<Changes>,
    /// Exchange rates: what one unit of a currency is worth in US dollars, and on which day.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub rates: BTreeMap<String, Rate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub alignment: Option<Alignment>,
    /// The checks, by their stable code (`CC001`).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub checks: BTreeMap<String, Check>,
    /// Known findings to report as waived; every layer's waivers add up.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub waivers: Vec<Waiver>,
}

/// How claims are put side by side.
#[derive(Debug, Clone, Default, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Alignment {
    /// How alike two spellings of a counted thing must be (Jaro-Winkler, 0 to 1) to be one thing.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub similarity: Option<f64>,
    /// `separate`: figures anchored in another year form their own group; `ignore`: they do not.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub years: Option<Policy>,
    /// `separate`: figures for two different places or days never conflict; `ignore`: they may.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub occasions: Option<Policy>,
    /// Counted things that each holder has its own number of ("seat", "vote"): a figure of one
    /// is compared only with figures of the same holder ("National Renewal won 56 seats").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub held: Vec<String>,
}

#[derive(Debug, Clone, Copy, Deserialize, Serialize, PartialEq, Eq)]
#[serde(rename_all = "kebab-case")]
pub enum Policy {
    Separate,
    Ignore,
}

/// How serious a check's findings are.
#[derive(Debug, Clone, Copy, Deserialize, Serialize, PartialEq, Eq, PartialOrd, Ord)]
#[serde(rename_all = "kebab-case")]
pub enum Level {
    Error,
    Warning,
    Info,
}

/// One check: what it finds, how serious it is, and its documentation.
#[derive(Debug, Clone, Default, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Check {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub level: Option<Level>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub example: Option<String>,
}

/// A finding a rule author has looked at and accepts, with the reason.
#[derive(Debug, Clone, Default, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Waiver {
    /// The group's key (`count|killed|soldier`), as `check --format json` prints it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group: Option<String>,
    /// Or the text of a claim in the finding (`eight Malian soldiers`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub claim: Option<String>,
    pub reason: String,
}

#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Rate {
    pub usd: f64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
}

#[derive(Debug, Clone, Default, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Changes {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub up: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub extend_up: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub down: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub extend_down: Vec<String>,
}

#[derive(Debug, Clone, Default, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Reading {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub boilerplate: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub extend_boilerplate: Vec<String>,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub source_aliases: BTreeMap<String, String>,
}

#[derive(Debug, Clone, Default, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Judge {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub approx: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rounding: Option<bool>,
}

#[derive(Debug, Clone, Copy, Deserialize, Serialize, PartialEq, Eq)]
#[serde(rename_all = "kebab-case")]
pub enum HedgeBound {
    Approx,
    Lower,
    Upper,
}

#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Hedge {
    pub bound: HedgeBound,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub low: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub high: Option<f64>,
    /// Written after the number ("300 or more", "90-plus", "20+"), not before it.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub after: bool,
}

#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Scale {
    pub factor: f64,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub money_only: bool,
}

#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Unit {
    pub names: Vec<String>,
    pub dimension: String,
    pub factor: f64,
}

#[derive(Debug, Clone, Default, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Currency {
    #[serde(default)]
    pub symbols: Vec<String>,
    #[serde(default)]
    pub names: Vec<String>,
}

#[derive(Debug, Clone, Default, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Predicate {
    #[serde(default)]
    pub triggers: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub extend_triggers: Vec<String>,
    /// Triggers said of sums only: "a $334 million deal" was paid, but "the deal will cut 5,000
    /// jobs" pays no one.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub money_triggers: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    /// What a bare figure with this predicate counts ("five were killed" counts people).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_entity: Option<String>,
    /// The counted thing is the one that does what a trigger after it says, even to an object
    /// ("200 people attended the vigil", "500 families fled the town"). Where it is not (the
    /// default), a trigger with an object after the figure tells what the figure did, not what
    /// befell it: "two gunmen killed 12 people" kills no gunmen.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub doer: Option<bool>,
    /// The kinds of figure the predicate is said of (`kinds = ["money"]`: "paid $5 million", not
    /// "paying taxes for 18 years"); every kind where none are given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kinds: Option<Vec<crate::claim::Kind>>,
    /// Sentences in which a figure must take this predicate (`rules test` runs them).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub examples: Vec<String>,
    /// Sentences in which no figure may take this predicate.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub counter_examples: Vec<String>,
}

#[derive(Debug, Clone, Default, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Entity {
    #[serde(default)]
    pub synonyms: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub extend_synonyms: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent: Option<String>,
    /// A class whose kinds this word may name any one of: "men" may be the miners or the soldiers
    /// another article counts (`stands-for = "person"`), where no kind of the class it was
    /// counted with could be told from another.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stands_for: Option<String>,
}

#[derive(Debug, Clone, Default, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Speech {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verbs: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub extend_verbs: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub according: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub extend_according: Vec<String>,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub aliases: BTreeMap<String, String>,
    /// Words that tell a man ("Mr", "spokesman", "father", a first name), for "he" and "she".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub male: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub extend_male: Vec<String>,
    /// Words that tell a woman ("Ms", "spokeswoman", "mother", a first name).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub female: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub extend_female: Vec<String>,
}

/// Appends the items not already there (so that a layer read twice changes nothing).
fn append_new<T: PartialEq>(list: &mut Vec<T>, more: Vec<T>) {
    for item in more {
        if !list.contains(&item) {
            list.push(item);
        }
    }
}

/// A list with its `extend-*` companion applied: `replace` (when given) takes the place of `base`,
/// then `extend` is appended.
fn layer_list(base: &mut Option<Vec<String>>, replace: Option<Vec<String>>, extend: Vec<String>) {
    if let Some(r) = replace {
        *base = Some(r);
    }
    if !extend.is_empty() {
        base.get_or_insert_with(Vec::new).extend(extend);
    }
}

impl RulesFile {
    /// Lays `other` over `self`.
    pub fn update(&mut self, other: RulesFile) {
        if let Some(r) = other.reading {
            let mine = self.reading.get_or_insert_with(Reading::default);
            layer_list(&mut mine.boilerplate, r.boilerplate, r.extend_boilerplate);
            mine.source_aliases.extend(r.source_aliases);
        }
        if let Some(j) = other.judge {
            let mine = self.judge.get_or_insert_with(Judge::default);
            mine.approx = j.approx.or(mine.approx);
            mine.rounding = j.rounding.or(mine.rounding);
        }
        self.hedges.extend(other.hedges);
        self.vague.extend(other.vague);
        self.scales.extend(other.scales);
        self.units.extend(other.units);
        self.rates.extend(other.rates);
        if let Some(a) = other.alignment {
            let mine = self.alignment.get_or_insert_with(Alignment::default);
            mine.similarity = a.similarity.or(mine.similarity);
            mine.years = a.years.or(mine.years);
            mine.occasions = a.occasions.or(mine.occasions);
            append_new(&mut mine.held, a.held);
        }
        for (code, c) in other.checks {
            let mine = self.checks.entry(code).or_default();
            mine.name = c.name.or(mine.name.take());
            mine.level = c.level.or(mine.level);
            mine.enabled = c.enabled.or(mine.enabled);
            mine.message = c.message.or(mine.message.take());
            mine.description = c.description.or(mine.description.take());
            mine.example = c.example.or(mine.example.take());
        }
        append_new(&mut self.waivers, other.waivers);
        self.currencies.extend(other.currencies);
        for (name, p) in other.predicates {
            // a trigger belongs to the predicate of the highest layer that names it, and within
            // the predicate to the list the layer names it in
            let plain: Vec<String> = p
                .triggers
                .iter()
                .chain(&p.extend_triggers)
                .cloned()
                .collect();
            let money = p.money_triggers.clone();
            let named = |t: &String| plain.contains(t) || money.contains(t);
            for (other_name, o) in self.predicates.iter_mut() {
                if *other_name != name {
                    o.triggers.retain(|t| !named(t));
                    o.money_triggers.retain(|t| !named(t));
                }
            }
            let mine = self.predicates.entry(name).or_default();
            if !p.triggers.is_empty() {
                mine.triggers = p.triggers;
            }
            if !p.money_triggers.is_empty() {
                mine.money_triggers = p.money_triggers;
            }
            mine.triggers.extend(p.extend_triggers);
            mine.triggers.retain(|t| !money.contains(t));
            mine.money_triggers.retain(|t| !plain.contains(t));
            mine.role = p.role.or(mine.role.take());
            mine.default_entity = p.default_entity.or(mine.default_entity.take());
            mine.doer = p.doer.or(mine.doer.take());
            mine.kinds = p.kinds.or(mine.kinds.take());
            append_new(&mut mine.examples, p.examples);
            append_new(&mut mine.counter_examples, p.counter_examples);
        }
        for (name, e) in other.entities {
            let mine = self.entities.entry(name).or_default();
            if !e.synonyms.is_empty() {
                mine.synonyms = e.synonyms;
            }
            mine.synonyms.extend(e.extend_synonyms);
            mine.parent = e.parent.or(mine.parent.take());
            mine.stands_for = e.stands_for.or(mine.stands_for.take());
        }
        if let Some(s) = other.speech {
            let mine = self.speech.get_or_insert_with(Speech::default);
            layer_list(&mut mine.verbs, s.verbs, s.extend_verbs);
            layer_list(&mut mine.according, s.according, s.extend_according);
            mine.aliases.extend(s.aliases);
            layer_list(&mut mine.male, s.male, s.extend_male);
            layer_list(&mut mine.female, s.female, s.extend_female);
        }
        if let Some(c) = other.changes {
            let mine = self.changes.get_or_insert_with(Changes::default);
            layer_list(&mut mine.up, c.up, c.extend_up);
            layer_list(&mut mine.down, c.down, c.extend_down);
        }
    }
}
