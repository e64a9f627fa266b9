//! Renderers: findings in, text out. The table is for people at a terminal; Markdown for a
//! newsroom wiki; CSV for spreadsheets (one row a claim); JSON for programs (versioned, see
//! docs/json.md); JSON-LD for the web (schema.org `Claim`); HTML for an editor to click through.

mod compact_json;
mod csv;
mod html;
mod jsonld;
mod markdown;
mod table;

pub use table::parse_verdicts;

use serde::Serialize;

use crate::Document;
use crate::align::{Copy, KeyParts, NearMiss, QuoteFinding};
use crate::claim::{Change, Claim};
use crate::judge::{Judged, Verdict, figure};

/// The output formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Table,
    Json,
    Markdown,
    Csv,
    Jsonld,
    Html,
    /// One JSON object a line: a document (extract) or a group (check).
    Jsonl,
}

/// How a report is laid out.
#[derive(Debug, Clone, Default)]
pub struct Layout {
    /// The terminal's width, for the table.
    pub width: usize,
    /// Colour the verdicts (a terminal that wants colour).
    pub color: bool,
    /// Only the groups with these verdicts (`--only conflict,compatible`); all when empty.
    pub only: Vec<Verdict>,
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
pub fn extract(format: Format, docs: &[Document], layout: &Layout) -> String {
    match format {
        Format::Table => table::extract_table(docs, layout),
        Format::Json => json(&ExtractJson {
            version: 1,
            documents: docs,
        }),
        Format::Markdown => markdown::extract(docs),
        Format::Csv => csv::claims(docs, &[]),
        Format::Jsonld => jsonld::claims(docs, docs.iter().flat_map(|d| &d.claims)),
        Format::Html => html::extract(docs),
        Format::Jsonl => docs.iter().map(|d| utf8(document_line(d))).collect(),
    }
}

/// `check` output: the groups, then the quotations rendered differently across articles, the
/// copies, and (with `--explain`) the near misses.
pub fn check(format: Format, docs: &[Document], f: Findings, layout: &Layout) -> String {
    let kept: Vec<Judged> = f
        .groups
        .iter()
        .filter(|g| layout.only.is_empty() || layout.only.contains(&g.verdict))
        .cloned()
        .collect();
    let f = Findings { groups: &kept, ..f };
    match format {
        Format::Table => table::check(docs, f, layout),
        Format::Json => json(&CheckJson {
            version: 1,
            findings: f,
        }),
        Format::Markdown => markdown::check(docs, f),
        Format::Csv => csv::claims(docs, f.groups),
        Format::Jsonld => jsonld::claims(docs, f.groups.iter().flat_map(|g| &g.claims)),
        Format::Html => html::check(docs, f),
        Format::Jsonl => f.groups.iter().map(json_line).collect(),
    }
}

/// One value as a line of JSON, written to `out` at once (nothing is written when `v` cannot be).
pub fn write_json_line<T: Serialize>(out: &mut impl std::io::Write, v: &T) -> std::io::Result<()> {
    with_line_buffer(|buf| match compact_json::write_line(buf, v) {
        Ok(line) => out.write_all(line),
        Err(e) => Err(std::io::Error::other(e)),
    })
}

/// A document as a line of JSON: the bytes `json_line` gives, by the document's own writer
/// (`compact_json::Json`) rather than through serde.
pub fn document_line(doc: &Document) -> Vec<u8> {
    with_line_buffer(|buf| compact_json::write_json_line(buf, doc).to_vec())
}

/// A document's line of JSON (`document_line`) written in a buffer of its own: the first `len`
/// bytes of `buf`, whose bytes after them are left as they are, for another line to be written
/// over (`document_line_in`) without the buffer being grown or zeroed again.
pub struct Line {
    buf: Vec<u8>,
    len: usize,
}

impl Line {
    /// The line, its newline with it.
    pub fn as_bytes(&self) -> &[u8] {
        self.buf.get(..self.len).unwrap_or_default()
    }

