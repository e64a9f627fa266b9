//! The JSON-lines writer (`report::write_json_line`, `report::json_line`) writes the bytes
//! `serde_json` writes, for every document and every judged group of the fixtures.

use std::path::PathBuf;

use crosscheck::{Article, Rules, report};
use serde::Serialize;

use crate::{root, shared};

/// `v` through both of the report's writers, each checked against serde_json.
fn same_as_serde_json<T: Serialize>(v: &T, what: &str) {
    let mut want = serde_json::to_vec(v).expect("serde_json writes it");
    want.push(b'\n');
    let mut got = Vec::new();
    report::write_json_line(&mut got, v).expect("writes");
    assert!(
        got == want,
        "{what}:\n ours: {}\nserde: {}",
        String::from_utf8_lossy(&got),
        String::from_utf8_lossy(&want)
    );
    assert_eq!(report::json_line(v).as_bytes(), &want[..], "{what}");
}

/// Extracts and judges `paths` together, and checks every document and group.
fn check_bundle(paths: &[PathBuf]) -> (usize, usize) {
    let bundle = crosscheck::bundle::read(paths);
    assert!(!bundle.articles.is_empty(), "{paths:?}");
    check_articles(&bundle.articles)
}

fn check_articles(articles: &[Article]) -> (usize, usize) {
    let rules = Rules::defaults();
    let docs = crosscheck::extract(articles, &rules);
    for d in &docs {
        same_as_serde_json(d, &d.path);
    }
    let copies = crosscheck::align::find_copies(&docs);
    let groups = crosscheck::judge::judge(
        &rules,
        &docs,
        crosscheck::align::group(&rules, &docs),
        &copies,
    );
    for g in &groups {
        same_as_serde_json(g, &g.key);
    }
    (docs.len(), groups.len())
}

#[test]
fn each_fixture_bundle_is_written_as_serde_json_writes_it() {
    let mut all_groups = 0;
    for dir in ["kidal", "flood", "voices"] {
        let (docs, groups) = check_bundle(&[root().join("fixtures").join(dir)]);
        assert!(
            docs > 0 && groups > 0,
            "{dir}: {docs} documents, {groups} groups"
        );
        all_groups += groups;
    }
    assert!(all_groups > 10);
}

#[test]
fn the_fixtures_together_and_the_json_lines_inputs_are_written_as_serde_json_writes_them() {
    let f = root().join("fixtures");
    let mut paths: Vec<PathBuf> = ["kidal", "flood", "voices"]
        .iter()
        .map(|d| f.join(d))
        .collect();
    paths.push(f.join("jsonl").join("mixed.jsonl"));
    check_bundle(&paths);
}

#[test]
fn the_sentences_are_written_as_serde_json_writes_them() {
    // each sentence of fixtures/sentences an article, the figures of a file judged together
    for entry in std::fs::read_dir(root().join("fixtures/sentences")).expect("fixtures/sentences") {
        let path = entry.expect("an entry").path();
        let articles: Vec<Article> = std::fs::read_to_string(&path)
            .expect("readable")
            .lines()
            .enumerate()
            .map(|(n, line)| {
                let case: serde_json::Value = serde_json::from_str(line).expect("a JSON line");
                let text = case["text"].as_str().expect("a text");
                Article {
                    source: format!("source {}", n % 3),
                    published: Some("2014-05-17".into()),
                    ..Article::new(format!("s{n}"), text)
                }
            })
            .collect();
        let (docs, _) = check_articles(&articles);
        assert!(docs > 5, "{}", path.display());
    }
}

#[test]
fn the_shared_seeds_are_written_as_serde_json_writes_them() {
    if let Some(seeds) = shared("seeds") {
        check_bundle(&[seeds]);
    }
}
