//! What a fact-checker sees on the bundles in `fixtures/`.

use crate::{group, json, root, run, stdout, values};

#[test]
fn kidal_soldiers_killed_conflict_names_both_time_frames() {
    let (check, o) = json(&["check", "fixtures/kidal"]);
    assert_eq!(o.status.code(), Some(1), "conflicts exit with 1");
    let g = group(&check, "count|killed|soldier");
    assert_eq!(g["verdict"], "conflict");
    assert_eq!(values(g), vec![8.0, 8.0, 20.0]);
    let reason = g["reason"].as_str().unwrap();
    assert!(
        reason.contains("on Saturday") && reason.contains("since Wednesday"),
        "{reason}"
    );
    assert!(reason.contains("defence ministry"), "{reason}");
    // the conflict is the first row
    assert_eq!(check["groups"][0]["key"], "count|killed|soldier");
}

#[test]
fn kidal_agreements() {
    let (check, _) = json(&["check", "fixtures/kidal"]);
    let g = group(&check, "count|killed|insurgent");
    assert_eq!(
        (g["verdict"].as_str(), values(g)),
        (Some("agree"), vec![28.0, 28.0])
    );
    let g = group(&check, "length|location|-");
    assert_eq!(g["verdict"], "agree");
    assert!(
        g["reason"]
            .as_str()
            .unwrap()
            .contains("after converting km and mi")
    );
    assert_eq!(values(g), vec![1500.0, 900.0, 1500.0, 1500.0, 900.0]);
    let g = group(&check, "count|arrived|soldier");
    assert_eq!(g["verdict"], "agree");
}

#[test]
fn flood_death_tolls_disagree_and_displaced_agree() {
    let (check, o) = json(&["check", "fixtures/flood"]);
    assert_eq!(o.status.code(), Some(1));
    let g = group(&check, "count|killed|person");
    assert_eq!(g["verdict"], "conflict");
    let g = group(&check, "count|displaced|person");
    assert_eq!(
        (g["verdict"].as_str(), values(g)),
        (Some("agree"), vec![12000.0, 12000.0])
    );
    let g = group(&check, "length|location|-");
    assert_eq!(g["verdict"], "agree");
}

#[test]
fn ferry_capacity_stands_apart_and_the_tolls_line_up() {
    let (check, _) = json(&["check", "fixtures/ferry"]);
    // what the ferry was licensed to carry is no count of what it carried: no conflict with the
    // survivors' "close to 250 passengers" aboard, which meet the minister's "more than 200
    // people" on board (passengers are people)
    assert_eq!(
        values(group(&check, "count|capacity|passenger")),
        vec![80.0]
    );
    let aboard = group(&check, "count|aboard|passenger");
    assert_eq!(values(aboard), vec![200.0, 250.0]);
    assert_eq!(aboard["verdict"], "compatible");
    // the drowned, the bodies recovered, an earlier accident, and "the number of people confirmed
    // dead … has risen to 31", which officials gave (no one "confirmed" it in the participle)
    let g = group(&check, "count|killed|person");
    assert_eq!(values(g), vec![14.0, 14.0, 27.0, 31.0]);
    assert_eq!(g["claims"][3]["attribution"]["speaker"], "officials");
    // survivors are people: the two counts of the rescued meet
    let g = group(&check, "count|rescued|person");
    assert_eq!(values(g), vec![46.0, 52.0]);
    // "three days of national mourning" counts days of mourning
    group(&check, "duration|-|mourning");
}

#[test]
fn money_is_read_with_its_currency_and_scale() {
    let (extract, _) = json(&["extract", "fixtures/flood"]);
    let claims: Vec<&serde_json::Value> = extract["documents"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|d| d["claims"].as_array().unwrap())
        .collect();
    let money: Vec<(f64, &str)> = claims
        .iter()
        .filter(|c| c["kind"] == "money")
        .map(|c| (c["value"].as_f64().unwrap(), c["unit"].as_str().unwrap()))
        .collect();
    assert!(money.contains(&(2_500_000.0, "usd")), "{money:?}");
    assert!(money.contains(&(1_200_000.0, "eur")), "{money:?}");
    assert!(money.contains(&(40_000_000.0, "usd")), "{money:?}");
}