    /// The line's buffer, for another line.
    pub fn into_buffer(self) -> Vec<u8> {
        self.buf
    }
}

/// A line whole in its buffer.
impl From<Vec<u8>> for Line {
    fn from(buf: Vec<u8>) -> Line {
        Line {
            len: buf.len(),
            buf,
        }
    }
}

/// `document_line`, written in `buf` (that of a line written out, or a new one) and handed out in
/// it, where the line was written in the thread's buffer and copied out into one of its size
/// (allocated: its size is above the allocator's small ones) for each document.
pub fn document_line_in(doc: &Document, mut buf: Vec<u8>) -> Line {
    let len = compact_json::write_json_line(&mut buf, doc).len();
    Line { buf, len }
}

/// `f` with this thread's buffer for lines, grown once to the longest line (as the writer keeps it).
fn with_line_buffer<R>(f: impl FnOnce(&mut Vec<u8>) -> R) -> R {
    thread_local! {
        static LINE: std::cell::Cell<Vec<u8>> = const { std::cell::Cell::new(Vec::new()) };
    }
    LINE.with(|cell| {
        let mut buf = cell.take();
        let r = f(&mut buf);
        // a buffer an outsized line left large is let go
        if buf.len() <= 1 << 20 {
            cell.set(buf);
        }
        r
    })
}

/// One value as a line of JSON (`{"error": …}` in its place when it cannot be written).
pub fn json_line<T: Serialize>(v: &T) -> String {
    match compact_json::to_vec(v) {
        Ok(mut line) => {
            line.push(b'\n');
            utf8(line)
        }
        Err(e) => {
            let mut s = serde_json::json!({ "error": e.to_string() }).to_string();
            s.push('\n');
            s
        }
    }
}

/// A line the writer made, as text.
fn utf8(line: Vec<u8>) -> String {
    // the writer copies whole `str`s and splits them only at ASCII bytes
    String::from_utf8(line).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
}

fn json<T: Serialize>(v: &T) -> String {
    match serde_json::to_string_pretty(v) {
        Ok(mut s) => {
            s.push('\n');
            s
        }
        Err(e) => format!(
            "{{\"error\": {}}}\n",
            serde_json::Value::String(e.to_string())
        ),
    }
}

/// What a group counts, in words: `soldier killed`, `length`, `occupation (duration)`.
pub(crate) fn what(key: &str) -> String {
    let parts = KeyParts::of(key);
    let (dim, pred, entity, year) = (parts.dimension, parts.predicate, parts.entity, parts.year);
    if dim == "conversion" {
        return format!("conversion {pred} → {entity}");
    }
    let mut words = Vec::new();
    if entity != "-" {
        words.push(entity.to_string());
    }
    if pred != "-" {
        words.push(pred.to_string());
    }
    // a group of changes: `count+up` is a rise in a count
    let change = parts.change.map(|c| match c {
        Change::Up => "rise",
        Change::Down => "fall",
    });
    match (dim, change) {
        ("count", None) => {}
        ("count", Some(change)) => words.push(format!("({change})")),
        (dim, None) => words.push(format!("({dim})")),
        (dim, Some(change)) => words.push(format!("({dim}, {change})")),
    }
    if let Some(y) = year {
        words.push(format!("in {y}"));
    }
    words.join(" ")
}

/// A claim as one line of a report: `eight Malian soldiers [on Saturday] (per officials)`.
pub(crate) fn figure_line(c: &Claim) -> String {
    let mut s = figure(c);
    if let Some(t) = &c.time {
        s.push_str(&format!(" [{t}]"));
    }
    if let Some(a) = &c.attribution {
        s.push_str(&format!(" (per {})", a.source));
    }
    s
}

/// The claims of group `g` that `outlet` published: a column's cell in the table and Markdown.
pub(crate) fn claims_of<'a>(
    articles: &'a crate::Articles<'a>,
    g: &'a Judged,
    outlet: &'a str,
) -> impl Iterator<Item = &'a Claim> {
    g.claims
        .iter()
        .filter(move |c| articles.get(&c.doc).is_some_and(|d| d.source == outlet))
}

/// The outlets of a set of groups, in the order the bundle gives them.
pub(crate) fn outlets<'d>(docs: &'d [Document], groups: &[Judged]) -> Vec<&'d str> {
    // (the documents that a group cites, and the outlets already listed, each looked up in a set:
    // asked of every group for every document, they cost the square of a large bundle's size)
    let cited: std::collections::HashSet<&str> = groups
        .iter()
        .flat_map(|g| g.claims.iter().map(|c| c.doc.as_str()))
        .collect();
    let mut seen = std::collections::HashSet::new();
    docs.iter()
        .filter(|d| cited.contains(d.id.as_str()) && seen.insert(d.source.as_str()))
        .map(|d| d.source.as_str())
        .collect()
}

/// A group's verdict with its check and waiver: `conflict CC001`, `conflict CC001 waived`.
pub(crate) fn verdict_label(g: &Judged) -> String {
    let mut s = g.verdict.as_str().to_string();
    if let Some(code) = &g.check {
        s.push(' ');
        s.push_str(code);
    }
    if g.waived.is_some() {
        s.push_str(" waived");
    }
    s
}

/// A group's reason with its waiver.
pub(crate) fn reason_text(g: &Judged) -> String {
    match &g.waived {
        Some(w) => format!("{} (waived: {w})", g.reason),
        None => g.reason.clone(),
    }
}
