//! What the fuzz targets check, shared with the test that replays their corpus
//! (`tests/corpus.rs`), so every input the fuzzers kept is run by `cargo test` on stable Rust.

#![allow(dead_code)] // each target uses one of these

use std::path::Path;
use std::sync::OnceLock;

use crosscheck::report::{self, Findings, Format, Layout};
use crosscheck::{Article, Rules, align, bundle, grammar, judge};

fn rules() -> &'static Rules {
    static RULES: OnceLock<Rules> = OnceLock::new();
    RULES.get_or_init(Rules::defaults)
}

fn article(bytes: &[u8]) -> Article {
    Article {
        published: Some("2014-05-19".into()),
        ..Article::new("fuzz", bytes)
    }
}

/// The grammar over any bytes: it never panics, and every claim and attribution points inside
/// the article, at the text it says it found there.
pub fn grammar(bytes: &[u8]) {
    let found = grammar::extract(&article(bytes), rules());
    let valid = std::str::from_utf8(bytes).ok();
    for c in &found.claims {
        assert!(
            c.start <= c.end && c.end <= bytes.len(),
            "claim span out of the article: {c:?}"
        );
        assert!(
            c.sentence.start <= c.start && c.end <= c.sentence.end,
            "claim outside its sentence: {c:?}"
        );
        if let Some(text) = valid {
            assert_eq!(
                &text[c.start..c.end],
                c.text,
                "a claim's text is not what its offsets hold"
            );
        }
        for v in [c.value, c.low, c.high].into_iter().flatten() {
            assert!(
                v.is_finite(),
                "a claim with a value that is not a number: {c:?}"
            );
        }
    }
    for a in &found.attributions {
        assert!(
            a.cue.start <= a.cue.end && a.cue.end <= bytes.len(),
            "cue out of the article: {a:?}"
        );
    }
}

const FORMATS: [Format; 7] = [
    Format::Table,
    Format::Json,
    Format::Markdown,
    Format::Csv,
    Format::Jsonld,
    Format::Html,
    Format::Jsonl,
];

/// The whole run over any bytes: read as a JSON-lines bundle and as plain articles, extracted,
/// grouped, judged, and rendered in every format. It never panics, and no markup from the input
/// reaches the HTML page unescaped.
pub fn whole(bytes: &[u8]) {
    let rules = rules();
    let mut articles: Vec<Article> = Vec::new();
    // each line as a JSON-lines record
    for (n, line) in bytes.split(|&b| b == b'\n').enumerate() {
        if let Ok(a) = bundle::record(Path::new("fuzz.jsonl"), n + 1, line) {
            articles.push(a);
        }
    }
    // and the parts between form feeds as plain articles from three outlets
    for (n, part) in bytes.split(|&b| b == b'\x0c').enumerate().take(3) {
        articles.push(Article {
            id: format!("a{n}"),
            path: format!("a{n}.txt"),
            source: ["AFP", "=cmd|' /C calc'!A0", "<b>Reuters</b>"][n].into(),
            url: None,
            published: Some(["2014-05-18", "2014-05-19", "not a date"][n].into()),
            title: Some("<script>alert(1)</script>".into()),
            bytes: part.to_vec(),
            body_start: 0,
        });
    }
    let docs = crosscheck::extract(&articles, rules);
    let copies = align::find_copies(&docs);
    let grouped = align::group(rules, &docs);
    let near = align::near_misses(rules, &grouped);
    let groups = judge::judge(rules, &docs, grouped, &copies);
    let quotes = align::compare_quotes(&docs);
    let layout = Layout {
        width: 100,
        ..Layout::default()
    };
    for format in FORMATS {
        let findings = Findings {
            groups: &groups,
            quotes: &quotes,
            copies: &copies,
            near_misses: Some(&near),
        };
        let out = report::check(format, &docs, findings, &layout);
        if format == Format::Html {
            assert!(
                !out.contains("<script>alert"),
                "unescaped markup in the HTML report"
            );
        }
        let _ = report::extract(format, &docs, &layout);
    }
}
