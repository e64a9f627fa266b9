//! Renderers: findings in, text out. The table is for people at a terminal, JSON for programs
//! (versioned; the fields are those of ../shared/eval/README.md).

mod table;

use serde::Serialize;

use crate::Document;
use crate::judge::Judged;

pub use table::{check_table, extract_table};

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

/// `check` output.
pub fn check(format: Format, docs: &[Document], groups: &[Judged], width: usize) -> String {
    match format {
        Format::Table => check_table(docs, groups, width),
        Format::Json => json(&CheckJson { version: 1, groups }),
    }
}

fn json<T: Serialize>(v: &T) -> String {
    let mut s =
        serde_json::to_string_pretty(v).unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"));
    s.push('\n');
    s
}