#[test]
fn every_offset_points_at_its_text_in_the_original_file() {
    for bundle in ["fixtures/kidal", "fixtures/flood", "fixtures/ferry"] {
        let (extract, _) = json(&["extract", bundle]);
        for d in extract["documents"].as_array().unwrap() {
            let bytes = std::fs::read(root().join(d["path"].as_str().unwrap())).unwrap();
            for c in d["claims"].as_array().unwrap() {
                let (s, e) = (
                    c["start"].as_u64().unwrap() as usize,
                    c["end"].as_u64().unwrap() as usize,
                );
                assert_eq!(
                    String::from_utf8_lossy(&bytes[s..e]),
                    c["text"].as_str().unwrap()
                );
            }
            for a in d["attributions"].as_array().unwrap() {
                let cue = &a["cue"];
                let (s, e) = (
                    cue["start"].as_u64().unwrap() as usize,
                    cue["end"].as_u64().unwrap() as usize,
                );
                assert_eq!(
                    String::from_utf8_lossy(&bytes[s..e]),
                    cue["text"].as_str().unwrap()
                );
            }
        }
    }
}

#[test]
fn a_repeated_paragraph_is_read_once_and_boilerplate_is_dropped() {
    let (extract, _) = json(&["extract", "fixtures/kidal/c-desert-dispatch.txt"]);
    let d = &extract["documents"][0];
    assert_eq!(d["repeated_paragraphs"], 1);
    assert_eq!(d["boilerplate_paragraphs"], 1);
    let dozens = d["claims"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["text"].as_str().unwrap().starts_with("dozens"))
        .count();
    assert_eq!(dozens, 1);
}

#[test]
fn metadata_comes_from_front_matter_and_json_lines() {
    let (extract, _) = json(&["extract", "fixtures/kidal", "fixtures/jsonl/mixed.jsonl"]);
    let docs = extract["documents"].as_array().unwrap();
    let sources: Vec<&str> = docs.iter().map(|d| d["source"].as_str().unwrap()).collect();
    assert_eq!(
        sources,
        vec![
            "Sahel Wire",
            "Bamako Post",
            "Desert Dispatch",
            "Metro Ledger",
            "Civic Daily",
            "budget-3",
            "Harbor Gazette"
        ]
    );
    assert_eq!(docs[0]["published"], "2014-05-19");
    assert_eq!(docs[3]["id"], "budget-1");
}

#[test]
fn the_same_bundle_gives_the_same_bytes() {
    let a = run(&["check", "--format", "json", "fixtures/kidal"]);
    let b = run(&["check", "--format", "json", "fixtures/kidal"]);
    assert_eq!(a.stdout, b.stdout);
}

#[test]
fn table_snapshots() {
    for (name, bundle) in [
        ("kidal", "fixtures/kidal"),
        ("flood", "fixtures/flood"),
        ("ferry", "fixtures/ferry"),
        ("budget", "fixtures/jsonl/mixed.jsonl"),
    ] {
        let o = run(&["check", bundle]);
        insta::assert_snapshot!(format!("check_{name}"), stdout(&o));
    }
    let o = run(&["extract", "fixtures/kidal/b-bamako-post.md"]);
    insta::assert_snapshot!("extract_bamako_post", stdout(&o));
}

#[test]
fn json_snapshot_of_the_kidal_check() {
    let o = run(&["check", "--format", "json", "fixtures/kidal"]);
    insta::assert_snapshot!("check_kidal_json", stdout(&o));
}

#[test]
fn time_frames_resolve_against_the_publication_date() {
    let (check, _) = json(&["check", "fixtures/kidal"]);
    let g = group(&check, "count|killed|soldier");
    let dates: Vec<&str> = g["claims"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["date"].as_str().unwrap_or(""))
        .collect();
    assert_eq!(dates, vec!["2014-05-17", "2014-05-17", "2014-05-21"]);
    assert!(
        g["reason"]
            .as_str()
            .unwrap()
            .contains("a running total from 2014-05-21")
    );
}

