//! crosscheck's integration tests: one binary, run against the fixtures in `fixtures/` (written for
//! this project) and, where it is present, the shared seed bundle in `../shared/seeds`.

mod attribution;
mod browser;
mod cli;
mod corpus;
mod fixtures;
mod hostile;
mod json_lines;
mod judging;
mod properties;
mod rules;
mod seeds;
mod sentences;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The project root.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Runs the binary with `args` (paths relative to the project root) and a fixed terminal width.
pub fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_crosscheck"))
        .args(args)
        .current_dir(root())
        .env("COLUMNS", "120")
        .env("NO_COLOR", "1")
        .output()
        .expect("the binary runs")
}

pub fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).expect("stdout is UTF-8")
}

pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// `extract` or `check` as JSON.
pub fn json(args: &[&str]) -> (serde_json::Value, Output) {
    let mut all = vec![args[0], "--format", "json"];
    all.extend_from_slice(&args[1..]);
    let o = run(&all);
    let v = serde_json::from_slice(&o.stdout).unwrap_or_else(|e| panic!("{e}: {}", stdout(&o)));
    (v, o)
}

/// The group whose key is `key`.
pub fn group<'a>(check: &'a serde_json::Value, key: &str) -> &'a serde_json::Value {
    check["groups"]
        .as_array()
        .unwrap()
        .iter()
        .find(|g| g["key"] == key)
        .unwrap_or_else(|| panic!("no group {key} in {check:#}"))
}

/// The values of a group's claims, in order.
pub fn values(g: &serde_json::Value) -> Vec<f64> {
    g["claims"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["value"].as_f64().unwrap_or(f64::NAN))
        .collect()
}

/// `../shared`, or `None` with a message where it is absent.
pub fn shared(what: &str) -> Option<PathBuf> {
    let p = root().join("..").join("shared").join(what);
    if Path::new(&p).exists() {
        Some(p)
    } else {
        eprintln!("skipped: {} is absent", p.display());
        None
    }
}
