//! Who said it: each construction of the attribution grammar, pronoun and title resolution, an
//! echoed figure and a quotation worded differently in two articles (`fixtures/voices/`).

use crate::{group, json};

/// One statement `extract` finds in an article, as these tests read it.
#[derive(Debug)]
struct Said {
    source: String,
    cue: String,
    speaker: String,
    kind: String,
    content: String,
}

/// Every statement `extract` finds in the article at `path`.
fn statements_at(path: &str) -> Vec<Said> {
    let text = std::fs::read_to_string(path).unwrap();
    let (extract, _) = json(&["extract", path]);
    extract["documents"][0]["attributions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| {
            let s = |v: &serde_json::Value| v.as_str().unwrap_or("").to_string();
            let span = |k: &str| a["content"][k].as_u64().unwrap() as usize;
            Said {
                source: s(&a["source"]["text"]),
                cue: s(&a["cue"]["text"]),
                speaker: s(&a["speaker"]),
                kind: s(&a["kind"]),
                content: text
                    .get(span("start")..span("end"))
                    .unwrap_or_default()
                    .to_string(),
            }
        })
        .collect()
}

/// (source as written, cue, speaker) of each statement.
fn triples(found: Vec<Said>) -> Vec<(String, String, String)> {
    found
        .into_iter()
        .map(|f| (f.source, f.cue, f.speaker))
        .collect()
}

/// (source as written, cue, speaker) of every statement in one fixture article.
fn statements(path: &str) -> Vec<(String, String, String)> {
    triples(statements_at(path))
}

/// The statements `extract` finds in `sentences`, each its own paragraph.
fn statements_in(sentences: &[&str]) -> Vec<Said> {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("sentences.txt");
    std::fs::write(&path, sentences.join("\n\n")).unwrap();
    statements_at(path.to_str().unwrap())
}

/// Each statement as (source as written, cue, content).
fn source_cue_content(found: &[Said]) -> Vec<(&str, &str, &str)> {
    found
        .iter()
        .map(|f| (f.source.as_str(), f.cue.as_str(), f.content.as_str()))
        .collect()
}

/// Each statement's `first` (its cue, its source as written) with its speaker.
fn with_speakers<'a>(
    found: &'a [Said],
    first: impl Fn(&'a Said) -> &'a String,
) -> Vec<(&'a str, &'a str)> {
    found
        .iter()
        .map(|f| (first(f).as_str(), f.speaker.as_str()))
        .collect()
}

/// (source as written, cue, speaker) of every statement `extract` finds in `sentences`.
fn statements_of(sentences: &[&str]) -> Vec<(String, String, String)> {
    triples(statements_in(sentences))
}

