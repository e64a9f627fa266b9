//! Reading a bundle: folders, `.txt`/`.md` files, JSON-lines files and stdin become `Article`s with
//! their source metadata. A bad input is recorded as a `Problem` and the others are still read.

use std::collections::BTreeMap;
use std::io::Read;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::error::Error;
use crate::text::search;

/// One article: its identity, where it came from, and its exact bytes.
#[derive(Debug, Clone, PartialEq)]
pub struct Article {
    /// The file stem, or the `id` of a JSON-lines record.
    pub id: String,
    /// Where it was read from (`file`, or `file:line` for a JSON-lines record).
    pub path: String,
    /// The outlet.
    pub source: String,
    pub url: Option<String>,
    pub published: Option<String>,
    pub title: Option<String>,
    /// The bytes that offsets point into: the file, or the record's `text`.
    pub bytes: Vec<u8>,
    /// Where the body starts in `bytes` (after a front-matter block).
    pub body_start: usize,
}

impl Article {
    /// An article of these bytes alone, named `id` (its path and its source too), without
    /// metadata: as a rule's example, a test or a benchmark makes one.
    pub fn new(id: impl Into<String>, bytes: impl Into<Vec<u8>>) -> Article {
        let id = id.into();
        Article {
            path: id.clone(),
            source: id.clone(),
            id,
            url: None,
            published: None,
            title: None,
            bytes: bytes.into(),
            body_start: 0,
        }
    }
}

/// How serious a problem with an input is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Severity {
    /// Read, with a caveat (invalid UTF-8 read as U+FFFD, an id already taken).
    Warning,
    /// Not read, as nothing there is an article (an empty or binary file, one too large to be an
    /// article); the run goes on and its exit status does not change.
    Skipped,
    /// Not read, as it could not be (a missing path, a malformed record): exit status 2.
    Error,
}

/// The most bytes one article may have: news articles are far shorter, and anything longer (a
/// database dump, a 200 MB file without a line break) is skipped with a warning.
pub const MAX_ARTICLE_BYTES: usize = 32 << 20;

/// An input that was skipped or read with a caveat.
#[derive(Debug)]
pub struct Problem {
    pub severity: Severity,
    pub error: Error,
}

/// Every article read, in a fixed order, and what went wrong on the way.
#[derive(Debug, Default)]
pub struct Bundle {
    pub articles: Vec<Article>,
    pub problems: Vec<Problem>,
}

impl Bundle {
    fn warn(&mut self, path: &Path, message: impl Into<String>) {
        self.note(Severity::Warning, path, message);
    }
    fn skip(&mut self, path: &Path, message: impl Into<String>) {
        self.note(Severity::Skipped, path, message);
    }
    fn note(&mut self, severity: Severity, path: &Path, message: impl Into<String>) {
        let error = Error::Input {
            path: path.to_path_buf(),
            message: message.into(),
        };
        self.problems.push(Problem { severity, error });
    }
    fn fail(&mut self, error: Error) {
        self.problems.push(Problem {
            severity: Severity::Error,
            error,
        });
    }
}

/// The optional metadata a JSON-lines record or a sidecar carries.
#[derive(Debug, Default, PartialEq, Deserialize)]
struct Meta {
    #[serde(default)]
    source: Option<String>,
    #[serde(default)]
    url: Option<String>,
    #[serde(default)]
    published: Option<String>,
    #[serde(default)]
    title: Option<String>,
}

/// One JSON-lines record.
#[derive(Debug, PartialEq, Deserialize)]
struct Record {
    id: serde_json::Value,
    /// The article's bytes (UTF-8): what `Article::bytes` takes, without a `String` between.
    #[serde(deserialize_with = "text_bytes")]
    text: Vec<u8>,
    #[serde(flatten)]
    meta: Meta,
}

/// A record's `text` as serde_json reads a string, as bytes.
fn text_bytes<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Vec<u8>, D::Error> {
    String::deserialize(d).map(String::into_bytes)
}

