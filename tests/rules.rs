//! Rules files as rule authors use them: layering, error messages, new predicates and synonyms,
//! waivers, examples that must match, the packs, and `explain`.

use crate::{group, json, run, stderr, stdout};

fn reason(check: &serde_json::Value, key: &str) -> String {
    group(check, key)["reason"].as_str().unwrap().to_string()
}

#[test]
fn each_layer_overrides_the_one_below() {
    let dir = tempfile::tempdir().unwrap();
    for f in ["a-sahel-wire.txt", "c-desert-dispatch.txt"] {
        std::fs::copy(format!("fixtures/kidal/{f}"), dir.path().join(f)).unwrap();
    }
    let bundle = dir.path().to_str().unwrap();
    // the built-in rules: about 20 allows 17-23
    let (v, _) = json(&["check", bundle]);
    assert!(reason(&v, "count|killed|soldier").contains("8 and 17-23"));
    // crosscheck.toml in the bundle's folder
    std::fs::write(
        dir.path().join("crosscheck.toml"),
        "[judge]\napprox = 0.5\n",
    )
    .unwrap();
    let (v, _) = json(&["check", bundle]);
    assert!(
        reason(&v, "count|killed|soldier").contains("8 and 10-30"),
        "{}",
        reason(&v, "count|killed|soldier")
    );
    // a --rules file over it
    let layer = dir.path().join("layer.toml");
    std::fs::write(&layer, "[judge]\napprox = 0.3\n").unwrap();
    let (v, _) = json(&["check", "--rules", layer.to_str().unwrap(), bundle]);
    assert!(
        reason(&v, "count|killed|soldier").contains("8 and 14-26"),
        "{}",
        reason(&v, "count|killed|soldier")
    );
    // and a command-line flag over everything
    let (v, _) = json(&[
        "check",
        "--rules",
        layer.to_str().unwrap(),
        "--approx",
        "0.1",
        bundle,
    ]);
    assert!(
        reason(&v, "count|killed|soldier").contains("8 and 18-22"),
        "{}",
        reason(&v, "count|killed|soldier")
    );
}

#[test]
fn an_extend_list_appends_and_a_plain_list_replaces() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("a.txt"),
        "Twelve people were killed on Monday.\n\nSponsored: 40 offers await you.\n",
    )
    .unwrap();
    let extend = dir.path().join("extend.toml");
    std::fs::write(&extend, "[reading]\nextend-boilerplate = ['^sponsored:']\n").unwrap();
    let (v, _) = json(&[
        "extract",
        "--rules",
        extend.to_str().unwrap(),
        dir.path().join("a.txt").to_str().unwrap(),
    ]);
    assert_eq!(v["documents"][0]["boilerplate_paragraphs"], 1);
    let shown = stdout(&run(&[
        "rules",
        "show",
        "--rules",
        extend.to_str().unwrap(),
    ]));
    assert!(
        shown.contains("^track latest news live on ") && shown.contains("^sponsored:"),
        "the built-in patterns stay"
    );
    let replace = dir.path().join("replace.toml");
    std::fs::write(&replace, "[reading]\nboilerplate = ['^sponsored:']\n").unwrap();
    let shown = stdout(&run(&[
        "rules",
        "show",
        "--rules",
        replace.to_str().unwrap(),
    ]));
    assert!(!shown.contains("^track latest news live on ") && shown.contains("^sponsored:"));
}

