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
mod interval;
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

/// The documents of a run, found by id in constant time (a claim names its article by id).
pub struct Articles<'d> {
    pub all: &'d [Document],
    by_id: std::collections::HashMap<&'d str, &'d Document>,
}

impl<'d> Articles<'d> {
    pub fn new(all: &'d [Document]) -> Self {
        let by_id = all.iter().map(|d| (d.id.as_str(), d)).collect();
        Articles { all, by_id }
    }

    /// The document with this id.
    pub fn get(&self, id: &str) -> Option<&'d Document> {
        self.by_id.get(id).copied()
    }
}

/// Extracts the claims of one article.
pub fn extract_one(a: &Article, rules: &Rules) -> Document {
    document(a.clone(), rules)
}

/// Extracts the claims of every article, in the bundle's order.
pub fn extract(articles: &[Article], rules: &Rules) -> Vec<Document> {
    extract_each(articles.to_vec(), rules, |_| {})
}

/// As `extract`, taking the articles (their bytes move into the documents instead of being
/// copied) and telling `progress` how many articles are done after each one.
pub fn extract_each(
    articles: Vec<Article>,
    rules: &Rules,
    progress: impl Fn(usize) + Sync,
) -> Vec<Document> {
    let done = std::sync::atomic::AtomicUsize::new(0);
    extract_map(articles, rules, |d| {
        progress(done.fetch_add(1, std::sync::atomic::Ordering::Relaxed) + 1);
        d
    })
}

/// Extracts the articles in parallel and turns each document into what `map` makes of it, on the
/// thread that extracted it; the results keep the articles' order.
fn extract_map<T: Send>(
    articles: Vec<Article>,
    rules: &Rules,
    map: impl Fn(Document) -> T + Sync,
) -> Vec<T> {
    use rayon::prelude::*;
    articles
        .into_par_iter()
        .map(|a| map(document(a, rules)))
        .collect()
}

fn document(a: Article, rules: &Rules) -> Document {
    let x = grammar::extract(&a, rules);
    Document {
        source: rules.source_name(a.source),
        id: a.id,
        path: a.path,
        url: a.url,
        published: a.published,
        title: a.title,
        claims: x.claims,
        attributions: x.attributions,
        repeated_paragraphs: x.repeated,
        boilerplate_paragraphs: x.boilerplate,
        bytes: a.bytes,
        body_start: a.body_start,
    }
}