const ARTICLE_EXTENSIONS: &[&str] = &["txt", "md", "markdown"];

/// Reads every path (a file, a folder, or `-` for stdin) into one bundle.
pub fn read(paths: &[PathBuf]) -> Bundle {
    let mut bundle = Bundle::default();
    for path in paths {
        if path.as_os_str() == "-" {
            let mut bytes = Vec::new();
            match std::io::stdin().lock().read_to_end(&mut bytes) {
                Ok(_) => read_bytes(&mut bundle, Path::new("<stdin>"), "stdin", bytes),
                Err(e) => bundle.fail(Error::Io {
                    path: "<stdin>".into(),
                    source: e,
                }),
            }
            continue;
        }
        match std::fs::metadata(path) {
            Ok(m) if m.is_dir() => read_dir(&mut bundle, path),
            Ok(_) => read_file(&mut bundle, path),
            Err(e) => bundle.fail(Error::Io {
                path: path.clone(),
                source: e,
            }),
        }
    }
    // two articles with one id would be one column of the report: the later ones are renamed
    let mut seen: BTreeMap<String, (usize, String)> = BTreeMap::new();
    let mut renamed = Vec::new();
    for a in &mut bundle.articles {
        let (n, first) = seen.entry(a.id.clone()).or_insert((0, a.path.clone()));
        *n += 1;
        if *n > 1 {
            let id = format!("{}~{}", a.id, n);
            renamed.push((
                a.path.clone(),
                format!(
                    "the id {:?} is already that of {first}: read as {id:?}",
                    a.id
                ),
            ));
            a.id = id;
        }
    }
    for (path, message) in renamed {
        bundle.warn(Path::new(&path), message);
    }
    bundle
}

fn read_dir(bundle: &mut Bundle, dir: &Path) {
    let mut files = Vec::new();
    collect(bundle, dir, &mut files);
    files.sort();
    if files.is_empty() {
        bundle.fail(Error::Input {
            path: dir.to_path_buf(),
            message: "no articles here (.txt, .md or .jsonl)".into(),
        });
    }
    for f in files {
        read_file(bundle, &f);
    }
}

fn collect(bundle: &mut Bundle, dir: &Path, files: &mut Vec<PathBuf>) {
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) => {
            return bundle.fail(Error::Io {
                path: dir.to_path_buf(),
                source: e,
            });
        }
    };
    for entry in entries.flatten() {
        let path = entry.path();
        let name = entry.file_name();
        if name.to_string_lossy().starts_with('.') {
            continue;
        }
        // a linked folder is not followed: a link back up the tree would read it again and again
        let is_dir = entry.file_type().is_ok_and(|t| t.is_dir());
        if is_dir {
            collect(bundle, &path, files);
        } else if path
            .extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| ARTICLE_EXTENSIONS.contains(&e) || e == "jsonl")
        {
            files.push(path);
        }
    }
}

fn read_file(bundle: &mut Bundle, path: &Path) {
    let is_jsonl = path.extension().is_some_and(|e| e == "jsonl");
    if let Ok(m) = std::fs::metadata(path)
        && !is_jsonl
        && m.len() > MAX_ARTICLE_BYTES as u64
    {
        return bundle.skip(path, too_large(m.len() as usize));
    }
    let bytes = match std::fs::read(path) {
        Ok(b) => b,
        Err(e) => {
            return bundle.fail(Error::Io {
                path: path.to_path_buf(),
                source: e,
            });
        }
    };
    let stem = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    if is_jsonl {
        return read_jsonl(bundle, path, &bytes);
    }
    read_bytes(bundle, path, &stem, bytes);
}

