//! The command line: exit statuses, messages for bad input, rules layering, output files.

use crate::{group, json, root, run, stderr, stdout};

#[test]
fn a_malformed_json_line_is_reported_with_file_and_line_and_the_others_are_read() {
    let o = run(&["extract", "--format", "json", "fixtures/bad/broken.jsonl"]);
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(err.contains("fixtures/bad/broken.jsonl:2:"), "{err}");
    assert!(err.contains("1 input skipped (1 error above)"), "{err}");
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let ids: Vec<&str> = v["documents"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, vec!["ok-1", "ok-3"]);
}

#[test]
fn a_record_without_text_is_an_error_naming_the_line() {
    let o = run(&[
        "extract",
        "fixtures/bad/notext.jsonl",
        "fixtures/kidal/a-sahel-wire.txt",
    ]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("fixtures/bad/notext.jsonl:1:"),
        "{}",
        stderr(&o)
    );
    assert!(stdout(&o).contains("Sahel Wire"));
}

#[test]
fn a_missing_path_is_named() {
    let o = run(&["check", "no/such/folder"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("no/such/folder"), "{}", stderr(&o));
}

#[test]
fn an_empty_file_is_a_warning() {
    let o = run(&[
        "extract",
        "fixtures/bad/empty.txt",
        "fixtures/kidal/a-sahel-wire.txt",
    ]);
    assert_eq!(o.status.code(), Some(0));
    assert!(
        stderr(&o).contains("fixtures/bad/empty.txt: empty file"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn stdin_takes_plain_text_or_json_lines() {
    use std::io::Write;
    use std::process::{Command, Stdio};
    for (input, id) in [
        ("About 250 volunteers joined on Wednesday.", "stdin"),
        (
            "{\"id\": \"w1\", \"text\": \"About 250 volunteers joined.\"}\n",
            "w1",
        ),
    ] {
        for format in ["json", "jsonl"] {
            let mut child = Command::new(env!("CARGO_BIN_EXE_crosscheck"))
                .args(["extract", "--format", format, "-"])
                .stdin(Stdio::piped())
                .stdout(Stdio::piped())
                .spawn()
                .unwrap();
            child
                .stdin
                .take()
                .unwrap()
                .write_all(input.as_bytes())
                .unwrap();
            let o = child.wait_with_output().unwrap();
            assert!(o.status.success(), "{format} {input}: {}", stderr(&o));
            let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
            // (one document: `json` lists it, `jsonl` is its line)
            let doc = if format == "json" {
                &v["documents"][0]
            } else {
                &v
            };
            assert_eq!(doc["id"], id);
            assert_eq!(doc["claims"][0]["value"], 250.0);
            assert_eq!(doc["claims"][0]["bound"], "approx");
            assert_eq!(doc["claims"][0]["start"], 0);
        }
    }
}

#[test]
fn a_bad_rules_file_stops_the_run_with_path_line_and_column() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bad.toml");
    std::fs::write(&path, "[judge]\napprox = \"wide\"\n").unwrap();
    let o = run(&["check", "--rules", path.to_str().unwrap(), "fixtures/kidal"]);
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(err.contains("bad.toml:2:10"), "{err}");
    assert!(err.contains("approx = \"wide\""), "{err}");
}

#[test]
fn a_rules_layer_adds_synonyms_that_change_the_groups() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("more.toml");
    // civil servants taken hostage and freed hostages are the same people in this story
    std::fs::write(
        &path,
        "[entities.hostage]\nextend-synonyms = [\"servant\", \"civil servant\"]\n",
    )
    .unwrap();
    let (before, _) = json(&["check", "fixtures/kidal"]);
    assert_eq!(
        group(&before, "count|released|hostage")["claims"]
            .as_array()
            .unwrap()
            .len(),
        1
    );
    let (after, _) = json(&["check", "--rules", path.to_str().unwrap(), "fixtures/kidal"]);
    let g = group(&after, "count|released|hostage");
    assert_eq!(g["claims"].as_array().unwrap().len(), 2);
    assert_eq!(g["verdict"], "agree");
}

#[test]
fn rules_show_prints_the_merged_rules_and_they_read_back_the_same() {
    let o = run(&["rules", "show"]);
    assert_eq!(o.status.code(), Some(0));
    let shown = stdout(&o);
    assert!(shown.contains("[hedges.about]"));
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("shown.toml");
    std::fs::write(&path, &shown).unwrap();
    let again = run(&["rules", "show", "--rules", path.to_str().unwrap()]);
    assert_eq!(stdout(&again), shown);
    let a = run(&["check", "--format", "json", "fixtures/kidal"]);
    let b = run(&[
        "check",
        "--format",
        "json",
        "--rules",
        path.to_str().unwrap(),
        "fixtures/kidal",
    ]);
    assert_eq!(a.stdout, b.stdout);
}

#[test]
fn output_goes_to_a_file_whole() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("report.json");
    let o = run(&[
        "check",
        "--format",
        "json",
        "--output",
        path.to_str().unwrap(),
        "fixtures/kidal",
    ]);
    assert_eq!(o.status.code(), Some(1));
    assert!(o.stdout.is_empty());
    let written: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
    assert_eq!(written["version"], 1);
    let _ = root();
}

#[test]
fn an_unknown_format_is_refused() {
    let o = run(&["check", "--format", "yaml", "fixtures/kidal"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("yaml"));
}

/// Inputs that once crashed the reader, kept as regressions (found by review and fuzzing).
#[test]
fn hostile_text_is_read_without_a_crash() {
    use std::io::Write;
    use std::process::{Command, Stdio};
    let cases: &[&[u8]] = &[
        "\u{130}\u{130} Prime Minister Moussa Mara spoke. On Monday the prime minister said 20 soldiers died.\n".as_bytes(),
        b"a\xc2\x85b. C\n",
        b"a\xe2\x80\xa8b. C 5 people\n",
        b"\xff\xfe 12 people \xff\n",
        b"1000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000 trillion people\n",
        b"\"\n\n\"\"\n'' ''\n",
    ];
    for input in cases {
        let mut child = Command::new(env!("CARGO_BIN_EXE_crosscheck"))
            .args(["extract", "--format", "json", "-"])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        child.stdin.take().unwrap().write_all(input).unwrap();
        let o = child.wait_with_output().unwrap();
        assert!(
            matches!(o.status.code(), Some(0 | 1)),
            "{:?}: {}",
            String::from_utf8_lossy(input),
            String::from_utf8_lossy(&o.stderr)
        );
        let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
        for c in v["documents"][0]["claims"].as_array().unwrap() {
            assert!(c["value"].is_null() || c["value"].as_f64().unwrap().is_finite());
        }
    }
}

#[test]
fn a_linked_folder_is_not_followed() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.txt"), "About 250 volunteers joined.").unwrap();
    #[cfg(unix)]
    std::os::unix::fs::symlink(dir.path(), dir.path().join("self")).unwrap();
    let (v, _) = json(&["extract", dir.path().to_str().unwrap()]);
    assert_eq!(v["documents"].as_array().unwrap().len(), 1);
}

#[test]
fn a_rules_value_out_of_range_names_its_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("wide.toml");
    std::fs::write(&path, "[judge]\napprox = 5.0\n").unwrap();
    let o = run(&["check", "--rules", path.to_str().unwrap(), "fixtures/kidal"]);
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(
        err.contains("wide.toml") && err.contains("judge.approx"),
        "{err}"
    );
    std::fs::write(&path, "[reading]\nextend-boilerplate = [\"(unclosed\"]\n").unwrap();
    let o = run(&["check", "--rules", path.to_str().unwrap(), "fixtures/kidal"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("wide.toml") && stderr(&o).contains("(unclosed"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn json_lines_stream_from_stdin_to_stdout() {
    use std::io::{BufRead, BufReader, Write};
    use std::process::{Command, Stdio};
    let mut child = Command::new(env!("CARGO_BIN_EXE_crosscheck"))
        .args(["extract", "--format", "jsonl", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    // more than one chunk, with a bad line in the middle
    let mut input = String::new();
    for i in 0..600 {
        if i == 300 {
            input.push_str("{not json\n");
        }
        input.push_str(&format!("{{\"id\": \"r{i}\", \"source\": \"Wire\", \"text\": \"About {i} people were evacuated on Monday.\"}}\n"));
    }
    let writer = std::thread::spawn(move || stdin.write_all(input.as_bytes()));
    let out = BufReader::new(child.stdout.take().unwrap());
    let ids: Vec<String> = out
        .lines()
        .map(|l| {
            serde_json::from_str::<serde_json::Value>(&l.unwrap()).unwrap()["id"]
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect();
    writer.join().unwrap().unwrap();
    let o = child.wait_with_output().unwrap();
    assert_eq!(
        o.status.code(),
        Some(2),
        "a skipped line makes the run exit 2"
    );
    assert!(String::from_utf8_lossy(&o.stderr).contains("<stdin>:301:"));
    assert_eq!(ids.len(), 600);
    assert_eq!(ids[0], "r0");
    assert_eq!(ids[599], "r599", "the input's order is kept");
}

/// A standard error closed by its reader (`2>&1 | head`) ends the run with its exit status, as
/// when the messages are read: the messages are passed over, with no abort (exit by a signal).
#[test]
fn a_closed_standard_error_ends_with_the_exit_status_not_an_abort() {
    use std::process::{Command, Stdio};
    let mut child = Command::new(env!("CARGO_BIN_EXE_crosscheck"))
        .args(["extract", "--format", "json", "fixtures/bad"])
        .current_dir(root())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // the reader goes before the run writes its first message
    drop(child.stderr.take());
    let status = child.wait().unwrap();
    assert_eq!(status.code(), Some(2), "{status:?}");
}

/// `crosscheck explain CC001 | head -1`: a reader that stops early is no panic. The pipe's reader
/// here is gone before crosscheck writes (it starts a moment after `true` has ended).
#[test]
fn a_closed_standard_output_is_no_panic() {
    let dir = tempfile::tempdir().unwrap();
    for args in ["explain CC001", "rules check rules/default.toml"] {
        let script = format!(
            "(sleep 0.3; \"$0\" {args} 2>\"$1/err\"; echo $? >\"$1/rc\") | true; sleep 0.6"
        );
        let o = std::process::Command::new("sh")
            .current_dir(root())
            .args(["-c", &script, env!("CARGO_BIN_EXE_crosscheck")])
            .arg(dir.path())
            .output()
            .unwrap();
        assert!(o.status.success(), "{o:?}");
        let err = std::fs::read_to_string(dir.path().join("err")).unwrap();
        let rc = std::fs::read_to_string(dir.path().join("rc")).unwrap();
        assert!(!err.contains("panicked"), "{args}: {err}");
        assert_eq!(rc.trim(), "0", "{args}: {err}");
    }
}
