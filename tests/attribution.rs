//! Who said it: each construction of the attribution grammar, pronoun and title resolution, an
//! echoed figure and a quotation worded differently in two articles (`fixtures/voices/`).

use crate::{group, json};

/// (source as written, cue, speaker) of every statement in one fixture article.
fn statements(path: &str) -> Vec<(String, String, String)> {
    let (extract, _) = json(&["extract", path]);
    extract["documents"][0]["attributions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| {
            let s = |v: &serde_json::Value| v.as_str().unwrap_or("").to_string();
            (
                s(&a["source"]["text"]),
                s(&a["cue"]["text"]),
                s(&a["speaker"]),
            )
        })
        .collect()
}

fn has(all: &[(String, String, String)], source: &str, cue: &str, speaker: &str) -> bool {
    all.iter()
        .any(|(s, c, p)| s == source && c == cue && p == speaker)
}

#[test]
fn each_construction_finds_its_source_and_cue() {
    let a = statements("fixtures/voices/a-harbour-times.txt");
    assert!(
        has(&a, "the coast guard", "said", "the coast guard"),
        "…, X said: {a:?}"
    );
    assert!(
        has(
            &a,
            "coast guard spokeswoman Lena Ortiz",
            "told",
            "coast guard spokeswoman Lena Ortiz"
        ),
        "quotation, X told: {a:?}"
    );
    assert!(
        has(
            &a,
            "the port authority",
            "According to",
            "the port authority"
        ),
        "according to X: {a:?}"
    );
    assert!(
        has(
            &a,
            "Transport Minister Daniel Okafor",
            "said",
            "Transport Minister Daniel Okafor"
        ),
        "X said: {a:?}"
    );
    let b = statements("fixtures/voices/b-coastal-wire.txt");
    assert!(
        has(
            &b,
            "The coast guard spokeswoman",
            "added",
            "The coast guard spokeswoman"
        ),
        "X added: {b:?}"
    );
}

#[test]
fn pronouns_and_titles_resolve_to_the_named_speaker() {
    let a = statements("fixtures/voices/a-harbour-times.txt");
    assert!(
        has(&a, "She", "said", "coast guard spokeswoman Lena Ortiz"),
        "{a:?}"
    );
    // "the minister" and a quotation in two parts around "the minister said"
    assert!(
        a.iter().any(|(s, c, p)| s == "the minister"
            && c == "said"
            && p.ends_with("Minister Daniel Okafor")),
        "{a:?}"
    );
}

#[test]
fn a_quotation_split_around_its_speaker_keeps_both_parts() {
    let (extract, _) = json(&["extract", "fixtures/voices/a-harbour-times.txt"]);
    let quote = extract["documents"][0]["attributions"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["source"]["text"] == "the minister")
        .unwrap()["quote"]
        .as_str()
        .unwrap()
        .to_string();
    assert!(
        quote.starts_with("We will find out what went wrong"),
        "{quote}"
    );
    assert!(
        quote.ends_with("and we will publish everything we find."),
        "{quote}"
    );
}

#[test]
fn figures_carry_who_stands_behind_them() {
    let (extract, _) = json(&["extract", "fixtures/voices/a-harbour-times.txt"]);
    let claims = extract["documents"][0]["claims"].as_array().unwrap();
    let vehicles = claims.iter().find(|c| c["text"] == "38 vehicles").unwrap();
    assert_eq!(vehicles["attribution"]["source"], "the port authority");
    assert_eq!(vehicles["attribution"]["cue"], "According to");
}

#[test]
fn an_echoed_figure_is_one_voice_and_a_contradiction_names_its_originator() {
    let (check, _) = json(&["check", "fixtures/voices"]);
    let g = group(&check, "count|displaced|passenger");
    assert_eq!(g["verdict"], "agree");
    assert!(
        g["reason"]
            .as_str()
            .unwrap()
            .contains("all cite the coast guard: one voice echoed"),
        "{}",
        g["reason"]
    );
    let g = group(&check, "count|-|vehicle");
    assert_eq!(g["verdict"], "conflict");
    assert!(
        g["reason"]
            .as_str()
            .unwrap()
            .starts_with("both cite the port authority"),
        "{}",
        g["reason"]
    );
}