/// One article from a file's bytes (or stdin's, which may also be JSON lines).
fn read_bytes(bundle: &mut Bundle, path: &Path, id: &str, bytes: Vec<u8>) {
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        return bundle.skip(path, "empty file: no article read");
    }
    // stdin may be JSON lines, whose limit is per record
    if path == Path::new("<stdin>")
        && bytes.iter().find(|b| !b.is_ascii_whitespace()) == Some(&b'{')
    {
        return read_jsonl(bundle, path, &bytes);
    }
    if bytes.len() > MAX_ARTICLE_BYTES {
        return bundle.skip(path, too_large(bytes.len()));
    }
    if bytes[..bytes.len().min(8192)].contains(&0) {
        return bundle.skip(
            path,
            "looks like a binary file (it holds NUL bytes): skipped",
        );
    }
    if let Err(e) = std::str::from_utf8(&bytes) {
        let at = e.valid_up_to();
        bundle.warn(
            path,
            format!("not valid UTF-8 at byte {at}: read with U+FFFD in place of the bad bytes"),
        );
    }
    let (front, body_start) = front_matter(&bytes);
    let sidecar = sidecar(bundle, path);
    let pick = |f: fn(&Meta) -> &Option<String>| f(&sidecar).clone().or_else(|| f(&front).clone());
    let article = Article {
        id: id.to_string(),
        path: path.display().to_string(),
        source: pick(|m| &m.source).unwrap_or_else(|| id.to_string()),
        url: pick(|m| &m.url),
        published: pick(|m| &m.published),
        title: pick(|m| &m.title),
        bytes,
        body_start,
    };
    bundle.articles.push(article);
}

/// `<stem>.meta.json` beside a file, if there is one.
fn sidecar(bundle: &mut Bundle, path: &Path) -> Meta {
    let Some(stem) = path.file_stem() else {
        return Meta::default();
    };
    let meta_path = path.with_file_name(format!("{}.meta.json", stem.to_string_lossy()));
    let Ok(text) = std::fs::read_to_string(&meta_path) else {
        return Meta::default();
    };
    match serde_json::from_str(&text) {
        Ok(m) => m,
        Err(e) => {
            bundle.warn(
                &meta_path,
                format!("{}:{}: {e}: metadata ignored", e.line(), e.column()),
            );
            Meta::default()
        }
    }
}

/// A `---` front-matter block of `key: value` lines at the top of a file, and where the body starts.
fn front_matter(bytes: &[u8]) -> (Meta, usize) {
    let mut meta = Meta::default();
    let Some(rest) = bytes
        .strip_prefix(b"---\n")
        .or_else(|| bytes.strip_prefix(b"---\r\n"))
    else {
        return (meta, 0);
    };
    let Ok(text) = std::str::from_utf8(rest) else {
        return (meta, 0);
    };
    let mut offset = bytes.len() - rest.len();
    for line in text.split_inclusive('\n') {
        offset += line.len();
        let l = line.trim();
        if l == "---" {
            return (meta, offset);
        }
        let Some((key, value)) = l.split_once(':') else {
            return (Meta::default(), 0);
        };
        let value = value.trim().trim_matches('"').to_string();
        match key.trim() {
            "source" => meta.source = Some(value),
            "url" => meta.url = Some(value),
            "published" | "date" => meta.published = Some(value),
            "title" => meta.title = Some(value),
            _ => {}
        }
    }
    (Meta::default(), 0)
}

fn read_jsonl(bundle: &mut Bundle, path: &Path, bytes: &[u8]) {
    let mut any = false;
    for (n, line) in bytes.split(|&b| b == b'\n').enumerate() {
        if line.iter().all(|b| b.is_ascii_whitespace()) {
            continue;
        }
        any = true;
        match record(path, n + 1, line) {
            Ok(a) => bundle.articles.push(a),
            Err(p) => bundle.problems.push(p),
        }
    }
    if !any {
        bundle.skip(path, "empty file: no article read");
    }
}

fn too_large(bytes: usize) -> String {
    format!(
        "{} MB is more than the {} MB an article may have: skipped",
        bytes.div_ceil(1 << 20),
        MAX_ARTICLE_BYTES >> 20
    )
}

