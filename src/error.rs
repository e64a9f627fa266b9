//! Errors are values: every failure the library meets is one of these, and the binary decides how
//! to print it and which exit status it means.

use std::path::PathBuf;

/// Something that stops an input (or the whole run) from being read.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("{}: {source}", path.display())]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{}:{line}:{column}: {message}\n  |\n{line:>3} | {snippet}\n  | {}^", path.display(), " ".repeat(*caret))]
    Rules {
        path: PathBuf,
        line: usize,
        column: usize,
        message: String,
        /// The line, or the part of a long line around the column.
        snippet: String,
        /// Where under `snippet` the caret goes, in characters.
        caret: usize,
    },
    #[error("boilerplate pattern {pattern:?} does not compile: {message}")]
    Pattern { pattern: String, message: String },
    #[error("rules: {0}")]
    Invalid(String),
    #[error("{}:{line}:{column}: {message}", path.display())]
    Record {
        path: PathBuf,
        line: usize,
        column: usize,
        message: String,
    },
    #[error("{}: {message}", path.display())]
    Input { path: PathBuf, message: String },
}
