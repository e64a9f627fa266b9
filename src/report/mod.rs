//! Renderers: findings in, text out. The table is for people at a terminal, JSON for programs
//! (versioned; the fields are those of ../shared/eval/README.md).

mod table;

use serde::Serialize;

use crate::Document;
use crate::align::{Copy, NearMiss, QuoteFinding};
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

/// Everything `check` found, for the renderers.
#[derive(Debug, Clone, Copy, Serialize)]
pub struct Findings<'a> {
    pub groups: &'a [Judged],
    pub quotes: &'a [QuoteFinding],
    pub copies: &'a [Copy],
    /// Groups that were nearly one (`--explain`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub near_misses: Option<&'a [NearMiss]>,
}

#[derive(Serialize)]
struct CheckJson<'a> {
    version: u32,
    #[serde(flatten)]
    findings: Findings<'a>,
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

/// `check` output: the groups, then the quotations rendered differently across articles, the
/// copies, and (with `--explain`) the near misses.
pub fn check(format: Format, docs: &[Document], f: Findings, width: usize) -> String {
    match format {
        Format::Table => {
            let mut s = check_table(docs, f.groups, width);
            if !f.quotes.is_empty() {
                s.push_str(&quotes_table(docs, f.quotes, width));
            }
            let outlet = |id: &str| {
                docs.iter()
                    .find(|d| d.id == id)
                    .map_or(id.to_string(), |d| d.source.clone())
            };
            for c in f.copies {
                s.push_str(&format!(
                    "copies: {} and {} share {:.0}% of their wording: one voice\n",
                    outlet(&c.a),
                    outlet(&c.b),
                    c.similarity * 100.0
                ));
            }
            for m in f.near_misses.unwrap_or_default() {
                s.push_str(&format!("kept apart: {} and {}: {}\n", m.a, m.b, m.why));
            }
            s
        }
        Format::Json => json(&CheckJson {
            version: 1,
            findings: f,
        }),
    }
}

fn json<T: Serialize>(v: &T) -> String {
    let mut s =
        serde_json::to_string_pretty(v).unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"));
    s.push('\n');
    s
}