/// One JSON-lines record (`line_no` from 1) as an article, or the problem with it.
/// `path:line`, as `format!("{}:{line_no}", path.display())` writes it (the same lossy UTF-8), built
/// by hand: it is made for every record, and `format!` through a path's `Display` cost more than
/// the rest of reading the record.
fn located(path: &Path, line_no: usize) -> String {
    let path = path.to_string_lossy();
    let mut number = itoa::Buffer::new();
    let number = number.format(line_no);
    let mut at = String::with_capacity(path.len() + 1 + number.len());
    at.push_str(&path);
    at.push(':');
    at.push_str(number);
    at
}

pub fn record(path: &Path, line_no: usize, line: &[u8]) -> Result<Article, Problem> {
    let fail = |message: String, column: usize| Problem {
        severity: Severity::Error,
        error: Error::Record {
            path: path.to_path_buf(),
            line: line_no,
            column,
            message,
        },
    };
    // nothing there is an article: skipped, with a warning
    let skip = |what: String| Problem {
        severity: Severity::Skipped,
        error: Error::Input {
            path: path.to_path_buf(),
            message: format!("line {line_no}: {what}"),
        },
    };
    if line.len() > MAX_ARTICLE_BYTES + (1 << 20) {
        return Err(skip(too_large(line.len())));
    }
    let record = match plain_record(line) {
        Some(r) => r,
        None => serde_json::from_slice(line)
            .map_err(|e| fail(format!("not a valid record: {e}"), e.column()))?,
    };
    let id = match record.id {
        serde_json::Value::String(s) if !s.is_empty() => s,
        serde_json::Value::Number(n) => n.to_string(),
        _ => {
            return Err(fail(
                "`id` must be a non-empty string or a number".into(),
                1,
            ));
        }
    };
    if record.text.len() > MAX_ARTICLE_BYTES {
        return Err(skip(format!(
            "record {id:?}: {}",
            too_large(record.text.len())
        )));
    }
    if is_blank(&record.text) {
        return Err(skip(format!(
            "record {id:?} has an empty text: no article read"
        )));
    }
    Ok(Article {
        source: record.meta.source.unwrap_or_else(|| id.clone()),
        id,
        path: located(path, line_no),
        url: record.meta.url,
        published: record.meta.published,
        title: record.meta.title,
        bytes: record.text,
        body_start: 0,
    })
}

/// A record as serde_json reads it, for the common case: an object of the record's own fields,
/// each once, whose values are strings (the metadata's also `null`) with no escapes but the simple
/// ones and `\u` outside the surrogates. `None` for anything else (another field, a number, a
/// malformed line), which serde_json then reads (or says what is wrong with). serde_json copies the
/// text as it scans it for escapes, control characters and the closing quote; here the line is
/// checked once for control characters and bytes outside ASCII (and for UTF-8 only where it has
/// one), and the runs between escapes are found by `memchr` and copied whole. Measured on 1 MB of
/// records: 4.9 M instructions, from 7.8 M.
fn plain_record(line: &[u8]) -> Option<Record> {
    // a control character may stand between tokens (as white space) but not in a string: a line
    // with one before its end is left to serde_json, so that strings need not look for them. A
    // line of ASCII (nearly all: JSON writers escape the rest) is valid UTF-8 as it stands, and
    // the text is kept as bytes, so that only a line with a byte from 0x80 is checked for UTF-8
    let body = line.trim_ascii_end();
    if any_below_signed(body, 0x20) && (has_control(body) || std::str::from_utf8(line).is_err()) {
        return None;
    }
    let b = line;
    let find = &*search::QUOTE_OR_BACKSLASH;
    let (mut id, mut text) = (None, None);
    let [mut source, mut url, mut published, mut title] = [None, None, None, None];
    // the fields read so far, a bit each
    let mut seen = 0u8;
    let mut i = skip_space(b, 0);
    if b.get(i) != Some(&b'{') {
        return None;
    }
    i = skip_space(b, i + 1);
    loop {
        let (key, after) = key(b, i, find)?;
        i = skip_space(b, after);
        if b.get(i) != Some(&b':') {
            return None;
        }
        i = skip_space(b, i + 1);
        let (value, after) = match b.get(i)? {
            b'"' => {
                let (v, after) = string(b, i, find)?;
                (Some(v), after)
            }
            b'n' if b[i..].starts_with(b"null") => (None, i + 4),
            _ => return None,
        };
        let (field, slot) = match key {
            b"id" => (0, &mut id),
            b"text" => (1, &mut text),
            b"source" => (2, &mut source),
            b"url" => (3, &mut url),
            b"published" => (4, &mut published),
            b"title" => (5, &mut title),
            _ => return None,
        };
        // a field given twice, or `null` where the record needs a string
        if seen & 1 << field != 0 || value.is_none() && field < 2 {
            return None;
        }
        seen |= 1 << field;
        *slot = value;
        i = skip_space(b, after);
        match b.get(i)? {
            b',' => i = skip_space(b, i + 1),
            b'}' => break,
            _ => return None,
        }
    }
    if skip_space(b, i + 1) != b.len() {
        return None;
    }
    Some(Record {
        id: serde_json::Value::String(utf8(id?).ok()?),
        text: text?,
        meta: Meta {
            source: source.map(utf8).transpose().ok()?,
            url: url.map(utf8).transpose().ok()?,
            published: published.map(utf8).transpose().ok()?,
            title: title.map(utf8).transpose().ok()?,
        },
    })
}