/// A lookup from the start of a claim's text to its attribution, in one fixture article.
fn attribution_of(path: &str) -> impl Fn(&str) -> serde_json::Value {
    let (extract, _) = json(&["extract", path]);
    let claims = extract["documents"][0]["claims"]
        .as_array()
        .unwrap()
        .clone();
    move |t| {
        claims
            .iter()
            .find(|c| c["text"].as_str().unwrap().starts_with(t))
            .unwrap_or_else(|| panic!("no claim {t:?}"))["attribution"]
            .clone()
    }
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
            "The coast guard spokeswoman, Lena Ortiz,",
            "added",
            // (the source is the description with the name set off after it, and the speaker the
            // name)
            "Lena Ortiz"
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
fn a_pronoun_inside_a_quoted_passage_is_not_the_one_who_quotes_it() {
    let found = statements_in(&[
        "Linda Moss, a retired nurse, joined the rally in June.",
        "Reporter Anna Berg writes:",
        "\"The first time Moss saw him, she was just beginning to heal. She had been in a hospital for weeks after what she called a “breakdown,” a series of angry posts.\"",
        "Berg said she met Moss twice.",
    ]);
    assert_eq!(
        with_speakers(&found, |f| &f.cue),
        [
            ("writes", "Reporter Anna Berg"),
            ("called", "Linda Moss"),
            ("said", "Reporter Anna Berg"),
        ],
        "{found:?}"
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
    let g = group(&check, "count|aboard|vehicle");
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
        "The Harbour Times on Saturday reported that the pier had been closed.",
        "\u{201C}We will rebuild the pier before the summer.\u{201D} \u{2015} Mara J. Quist, harbour master.",
        "\"Nobody told us anything.\" - Two fishermen on the quay",
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
    // a quotation signed with a dash and a name; a dash and a description sign nothing
    assert!(
        has(&all, "Mara J. Quist", "\u{2015}", "Mara J. Quist"),
        "{all:?}"
    );
    assert!(!all.iter().any(|(_, c, _)| c == "-"), "{all:?}");
    // a time between the subject and the cue, whatever the verb
    assert!(
        has(&all, "The Harbour Times", "reported", "The Harbour Times"),
        "{all:?}"
    );
    assert!(has(&all, "", "reported", ""), "no named source: {all:?}");
    assert!(
        has(&all, "she", "added", "Police chief Sara Diallo"),
        "{all:?}"
    );
    let by = attribution_of(path.to_str().unwrap());
    assert_eq!(by("40 homes")["source"], "The governor");
    assert_eq!(by("15 soldiers")["cue"], "reported");
    // a quotation that runs on into the next paragraph keeps its speaker
    assert_eq!(by("20")["speaker"], "Police chief Sara Diallo");
}

#[test]
fn speaker_labels_gerunds_and_say_that() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("labels.txt");
    let text = [
        "GAO: The convoy left the base at dawn.",
        "Marta Ruiz: Farmers Are Losing Patience With the Ministry",
        "Update: The road reopened on Tuesday.",
        "Stealth Over Health: The Clinic Nobody Visits",
        "\"KELLY: We counted 14 trucks at the crossing.",
        "HARRIS: Well, there were at least 20 of them.",
        "Dr Omar Hale went on radio on Monday and began by saying he would never judge a patient.",
        "The ministry was criticised for saying that the dam was safe.",
        "People close to the minister say that she will resign before the summer.",
        "The minister's claim that the dam was safe was rejected.",
        "Flood Defences Will Hold This Winter, Water Board Chief Says",
        "Council Unveils Plan to Tell Residents About Repairs",
        "Ruiz said the harvest was three weeks late.",
        "Washington: The Senate passed the bill by 52 votes.",
        "Brexit: Talks Resume in Brussels",
        "Director: Ana Costa. Running time: 95 minutes.",
        "The practice of saying grace before meals is fading.",
        "The president's claims that 40 percent of voters agree were disputed.",
        "His false claim that the bridge was safe angered residents.",
        "Budget Plans Face 40 Percent Cut",
        "The mayor pointed out that the bridge had been shut for 40 days.",
        "Those close to him say the talks will resume.",
    ]
    .join("\n\n");
    std::fs::write(&path, text).unwrap();
    let all = statements(path.to_str().unwrap());
    // a name and a colon opening a paragraph: a headline or a transcript's turn
    assert!(has(&all, "Marta Ruiz", ":", "Marta Ruiz"), "{all:?}");
    assert!(has(&all, "KELLY", ":", "KELLY"), "{all:?}");
    assert!(has(&all, "HARRIS", ":", "HARRIS"), "{all:?}");
    // a dateline, a page's label, a headline's phrase or topic, a place are no speakers
    for not in [
        "GAO",
        "Update",
        "Stealth Over Health",
        "Washington",
        "Brexit",
        "Director",
    ] {
        assert!(all.iter().all(|(s, _, _)| s != not), "{not}: {all:?}");
    }
    // a gerund after a preposition reports what the sentence's subject said
    assert!(
        has(&all, "Dr Omar Hale", "saying", "Dr Omar Hale"),
        "{all:?}"
    );
    assert!(
        has(&all, "The ministry", "saying", "The ministry"),
        "{all:?}"
    );
    // "say that" after a noun is a verb, and the source is who is close to the minister, not the
    // minister; "claim that" after a possessive is a noun
    assert!(
        has(
            &all,
            "People close to the minister",
            "say",
            "People close to the minister"
        ),
        "{all:?}"
    );
    assert!(
        has(&all, "Those close to him", "say", "Those close to him"),
        "{all:?}"
    );
    assert!(all.iter().all(|(_, c, _)| c != "claim"), "{all:?}");
    // nor after a possessive, nor a gerund that is a noun's complement
    for not in ["claims", "Plans"] {
        assert!(all.iter().all(|(_, c, _)| c != not), "{not}: {all:?}");
    }
    assert!(
        all.iter().all(|(s, _, _)| !s.contains("practice")),
        "{all:?}"
    );
    // a verb of speech with its particle, as the rules list it
    assert!(
        has(&all, "The mayor", "pointed out", "The mayor"),
        "{all:?}"
    );
    // a headline in title case reports in the present ("Says"), not in a verb's other forms
    assert!(
        has(&all, "Water Board Chief", "Says", "Water Board Chief"),
        "{all:?}"
    );
    assert!(all.iter().all(|(_, c, _)| c != "Tell"), "{all:?}");
    // figures in a turn of the transcript carry its speaker
    let by = attribution_of(path.to_str().unwrap());
    assert_eq!(by("14 trucks")["source"], "KELLY");
    assert_eq!(by("at least 20")["source"], "HARRIS");
    // a roundup's datelines in capitals are not a transcript: no name takes a second turn
    let roundup = dir.path().join("roundup.txt");
    let text = [
        "Markets Today",
        "LONDON: Prices rose 2% in May.",
        "PARIS: Prices fell 1% in May.",
    ]
    .join("\n\n");
    std::fs::write(&roundup, text).unwrap();
    let all = statements(roundup.to_str().unwrap());
    assert!(all.is_empty(), "{all:?}");
}

#[test]
fn two_sources_joined_by_and_are_one_source() {
    let all = statements_of(&[
        "Nurses and doctors said 30 patients had been moved overnight.",
        "The convoy turned back and officials said 12 trucks were stranded.",
        "Gao fell and officials said 40 soldiers had withdrawn.",
    ]);
    assert!(
        has(&all, "Nurses and doctors", "said", "Nurses and doctors"),
        "{all:?}"
    );
    // a clause before "and" is no part of the source
    assert!(has(&all, "officials", "said", "officials"), "{all:?}");
    assert!(!all.iter().any(|(s, _, _)| s.contains("fell")), "{all:?}");
    assert!(!all.iter().any(|(s, _, _)| s.contains("convoy")), "{all:?}");
}

#[test]
fn plurals_in_no_s_say_and_causatives_are_no_part_of_the_source() {
    let all = statements_of(&[
        "Local police say 12 people were hurt when the stand collapsed.",
        "Hospital data show that 40 patients were admitted overnight.",
        "Leaked documents show the firm lost $9 million in 2019.",
        "The new app lets drivers report potholes, and the mayor wants residents to use it.",
        "The campaign hopes to help voters understand the ballot measure.",
    ]);
    assert!(has(&all, "Local police", "say", "Local police"), "{all:?}");
    assert!(
        has(&all, "Hospital data", "show", "Hospital data"),
        "{all:?}"
    );
    // a past form before a plural makes an adjective: "documents" is no verb
    assert!(
        has(&all, "Leaked documents", "show", "Leaked documents"),
        "{all:?}"
    );
    assert!(!all.iter().any(|(_, c, _)| c == "documents"), "{all:?}");
    // the object of "let" or "help" is the source, the causative no part of it
    assert!(has(&all, "drivers", "report", "drivers"), "{all:?}");
    assert!(has(&all, "voters", "understand", "voters"), "{all:?}");
}

#[test]
fn a_plural_before_of_heads_the_subject_and_a_list_set_off_is_passed_over() {
    let all = statements_of(&[
        "Supporters of the levy say it will raise 40 million a year, but shopkeepers, including \
         two former mayors, say the sum is far smaller. They say only 12 million will come in.",
        "The body found in the river had been there for two days, officers said.",
        "The authors of the survey found that 73 percent of firms had cut staff.",
    ]);
    assert!(
        has(
            &all,
            "Supporters of the levy",
            "say",
            "Supporters of the levy"
        ),
        "{all:?}"
    );
    // the source before ", including …," and the plural "they" that stands for it next
    assert!(has(&all, "shopkeepers", "say", "shopkeepers"), "{all:?}");
    assert!(has(&all, "They", "say", "shopkeepers"), "{all:?}");
    // "found in the river" says where; "found that" what was found out
    assert!(!all.iter().any(|(s, _, _)| s == "The body"), "{all:?}");
    assert!(
        has(
            &all,
            "The authors of the survey",
            "found",
            "The authors of the survey"
        ),
        "{all:?}"
    );
}

#[test]
fn plural_nouns_that_look_like_verbs_of_speech_are_no_cues() {
    let all = statements_of(&[
        "Most states have extended the deadline for absentee ballots.",
        "Twenty-two states joined the lawsuit against the rule.",
        "Safety worries have slowed the reopening of the mine.",
        "The mayor raised a few questions about the contract.",
        "Everything the governor says is checked by the newspaper.",
        "The agency states that 40 wells were inspected.",
        "Voters in several coastal states could decide the race.",
        "The council rejected the developer's building plans.",
        "Residents raised broader questions about the budget, and pollution credits or fines.",
        "\"The wall will hold,\" the city's chief engineer maintains.",
        "The scheme, called Harbour-2, lends money to fishermen.",
        "The mayor has not been charged with any offence.",
        "Repairs continue in the old town, and volunteers continued to clear the quay.",
        "A fleet known as the Blue Line runs the ferries.",
        "The engineer, a former harbour pilot, called the report \"a whitewash\".",
        "Evacuation orders covered 3,000 homes near the river.",
        "The ad says policies that the senator argues allowed the flooding were to blame.",
        "One victim had been counted twice in early reports from two villages.",
    ]);
    // a plural noun before "have", after a number word or "a few", before a modal, a full stop,
    // a preposition or "or", or before a past verb and its object: no verb of speech
    for noun in [
        "states",
        "worries",
        "questions",
        "plans",
        "credits",
        "orders",
        // (after a preposition and an adjective: "in early reports")
        "reports",
    ] {
        assert!(
            !all.iter().any(|(s, c, _)| c == noun && s != "The agency"),
            "{noun}: {all:?}"
        );
    }
    // the verb, singular, still is: before "is", or with its subject before it
    assert!(has(&all, "the governor", "says", "the governor"), "{all:?}");
    assert!(has(&all, "The agency", "states", "The agency"), "{all:?}");
    assert!(has(&all, "the senator", "argues", "the senator"), "{all:?}");
    // a name given, a criminal charge, going on: nothing said
    for verb in ["called", "charged", "continue", "continued", "known"] {
        assert!(
            !all.iter().any(|(s, c, _)| c == verb && s != "The engineer"),
            "{verb}: {all:?}"
        );
    }
    assert!(
        has(&all, "The engineer", "called", "The engineer"),
        "{all:?}"
    );
    // a verb that reports what went before ends its sentence
    assert!(
        has(
            &all,
            "the city's chief engineer",
            "maintains",
            "the city's chief engineer"
        ),
        "{all:?}"
    );
}

#[test]
fn a_source_named_with_a_place_or_an_employer_keeps_its_head() {
    let all = statements_of(&[
        "Officials in Gao said the convoy had been ambushed.",
        "A spokesman for the harbour board said 40 boats were damaged.",
        "Meanwhile nurses at the district hospital said 12 people were treated.",
        "The head of the UN mission in Mali told reporters that talks would resume.",
        "On Friday in Bamako the minister said the border would reopen.",
        "But Attorney General Ama Mensah isn't saying whether the port broke the law.",
        "The mayor has often cited the new sea wall.",
        "\"It will hold,\" said Representative Charles B. Osei.",
        "\"It is simple,\" said Mr. Kamin, who added that the plan would cost $5 billion.",
        "The harbour master, who said 40 boats were lost, resigned on Monday.",
        "The closure angered fishermen, many of whom say the wall was never safe.",
        "The union rejected an audit which found that 40 boats were unsafe.",
        "A report (which cites the harbour board) puts the losses at $2 million.",
        "It came as a shock to everyone who said the wall would hold.",
        "The board cut its forecast in July, which had predicted 5% growth.",
        "He withdrew the guidance the board issued in July, which had called for 4% growth.",
        "Prime Minister Theresa May said via a spokesman that the port would reopen.",
        "President Ana Ruiz's party won 40 seats. In a speech, the president said the port would reopen.",
        "Trade with the Middle East has collapsed. \"We will rebuild it,\" he said.",
    ]);
    for (source, cue) in [
        ("Officials in Gao", "said"),
        ("A spokesman for the harbour board", "said"),
        ("nurses at the district hospital", "said"),
        ("The head of the UN mission in Mali", "told"),
        ("the minister", "said"),
        // a negation, an adverb or an initial in the name
        ("Attorney General Ama Mensah", "saying"),
        ("The mayor", "cited"),
        ("Representative Charles B. Osei", "said"),
        ("Mr. Kamin", "said"),
    ] {
        assert!(has(&all, source, cue, source), "{source}: {all:?}");
    }
    // "who" speaks for the one it stands for
    assert!(has(&all, "who", "added", "Mr. Kamin"), "{all:?}");
    assert!(has(&all, "who", "said", "The harbour master"), "{all:?}");
    assert!(has(&all, "many of whom", "say", "fishermen"), "{all:?}");
    // with no comma, or a bracket, the phrase before with its determiner; not a word after a
    // preposition, which may belong to another phrase
    assert!(has(&all, "which", "found", "an audit"), "{all:?}");
    assert!(has(&all, "which", "cites", "A report"), "{all:?}");
    // past the month that says when
    assert!(has(&all, "which", "predicted", "its forecast"), "{all:?}");
    assert!(!all.iter().any(|(_, _, p)| p == "July"), "{all:?}");
    assert!(
        !all.iter()
            .any(|(_, cue, p)| cue == "said" && p.contains("everyone")),
        "{all:?}"
    );
    // a name that is a month or a modal; a place is no one "he" stands for
    assert!(
        has(
            &all,
            "Prime Minister Theresa May",
            "said",
            "Prime Minister Theresa May"
        ),
        "{all:?}"
    );
    assert!(!all.iter().any(|(_, _, p)| p == "Middle East"), "{all:?}");
    // a title stands for the name it was written with, not that name's possessive
    assert!(
        has(&all, "the president", "said", "President Ana Ruiz"),
        "{all:?}"
    );
}

#[test]
fn a_statement_ends_where_its_speaker_goes_on_with_another() {
    let contents = statements_in(&[
        "The harbour master defended the closure, saying the wall had cracked in two places.",
        "The mayor said in a statement on Tuesday that 40 boats were lost.",
    ]);
    let content = |cue: &str| {
        contents
            .iter()
            .find(|f| f.cue == cue)
            .map(|f| f.content.as_str())
            .unwrap_or_else(|| panic!("no {cue}: {contents:?}"))
    };
    assert_eq!(content("defended"), "the closure");
    assert_eq!(content("saying"), "the wall had cracked in two places");
    // the clause reported keeps its "that", not the time and place of the saying
    assert_eq!(content("said"), "that 40 boats were lost");
}

#[test]
fn a_source_after_its_cue_and_a_name_before_its_apposition() {
    let found = statements_in(&[
        "Twelve people died in the blast, said the regional governor.",
        "Four boats sank near Port Vila, the capital, said Maria Tanis of the coast guard.",
        "The harbour stayed shut for a week, said one official at the port.",
        "\"The wall will hold,\" Felt wrote in his report.",
        "The new pier added 40 metres to the quay.",
        "Anna Lindqvist, a harbour engineer, said the repairs would take a month.",
        "Her neighbour, Tomas Berg, 61, told reporters that the water rose fast.",
    ]);
    let said_by = |source: &str| {
        found
            .iter()
            .find(|f| f.source == source)
            .unwrap_or_else(|| panic!("no statement by {source:?}: {found:?}"))
    };
    // "…, said X": the source follows the cue, and what was said comes before it
    assert_eq!(
        said_by("the regional governor").content,
        "Twelve people died in the blast"
    );
    // not the place before the comma, "Port Vila, the capital,"
    assert_eq!(
        said_by("Maria Tanis of the coast guard").content,
        "Four boats sank near Port Vila, the capital"
    );
    assert_eq!(
        said_by("one official").content,
        "The harbour stayed shut for a week"
    );
    // a capital makes "Felt" a name, not a verb of speech
    assert_eq!(said_by("Felt").cue, "wrote");
    // a figure added is no statement
    assert!(!found.iter().any(|f| f.cue == "added"), "{found:?}");
    // the speaker is the name, without what the apposition says of it
    assert_eq!(
        said_by("Anna Lindqvist, a harbour engineer,").speaker,
        "Anna Lindqvist"
    );
    assert_eq!(said_by("Tomas Berg, 61,").speaker, "Tomas Berg");
}

#[test]
fn words_that_report_nothing_and_names_inside_what_is_said() {
    let found = statements_in(&[
        "A trust bought the mills in 1997, and in 2004 announced plans to turn them into flats.",
        "The port is best known for its fish market.",
        "Crowds gathered after it's revealed that the pier had been sold.",
        "He once appeared on the \"Harbour Nights\" television show.",
        "Also, he said the mayor was so close to Dalton that Dalton would have told him.",
        "Coast guard officer Ruth Olsen spoke first.",
        "Most of the boats were moored near the Kessel Point jetty, she added.",
    ]);
    // a year is no one who announces: the sentence's subject is
    assert!(
        found
            .iter()
            .any(|f| f.cue == "announced" && f.source.starts_with("A trust")),
        "{found:?}"
    );
    // "known for", a noun after a quotation, a verb inside what is said
    for no in ["known", "show", "told"] {
        assert!(!found.iter().any(|f| f.cue == no), "{no}: {found:?}");
    }
    // "it's revealed": a passive, which names no source
    assert!(
        found
            .iter()
            .any(|f| f.cue == "revealed" && f.source.is_empty()),
        "{found:?}"
    );
    // "she" is the officer named before, not the jetty named in what she says
    assert!(
        found
            .iter()
            .any(|f| f.cue == "added" && f.speaker == "Ruth Olsen"),
        "{found:?}"
    );
}

#[test]
fn an_object_after_a_comma_is_no_source_and_a_headline_signs_its_quotation() {
    let found = statements_in(&[
        "\"We Will Rebuild,\" Mayor Says",
        "She paused, told the crowd in the square that she would run.",
        "The firm posted a loss, confirmed the sale on Monday.",
        "The Prime Minister, Boris Johnson, said the plan would work.",
        "He added 2020 had been a hard year.",
    ]);
    // a headline's capitalised verb signs the quotation before it
    assert!(
        found
            .iter()
            .any(|f| f.source == "Mayor" && f.cue == "Says" && f.kind == "direct"),
        "{found:?}"
    );
    // the crowd told and the sale confirmed are objects, not sources
    for object in ["the crowd", "the sale"] {
        assert!(
            !found.iter().any(|f| f.source.starts_with(object)),
            "{found:?}"
        );
    }
    // after a title with its article, the name in the apposition is the speaker
    assert!(
        found
            .iter()
            .any(|f| f.cue == "said" && f.speaker == "Boris Johnson"),
        "{found:?}"
    );
    // a year after "added" opens what is added
    assert!(found.iter().any(|f| f.cue == "added"), "{found:?}");
}

#[test]
fn he_and_she_pass_over_a_person_of_the_other_sex() {
    let found = statements_in(&[
        "The port director, Ingrid Solberg, said 40 boats had been moved. Fire service spokesman \
         Tomas Brandt said 14 crews were on the quay on Monday. \"The wind is dropping,\" she said.",
        "Ms Solberg added that 300 people were sheltering in the church. \"We will stay all \
         night,\" he told reporters.",
    ]);
    let said = |cue: &str, source: &str| {
        found
            .iter()
            .find(|f| f.cue == cue && f.source == source)
            .unwrap_or_else(|| panic!("no {source} {cue}: {found:?}"))
            .speaker
            .clone()
    };
    // the port director is the name after her description, and "she" is not the spokesman named
    // last, but the port director before him
    assert_eq!(
        said("said", "The port director, Ingrid Solberg,"),
        "Ingrid Solberg",
        "{found:?}"
    );
    assert_eq!(said("said", "she"), "Ingrid Solberg", "{found:?}");
    // "he" is not Ms Solberg, but the spokesman
    assert_eq!(
        said("told", "he"),
        "Fire service spokesman Tomas Brandt",
        "{found:?}"
    );
    // the word that opens the sentence is none of the name
    let opened = statements_in(&[
        "For Lucía Torres, 41, the night was long. \"We lost everything,\" she said.",
        "As Mayor Ortega toured the camp, residents were angry. \"We need water,\" he said.",
    ]);
    for (source, speaker) in [("she", "Lucía Torres"), ("he", "Mayor Ortega")] {
        assert!(
            opened
                .iter()
                .any(|f| f.source == source && f.speaker == speaker),
            "{opened:?}"
        );
    }
    // where no one named can be "she", no speaker rather than a wrong one
    let alone = statements_in(&[
        "Lifeboat chairman Peter Voss said the crews were tired. \"We need more hands,\" she said.",
    ]);
    assert!(
        alone
            .iter()
            .any(|f| f.source == "she" && f.speaker.is_empty()),
        "{alone:?}"
    );
}

#[test]
fn a_source_set_off_inside_what_it_says_speaks_for_both_sides() {
    let sentences = [
        "The toll rose to 12 overnight, the agency said, the highest this year.",
        "Two bridges were closed, the governor said on Monday, and a third was under watch.",
        "In its latest update, the agency said, 30 villages were cut off.",
        "Earlier, Mayor Ines Duarte had told her deputy, Paulo Reis, that the road would reopen.",
        "By Friday the fire had burned 9,500 hectares, Infoca said, making it the largest this year.",
        "The fire has burned 9,500 hectares, the agency said in its update, up from 8,000 on Monday.",
    ];
    let found = statements_in(&sentences);
    let content = |cue: &str| {
        found
            .iter()
            .find(|f| f.cue == cue)
            .map(|f| f.content.as_str())
            .unwrap_or_else(|| panic!("no {cue}: {found:?}"))
    };
    // the clause before the source is said too, and the words after it
    assert_eq!(content("said"), sentences[0].trim_end_matches('.'));
    assert_eq!(
        found[1].content,
        "Two bridges were closed, the governor said on Monday, and a third was under watch"
    );
    // words that set the scene are not said; nor is an addressee's name
    assert_eq!(found[2].content, "30 villages were cut off");
    let told = content("told");
    assert!(
        !told.contains("Earlier") && told.ends_with("that the road would reopen"),
        "{told}"
    );
    // a clause that a time opens is said, not a scene set; and past the manner ("in its
    // update") the words after the source are said too
    assert!(
        found[4]
            .content
            .starts_with("By Friday the fire had burned"),
        "{found:?}"
    );
    assert!(
        found[5].content.starts_with("The fire has burned"),
        "{found:?}"
    );
    // and the figure in the clause before the source is the source's
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("toll.txt");
    std::fs::write(&path, sentences[0]).unwrap();
    let (extract, _) = json(&["extract", path.to_str().unwrap()]);
    let claim = &extract["documents"][0]["claims"][0];
    assert_eq!(claim["text"], "12");
    assert_eq!(claim["attribution"]["speaker"], "the agency");
    // the toll's time is its own, not the comparison's
    assert_eq!(claim["time"], "overnight");
}

#[test]
fn a_place_declared_a_zone_and_planes_that_back_crews_say_nothing() {
    let found = statements_in(&[
        "The union put losses at six million euros and asked for the area to be declared a \
         disaster zone.",
        "Around 750 firefighters were on the ground, supported by 27 aircraft.",
        "Clinton was supported by 42 percent of those responding.",
    ]);
    let cues: Vec<&str> = found.iter().map(|f| f.cue.as_str()).collect();
    // (a poll's support is a statement)
    assert_eq!(cues, ["put", "asked", "supported"], "{found:?}");
    assert_eq!(found[2].source, "42 percent of those responding");
}

#[test]
fn calling_a_strike_adding_to_a_tally_suspected_cases_and_charges_say_nothing() {
    let found = statements_in(&[
        "The union, which called the walkout, said more than 150,000 people took part.",
        "The ministry reported 1,284 suspected cases.",
        "Five deaths had not yet been added to the national tally, he said.",
        "A shipment of 50,000 doses was expected by the end of the week.",
        "She called the strike illegal.",
        "A dozen protesters had been charged by Friday.",
        "The plan was disputed by close allies of the president.",
        "\"We will rebuild,\" the mayor added to reporters.",
        "Mr Diallo called the strike \"illegal\".",
        "Of the voters polled, 620 said prices were too high.",
    ]);
    let found: Vec<(&str, &str)> = found
        .iter()
        .map(|f| (f.cue.as_str(), f.source.as_str()))
        .collect();
    assert_eq!(
        found,
        [
            // (the subject before its relative clause, not a number after the cue)
            ("said", "The union"),
            ("reported", "The ministry"),
            ("said", "he"),
            // (a passive with a time after "by" names no one)
            ("expected", ""),
            ("called", "She"),
            // (but "by close allies" is someone, "added to reporters" and "called the strike
            // \"illegal\"" speak, and so do 620 of those polled)
            ("disputed", "close allies of the president"),
            ("added", "the mayor"),
            ("called", "Mr Diallo"),
            ("said", "620"),
        ]
    );
}

#[test]
fn a_patient_admitted_to_hospital_says_nothing() {
    let found = statements_in(&[
        "At least 43 people were admitted with gunshot wounds, a nurse said.",
        "It was later admitted that the count had been wrong.",
    ]);
    let cues: Vec<&str> = found.iter().map(|f| f.cue.as_str()).collect();
    assert_eq!(cues, ["said", "admitted"], "{found:?}");
    assert_eq!(found[1].content, "the count had been wrong");
}

#[test]
fn a_description_with_a_name_set_off_and_an_estimate_put_at_a_figure() {
    let sentences = [
        "The harbour master, Ines Duarte, said 12 boats had sunk.",
        "Her spokesman, Paulo Reis, said the count would rise.",
        "Police put the size of the crowd at about 15,000.",
        "She put the box on the shelf at noon.",
        "Rescuers brought the last three bodies to the surface, putting the death toll at 41, \
         Governor Ahmet Cengizhan announced.",
        "The health ministry revised its figures on Monday, putting the death toll at 43.",
    ];
    let found = statements_in(&sentences);
    let by_cue = with_speakers(&found, |f| &f.cue);
    // (a participle set off after a clause tells what the clause's event came to: the rescuers
    // put no toll at 41, the governor who announced it did)
    assert_eq!(
        by_cue,
        [
            ("said", "Ines Duarte"),
            ("said", "Paulo Reis"),
            ("put", "Police"),
            ("announced", "Governor Ahmet Cengizhan"),
            ("putting", "The health ministry")
        ],
        "{found:?}"
    );
    assert_eq!(found[2].content, "the size of the crowd at about 15,000");
    // the figures carry who stands behind them
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("put.txt");
    std::fs::write(&path, sentences.join("\n\n")).unwrap();
    let (extract, _) = json(&["extract", path.to_str().unwrap()]);
    let speaker_of = |figure: &str| {
        extract["documents"][0]["claims"]
            .as_array()
            .unwrap()
            .iter()
            .find(|c| c["text"] == figure)
            .unwrap_or_else(|| panic!("no claim {figure}"))["attribution"]["speaker"]
            .clone()
    };
    assert_eq!(speaker_of("12 boats"), "Ines Duarte");
    assert_eq!(speaker_of("about 15,000"), "Police");
    assert_eq!(speaker_of("41"), "Governor Ahmet Cengizhan");
    assert_eq!(speaker_of("43"), "The health ministry");
}

#[test]
fn it_and_they_stand_for_the_body_that_spoke_before() {
    let found = statements_in(&[
        "The utility said 86,000 homes had lost power. It said crews would work through the night.",
        "Deputies said two men were held. They said three guns were found in the car.",
        "Chen said the plant would close. It said nothing about the workers.",
    ]);
    let speakers = with_speakers(&found, |f| &f.source);
    assert_eq!(
        speakers,
        [
            ("The utility", "The utility"),
            ("It", "The utility"),
            ("Deputies", "Deputies"),
            ("They", "Deputies"),
            ("Chen", "Chen"),
            // (a person is no "it")
            ("It", ""),
        ],
        "{found:?}"
    );
}

#[test]
fn a_source_with_an_adverb_or_a_participle_set_off_before_its_cue() {
    let found = statements_in(&[
        "Local officials, however, put the toll at 31.",
        "The agency's latest report, released on Monday, says 2.3 million children need aid.",
        "Around 40 houses were damaged, including some which were flattened, said the mayor.",
    ]);
    let by_cue = with_speakers(&found, |f| &f.cue);
    assert_eq!(
        by_cue,
        [
            ("put", "Local officials"),
            ("says", "The agency's latest report"),
            ("said", "the mayor"),
        ],
        "{found:?}"
    );
    assert_eq!(found[1].content, "2.3 million children need aid");
}

#[test]
fn a_quotation_with_no_cue_goes_on_with_the_one_before_it() {
    let paragraphs = [
        "\"The next two days will decide it,\" said Maria Carrion, the regional minister. \
         \"We have a front of nearly 40 km.\"",
        "\"It is stable,\" Juan Ortega told AFP. Then the wind rose. \"Nobody expected 60 km.\"",
        "Mayor Ines Duarte said the road would reopen. \"We have 600 workers on it.\"",
    ];
    let found = statements_in(&paragraphs);
    let carrion = found.iter().find(|f| f.cue == "said").expect("said");
    assert!(
        carrion.content.contains("nearly 40 km"),
        "the second quotation is the minister's too: {found:?}"
    );
    // not past a sentence of the writer's own
    let ortega = found.iter().find(|f| f.cue == "told").expect("told");
    assert!(!ortega.content.contains("60 km"), "{found:?}");
    // a quotation just after a reported statement is its speaker's too
    let duarte = found
        .iter()
        .find(|f| f.source == "Mayor Ines Duarte")
        .expect("Duarte");
    assert!(duarte.content.contains("600 workers"), "{found:?}");
    // and the figure in the second quotation cites her
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("quotes.txt");
    std::fs::write(&path, paragraphs[0]).unwrap();
    let (extract, _) = json(&["extract", path.to_str().unwrap()]);
    let claims = extract["documents"][0]["claims"].as_array().unwrap();
    let front = claims.iter().find(|c| c["text"] == "nearly 40 km").unwrap();
    assert_eq!(front["attribution"]["speaker"], "Maria Carrion");
}

#[test]
fn a_figure_in_a_passive_inside_a_named_statement_keeps_its_speaker() {
    let (extract, _) = json(&["extract", "fixtures/passages/passives.txt"]);
    let claims = extract["documents"][0]["claims"].as_array().unwrap();
    let source = |text: &str| {
        claims
            .iter()
            .find(|c| c["text"] == text)
            .unwrap_or_else(|| panic!("no {text}: {claims:#?}"))["attribution"]["source"]
            .as_str()
            .unwrap_or("")
            .to_string()
    };
    // "She said … was expected": hers, not the passive's
    assert_eq!(source("50,000 doses"), "Health Minister Amara Tollen");
    assert_eq!(source("about 450"), "the health ministry");
    // the verb's helpers are none of the source: "he has been feeling"
    let found = statements_in(&["Coach Ruiz said he has been feeling stronger for 10 days."]);
    assert!(
        found.iter().any(|f| f.cue == "feeling" && f.source == "he"),
        "{found:?}"
    );
}

/// A conjunction or an opener before a one-word source is none of the speaker's name: "But AMD
/// said" is AMD, "Although LaRue insisted" is the LaRue named before, and "Yet Intel" is Intel.
#[test]
fn a_word_that_opens_the_sentence_is_no_part_of_the_speaker() {
    let all = statements_of(&[
        "Fred LaRue, an aide, was questioned in 1973.",
        "Although LaRue insisted he was not the source, the story went on.",
        "The company will pay a lot. But AMD said the deal would close soon.",
        "Yet Intel said the chips would ship in March.",
    ]);
    assert!(has(&all, "LaRue", "insisted", "Fred LaRue"), "{all:#?}");
    assert!(has(&all, "AMD", "said", "AMD"), "{all:#?}");
    assert!(has(&all, "Intel", "said", "Intel"), "{all:#?}");
}

/// "The Department of Social Welfare and Development said": an "and" between two capitalised
/// words is part of the name, where it ended the source at "Development".
#[test]
fn an_and_inside_a_name_is_part_of_the_source() {
    let all = statements_of(&[
        "The Department of Social Welfare and Development said 96,000 people had been moved.",
        "Officials in Texas and Oklahoma said 12 people died.",
    ]);
    assert!(
        has(
            &all,
            "The Department of Social Welfare and Development",
            "said",
            "The Department of Social Welfare and Development"
        ),
        "{all:#?}"
    );
    assert!(
        all.iter()
            .any(|(s, c, _)| s == "Officials in Texas and Oklahoma" && c == "said"),
        "{all:#?}"
    );
}

/// "grew 3%, thanks in part to exports" owes the growth to exports: no one thanks anyone there.
#[test]
fn thanks_to_is_no_statement() {
    let all = statements_of(&[
        "The economy grew 3%, thanks in part to exports.",
        "The coach thanks his players for 12 wins.",
    ]);
    assert!(
        !all.iter().any(|(s, _, _)| s.contains("economy")),
        "{all:#?}"
    );
    assert!(has(&all, "The coach", "thanks", "The coach"), "{all:#?}");
}

/// "Sea-Watch, whose aircraft spotted the vessel, said": the speaker is the name without the
/// relative clause said of it.
#[test]
fn a_relative_clause_is_no_part_of_the_speaker() {
    let all = statements_of(&[
        "The charity Sea-Watch, whose aircraft spotted the vessel, said up to 45 people were missing.",
        "Maria Lopez, who leads the union, said 300 workers struck.",
    ]);
    assert!(
        all.iter().any(|(_, c, p)| c == "said" && p == "Sea-Watch"),
        "{all:#?}"
    );
    assert!(
        all.iter()
            .any(|(_, c, p)| c == "said" && p == "Maria Lopez"),
        "{all:#?}"
    );
}

/// "Hospitals admitted more than 1,100 people" took in patients; "She admitted that 40 people had
/// died" owned up to something; "The fire claimed 12 lives" said nothing.
#[test]
fn admitting_patients_is_no_statement() {
    let all = statements_of(&[
        "Hospitals in Andalusia admitted more than 1,100 people, the ministry said.",
        "She admitted that 40 people had died.",
        "The fire claimed 12 lives.",
        "The minister estimated that the new orders would support about 4,000 jobs.",
        "The group claimed 300 people were killed.",
    ]);
    // a count as the object of "claimed" or "support", with no clause after it, is said by no one
    assert!(
        !all.iter()
            .any(|(s, _, _)| s == "The fire" || s.contains("orders")),
        "{all:#?}"
    );
    assert!(has(&all, "The group", "claimed", "The group"), "{all:#?}");
    assert!(
        !all.iter().any(|(s, _, _)| s.contains("Hospitals")),
        "{all:#?}"
    );
    assert!(
        has(&all, "the ministry", "said", "the ministry"),
        "{all:#?}"
    );
    assert!(
        all.iter().any(|(s, c, _)| s == "She" && c == "admitted"),
        "{all:#?}"
    );
}

/// A surname alone stands for the person the article names in full: not a relative named beside
/// them, nor a name that a headline in title case or a dateline runs other words into; and a
/// middle initial is part of the name.
#[test]
fn a_surname_stands_for_the_person_not_a_relative_or_a_headline() {
    let all = statements_of(&[
        "Harbour Chief Tomas Verhoeven Quits After Audit",
        "Updated 3:02 PM ET",
        "Tomas J. Verhoeven, who ran the port for a decade, resigned on Monday.",
        "His father, Pieter Anton Verhoeven, had run it before him.",
        "Verhoeven said the audit had found 12 errors.",
    ]);
    assert!(
        has(&all, "Verhoeven", "said", "Tomas J. Verhoeven"),
        "{all:#?}"
    );
    // where the headline alone names the person, its name is taken
    let all = statements_of(&[
        "Harbour Chief Tomas Verhoeven Quits After Audit",
        "Verhoeven said the audit had found 12 errors.",
    ]);
    assert!(
        has(&all, "Verhoeven", "said", "Harbour Chief Tomas Verhoeven"),
        "{all:#?}"
    );
}

/// A participle of speech after the object of a verb of issuing reports what the verb's subject
/// says, not its document or addressee: "The ministry issued a statement saying …" is the
/// ministry's, and so is the figure in it.
#[test]
fn a_statement_issued_is_its_issuers() {
    let all = statements_of(&[
        "The ministry issued a statement saying 40 people had died.",
        "Parents sent a letter to the board urging a moratorium on new schools.",
        "The report, released on Monday, found that 12 wells were dry.",
    ]);
    assert!(
        has(&all, "The ministry", "saying", "The ministry"),
        "{all:#?}"
    );
    assert!(has(&all, "Parents", "urging", "Parents"), "{all:#?}");
    // a document that is the subject still says what it says
    assert!(
        has(
            &all,
            "The report, released on Monday,",
            "found",
            "The report"
        ),
        "{all:#?}"
    );
}

#[test]
fn a_time_between_a_source_and_its_cue_is_no_part_of_the_source() {
    let found = statements_in(&[
        "Based on a leaked page of his 1995 tax return, Sanders on Tuesday said the code is rigged.",
        "Officials yesterday said 20 people had died.",
        "The ministry last week said the dam would hold.",
        "A poll released Friday shows 43 percent back the plan.",
        "An opinion poll published by a newspaper on Sunday said 83 percent were unhappy.",
        "Prime Minister Theresa May said the talks would go on.",
    ]);
    let sources: Vec<(&str, &str)> = found
        .iter()
        .map(|f| (f.cue.as_str(), f.source.as_str()))
        .collect();
    assert_eq!(
        sources,
        [
            ("said", "Sanders"),
            ("said", "Officials"),
            ("said", "The ministry"),
            ("shows", "A poll"),
            ("said", "An opinion poll"),
            ("said", "Prime Minister Theresa May"),
        ],
        "{found:?}"
    );
}

#[test]
fn a_name_with_two_descriptions_set_off_is_the_source() {
    let found = statements_in(&[
        "\u{201c}It is an invasion of our domain,\u{201d} Scott Pruitt, the attorney general of Oklahoma, one of the states suing the agency, said at an event.",
    ]);
    assert_eq!(
        with_speakers(&found, |f| &f.cue),
        [("said", "Scott Pruitt")],
        "{found:?}"
    );
}

#[test]
fn a_verb_joined_to_the_cue_after_a_quoted_name_is_no_source() {
    let found = statements_in(&[
        "The senator spoke at a \"town hall\" meeting in Ohio and said the plant would stay open.",
    ]);
    assert_eq!(
        with_speakers(&found, |f| &f.source),
        [("The senator", "The senator")],
        "{found:?}"
    );
}

#[test]
fn a_cue_that_ends_its_paragraph_with_a_colon_says_the_next_paragraph() {
    let found = statements_in(&[
        "The governor added:",
        "It is typical of her. The mouth never stops, in all 12 counties.",
        "The vote is on Tuesday.",
    ]);
    assert_eq!(
        with_speakers(&found, |f| &f.source),
        [("The governor", "The governor")],
        "{found:?}"
    );
    assert_eq!(
        found[0].content,
        "It is typical of her. The mouth never stops, in all 12 counties."
    );
}

#[test]
fn a_cue_that_ends_its_paragraph_with_a_colon_says_the_quotation_that_opens_the_next() {
    let found = statements_in(&[
        "Mayor Ruth Adebayo spoke to reporters after the flood. She said:",
        "\"We have 40 families in the school gym and 12 more in the church hall.\"",
        "The Daily Ledger reports:",
        "\"Only 24 percent of the pumps were working on Friday, and crews lost 3 of them overnight.",
        "The river crested on Sunday.",
    ]);
    assert_eq!(
        with_speakers(&found, |f| &f.source),
        [
            ("She", "Mayor Ruth Adebayo"),
            ("The Daily Ledger", "The Daily Ledger")
        ],
        "{found:?}"
    );
    assert_eq!(
        found[0].content,
        "We have 40 families in the school gym and 12 more in the church hall."
    );
    // (a quotation left open at its paragraph's end is said up to that end)
    assert!(
        found[1].content.starts_with("Only 24 percent of the pumps")
            && found[1].content.ends_with("3 of them overnight."),
        "{found:?}"
    );
    // and the figures in them carry their speaker
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("colon.txt");
    std::fs::write(
        &path,
        "The Daily Ledger reports:\n\n\"Only 24 percent of the pumps were working on Friday.\"\n",
    )
    .unwrap();
    let attribution = attribution_of(path.to_str().unwrap());
    assert_eq!(attribution("24 percent")["speaker"], "The Daily Ledger");
}

#[test]
fn a_participle_after_a_comma_is_said_by_the_subject_of_its_sentence() {
    let found = statements_in(&[
        "On Thursday, however, Trump spoke to a gathering of drillers, promising to lift the rules.",
        "Chastened by the analyses, as well as complaints over the costs, Trump revised his plan, promising to cut taxes for 12 million families.",
        "In a statement, the company said: \"It was a success,\" adding that its value quadrupled in a year.",
    ]);
    assert_eq!(
        with_speakers(&found, |f| &f.cue),
        [
            ("promising", "Trump"),
            ("promising", "Trump"),
            ("said", "the company"),
            ("adding", "the company"),
        ],
        "{found:?}"
    );
    assert_eq!(found[3].content, "that its value quadrupled in a year");
}

#[test]
fn a_quotation_before_its_source_is_what_was_said_not_the_words_after_the_cue() {
    let found = statements_in(&[
        "\"A child died when a wall collapsed,\" Ema Suryani, a doctor at a clinic in the town, said at a briefing in the capital.",
        "\"We are all mourning,\" he said, adding that 12 homes had burned.",
        "The firm will sell servers \"for the foreseeable future,\" Ms. Su said.",
    ]);
    let said: Vec<(&str, &str, &str)> = found
        .iter()
        .map(|f| (f.cue.as_str(), f.content.as_str(), f.kind.as_str()))
        .collect();
    assert_eq!(
        said,
        [
            ("said", "A child died when a wall collapsed", "direct"),
            ("said", "We are all mourning,", "direct"),
            ("adding", "that 12 homes had burned", "indirect"),
            (
                "said",
                "The firm will sell servers \"for the foreseeable future",
                "indirect"
            ),
        ],
        "{found:?}"
    );
}

#[test]
fn a_clause_of_circumstance_after_a_source_set_off_is_no_part_of_what_it_said() {
    let found = statements_in(&[
        "The toll from the sinking rose to 31, officials said on Saturday, as rescuers pulled more bodies from the water.",
        "The team offered an eight-year contract, the manager said Friday night.",
    ]);
    let said: Vec<&str> = found.iter().map(|f| f.content.as_str()).collect();
    assert_eq!(
        said,
        [
            "The toll from the sinking rose to 31",
            "The team offered an eight-year contract",
        ],
        "{found:?}"
    );
}

#[test]
fn a_title_in_quotation_marks_after_told_is_the_addressee() {
    let found = statements_in(&[
        "Sanders told MSNBC's \"Morning Joe\" that nobody would question her intelligence.",
        "Trump told Fox News Sunday the plan would cut taxes for 12 million families.",
    ]);
    let said: Vec<(&str, &str)> = found
        .iter()
        .filter(|f| f.cue == "told")
        .map(|f| (f.content.as_str(), f.kind.as_str()))
        .collect();
    assert_eq!(
        said,
        [
            ("that nobody would question her intelligence", "indirect"),
            (
                "the plan would cut taxes for 12 million families",
                "indirect"
            ),
        ],
        "{found:?}"
    );
}

#[test]
fn a_few_quoted_words_inside_a_sentence_are_part_of_what_is_said() {
    let found = statements_in(&[
        "He said \"budget reforms\" and the collection of unpaid taxes would pay for 12 new ships.",
        "\"We cannot afford this,\" Trump said, adding later, \"It costs us a fortune.\"",
        "A movie called \"The Notorious Bettie Page\" was released in 2005.",
    ]);
    let said: Vec<(&str, &str)> = found
        .iter()
        .map(|f| (f.cue.as_str(), f.content.as_str()))
        .collect();
    assert_eq!(said.len(), 3, "the movie's name is no statement: {found:?}");
    assert_eq!(
        said[0],
        (
            "said",
            "\"budget reforms\" and the collection of unpaid taxes would pay for 12 new ships"
        )
    );
    // (the second quotation is the participle's, not the first cue's)
    assert_eq!(said[1], ("said", "We cannot afford this,"));
    assert_eq!(said[2].0, "adding");
    assert!(said[2].1.contains("It costs us a fortune"), "{found:?}");
}

#[test]
fn a_sum_is_no_source_and_a_figure_reported_by_someone_is_theirs() {
    let found = statements_in(&[
        "The club paid a $51.1 million posting fee for the pitcher.",
        "Sources say the offer is less than the $184 million reported by sportscaster Mike Lynch.",
        "According to the mayor the toll was 12.",
        "Riot police in the area responded by firing tear gas.",
    ]);
    let said = source_cue_content(&found);
    assert_eq!(
        said,
        [
            (
                "Sources",
                "say",
                "the offer is less than the $184 million reported by sportscaster Mike Lynch"
            ),
            ("sportscaster Mike Lynch", "reported", "the $184 million"),
            ("the mayor", "According to", "the toll was 12"),
            ("Riot police in the area", "responded", "by firing tear gas"),
        ],
        "{found:?}"
    );
}

#[test]
fn per_at_a_clause_start_names_a_source_and_per_cent_does_not() {
    let found = statements_in(&[
        "The toll rose to 30, per the health ministry.",
        "Per Reuters, 12 people died in the blast.",
        "Prices rose 5 per cent, and income per capita fell.",
        "A quarter of that, per the McKinley plan, is $40,000.",
    ]);
    let said = source_cue_content(&found);
    assert_eq!(
        said,
        [
            ("the health ministry", "per", "The toll rose to 30"),
            ("Reuters", "Per", "12 people died in the blast"),
        ],
        "{found:?}"
    );
}

#[test]
fn data_and_documents_named_with_their_origin_say_what_they_show() {
    let found = statements_in(&[
        "Data from the 2024 household survey show that 41 percent of renters moved.",
        "The average of polls shows the mayor leading by 6 points.",
        "Leaked documents from the ministry show that 300 contracts were never paid.",
        "Reports from the valley say 12 bridges are down.",
        "Donations hit $1.1 billion, an analysis of newly filed campaign reports shows.",
        "A survey of 1,000 voters finds that 41 percent back the plan.",
    ]);
    assert_eq!(
        with_speakers(&found, |f| &f.source),
        [
            (
                "Data from the 2024 household survey",
                "Data from the 2024 household survey"
            ),
            ("The average of polls", "The average of polls"),
            (
                "Leaked documents from the ministry",
                "Leaked documents from the ministry"
            ),
            ("Reports from the valley", "Reports from the valley"),
            (
                "an analysis of newly filed campaign reports",
                "an analysis of newly filed campaign reports"
            ),
            ("A survey of 1,000 voters", "A survey of 1,000 voters"),
        ],
        "{found:?}"
    );
    // and none where the words are a noun phrase or the verb is another's
    let none = statements_in(&[
        "Complications from a heart attack suffered in May ended his career.",
        "It sits in one of those 529 college savings plans that your state offers.",
        "He made ambitious attacks, often landing them.",
    ]);
    assert!(none.is_empty(), "{none:?}");
    let spot = statements_in(&["The spot concludes with footage of Trump saying he is smart."]);
    assert!(
        spot.iter()
            .any(|f| f.cue == "saying" && f.source == "Trump"),
        "{spot:?}"
    );
}

#[test]
fn a_headline_reports_with_the_verbs_that_are_no_noun() {
    let found = statements_in(&[
        "New Survey Shows 41 Percent Of Renters Moved",
        "Coast Guard Chief Calls The Rescue ‘A Miracle’",
    ]);
    assert_eq!(
        with_speakers(&found, |f| &f.cue),
        [("Shows", "New Survey"), ("Calls", "Coast Guard Chief")],
        "{found:?}"
    );
    // a verb's form that a figure counts, or that a past form follows, is a noun
    let none = statements_in(&[
        "Twelve New Shows Launch This Autumn",
        "Distress Calls Ignored For 3 Hours",
    ]);
    assert!(none.is_empty(), "{none:?}");
}

#[test]
fn a_source_set_off_before_a_dash_says_what_came_before() {
    let found = statements_in(&[
        "Three people were killed, police said - two of them children.",
        "The guard was roughed up - tackled, he said - while leaving the building.",
    ]);
    assert_eq!(
        source_cue_content(&found),
        [
            ("police", "said", "Three people were killed"),
            ("he", "said", "tackled"),
        ]
    );
}

#[test]
fn a_state_found_and_a_plural_subject_report_nothing() {
    let all = statements_of(&[
        "The four miners found alive on Wednesday were taken to hospital.",
        "She said criminal charges had been filed against five managers.",
    ]);
    assert_eq!(all, [("She".into(), "said".into(), String::new())]);
}

#[test]
fn a_passive_in_a_clause_of_time_says_only_that_clause() {
    let found = statements_in(&[
        "Shares have lost nearly 11% since the job cuts were announced.",
        "Workers protested against plans to cut 3,200 jobs.",
    ]);
    assert_eq!(
        source_cue_content(&found),
        [("", "announced", "the job cuts")]
    );
}

#[test]
fn a_semicolon_ends_what_is_said_and_a_weekday_is_no_part_of_a_name() {
    let found = statements_in(&[
        "The union says 40,000 are out; according to the company, 26,000 were on strike.",
        "On Friday Hessler offered more and said it would double the payment.",
    ]);
    assert_eq!(
        source_cue_content(&found),
        [
            ("The union", "says", "40,000 are out"),
            ("the company", "according to", "26,000 were on strike"),
            ("Hessler", "said", "it would double the payment"),
        ]
    );
    assert_eq!(found[2].speaker, "Hessler");
}

#[test]
fn shaking_felt_and_lives_claimed_are_no_statements_and_initials_take_no_room_in_a_name() {
    let found = statements_in(&[
        "About 1.2 million people felt strong shaking, and residents felt the ground shake.",
        "The flood claimed at least 40 lives.",
        "Many voters felt the government had failed them.",
        "Aid arrived, according to the U.N. Office for the Coordination of Humanitarian Affairs.",
    ]);
    assert_eq!(
        source_cue_content(&found),
        [
            ("Many voters", "felt", "the government had failed them"),
            (
                "the U.N. Office for the Coordination of Humanitarian Affairs",
                "according to",
                "Aid arrived"
            ),
        ]
    );
}

#[test]
fn a_past_that_is_also_a_noun_ends_the_subject_of_and_said() {
    let found = statements_in(&[
        "The company cut its outlook on Thursday and said it will eliminate 4,800 jobs.",
    ]);
    assert_eq!(
        source_cue_content(&found),
        [("The company", "said", "it will eliminate 4,800 jobs")]
    );
}

#[test]
fn a_source_before_a_relative_clause_set_off_and_a_count_claimed() {
    let found = statements_in(&[
        "Police put the turnout at 18,000, while the CGT union, which organised the march, \
         claimed 120,000.",
        "The storm claimed 12 lives.",
    ]);
    let by_cue = with_speakers(&found, |f| &f.cue);
    assert_eq!(
        by_cue,
        [("put", "Police"), ("claimed", "the CGT union")],
        "{found:?}"
    );
    assert_eq!(found[1].content, "120,000");
}
