//! The whole run over any bytes: read as a JSON-lines bundle and as plain articles, extracted,
//! grouped, judged, and rendered in every format. It never panics.
#![no_main]

use std::path::Path;
use std::sync::OnceLock;

use crosscheck::report::{self, Findings, Format, Layout};
use crosscheck::{align, bundle, judge, Article, Rules};
use libfuzzer_sys::fuzz_target;

fn rules() -> &'static Rules {
    static RULES: OnceLock<Rules> = OnceLock::new();
    RULES.get_or_init(Rules::defaults)
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

fuzz_target!(|bytes: &[u8]| {
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
    let layout = Layout { width: 100, ..Layout::default() };
    for format in FORMATS {
        let findings = Findings {
            groups: &groups,
            quotes: &quotes,
            copies: &copies,
            near_misses: Some(&near),
        };
        let out = report::check(format, &docs, findings, &layout);
        if format == Format::Html {
            assert!(!out.contains("<script>alert"), "unescaped markup in the HTML report");
        }
        let _ = report::extract(format, &docs, &layout);
    }
});