/// A short field's bytes (from a line known to be UTF-8) as a `String`.
fn utf8(bytes: Vec<u8>) -> Result<String, std::string::FromUtf8Error> {
    String::from_utf8(bytes)
}

/// Is `text` empty but for white space (as `str::trim` has it)? Text with a byte from 0x80 before
/// anything else is read as a `str` for that (it is UTF-8: the record was).
fn is_blank(text: &[u8]) -> bool {
    match text
        .iter()
        .position(|&b| !matches!(b, b' ' | b'\t'..=b'\r'))
    {
        None => true,
        Some(i) if text[i] < 0x80 => false,
        Some(i) => String::from_utf8_lossy(&text[i..]).trim().is_empty(),
    }
}

/// JSON's white space from `i` on: where the next token starts.
fn skip_space(b: &[u8], mut i: usize) -> usize {
    while let Some(b' ' | b'\t' | b'\n' | b'\r') = b.get(i) {
        i += 1;
    }
    i
}

/// The key whose quote is at `open` (one without escapes), and where it ends.
fn key<'b>(b: &'b [u8], open: usize, find: &search::Two) -> Option<(&'b [u8], usize)> {
    if b.get(open) != Some(&b'"') {
        return None;
    }
    let close = open + 1 + find.find(&b[open + 1..])?;
    (b[close] == b'"').then(|| (&b[open + 1..close], close + 1))
}

/// The string whose quote is at `open`, unescaped (as UTF-8), and where it ends (a string without
/// control characters, which the caller has checked).
fn string(b: &[u8], open: usize, find: &search::Two) -> Option<(Vec<u8>, usize)> {
    let mut run = open + 1;
    let mut out = Vec::new();
    loop {
        let end = run + find.find(&b[run..])?;
        if b[end] == b'"' && out.is_empty() {
            return Some((b[run..end].to_vec(), end + 1));
        }
        if out.is_empty() {
            // an escape: the string is likely the text, most of what is left of the line
            out.reserve(b.len() - run);
        }
        out.extend_from_slice(&b[run..end]);
        if b[end] == b'"' {
            return Some((out, end + 1));
        }
        run = escapes(b, end, &mut out)?;
    }
}

