//! Bad and hostile input: each gets a clear message naming the file, a defined exit status, and a
//! summary that accounts for it; nothing crashes and no figure is silently wrong.

use std::path::{Path, PathBuf};

use crate::{run, stderr, stdout};

/// Runs `extract --format json` over `paths` (absolute or relative to the project root).
fn extract(paths: &[&Path]) -> std::process::Output {
    let mut args = vec!["extract", "--format", "json"];
    args.extend(paths.iter().map(|p| p.to_str().unwrap()));
    run(&args)
}

fn ids(o: &std::process::Output) -> Vec<String> {
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    v["documents"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["id"].as_str().unwrap().to_string())
        .collect()
}

/// A file named `name` holding `contents`, in a folder of its own (gone with the `TempDir`).
fn file(name: &str, contents: impl AsRef<[u8]>) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(name);
    std::fs::write(&path, contents).unwrap();
    (dir, path)
}

const GOOD: &str = "Eight soldiers were killed in Kidal on Saturday, the army said.\n";

#[test]
fn a_folder_without_articles_is_an_error_naming_it() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("scan.pdf"), b"%PDF-1.4").unwrap();
    let o = run(&["check", dir.path().to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(
        err.contains(&format!("{}: no articles here", dir.path().display())),
        "{err}"
    );
}

#[test]
fn a_binary_file_is_skipped_with_a_warning_and_counted() {
    let dir = tempfile::tempdir().unwrap();
    let (bin, good) = (dir.path().join("photo.txt"), dir.path().join("good.txt"));
    std::fs::write(&bin, [0x89, b'P', b'N', b'G', 0, 0, 0, 13, 0xff, 0xd8]).unwrap();
    std::fs::write(&good, GOOD).unwrap();
    let o = extract(&[&bin, &good]);
    assert_eq!(
        o.status.code(),
        Some(0),
        "a skipped binary file is a warning"
    );
    let err = stderr(&o);
    assert!(
        err.contains(&format!(
            "warning: {}: looks like a binary file",
            bin.display()
        )),
        "{err}"
    );
    assert!(
        err.contains("1 article read, 1 input skipped (1 warning above)"),
        "{err}"
    );
    assert_eq!(ids(&o), ["good"]);
}

#[test]
fn invalid_utf8_is_read_with_a_warning_naming_the_byte() {
    let (_dir, path) = file(
        "latin1.txt",
        b"Le caf\xe9 a ferm\xe9. About 30 people were hurt on Monday.\n",
    );
    let o = extract(&[&path]);
    assert_eq!(o.status.code(), Some(0));
    let err = stderr(&o);
    assert!(
        err.contains("latin1.txt: not valid UTF-8 at byte 6"),
        "{err}"
    );
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let claim = &v["documents"][0]["claims"][0];
    assert_eq!(claim["text"], "About 30 people");
    // offsets still point into the file's own bytes
    let bytes = std::fs::read(&path).unwrap();
    let (s, e) = (
        claim["start"].as_u64().unwrap() as usize,
        claim["end"].as_u64().unwrap() as usize,
    );
    assert_eq!(&bytes[s..e], b"About 30 people");
}

#[test]
fn a_200_mb_file_without_line_breaks_is_skipped_and_the_others_read() {
    let dir = tempfile::tempdir().unwrap();
    let (huge, good) = (dir.path().join("dump.txt"), dir.path().join("good.txt"));
    let mut f = std::fs::File::create(&huge).unwrap();
    let block = "twelve soldiers ".repeat(1 << 16).into_bytes();
    for _ in 0..(200 << 20) / block.len() {
        std::io::Write::write_all(&mut f, &block).unwrap();
    }
    drop(f);
    std::fs::write(&good, GOOD).unwrap();
    let o = extract(&[&huge, &good]);
    assert_eq!(o.status.code(), Some(0));
    let err = stderr(&o);
    assert!(
        err.contains(&format!(
            "{}: 200 MB is more than the 32 MB an article may have: skipped",
            huge.display()
        )),
        "{err}"
    );
    assert_eq!(ids(&o), ["good"]);
}

#[test]
fn a_long_text_without_full_stops_is_read_whole() {
    // under the size limit, a run-on text is read in pieces: every figure in it is found
    let text = "the crowd of 40 people waited ".repeat(20_000);
    let (_dir, path) = file("runon.txt", &text);
    let o = extract(&[&path]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(
        v["documents"][0]["claims"].as_array().unwrap().len(),
        20_000
    );
}

#[test]
fn duplicate_ids_are_kept_apart_with_a_warning() {
    let (_dir, path) = file(
        "wires.jsonl",
        "{\"id\": \"afp-1\", \"text\": \"Eight soldiers died.\"}\n{\"id\": \"afp-1\", \"text\": \"Nine soldiers died.\"}\n",
    );
    let o = extract(&[&path]);
    assert_eq!(o.status.code(), Some(0));
    let err = stderr(&o);
    assert!(
        err.contains(&format!(
            "{}:2: the id \"afp-1\" is already that of {}:1: read as \"afp-1~2\"",
            path.display(),
            path.display()
        )),
        "{err}"
    );
    assert!(err.contains("2 articles read (1 with a warning)"), "{err}");
    assert_eq!(ids(&o), ["afp-1", "afp-1~2"]);
}

#[test]
fn an_empty_record_is_skipped_and_counted() {
    let (_dir, path) = file(
        "wires.jsonl",
        "{\"id\": \"a\", \"text\": \"  \"}\n{\"id\": \"b\", \"text\": \"Ten people.\"}\n",
    );
    let o = extract(&[&path]);
    assert_eq!(o.status.code(), Some(0));
    let err = stderr(&o);
    assert!(
        err.contains("line 1: record \"a\" has an empty text"),
        "{err}"
    );
    assert!(err.contains("1 article read, 1 input skipped"), "{err}");
}

/// A rules file with `text`, run over the Kidal fixtures: its exit status and stderr.
fn with_rules(text: &str) -> (Option<i32>, String) {
    let (_dir, path) = file("hostile.toml", text);
    let o = run(&["check", "--rules", path.to_str().unwrap(), "fixtures/kidal"]);
    (o.status.code(), stderr(&o))
}

#[test]
fn a_hostile_rules_file_is_refused_with_its_place() {
    let (code, err) = with_rules("[judge]\napprox = 1e400\n");
    assert_eq!(code, Some(2));
    assert!(
        err.contains("hostile.toml:2:10:") && err.contains("overflow"),
        "{err}"
    );

    let deep = format!("x = {}{}\n", "[".repeat(100_000), "]".repeat(100_000));
    let (code, err) = with_rules(&deep);
    assert_eq!(code, Some(2));
    assert!(
        err.contains("hostile.toml:1:") && err.contains("recursion"),
        "{err}"
    );
    // the long line is shown around the column, not whole
    assert!(err.len() < 1_000, "{} bytes of error", err.len());

    let (code, err) = with_rules("[reading]\nextend-boilerplate = [\"(a{1000}){1000}\"]\n");
    assert_eq!(code, Some(2));
    assert!(
        err.contains("hostile.toml:2:24:") && err.contains("size limit"),
        "{err}"
    );
}

#[test]
fn huge_vague_amounts_in_the_rules_stay_numbers() {
    let (code, err) = with_rules("[vague]\nuntold = [1e300, 1.7e308]\n");
    assert_eq!(code, Some(1), "{err}");
    let (_rules_dir, rules) = file("vague.toml", "[vague]\nuntold = [1e300, 1.7e308]\n");
    let (_text_dir, text) = file("a.txt", "Untold thousand people fled.\n");
    let o = run(&[
        "extract",
        "--format",
        "json",
        "--rules",
        rules.to_str().unwrap(),
        text.to_str().unwrap(),
    ]);
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let c = &v["documents"][0]["claims"][0];
    assert_eq!(c["text"], "Untold thousand people");
    // a thousand times 1.7e308 is no number: the interval ends at the largest one
    assert_eq!(c["high"].as_f64(), Some(f64::MAX));
}

#[test]
fn numbers_at_the_edges_are_read_right_or_not_at_all() {
    let (_dir, path) = file(
        "edges.txt",
        "The probe counted 1e308 particles. \
         The debt stood at 999,999,999,999,999,999 trillion dollars. \
         Each dose held 0.0000001 grams. \
         The firm lost -5 million dollars. \
         It was -5 degrees on Monday. \
         By night it fell to minus 5 degrees. \
         A claim of 1e400 dollars was dismissed. \
         Another said 10^400 dollars. \
         Trace amounts of 1e-400 grams.\n",
    );
    let o = extract(&[&path]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let got: Vec<(String, f64)> = v["documents"][0]["claims"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            (
                c["text"].as_str().unwrap().to_string(),
                c["value"].as_f64().unwrap(),
            )
        })
        .collect();
    let want = [
        ("1e308 particles", 1e308),
        (
            "999,999,999,999,999,999 trillion dollars",
            999_999_999_999_999_999.0 * 1e12,
        ),
        ("0.0000001 grams", 1e-7),
        ("-5 million dollars", -5e6),
        ("-5 degrees", -5.0),
        ("minus 5 degrees", -5.0),
    ];
    let want: Vec<(String, f64)> = want.iter().map(|(t, v)| (t.to_string(), *v)).collect();
    // beyond a double (1e400, 10^400, 1e-400) there is no figure, not a wrong one ("400 dollars")
    assert_eq!(got, want, "{}", stdout(&o));
}
