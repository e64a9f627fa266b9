//! Throughput: the grammar alone, extract and check, on a corpus recombined from the fixtures at
//! 1 MB and 10 MB (100 MB with `CROSSCHECK_BENCH_BIG=1`), check on 10,000 articles and its reports,
//! and grouping at 1k, 10k and 100k claims. `cargo bench`; the README's performance table gives the figures.

mod corpus;

/// The allocator the `crosscheck` binary uses, so the figures are the ones a user gets.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use std::hint::black_box;
use std::path::Path;

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use crosscheck::{Article, Rules, align, judge, report};

fn to_articles(pairs: Vec<(String, String)>) -> Vec<Article> {
    pairs
        .into_iter()
        .enumerate()
        .map(|(i, (source, text))| Article {
            source,
            published: Some("2014-05-19".into()),
            ..Article::new(format!("a{i}"), text)
        })
        .collect()
}

fn sizes() -> Vec<usize> {
    let mut s = vec![1 << 20, 10 << 20];
    if std::env::var_os("CROSSCHECK_BENCH_BIG").is_some() {
        s.push(100 << 20);
    }
    s
}

fn bench(c: &mut Criterion) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let rules = Rules::defaults();
    let mut g = c.benchmark_group("extract");
    g.sample_size(10);
    for size in sizes() {
        let articles = to_articles(corpus::articles(root, size, 42));
        let bytes: usize = articles.iter().map(|a| a.bytes.len()).sum();
        g.throughput(Throughput::Bytes(bytes as u64));
        // the grammar on one thread
        g.bench_with_input(
            BenchmarkId::new("grammar, one thread", size >> 20),
            &articles,
            |b, a| {
                b.iter(|| {
                    a.iter()
                        .map(|x| crosscheck::grammar::extract(x, &rules).claims.len())
                        .sum::<usize>()
                })
            },
        );
        // extract: every article, in parallel
        g.bench_with_input(
            BenchmarkId::new("extract", size >> 20),
            &articles,
            |b, a| b.iter(|| black_box(crosscheck::extract(a, &rules)).len()),
        );
    }
    g.finish();

    let mut g = c.benchmark_group("check");
    g.sample_size(10);
    // (10,000 articles of some 2.8 KB, 28 MB in all, the bundle: two of the corpus's
    // articles of eight paragraphs each made one)
    let pairs = corpus::articles(root, 60 << 20, 7);
    let articles = to_articles(
        pairs
            .chunks(2)
            .take(10_000)
            .map(|p| {
                let text: Vec<&str> = p.iter().map(|(_, t)| t.as_str()).collect();
                (p[0].0.clone(), text.join("\n\n"))
            })
            .collect(),
    );
    let bytes: usize = articles.iter().map(|a| a.bytes.len()).sum();
    eprintln!("check: {} articles, {bytes} bytes", articles.len());
    g.throughput(Throughput::Elements(articles.len() as u64));
    g.bench_function(BenchmarkId::new("check, articles", articles.len()), |b| {
        b.iter(|| {
            let docs = crosscheck::extract(&articles, &rules);
            let copies = align::find_copies(&docs);
            let groups = align::group(&rules, &docs);
            black_box(judge::judge(&rules, &docs, groups, &copies)).len()
        })
    });
    // the reports of that check, in the formats people read (the table, Markdown and HTML name
    // each claim's outlet: a lookup per claim, not a search of the bundle)
    let docs = crosscheck::extract(&articles, &rules);
    let copies = align::find_copies(&docs);
    let judged = judge::judge(&rules, &docs, align::group(&rules, &docs), &copies);
    let findings = report::Findings {
        groups: &judged,
        quotes: &[],
        copies: &copies,
        near_misses: None,
    };
    let layout = report::Layout {
        width: 160,
        ..Default::default()
    };
    for (name, format) in [
        ("table", report::Format::Table),
        ("markdown", report::Format::Markdown),
        ("html", report::Format::Html),
    ] {
        g.bench_function(
            BenchmarkId::new(format!("report, {name}"), articles.len()),
            |b| b.iter(|| black_box(report::check(format, &docs, findings, &layout)).len()),
        );
    }
    g.finish();

    // grouping alone, by the number of claims
    let mut g = c.benchmark_group("group");
    g.sample_size(10);
    let docs = crosscheck::extract(&to_articles(corpus::articles(root, 20 << 20, 3)), &rules);
    for claims in [1_000usize, 10_000, 100_000] {
        let mut budget = claims;
        let subset: Vec<crosscheck::Document> = docs
            .iter()
            .take_while(|d| {
                let take = budget > 0;
                budget = budget.saturating_sub(d.claims.len());
                take
            })
            .cloned()
            .collect();
        let n: usize = subset.iter().map(|d| d.claims.len()).sum();
        g.throughput(Throughput::Elements(n as u64));
        g.bench_with_input(BenchmarkId::new("claims", claims), &subset, |b, d| {
            b.iter(|| black_box(align::group(&rules, d)).len())
        });
    }
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