/// Unescapes the escapes that follow one another from `at` (a backslash) into `out`, and says
/// where the run ends. Escapes often come in twos (`\n\n` between paragraphs): the second is read
/// here rather than by searching again.
fn escapes(b: &[u8], mut at: usize, out: &mut Vec<u8>) -> Option<usize> {
    while b.get(at) == Some(&b'\\') {
        let (c, len) = unescape(&b[at + 1..])?;
        // (most are `\n` and `\"`: one byte, stored as one)
        match u8::try_from(c) {
            Ok(ascii) if ascii.is_ascii() => out.push(ascii),
            _ => out.extend_from_slice(c.encode_utf8(&mut [0; 4]).as_bytes()),
        }
        at += 1 + len;
    }
    Some(at)
}

/// Does `b` hold a byte below `limit` taken as signed, that is a byte below `limit` or from 0x80?
/// Every byte is looked at, as `has_control` does.
fn any_below_signed(b: &[u8], limit: i8) -> bool {
    b.iter()
        .fold(false, |found, &c| found | ((c as i8) < limit))
}

/// Does `b` hold a control character (which JSON strings must escape)? Every byte is looked at,
/// with no early exit, so that the compiler tests many at once.
fn has_control(b: &[u8]) -> bool {
    b.iter().fold(false, |found, &c| found | (c < 0x20))
}

