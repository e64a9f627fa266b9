//! crosscheck: do news reports agree on the facts?
//!
//! The pipeline is four verbs over plain data: `bundle::read` turns paths into articles,
//! `grammar::extract` finds the claims in each, `align::group` puts claims that state the same
//! quantity side by side, and `judge::judge` says whether each group agrees. `report` renders the
//! result. The library never prints.

pub mod align;
pub mod bundle;
pub mod claim;
pub mod cli;
pub mod error;
pub mod grammar;
pub mod judge;
pub mod report;
pub mod rules;
pub mod text;

use serde::Serialize;

pub use bundle::{Article, Bundle};
pub use claim::{Attribution, Claim};
pub use error::Error;
pub use rules::Rules;

/// One article's claims and statements, as `extract --format json` prints them.
#[derive(Debug, Clone, Serialize)]
pub struct Document {
    pub id: String,
    pub path: String,
    pub source: String,
    pub url: Option<String>,
    pub published: Option<String>,
    pub title: Option<String>,
    pub claims: Vec<Claim>,
    pub attributions: Vec<Attribution>,
    /// Paragraphs read once because the article repeats them.
    pub repeated_paragraphs: usize,
    /// Paragraphs dropped as boilerplate.
    pub boilerplate_paragraphs: usize,
    /// Hashes of the article's five-word shingles, to find copies of one story.
    #[serde(skip)]
    pub fingerprint: Vec<u64>,
    /// The article's bytes, which every offset points into (for reports that show the text).
    #[serde(skip)]
    pub bytes: Vec<u8>,
    /// Where the body starts in `bytes` (after a front-matter block).
    #[serde(skip)]
    pub body_start: usize,
}

impl Document {
    /// The original text between two byte offsets (invalid UTF-8 shown as U+FFFD).
    pub fn slice(&self, start: usize, end: usize) -> String {
        let end = end.min(self.bytes.len());
        String::from_utf8_lossy(&self.bytes[start.min(end)..end]).into_owned()
    }
}

/// Extracts the claims of every article, in the bundle's order.
pub fn extract(articles: &[Article], rules: &Rules) -> Vec<Document> {
    extract_each(articles, rules, |_| {})
}

/// As `extract`, telling `progress` how many articles are done after each one.
pub fn extract_each(
    articles: &[Article],
    rules: &Rules,
    mut progress: impl FnMut(usize),
) -> Vec<Document> {
    articles
        .iter()
        .enumerate()
        .map(|(i, a)| {
            progress(i);
            let x = grammar::extract(a, rules);
            Document {
                id: a.id.clone(),
                path: a.path.clone(),
                source: rules.source_name(&a.source),
                url: a.url.clone(),
                published: a.published.clone(),
                title: a.title.clone(),
                claims: x.claims,
                attributions: x.attributions,
                repeated_paragraphs: x.repeated,
                boilerplate_paragraphs: x.boilerplate,
                fingerprint: align::fingerprint(&String::from_utf8_lossy(&a.bytes[a.body_start..])),
                bytes: a.bytes.clone(),
                body_start: a.body_start,
            }
        })
        .collect()
}

/// A predicate's example that does not behave as its rules file says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExampleFailure {
    pub predicate: String,
    pub sentence: String,
    /// `true`: the sentence should have matched; `false`: it should not have.
    pub should_match: bool,
}

/// Runs the examples the rules give for their predicates (`rules test`): in each example some
/// figure must take the predicate, in each counter-example none may.
pub fn test_examples(rules: &Rules) -> (usize, Vec<ExampleFailure>) {
    let mut failures = Vec::new();
    let mut run = 0;
    for (name, p) in &rules.file.predicates {
        let cases = p
            .examples
            .iter()
            .map(|s| (s, true))
            .chain(p.counter_examples.iter().map(|s| (s, false)));
        for (sentence, should_match) in cases {
            run += 1;
            let article = Article {
                id: "example".into(),
                path: "example".into(),
                source: "example".into(),
                url: None,
                published: None,
                title: None,
                bytes: sentence.as_bytes().to_vec(),
                body_start: 0,
            };
            let x = grammar::extract(&article, rules);
            let matched = x
                .claims
                .iter()
                .any(|c| c.predicate.as_deref() == Some(name.as_str()));
            if matched != should_match {
                failures.push(ExampleFailure {
                    predicate: name.clone(),
                    sentence: sentence.clone(),
                    should_match,
                });
            }
        }
    }
    (run, failures)
}
