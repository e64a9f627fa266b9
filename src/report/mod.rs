//! Renderers: findings in, text out. The table is for people at a terminal, JSON for programs
//! (versioned; the fields are those of ../shared/eval/README.md).

mod table;

use serde::Serialize;

use crate::Document;
use crate::align::QuoteFinding;
use crate::judge::Judged;

pub use table::{check_table, extract_table, quotes_table};

/// The output formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Table,
    Json,
}

#[derive(Serialize)]
struct ExtractJson<'a> {
    version: u32,
    documents: &'a [Document],
}

#[derive(Serialize)]
struct CheckJson<'a> {
    version: u32,
    groups: &'a [Judged],
    quotes: &'a [QuoteFinding],
}

/// `extract` output.
pub fn extract(format: Format, docs: &[Document], width: usize) -> String {
    match format {
        Format::Table => extract_table(docs, width),
        Format::Json => json(&ExtractJson {
            version: 1,
            documents: docs,
        }),
    }
}

/// `check` output: the groups, then the quotations rendered differently across articles.
pub fn check(
    format: Format,
    docs: &[Document],
    groups: &[Judged],
    quotes: &[QuoteFinding],
    width: usize,
) -> String {
    match format {
        Format::Table => {
            let mut s = check_table(docs, groups, width);
            if !quotes.is_empty() {
                s.push_str(&quotes_table(docs, quotes, width));
            }
            s
        }
        Format::Json => json(&CheckJson {
            version: 1,
            groups,
            quotes,
        }),
    }
}

fn json<T: Serialize>(v: &T) -> String {
    let mut s =
        serde_json::to_string_pretty(v).unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"));
    s.push('\n');
    s
}
