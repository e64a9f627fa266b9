//! Every input the fuzzers kept (`fuzz/corpus`), run through the same checks as the fuzz targets,
//! so that a crash found once stays fixed on stable Rust, without a fuzzer.

#[path = "../fuzz/fuzz_targets/checks.rs"]
mod checks;

use crate::root;

fn replay(target: &str, check: fn(&[u8])) {
    let dir = root().join("fuzz").join("corpus").join(target);
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    assert!(!files.is_empty(), "{} is empty", dir.display());
    for path in files {
        let bytes = std::fs::read(&path).unwrap();
        let caught = std::panic::catch_unwind(|| check(&bytes));
        assert!(caught.is_ok(), "{} fails", path.display());
    }
}

#[test]
fn the_grammar_fuzz_corpus_runs_clean() {
    replay("grammar", checks::grammar);
}

#[test]
fn the_whole_run_fuzz_corpus_runs_clean() {
    replay("extract", checks::whole);
}