/// The character an escape stands for, after its `\\`, and the escape's length; `None` for a
/// surrogate (a pair is left to serde_json) or a malformed escape.
fn unescape(b: &[u8]) -> Option<(char, usize)> {
    let c = match b.first()? {
        b'"' => '"',
        b'\\' => '\\',
        b'/' => '/',
        b'b' => '\u{8}',
        b'f' => '\u{c}',
        b'n' => '\n',
        b'r' => '\r',
        b't' => '\t',
        b'u' => {
            // four hex digits, read as a number digit by digit (rather than through a `&str`)
            let hex = b.get(1..5)?;
            let code = hex
                .iter()
                .try_fold(0, |code, &h| Some(code << 4 | char::from(h).to_digit(16)?))?;
            return Some((char::from_u32(code)?, 5));
        }
        _ => return None,
    };
    Some((c, 1))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    #[cfg(unix)]
    fn a_record_is_located_as_format_writes_its_path() {
        use std::os::unix::ffi::OsStrExt;
        for path in [
            Path::new("corpus/a.jsonl"),
            Path::new(std::ffi::OsStr::from_bytes(b"bad\xffname\xe2\x82.jsonl")),
        ] {
            assert_eq!(located(path, 17), format!("{}:17", path.display()));
        }
    }

    /// A line of fields, each `"key":value` with white space about it, some of them what the
    /// record's own parser leaves to serde_json (another key, a number, a bad escape, a pair).
    fn record_lines() -> impl Strategy<Value = String> {
        let key = prop::sample::select(vec![
            "id",
            "text",
            "source",
            "url",
            "published",
            "title",
            "lang",
            "i\\u0064",
            "",
        ]);
        // what the record's own parser reads, and (less often) what it leaves to serde_json
        let piece = prop_oneof![
            10 => prop::sample::select(vec![
                "a", "Gao ", "é", "€", "😀", "\\n", "\\\"", "\\\\", "\\/", "\\b", "\\f", "\\r", "\\t",
                "\\u00e9", "\\u2019", "\\u0000", "\\u00C9", "\\u20aC",
            ]),
            1 => prop::sample::select(vec![
                "\\u00", "\\uD83D\\uDE00", "\\ud800", "\\x", "\u{1}", "\"", "\t", "\\u+123", "\\u00g9",
            ]),
        ];
        let string = prop::collection::vec(piece, 0..8).prop_map(|p| format!("\"{}\"", p.concat()));
        let value = prop_oneof![
            8 => string,
            1 => prop::sample::select(vec!["null", "17", "[1]", "nul", "true"]).prop_map(String::from),
        ];
        let space = prop_oneof![
            8 => prop::sample::select(vec!["", " "]),
            1 => prop::sample::select(vec!["\t", "\r", " \n "]),
        ];
        let field = move |key: BoxedStrategy<&'static str>| {
            (
                space.clone(),
                key,
                space.clone(),
                value.clone(),
                space.clone(),
            )
                .prop_map(|(a, k, b, v, c)| format!("{a}\"{k}\"{b}:{c}{v}{a}"))
        };
        // the two fields a record needs, and others, in any order
        let fields = (
            field(Just("id").boxed()),
            field(Just("text").boxed()),
            prop::collection::vec(field(key.boxed()), 0..4),
        )
            .prop_flat_map(|(id, text, mut fields)| {
                fields.extend([id, text]);
                Just(fields).prop_shuffle()
            });
        let end = prop_oneof![
            4 => prop::sample::select(vec!["", " ", "\r"]),
            1 => prop::sample::select(vec![",", "x", "}"]),
        ];
        (fields, end).prop_map(|(fields, end)| format!(" {{{}}}{end}", fields.join(",")))
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(4096))]

        /// Where the record's own parser reads a line, it reads what serde_json does.
        #[test]
        fn a_plain_record_is_read_as_serde_json_reads_it(line in record_lines()) {
            if let Some(ours) = plain_record(line.as_bytes()) {
                let theirs: Result<Record, _> = serde_json::from_str(&line);
                prop_assert_eq!(Some(ours), theirs.ok(), "{}", line);
            }
        }
    }

    #[test]
    fn the_usual_records_are_read_by_their_own_parser() {
        for line in [
            r#"{"id": "a1", "source": "S", "text": "Gao\n\n\"Eight\" \u2019s \\ é"}"#,
            r#" {"text":"x","id":"7","url":null,"title":"T","published":"2014-05-17"} "#,
        ] {
            let ours = plain_record(line.as_bytes());
            assert!(ours.is_some(), "{line}");
            assert_eq!(ours, serde_json::from_str(line).ok(), "{line}");
        }
        for line in [
            r#"{"id": 7, "text": "x"}"#,
            r#"{"id": "a", "text": "x", "lang": "en"}"#,
        ] {
            assert!(plain_record(line.as_bytes()).is_none(), "{line}");
        }
    }

    /// A line that is not UTF-8 is left to serde_json, which says so; one with UTF-8 outside
    /// ASCII is read by the record's own parser.
    #[test]
    fn only_lines_of_utf8_are_read_by_the_records_own_parser() {
        let bad = b"{\"id\":\"a\",\"text\":\"caf\xe9 \xff\"}";
        assert!(plain_record(bad).is_none());
        assert!(record(Path::new("t.jsonl"), 1, bad).is_err());
        let good = "{\"id\":\"a\",\"text\":\"caf\u{e9}\"}";
        let ours = plain_record(good.as_bytes());
        assert_eq!(ours.map(|r| r.text), Some("caf\u{e9}".as_bytes().to_vec()));
    }

    /// A text is blank where `str::trim` leaves nothing of it.
    #[test]
    fn blank_texts_are_those_trim_empties() {
        for text in [
            "",
            " ",
            "\t\n\u{B}\u{C}\r ",
            "\u{3000}",
            " \u{A0}\u{2029}",
            "a",
            " a ",
            "\u{3000}x",
            "\u{200B}",
            "é",
            " \u{85}",
        ] {
            assert_eq!(
                is_blank(text.as_bytes()),
                text.trim().is_empty(),
                "{text:?}"
            );
        }
    }

    #[test]
    fn front_matter_is_read_and_skipped() {
        let (m, start) =
            front_matter(b"---\nsource: Sahel Wire\npublished: 2014-05-19\n---\n\nBody");
        assert_eq!(m.source.as_deref(), Some("Sahel Wire"));
        assert_eq!(m.published.as_deref(), Some("2014-05-19"));
        assert_eq!(start, 49);
    }

    #[test]
    fn text_without_front_matter_starts_at_zero() {
        assert_eq!(front_matter(b"---- not front matter").1, 0);
        assert_eq!(front_matter(b"---\nno colon here\n---\n").1, 0);
    }
}