/// The error for a rules file, with its folder taken out so the snapshot holds anywhere.
fn error_for(toml: &str) -> String {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("beat.toml");
    std::fs::write(&path, toml).unwrap();
    let o = run(&["rules", "check", path.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    stderr(&o).replace(dir.path().to_str().unwrap(), "DIR")
}

#[test]
fn error_messages() {
    insta::assert_snapshot!(
        "rules_error_misspelt_key",
        error_for("[predicates.killed]\ntrigers = [\"slain\"]\n")
    );
    insta::assert_snapshot!(
        "rules_error_wrong_type",
        error_for("[judge]\nrounding = \"yes\"\n")
    );
    insta::assert_snapshot!(
        "rules_error_out_of_range",
        error_for("[alignment]\nsimilarity = 2.0\n")
    );
    insta::assert_snapshot!(
        "rules_error_bad_pattern",
        error_for("[reading]\nextend-boilerplate = [\"(unclosed\"]\n")
    );
    insta::assert_snapshot!(
        "rules_error_unknown_table",
        error_for("[hedgs.about]\nbound = \"approx\"\n")
    );
}

#[test]
fn a_new_predicate_changes_the_groups() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ferry.toml");
    std::fs::write(
        &path,
        // (the list of `aboard` replaces the default one, which has "ferry was carrying")
        "[predicates.aboard]\ntriggers = [\"were on board\"]\n\
         [predicates.cargo]\ntriggers = [\"carrying\", \"carried\"]\n",
    )
    .unwrap();
    let (before, _) = json(&["check", "fixtures/voices"]);
    assert!(
        before["groups"]
            .as_array()
            .unwrap()
            .iter()
            .any(|g| g["key"] == "count|aboard|vehicle")
    );
    let (after, _) = json(&[
        "check",
        "--rules",
        path.to_str().unwrap(),
        "fixtures/voices",
    ]);
    let g = group(&after, "count|cargo|vehicle");
    assert_eq!(g["claims"].as_array().unwrap().len(), 2);
}

#[test]
fn a_hedge_written_after_the_number_comes_from_the_rules() {
    let dir = tempfile::tempdir().unwrap();
    let article = dir.path().join("ferry.txt");
    std::fs::write(&article, "The ferry carried 300 and upward passengers.\n").unwrap();
    let rules = dir.path().join("upward.toml");
    std::fs::write(
        &rules,
        "[hedges]\n\"and upward\" = { bound = \"lower\", after = true }\n",
    )
    .unwrap();
    let claim = |extract: &serde_json::Value| extract["documents"][0]["claims"][0].clone();
    let (before, _) = json(&["extract", article.to_str().unwrap()]);
    assert_eq!(claim(&before)["bound"], "exact", "{before}");
    let (after, _) = json(&[
        "extract",
        "--rules",
        rules.to_str().unwrap(),
        article.to_str().unwrap(),
    ]);
    let c = claim(&after);
    assert_eq!(c["text"], "300 and upward passengers", "{after}");
    assert_eq!(
        (c["bound"].clone(), c["low"].clone()),
        ("lower".into(), 300.0.into())
    );
    assert_eq!(c["entity"], "passenger");
}

#[test]
fn a_waived_finding_is_shown_as_waived_and_does_not_fail_the_run() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("waive.toml");
    std::fs::write(&path, "[[waivers]]\ngroup = \"count|killed|soldier\"\nreason = \"the two counts cover different days; checked with the desk\"\n").unwrap();
    let (v, o) = json(&["check", "--rules", path.to_str().unwrap(), "fixtures/kidal"]);
    assert_eq!(o.status.code(), Some(0));
    let g = group(&v, "count|killed|soldier");
    assert_eq!(g["verdict"], "conflict");
    assert_eq!(
        g["waived"],
        "the two counts cover different days; checked with the desk"
    );
    let table = stdout(&run(&[
        "check",
        "--rules",
        path.to_str().unwrap(),
        "fixtures/kidal",
    ]));
    assert!(table.contains("waived"), "{table}");
}

#[test]
fn a_check_can_be_switched_off_or_lowered() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("checks.toml");
    std::fs::write(&path, "[checks.CC001]\nlevel = \"warning\"\n").unwrap();
    let (v, o) = json(&["check", "--rules", path.to_str().unwrap(), "fixtures/kidal"]);
    assert_eq!(o.status.code(), Some(0), "a warning does not fail the run");
    assert_eq!(group(&v, "count|killed|soldier")["level"], "warning");
    std::fs::write(&path, "[checks.CC001]\nenabled = false\n").unwrap();
    let (v, _) = json(&["check", "--rules", path.to_str().unwrap(), "fixtures/kidal"]);
    let g = group(&v, "count|killed|soldier");
    assert_eq!(g["verdict"], "compatible");
    assert!(
        g["reason"]
            .as_str()
            .unwrap()
            .contains("check CC001 is switched off")
    );
}

#[test]
fn rules_test_fails_on_an_example_that_no_longer_matches() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("examples.toml");
    std::fs::write(
        &path,
        "[predicates.evacuated]\ntriggers = [\"evacuated\"]\nexamples = [\"Rescuers evacuated 214 passengers.\", \"Crews moved 90 patients to safety.\"]\n",
    )
    .unwrap();
    let o = run(&["rules", "test", path.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    let out = stdout(&o);
    assert!(
        out.contains(
            "predicate \"evacuated\": should take it: \"Crews moved 90 patients to safety.\""
        ),
        "{out}"
    );
    assert!(out.contains("1 failed"), "{out}");
}

#[test]
fn the_packs_and_the_built_in_rules_pass_their_own_examples() {
    for pack in [
        "rules/default.toml",
        "rules/markets.toml",
        "rules/elections.toml",
    ] {
        let o = run(&["rules", "test", pack]);
        assert_eq!(o.status.code(), Some(0), "{}", stdout(&o));
        assert!(stdout(&o).contains(" 0 failed"));
    }
}

#[test]
fn a_pack_changes_what_is_grouped() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("a.txt"),
        "---\nsource: One\n---\n\nThe ruling party won 212 seats in the assembly.\n",
    )
    .unwrap();
    std::fs::write(
        dir.path().join("b.txt"),
        "---\nsource: Two\n---\n\nThe ruling party won 209 seats in the assembly.\n",
    )
    .unwrap();
    let (v, _) = json(&[
        "check",
        "--rules",
        "rules/elections.toml",
        dir.path().to_str().unwrap(),
    ]);
    assert_eq!(group(&v, "count|won|seat")["verdict"], "conflict");
}