/// Hands a document's lists of claims and statements, emptied, with their room, to the next
/// article extracted on this thread (`grammar::give_back`), and lets the rest of it go.
pub fn recycle(doc: Document) {
    grammar::give_back(doc.claims, doc.attributions);
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
            let article = Article::new("example", sentence.as_str());
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

/// `BufRead::read_until(b'\n', buf)`, with the newline found by `memchr`'s search (vectorised,
/// `text::search::NEWLINE`) where std's `read_until` runs a generic byte search: measured, 1.1 M
/// instructions less for reading 1 MB of records.
fn read_line(input: &mut impl std::io::BufRead, buf: &mut Vec<u8>) -> std::io::Result<usize> {
    let mut read = 0;
    loop {
        let available = match input.fill_buf() {
            Ok(available) => available,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        let (done, used) = match text::search::NEWLINE.find(available) {
            Some(i) => (true, i + 1),
            None => (available.is_empty(), available.len()),
        };
        buf.extend_from_slice(&available[..used]);
        input.consume(used);
        read += used;
        if done {
            return Ok(read);
        }
    }
}

/// Reads JSON lines from `input` a chunk at a time, extracts each chunk in parallel, turns every
/// document into what `map` makes of it (on the thread that extracted it, so a document's memory
/// never crosses threads), and hands each result (in input order) or problem to `emit`. Memory
/// stays bounded by the chunk, and output starts before the input ends: the map step of a
/// distributed run (docs/scale.md).
pub fn stream_jsonl<T: Send>(
    mut input: impl std::io::BufRead,
    name: &std::path::Path,
    rules: &Rules,
    map: impl Fn(Document) -> T + Sync,
    mut emit: impl FnMut(Result<T, bundle::Problem>) -> std::io::Result<()>,
) -> std::io::Result<()> {
    const CHUNK: usize = 256;
    let mut chunk: Vec<Result<Article, bundle::Problem>> = Vec::with_capacity(CHUNK);
    let mut flush = |chunk: &mut Vec<Result<Article, bundle::Problem>>| -> std::io::Result<()> {
        let mut results = Vec::with_capacity(chunk.len());
        let mut articles = Vec::with_capacity(chunk.len());
        for r in chunk.drain(..) {
            match r {
                Ok(a) => {
                    articles.push(a);
                    results.push(None);
                }
                Err(p) => results.push(Some(p)),
            }
        }
        let mut done = extract_map(articles, rules, &map).into_iter();
        for r in results {
            match r {
                None => emit(Ok(done
                    .next()
                    .unwrap_or_else(|| unreachable!("a result for every article"))))?,
                Some(p) => emit(Err(p))?,
            }
        }
        Ok(())
    };
    let mut read = |line: &[u8], line_no: usize| -> std::io::Result<()> {
        if !line.iter().all(|b| b.is_ascii_whitespace()) {
            chunk.push(bundle::record(name, line_no, line));
            if chunk.len() == CHUNK {
                flush(&mut chunk)?;
            }
        }
        Ok(())
    };
    // a line whole in the reader's buffer (nearly every one) is read there; one that is not is
    // copied into `buf`, one buffer for every such line (as `split(b'\n')` cuts them)
    let mut buf = Vec::new();
    let mut line_no = 0;
    loop {
        let available = match input.fill_buf() {
            Ok(available) => available,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if available.is_empty() {
            break;
        }
        line_no += 1;
        if let Some(end) = text::search::NEWLINE.find(available) {
            read(&available[..end], line_no)?;
            input.consume(end + 1);
            continue;
        }
        read_line(&mut input, &mut buf)?;
        read(buf.strip_suffix(b"\n").unwrap_or(&buf), line_no)?;
        buf.clear();
    }
    flush(&mut chunk)
}

/// The text of every file one folder down in `fixtures/` (the articles, the sentences, the bad
/// inputs), for the tests that check a fast path against the slow one on real wording.
#[cfg(test)]
pub(crate) fn fixture_texts() -> Vec<String> {
    let fixtures = concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures");
    let mut texts = Vec::new();
    for dir in std::fs::read_dir(fixtures).unwrap() {
        for file in std::fs::read_dir(dir.unwrap().path()).into_iter().flatten() {
            texts.push(std::fs::read_to_string(file.unwrap().path()).unwrap_or_default());
        }
    }
    texts
}

#[cfg(test)]
mod tests {
    use std::io::{BufRead, BufReader};

    /// Lines read whole in the reader's buffer or across its edge give the same records, with
    /// the same line numbers, blank lines and a last line without a newline among them.
    #[test]
    fn a_stream_reads_lines_across_the_readers_buffer() {
        let text = "{\"id\":\"a\",\"text\":\"Ten people died.\"}\n\n  \n{\"id\":\"b\",\"text\":\"x\"}\nnot json\n{\"id\":\"c\",\"text\":\"Five.\"}";
        let rules = crate::Rules::defaults();
        let read = |capacity| {
            let mut got = Vec::new();
            let input = BufReader::with_capacity(capacity, text.as_bytes());
            let name = std::path::Path::new("t.jsonl");
            super::stream_jsonl(
                input,
                name,
                &rules,
                |d| d.path,
                |r| {
                    got.push(r.unwrap_or_else(|p| p.error.to_string()));
                    Ok(())
                },
            )
            .unwrap();
            got
        };
        let want = read(1 << 16);
        assert_eq!(want.len(), 4, "{want:?}");
        assert_eq!(want[3], "t.jsonl:6");
        for capacity in [1, 3, 8, 40] {
            assert_eq!(read(capacity), want, "{capacity}");
        }
    }

    #[test]
    fn read_line_reads_as_read_until() {
        let text = b"{\"a\":1}\n\n  \nlong line that spans the reader's small buffer\nlast";
        // a buffer of three bytes, so that lines are read in pieces
        let mut ours = BufReader::with_capacity(3, &text[..]);
        let mut std = BufReader::with_capacity(3, &text[..]);
        let (mut a, mut b) = (Vec::new(), Vec::new());
        loop {
            let n = super::read_line(&mut ours, &mut a).unwrap();
            assert_eq!(n, std.read_until(b'\n', &mut b).unwrap());
            assert_eq!(a, b);
            if n == 0 {
                break;
            }
            a.clear();
            b.clear();
        }
    }
}
