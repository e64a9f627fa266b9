//! The grammar on `fixtures/sentences/`: one file per construction, each sentence with the figures
//! a reader finds in it. Each expected figure must be extracted with its value, bound, unit, kind and,
//! where given, counted thing (its head noun, or the whole thing where more than one word is given;
//! `""`: none), predicate (`""`: none), change and time anchor (`""`: none).

use crosscheck::{Article, Rules};
use serde::Deserialize;

use crate::root;

#[derive(Deserialize)]
struct Case {
    text: String,
    expect: Vec<Expect>,
}

#[derive(Deserialize)]
struct Expect {
    text: String,
    value: Option<f64>,
    low: Option<f64>,
    high: Option<f64>,
    bound: String,
    unit: Option<String>,
    entity: Option<String>,
    predicate: Option<String>,
    change: Option<String>,
    kind: String,
    #[serde(default)]
    time: Option<String>,
}

fn article(text: &str) -> Article {
    Article::new("s", text)
}

/// Every sentence of one file, extracted: a compact line per figure, for the snapshot, and the
/// expectations that do not hold.
fn run_file(name: &str) -> (String, Vec<String>) {
    let rules = Rules::defaults();
    let path = root().join("fixtures/sentences").join(name);
    let mut lines = String::new();
    let mut failures = Vec::new();
    for (n, line) in std::fs::read_to_string(&path).unwrap().lines().enumerate() {
        let case: Case =
            serde_json::from_str(line).unwrap_or_else(|e| panic!("{name}:{}: {e}", n + 1));
        let docs = crosscheck::extract(&[article(&case.text)], &rules);
        let claims: Vec<_> = docs[0]
            .claims
            .iter()
            .filter(|c| c.kind.is_figure())
            .collect();
        lines.push_str(&format!("{}\n", case.text));
        for c in &claims {
            lines.push_str(&format!(
                "  {:?} {:?} {:?} [{:?}, {:?}] {:?} unit={:?} entity={:?} predicate={:?} change={:?}\n",
                c.text, c.kind, c.value, c.low, c.high, c.bound, c.unit, c.entity, c.predicate, c.change
            ));
        }
        for e in &case.expect {
            let Some(c) = claims
                .iter()
                .find(|c| c.text.contains(e.text.as_str()) || e.text.contains(c.text.as_str()))
            else {
                failures.push(format!(
                    "{name}:{}: {:?} not found in {:?}",
                    n + 1,
                    e.text,
                    case.text
                ));
                continue;
            };
            let mut wrong = Vec::new();
            let bound = serde_json::to_value(c.bound).unwrap();
            let kind = serde_json::to_value(c.kind).unwrap();
            if bound != e.bound.as_str() {
                wrong.push(format!("bound {bound} (want {})", e.bound));
            }
            if kind != e.kind.as_str() {
                wrong.push(format!("kind {kind} (want {})", e.kind));
            }
            if e.bound != "vague" && e.bound != "approx" && (c.low, c.high) != (e.low, e.high) {
                wrong.push(format!(
                    "interval {:?}-{:?} (want {:?}-{:?})",
                    c.low, c.high, e.low, e.high
                ));
            }
            if e.bound != "vague" && e.bound != "range" && c.value != e.value {
                wrong.push(format!("value {:?} (want {:?})", c.value, e.value));
            }
            if c.unit.as_deref() != e.unit.as_deref() {
                wrong.push(format!("unit {:?} (want {:?})", c.unit, e.unit));
            }
            // (an expected entity of one word is the head noun; one of more words is the whole)
            let whole = e.entity.as_ref().is_some_and(|x| x.contains(' '));
            let head = c.entity.as_ref().map(|x| {
                let x = x.as_str();
                match whole {
                    true => x,
                    false => x.rsplit(' ').next().unwrap_or(""),
                }
                .to_lowercase()
            });
            // an empty entity in the file: the figure must have none
            if e.entity.as_deref() == Some("") {
                if c.entity.is_some() {
                    wrong.push(format!("entity {:?} (want none)", c.entity));
                }
            } else if e.entity.is_some() && head != e.entity.as_ref().map(|x| x.to_lowercase()) {
                wrong.push(format!("entity {:?} (want {:?})", c.entity, e.entity));
            }
            // an empty predicate in the file: the figure must have none
            let want = e
                .predicate
                .as_deref()
                .map(|p| Some(p).filter(|p| !p.is_empty()));
            if want.is_some_and(|p| c.predicate.as_deref() != p) {
                wrong.push(format!(
                    "predicate {:?} (want {:?})",
                    c.predicate, e.predicate
                ));
            }
            let change = c.change.map(|x| {
                serde_json::to_value(x)
                    .unwrap()
                    .as_str()
                    .unwrap()
                    .to_string()
            });
            if change != e.change {
                wrong.push(format!("change {change:?} (want {:?})", e.change));
            }
            // an empty time in the file: the figure must have none
            match e.time.as_deref() {
                Some("") if c.time.is_some() => {
                    wrong.push(format!("time {:?} (want none)", c.time));
                }
                Some(t) if !t.is_empty() && c.time.as_deref() != Some(t) => {
                    wrong.push(format!("time {:?} (want {t:?})", c.time));
                }
                _ => {}
            }
            if !wrong.is_empty() {
                failures.push(format!(
                    "{name}:{}: {:?}: {}",
                    n + 1,
                    e.text,
                    wrong.join(", ")
                ));
            }
        }
        if case.expect.is_empty() && !claims.is_empty() {
            failures.push(format!(
                "{name}:{}: no figure expected, found {:?}",
                n + 1,
                claims.iter().map(|c| &c.text).collect::<Vec<_>>()
            ));
        }
    }
    (lines, failures)
}

const FILES: &[&str] = &[
    "numbers",
    "hedges",
    "ranges",
    "vague",
    "changes",
    "units",
    "events",
    "sums",
    "not_figures",
    "anchors",
];

#[test]
fn sentence_snapshots() {
    for name in FILES {
        let (lines, _) = run_file(&format!("{name}.jsonl"));
        insta::assert_snapshot!(format!("sentences_{name}"), lines);
    }
}

#[test]
fn sentence_expectations() {
    let mut all = Vec::new();
    for name in FILES {
        all.extend(run_file(&format!("{name}.jsonl")).1);
    }
    assert!(
        all.is_empty(),
        "{} expectations do not hold:\n{}",
        all.len(),
        all.join("\n")
    );
}