#[test]
fn explain_prints_a_checks_documentation() {
    let o = run(&["explain", "CC001"]);
    assert_eq!(o.status.code(), Some(0));
    let out = stdout(&o);
    assert!(
        out.starts_with("CC001 conflicting-count:")
            && out.contains("What it does:")
            && out.contains("Why:")
            && out.contains("Example"),
        "{out}"
    );
    assert_eq!(
        stdout(&run(&["explain", "conversion-off"]))
            .lines()
            .next()
            .unwrap_or("")
            .split(' ')
            .next(),
        Some("CC002")
    );
    assert_eq!(run(&["explain", "CC999"]).status.code(), Some(2));
}

#[test]
fn the_documented_example_is_a_valid_rules_file_whose_examples_pass() {
    let doc = std::fs::read_to_string("docs/rules.md").unwrap();
    let start = doc.find("```toml\n").unwrap() + "```toml\n".len();
    let end = start + doc[start..].find("```").unwrap();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("example.toml");
    std::fs::write(&path, &doc[start..end]).unwrap();
    let o = run(&["rules", "test", path.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0), "{}{}", stdout(&o), stderr(&o));
}

#[test]
fn money_triggers_are_said_of_sums_alone() {
    let dir = tempfile::tempdir().unwrap();
    let rules = dir.path().join("bids.toml");
    std::fs::write(&rules, "[predicates.paid]\nmoney-triggers = [\"bid\"]\n").unwrap();
    let article = dir.path().join("bid.txt");
    std::fs::write(
        &article,
        "Rivals made a $300 million bid for the firm. The bid would save 2,000 jobs.\n",
    )
    .unwrap();
    let (out, _) = json(&[
        "extract",
        "--rules",
        rules.to_str().unwrap(),
        article.to_str().unwrap(),
    ]);
    let claims = out["documents"][0]["claims"].as_array().unwrap();
    let predicate = |text: &str| {
        let c = claims
            .iter()
            .find(|c| c["text"].as_str().unwrap().starts_with(text));
        c.unwrap_or_else(|| panic!("{text} not in {claims:#?}"))["predicate"].clone()
    };
    assert_eq!(predicate("$300 million"), "paid");
    assert_eq!(predicate("2,000 jobs"), serde_json::Value::Null);
}

#[test]
fn a_doer_predicate_keeps_a_subject_that_acts_on_an_object() {
    // "released" says what befell its object: the monitors who freed the hostages freed no
    // monitors; a rules file that says released counts its doers keeps the subject's predicate
    let text = "Three monitors freed a hostage on Monday.\n";
    let dir = tempfile::tempdir().unwrap();
    let article = dir.path().join("freed.txt");
    std::fs::write(&article, text).unwrap();
    let predicate = |args: &[&str]| {
        let (out, _) = json(args);
        let claims = out["documents"][0]["claims"].as_array().unwrap().clone();
        let c = claims
            .iter()
            .find(|c| c["text"] == "Three monitors")
            .unwrap_or_else(|| panic!("no \"Three monitors\" in {claims:#?}"));
        c["predicate"].clone()
    };
    let path = article.to_str().unwrap();
    assert_eq!(predicate(&["extract", path]), serde_json::Value::Null);
    let rules = dir.path().join("doers.toml");
    std::fs::write(&rules, "[predicates.released]\ndoer = true\n").unwrap();
    let layered = ["extract", "--rules", rules.to_str().unwrap(), path];
    assert_eq!(predicate(&layered), "released");
}

#[test]
fn a_trigger_around_the_figure_needs_words_on_both_sides() {
    let error = error_for("[predicates.rescued]\nextend-triggers = [\"… to safety\"]\n");
    assert!(error.contains("needs words on both sides"), "{error}");
}