#[test]
fn a_bracketed_conversion_is_one_statement_and_a_wrong_one_is_reported() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("lake.txt");
    std::fs::write(&path, "The town lies 1,500 km (900 miles) north of the capital.\n\nThe lake is 120 km (40 miles) long.\n").unwrap();
    let (extract, _) = json(&["extract", path.to_str().unwrap()]);
    let claims = extract["documents"][0]["claims"].as_array().unwrap();
    assert_eq!(claims[0]["same_as"], claims[1]["id"]);
    assert_eq!(claims[1]["same_as"], claims[0]["id"]);
    let (check, o) = json(&["check", path.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    let g = group(&check, "conversion|km|mi");
    assert_eq!(g["verdict"], "conflict");
    assert!(
        g["reason"]
            .as_str()
            .unwrap()
            .contains("120 km is about 75 mi, not 40 miles"),
        "{}",
        g["reason"]
    );
    // 1,500 km and 900 miles agree once rounding is allowed for: no conversion finding for them
    assert_eq!(
        check["groups"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|g| g["key"].as_str().unwrap().starts_with("conversion"))
            .count(),
        1
    );
}

#[test]
fn each_restatement_in_brackets_is_checked_and_takes_the_hedge() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("engine.txt");
    std::fs::write(
        &path,
        "The engine makes just under 296 hp (220 kW / 900 PS) in its strongest tune.\n",
    )
    .unwrap();
    let (extract, _) = json(&["extract", path.to_str().unwrap()]);
    let claims = extract["documents"][0]["claims"].as_array().unwrap();
    // both restatements are "just under" too
    assert_eq!(claims[1]["bound"], "upper", "{}", claims[1]);
    assert_eq!(claims[2]["bound"], "upper", "{}", claims[2]);
    let (check, o) = json(&["check", path.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    // 296 hp is about 221 kW (fine) and about 300 PS, not 900: only the second is reported
    let g = group(&check, "conversion|hp|ps");
    assert_eq!(g["verdict"], "conflict");
    assert!(
        g["reason"].as_str().unwrap().contains("not 900 PS"),
        "{}",
        g["reason"]
    );
    assert!(
        check["groups"]
            .as_array()
            .unwrap()
            .iter()
            .all(|g| g["key"] != "conversion|hp|kw"),
        "{check}"
    );
}

#[test]
fn every_format_snapshot() {
    for format in ["markdown", "csv", "jsonld", "html"] {
        let o = run(&["check", "--format", format, "fixtures/kidal"]);
        assert_eq!(o.status.code(), Some(1));
        insta::assert_snapshot!(format!("check_kidal_{format}"), stdout(&o));
    }
    for format in ["markdown", "csv", "json"] {
        let o = run(&[
            "extract",
            "--format",
            format,
            "fixtures/kidal/b-bamako-post.md",
        ]);
        insta::assert_snapshot!(format!("extract_bamako_post_{format}"), stdout(&o));
    }
}

#[test]
fn hostile_article_text_is_shown_as_text_in_every_format() {
    let dir = tempfile::tempdir().unwrap();
    let evil = "---\nsource: <img src=x onerror=alert(1)>\ntitle: <script>alert('t')</script>\n---\n\nOfficials said 12 people were killed | <script>alert(1)</script> on Monday.\n";
    std::fs::write(dir.path().join("a.txt"), evil).unwrap();
    std::fs::write(dir.path().join("b.txt"), "---\nsource: =HYPERLINK(\"http://x\")\n---\n\nOfficials said 14 people were killed on Monday.\n").unwrap();
    let path = dir.path().to_str().unwrap();
    let html = stdout(&run(&["check", "--format", "html", path]));
    assert!(
        !html.contains("<script>alert"),
        "no live script from the article"
    );
    assert!(
        !html.contains("<img src=x"),
        "no live markup from the source"
    );
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    let md = stdout(&run(&["check", "--format", "markdown", path]));
    assert!(!md.contains("<img") && md.contains("&lt;img"), "{md}");
    let csv = stdout(&run(&["check", "--format", "csv", path]));
    assert!(
        csv.contains("'=HYPERLINK"),
        "a formula is neutralised: {csv}"
    );
    assert!(
        !csv.lines()
            .any(|l| l.split(',').any(|c| c.starts_with('=')))
    );
}

#[test]
fn only_filters_the_groups_and_no_color_means_no_escapes() {
    let o = run(&["check", "--only", "conflict", "fixtures/kidal"]);
    let table = stdout(&o);
    assert!(
        table.contains("│ conflict") && !table.contains("│ agree ") && !table.contains("│ single "),
        "{table}"
    );
    assert!(
        !table.contains('\u{1b}'),
        "no colour when NO_COLOR is set or stdout is not a terminal"
    );
    assert_eq!(
        run(&["check", "--only", "wrong", "fixtures/kidal"])
            .status
            .code(),
        Some(2)
    );
}