#[test]
fn a_quotation_worded_differently_in_two_articles_is_reported() {
    let (check, _) = json(&["check", "fixtures/voices"]);
    let quotes = check["quotes"].as_array().unwrap();
    assert_eq!(quotes.len(), 1, "{quotes:?}");
    assert_eq!(quotes[0]["kind"], "quote differs");
    let reason = quotes[0]["reason"].as_str().unwrap();
    assert!(
        reason.contains("Harbour Times has \"two nobody\""),
        "{reason}"
    );
    assert!(
        reason.contains("Coastal Wire has \"safely three no one\""),
        "{reason}"
    );
}

#[test]
fn the_same_words_from_different_speakers_are_reported() {
    let dir = tempfile::tempdir().unwrap();
    let quote = "\"We will rebuild every school that the storm destroyed this week,\"";
    std::fs::write(
        dir.path().join("a.txt"),
        format!("---\nsource: One\n---\n\n{quote} Mayor Ana Lima said.\n"),
    )
    .unwrap();
    std::fs::write(
        dir.path().join("b.txt"),
        format!("---\nsource: Two\n---\n\n{quote} Governor Paul Mensah said.\n"),
    )
    .unwrap();
    let (check, _) = json(&["check", dir.path().to_str().unwrap()]);
    let quotes = check["quotes"].as_array().unwrap();
    assert_eq!(quotes.len(), 1, "{quotes:?}");
    assert_eq!(quotes[0]["kind"], "different speakers");
    assert!(
        quotes[0]["reason"]
            .as_str()
            .unwrap()
            .contains("Mayor Ana Lima")
    );
}

#[test]
fn reported_speech_in_its_other_forms() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("forms.txt");
    let text = [
        "The governor was quoted as saying that 40 homes had burned.",
        "The toll stood at 12, as cited by the health ministry.",
        "The ministry's figures show that 3,000 people have fled.",
        "In a message on public television Keita said the attackers would be punished.",
        "It was reported that 15 soldiers were missing.",
        "Police chief Sara Diallo said: \"We found 9 bodies in the river.",
        "\"More may be hidden in the reeds. We will search until 20 more are found,\" she added.",
    ]
    .join("\n\n");
    std::fs::write(&path, text).unwrap();
    let all = statements(path.to_str().unwrap());
    assert!(
        has(&all, "The governor", "saying", "The governor"),
        "{all:?}"
    );
    assert!(
        has(
            &all,
            "the health ministry",
            "cited by",
            "the health ministry"
        ),
        "{all:?}"
    );
    assert!(
        has(
            &all,
            "The ministry's figures",
            "show",
            "The ministry's figures"
        ),
        "{all:?}"
    );
    assert!(has(&all, "Keita", "said", "Keita"), "{all:?}");
    assert!(has(&all, "", "reported", ""), "no named source: {all:?}");
    assert!(
        has(&all, "she", "added", "Police chief Sara Diallo"),
        "{all:?}"
    );
    let (extract, _) = json(&["extract", path.to_str().unwrap()]);
    let claims = extract["documents"][0]["claims"].as_array().unwrap();
    let by = |t: &str| {
        claims
            .iter()
            .find(|c| c["text"].as_str().unwrap().starts_with(t))
            .unwrap()["attribution"]
            .clone()
    };
    assert_eq!(by("40 homes")["source"], "The governor");
    assert_eq!(by("15 soldiers")["cue"], "reported");
    // a quotation that runs on into the next paragraph keeps its speaker
    assert_eq!(by("20")["speaker"], "Police chief Sara Diallo");
}
