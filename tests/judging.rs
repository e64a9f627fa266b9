//! Alignment and verdicts: grouping, compatible figures, totals and parts, money, copies, time
//! frames and near misses, each on a small bundle written here.

use crate::{group, json, values};

/// Writes a bundle of articles (outlet, date, text) into a fresh folder.
fn bundle(articles: &[(&str, &str, &str)]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for (i, (source, date, text)) in articles.iter().enumerate() {
        let body = format!("---\nsource: {source}\npublished: {date}\n---\n\n{text}\n");
        std::fs::write(dir.path().join(format!("{i}.txt")), body).unwrap();
    }
    dir
}

fn check(dir: &tempfile::TempDir, extra: &[&str]) -> serde_json::Value {
    let mut args = vec!["check"];
    args.extend_from_slice(extra);
    args.push(dir.path().to_str().unwrap());
    json(&args).0
}

#[test]
fn a_vague_or_open_figure_that_fits_is_compatible() {
    let dir = bundle(&[
        (
            "North Star",
            "2024-03-02",
            "Dozens of people were injured when the roof gave way on Friday.",
        ),
        (
            "South Post",
            "2024-03-02",
            "At least 50 people were injured when the roof gave way on Friday.",
        ),
    ]);
    let g = group(&check(&dir, &[]), "count|wounded|person").clone();
    assert_eq!(g["verdict"], "compatible", "{g:#}");
}

#[test]
fn a_total_is_checked_against_the_sum_of_its_parts() {
    let dir = bundle(&[
        (
            "North Star",
            "2024-03-02",
            "Eight soldiers and 28 insurgents were killed in the clashes on Saturday.",
        ),
        (
            "South Post",
            "2024-03-02",
            "More than 30 people were killed in the clashes on Saturday.",
        ),
    ]);
    let g = group(&check(&dir, &[]), "count|killed|person").clone();
    assert!(
        g["reason"]
            .as_str()
            .unwrap()
            .contains("= 36 fits the total More than 30 people"),
        "{g:#}"
    );
    let dir = bundle(&[
        (
            "North Star",
            "2024-03-02",
            "Eight soldiers and 28 insurgents were killed in the clashes on Saturday.",
        ),
        (
            "South Post",
            "2024-03-02",
            "At most 30 people were killed in the clashes on Saturday.",
        ),
    ]);
    let g = group(&check(&dir, &[]), "count|killed|person").clone();
    assert_eq!(g["verdict"], "conflict");
    assert!(
        g["reason"]
            .as_str()
            .unwrap()
            .starts_with("the total is less than the sum of its parts"),
        "{g:#}"
    );
}

#[test]
fn sums_in_two_currencies_are_compared_only_with_a_rate() {
    let dir = bundle(&[
        (
            "North Star",
            "2024-03-02",
            "The European Union pledged 1.9 million euros in aid.",
        ),
        (
            "South Post",
            "2024-03-02",
            "The European Union pledged over $2.6 million in aid.",
        ),
    ]);
    let g = group(&check(&dir, &[]), "money|pledged|aid").clone();
    assert_eq!(g["verdict"], "compatible");
    assert!(
        g["reason"]
            .as_str()
            .unwrap()
            .contains("different currencies (eur, usd)"),
        "{g:#}"
    );
    let rates = dir.path().join("rates.toml");
    std::fs::write(
        &rates,
        "[rates]\neur = { usd = 1.08, date = \"2024-03-01\" }\n",
    )
    .unwrap();
    let g = group(
        &check(&dir, &["--rules", rates.to_str().unwrap()]),
        "money|pledged|aid",
    )
    .clone();
    assert_eq!(g["verdict"], "conflict", "{g:#}");
}

#[test]
fn copies_of_one_wire_story_are_one_voice() {
    let story = "The storm destroyed 120 homes in the coastal district on Tuesday, officials said, and forced the evacuation of the island's only hospital. Rescue teams were still searching the flooded lowlands late into the night as the rain kept falling.";
    let dir = bundle(&[
        ("North Star", "2024-03-02", story),
        ("South Post", "2024-03-02", story),
        (
            "East Times",
            "2024-03-02",
            "Officials said 120 homes were destroyed by the storm on Tuesday.",
        ),
    ]);
    let v = check(&dir, &[]);
    let copies = v["copies"].as_array().unwrap();
    assert_eq!(copies.len(), 1, "{copies:?}");
    assert!(
        v["groups"].as_array().unwrap().iter().any(|g| g["reason"]
            .as_str()
            .unwrap()
            .contains("North Star and South Post are copies of one story")),
        "{v:#}"
    );
}

#[test]
fn figures_for_other_days_or_years_do_not_conflict() {
    let dir = bundle(&[
        (
            "North Star",
            "2024-03-04",
            "Five people were killed in the quake on Sunday. In 2004 a tsunami killed 230,000 people.",
        ),
        (
            "South Post",
            "2024-03-04",
            "Seven people were killed in an aftershock on Monday.",
        ),
    ]);
    let v = check(&dir, &[]);
    assert!(
        v["groups"]
            .as_array()
            .unwrap()
            .iter()
            .all(|g| g["verdict"] != "conflict"),
        "{v:#}"
    );
    assert_eq!(
        group(&v, "count|killed|person|2004")["claims"]
            .as_array()
            .unwrap()
            .len(),
        1
    );
    // the two days' figures neither agree nor contradict each other, and the reason says why
    let days = group(&v, "count|killed|person");
    assert_eq!(days["verdict"], "compatible", "{days:#}");
    assert!(
        days["reason"]
            .as_str()
            .unwrap()
            .contains("different occasions (on Sunday vs on Monday)"),
        "{days:#}"
    );
}

#[test]
fn figures_for_two_quarters_do_not_conflict_and_bodies_are_the_dead() {
    let dir = bundle(&[
        (
            "North Star",
            "2024-07-02",
            "Acme sold 4,000 cars in the first quarter. Rescuers recovered 12 bodies from the mine.",
        ),
        (
            "South Post",
            "2024-07-03",
            "Acme sold 7,000 cars in the second quarter. Twelve people were killed in the collapse.",
        ),
    ]);
    let v = check(&dir, &[]);
    let cars = v["groups"]
        .as_array()
        .unwrap()
        .iter()
        .find(|g| g["key"].as_str().unwrap().contains("car"))
        .unwrap_or_else(|| panic!("no group of cars in {v:#}"));
    assert_eq!(cars["verdict"], "compatible", "{cars:#}");
    assert!(
        cars["reason"]
            .as_str()
            .unwrap()
            .contains("different occasions (in the first quarter vs in the second quarter)"),
        "{cars:#}"
    );
    let dead = group(&v, "count|killed|person");
    assert_eq!(dead["claims"].as_array().unwrap().len(), 2, "{dead:#}");
    assert_eq!(dead["verdict"], "agree", "{dead:#}");
}

#[test]
fn explain_lists_groups_kept_apart() {
    let dir = bundle(&[
        (
            "North Star",
            "2024-03-02",
            "Eight soldiers were killed and 12 soldiers were wounded on Saturday.",
        ),
        (
            "South Post",
            "2024-03-02",
            "Eight soldiers were killed on Saturday.",
        ),
    ]);
    let v = check(&dir, &["--explain"]);
    let misses = v["near_misses"].as_array().unwrap();
    assert!(
        misses
            .iter()
            .any(|m| m["why"] == "what happened differs: killed vs wounded"),
        "{misses:?}"
    );
    assert!(check(&dir, &[]).get("near_misses").is_none());
}

#[test]
fn figures_for_two_places_do_not_conflict() {
    let dir = bundle(&[
        (
            "North Star",
            "2024-03-02",
            "Five people were killed in Gao when the bridge collapsed.",
        ),
        (
            "South Post",
            "2024-03-02",
            "Eight people were killed in Kidal when the bridge collapsed.",
        ),
    ]);
    let v = check(&dir, &[]);
    let g = group(&v, "count|killed|person");
    assert_ne!(g["verdict"], "conflict", "{g:#}");
    assert_eq!(g["claims"][0]["place"], "Gao");
}

#[test]
fn distances_told_from_two_places_do_not_conflict() {
    let dir = bundle(&[
        (
            "North Star",
            "2024-03-02",
            "The quake struck off the coast, 75 kilometres (50 miles) west of the region's main city of Manokwari.",
        ),
        (
            "South Post",
            "2024-03-02",
            "The province lies about 2,955 kilometres east of the country's capital, Jakarta.",
        ),
        (
            "West Wire",
            "2024-03-02",
            "The quake hit some 40 kilometres west of Manokwari.",
        ),
    ]);
    let v = check(&dir, &[]);
    let g = group(&v, "length|location|-");
    let places: Vec<&str> = g["claims"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["place"].as_str().unwrap_or("-"))
        .collect();
    assert_eq!(places, ["Manokwari", "Manokwari", "Jakarta", "Manokwari"]);
    // 75 and 40 km from one city still contradict each other
    assert_eq!(g["verdict"], "conflict", "{g:#}");
    let reason = g["reason"].as_str().unwrap();
    assert!(!reason.contains("2955"), "{reason}");
}
#[test]
fn a_rate_is_not_compared_with_a_total() {
    let dir = bundle(&[
        (
            "North Star",
            "2024-03-02",
            "The two laboratories now run 3,000 tests a day, the health ministry said.",
        ),
        (
            "South Post",
            "2024-03-02",
            "The two laboratories have run 30,000 tests since the outbreak began.",
        ),
    ]);
    let checked = check(&dir, &[]);
    let rate = group(&checked, "count/day|-|test");
    assert_eq!(crate::values(rate), vec![3000.0], "{checked:#}");
    let total = group(&checked, "count|-|test");
    assert_eq!(crate::values(total), vec![30000.0], "{checked:#}");
    assert_ne!(rate["verdict"], "conflict");
    assert_ne!(total["verdict"], "conflict");
}

#[test]
fn a_change_is_not_compared_with_a_level() {
    let dir = bundle(&[
        (
            "North Star",
            "2024-03-02",
            "The death toll from the floods rose by 12 to 40 people on Friday, officials said.",
        ),
        (
            "South Post",
            "2024-03-02",
            "Officials said 40 people were killed in the floods on Friday.",
        ),
        (
            "East Wire",
            "2024-03-02",
            "The number of people killed in the floods rose by 15 on Friday, officials said.",
        ),
    ]);
    let checked = check(&dir, &[]);
    let level = group(&checked, "count|killed|person");
    assert_eq!(crate::values(level), vec![40.0, 40.0], "{checked:#}");
    assert_eq!(level["verdict"], "agree", "{checked:#}");
    // the two rises differ, and are set against each other, not against the toll
    let rise = group(&checked, "count+up|killed|person");
    assert_eq!(crate::values(rise), vec![12.0, 15.0], "{checked:#}");
    assert_eq!(rise["verdict"], "conflict", "{checked:#}");
    // and --explain says why the rises stand apart from the toll
    let misses = check(&dir, &["--explain"])["near_misses"].clone();
    assert!(
        misses
            .as_array()
            .unwrap()
            .iter()
            .any(|m| m["a"] == "count+up|killed|person"
                && m["b"] == "count|killed|person"
                && m["why"] == "one states a rise, the other a level"),
        "{misses:#}"
    );
}

#[test]
fn people_counted_with_nothing_said_of_them_are_not_set_against_each_other() {
    let dir = bundle(&[
        (
            "Coast Wire",
            "2026-03-10",
            "The floods swept away a bridge near 14 people. Officials put the number of destroyed \
             homes at about a dozen.",
        ),
        (
            "Harbour Post",
            "2026-03-14",
            "Nurses have seen nearly 45,000 people since the outbreak began. Officials put the \
             number of destroyed homes at 30.",
        ),
    ]);
    let check = check(&dir, &[]);
    let g = group(&check, "count|-|person");
    assert_eq!(g["verdict"], "compatible", "{g:#}");
    assert!(
        g["reason"]
            .as_str()
            .unwrap()
            .contains("may count different things"),
        "{g:#}"
    );
    // homes put at a number are the homes destroyed, and two numbers for them conflict
    let g = group(&check, "count|destroyed|home");
    assert_eq!(g["verdict"], "conflict", "{g:#}");
}

#[test]
fn deaths_and_arrests_counted_as_events_meet_the_people_they_befell() {
    let dir = bundle(&[
        (
            "Coast Wire",
            "2026-05-02",
            "The ministry reported 57 deaths on Monday. Police announced 41 arrests on Thursday.",
        ),
        (
            "Harbour Post",
            "2026-05-02",
            "At least 57 people were killed on Monday. Police arrested 41 people on Thursday.",
        ),
    ]);
    let check = check(&dir, &[]);
    assert_eq!(
        group(&check, "count|killed|person")["claims"]
            .as_array()
            .unwrap()
            .len(),
        2
    );
    assert_eq!(group(&check, "count|arrested|person")["verdict"], "agree");
}

#[test]
fn measures_with_nothing_named_conflict_unless_orders_of_magnitude_apart() {
    let near = bundle(&[
        (
            "North Star",
            "2026-03-10",
            "The tremor was felt 10 km away.",
        ),
        (
            "South Post",
            "2026-03-10",
            "The tremor was felt 35 km away.",
        ),
    ]);
    assert_eq!(
        group(&check(&near, &[]), "length|-|-")["verdict"],
        "conflict"
    );
    // a measure named before "of" is a measure of it: two depths conflict, apart from the
    // distances
    let depths = bundle(&[
        (
            "North Star",
            "2026-03-10",
            "The quake struck at a depth of 10 km, 17 km west of Beni.",
        ),
        (
            "South Post",
            "2026-03-10",
            "The quake struck at a depth of 35 km.",
        ),
    ]);
    let depths = check(&depths, &[]);
    assert_eq!(group(&depths, "length|-|depth")["verdict"], "conflict");
    assert_eq!(
        group(&depths, "length|-|depth")["claims"]
            .as_array()
            .unwrap()
            .len(),
        2
    );
    let far = bundle(&[
        (
            "North Star",
            "2026-03-10",
            "The flood hit roughly 80 kilometres, officials said.",
        ),
        (
            "South Post",
            "2026-03-10",
            "Forecasters expect up to 150 millimetres.",
        ),
    ]);
    assert_eq!(
        group(&check(&far, &[]), "length|-|-")["verdict"],
        "compatible"
    );
}

#[test]
fn one_person_spoken_of_is_no_count_to_set_against_a_crowd() {
    let dir = bundle(&[
        (
            "North Star",
            "2026-05-02",
            "A group of about 200 masked protesters threw stones at the police.",
        ),
        (
            "South Post",
            "2026-05-02",
            "One protester, a 34-year-old man, was in a stable condition.",
        ),
    ]);
    let check = check(&dir, &[]);
    assert!(
        check["groups"]
            .as_array()
            .unwrap()
            .iter()
            .all(|g| g["verdict"] != "conflict"),
        "{check:#}"
    );
}

/// "Police said 38,000 marched, while the union said 150,000": two named sources that one article
/// sets side by side and that cannot both hold are a dispute to show (a warning, check CC006),
/// though the other article agrees with one of them. A doctor's count at his hospital, paragraphs
/// from the agency's total, is no dispute; and a rules file may switch the check off.
#[test]
fn named_sources_disputing_a_figure_in_one_article_are_shown() {
    let dir = bundle(&[
        (
            "North Star",
            "2024-03-07",
            "Police said 38,000 people marched in Paris on Thursday, while the CGT union said \
             150,000 people marched.",
        ),
        (
            "South Post",
            "2024-03-07",
            "The interior ministry said about 40,000 people marched in Paris on Thursday.",
        ),
    ]);
    let (out, status) = crate::json(&["check", dir.path().to_str().unwrap()]);
    let g = group(&out, "count|crowd|person").clone();
    assert_eq!(g["verdict"], "conflict", "{g:#}");
    assert_eq!(g["check"], "CC006", "{g:#}");
    assert_eq!(g["level"], "warning", "{g:#}");
    let reason = g["reason"].as_str().unwrap();
    assert!(
        reason.contains("North Star reports a dispute")
            && reason.contains("38,000 people per Police")
            && reason.contains("150,000 people per the CGT union"),
        "{reason}"
    );
    // (a warning: the run does not fail)
    assert_eq!(status.status.code(), Some(0), "{g:#}");

    let rules = dir.path().join("rules.toml");
    std::fs::write(&rules, "[checks.CC006]\nenabled = false\n").unwrap();
    let out = check(&dir, &["--rules", rules.to_str().unwrap()]);
    let g = group(&out, "count|crowd|person").clone();
    assert_ne!(g["verdict"], "conflict", "{g:#}");
}

#[test]
fn a_count_from_one_hospital_paragraphs_away_is_no_dispute() {
    let dir = bundle(&[(
        "North Star",
        "2024-03-07",
        "The quake injured more than 200 people, the disaster agency said.\n\n\
         Rescuers searched the rubble through the night.\n\n\
         \"We have received around 50 injured people,\" said the doctor at the district hospital.",
    )]);
    let g = group(&check(&dir, &[]), "count|wounded|person").clone();
    assert_eq!(g["verdict"], "single", "{g:#}");
}

/// Figures from two named sources that count apart are no dispute: two givers' pledges, a
/// province's toll against the nation's, the crowds of two cities.
#[test]
fn sources_counting_apart_are_no_dispute() {
    let dir = bundle(&[(
        "North Star",
        "2025-04-12",
        "Japan pledged $2 million in emergency aid, while the Asian Development Bank pledged \
         $5 million.\n\n\
         The disaster agency said 94 people had died, while Governor Ramon Dela Cruz said 52 \
         people had died in Cagayan alone.\n\n\
         In Valencia, the police said 12,000 people marched. In Seville, the regional government \
         said 9,000 people marched.",
    )]);
    let out = check(&dir, &[]);
    for g in out["groups"].as_array().unwrap() {
        assert_ne!(g["verdict"], "conflict", "{g:#}");
    }
    assert_eq!(
        group(&out, "money|pledged|-")["claims"]
            .as_array()
            .unwrap()
            .len(),
        2
    );
    assert_eq!(
        group(&out, "count|crowd|person")["claims"]
            .as_array()
            .unwrap()
            .len(),
        2
    );
}

/// A headline's figure with no day stands for the same figure the body gives with its day: "toll
/// climbs to 72" is "rose to 72 on Saturday", another day's figure than Sunday's 81.
#[test]
fn a_headline_figure_takes_the_day_the_body_gives_it() {
    let dir = bundle(&[
        (
            "Asia Newswire",
            "2025-10-11",
            "# Flood death toll climbs to 72\n\nThe death toll from the floods rose to 72 on \
             Saturday, the disaster agency said.",
        ),
        (
            "Luzon Herald",
            "2025-10-12",
            "The death toll from the floods rose to 81 on Sunday, the disaster agency said.",
        ),
    ]);
    let g = group(&check(&dir, &[]), "count|killed|person").clone();
    assert_eq!(g["verdict"], "compatible", "{g:#}");
    assert!(
        g["reason"]
            .as_str()
            .unwrap()
            .contains("different occasions"),
        "{g:#}"
    );
}

#[test]
fn people_in_one_outlet_are_the_workers_of_another_when_the_figures_fit() {
    let dir = bundle(&[
        (
            "North Star",
            "2024-03-02",
            "Two people were killed in the shooting at the plant on Thursday.",
        ),
        (
            "South Post",
            "2024-03-02",
            "The gunman killed two co-workers at the plant on Thursday.",
        ),
    ]);
    let v = check(&dir, &[]);
    let g = group(&v, "count|killed|worker");
    assert_eq!(g["verdict"], "agree", "{g:#}");
    assert_eq!(g["claims"].as_array().unwrap().len(), 2, "{g:#}");
    // figures that differ may be a part and its whole: they are kept apart, not a conflict
    let dir = bundle(&[
        (
            "North Star",
            "2024-03-02",
            "Three people were wounded in the shooting at the plant on Thursday.",
        ),
        (
            "South Post",
            "2024-03-02",
            "Two police officers were wounded in the shooting at the plant on Thursday.",
        ),
    ]);
    let v = check(&dir, &[]);
    assert_eq!(group(&v, "count|wounded|person")["verdict"], "single");
    assert_eq!(group(&v, "count|wounded|policeman")["verdict"], "single");
}

#[test]
fn men_in_one_outlet_are_the_miners_of_another_unless_two_kinds_are_counted() {
    let dir = bundle(&[
        (
            "North Star",
            "2024-03-02",
            "Twenty-three miners remained trapped underground on Wednesday.",
        ),
        (
            "South Post",
            "2024-03-02",
            "Rescuers said 23 men were still trapped on Wednesday.",
        ),
    ]);
    let v = check(&dir, &[]);
    let g = group(&v, "count|trapped|miner");
    assert_eq!(g["verdict"], "agree", "{g:#}");
    assert_eq!(g["claims"].as_array().unwrap().len(), 2, "{g:#}");
    // with miners and soldiers both counted, the men may be either
    let dir = bundle(&[
        (
            "North Star",
            "2024-03-02",
            "Twenty-three miners and two soldiers of the rescue brigade remained trapped on Wednesday.",
        ),
        (
            "South Post",
            "2024-03-02",
            "Rescuers said 23 men were still trapped on Wednesday.",
        ),
    ]);
    let v = check(&dir, &[]);
    assert_eq!(group(&v, "count|trapped|man")["verdict"], "single");
}

#[test]
fn a_sum_that_names_nothing_joins_the_one_sum_of_its_kind_that_fits() {
    let dir = bundle(&[
        (
            "North Star",
            "2024-03-02",
            "The company will pay $334 million for the start-up, including $281 million in cash.",
        ),
        (
            "South Post",
            "2024-03-02",
            "The company is paying $281 million in cash for the start-up.",
        ),
    ]);
    let v = check(&dir, &[]);
    // the cash is a part of the price: the price stays apart, and the cash lines up
    assert_eq!(values(group(&v, "money|paid|cash")), [281e6, 281e6]);
    assert_eq!(values(group(&v, "money|paid|-")), [334e6]);
    let dir = bundle(&[
        (
            "North Star",
            "2024-03-02",
            "The European Union pledged $5 million in aid on Monday.",
        ),
        (
            "South Post",
            "2024-03-02",
            "The European Union pledged $5 million on Monday.",
        ),
    ]);
    let g = group(&check(&dir, &[]), "money|pledged|aid").clone();
    assert_eq!(g["verdict"], "agree", "{g:#}");
}

#[test]
fn a_higher_figure_published_later_is_told_as_a_possible_running_total() {
    let dir = bundle(&[
        (
            "North Star",
            "2024-03-02",
            "Floods have killed 58 people across the north, the disaster agency said.",
        ),
        (
            "South Post",
            "2024-03-05",
            "Floods have killed 94 people across the north, the disaster agency said.",
        ),
    ]);
    let g = group(&check(&dir, &[]), "count|killed|person").clone();
    assert_eq!(g["verdict"], "conflict", "{g:#}");
    let reason = g["reason"].as_str().unwrap();
    assert!(
        reason.contains(
            "South Post, the higher, was published later (2024-03-05 against 2024-03-02)"
        ),
        "{reason}"
    );
    // the earlier article with the higher figure is no running total
    let dir = bundle(&[
        (
            "North Star",
            "2024-03-05",
            "Floods have killed 58 people across the north, the disaster agency said.",
        ),
        (
            "South Post",
            "2024-03-02",
            "Floods have killed 94 people across the north, the disaster agency said.",
        ),
    ]);
    let g = group(&check(&dir, &[]), "count|killed|person").clone();
    assert!(
        !g["reason"].as_str().unwrap().contains("running total"),
        "{g:#}"
    );
}

#[test]
fn a_table_of_a_dozen_outlets_lists_each_groups_figures_in_one_column() {
    let outlets = [
        "www.northern-star-herald.com",
        "www.southern-post-gazette.com",
        "www.western-wire-service.com",
        "www.eastern-daily-chronicle.com",
        "www.midland-evening-courier.com",
        "www.coastal-morning-tribune.com",
        "www.highland-weekly-observer.com",
        "www.valley-news-dispatch.com",
        "www.river-city-sentinel.com",
        "www.lakeside-ledger-online.com",
        "www.capital-region-times.com",
        "www.harbour-town-messenger.com",
    ];
    let articles: Vec<(&str, &str, String)> = outlets
        .iter()
        .enumerate()
        .map(|(i, o)| {
            let dead = if i == 0 { 9 } else { 12 };
            (
                *o,
                "2024-03-02",
                format!("{dead} people were killed when the bridge collapsed on Friday."),
            )
        })
        .collect();
    let articles: Vec<(&str, &str, &str)> = articles
        .iter()
        .map(|(o, d, t)| (*o, *d, t.as_str()))
        .collect();
    let dir = bundle(&articles);
    let o = crate::run(&["check", dir.path().to_str().unwrap()]);
    let table = crate::stdout(&o);
    // every line fits the terminal's 120 columns, and every outlet is named with its figure
    let widest = table.lines().map(|l| l.chars().count()).max().unwrap_or(0);
    assert!(widest <= 120, "{widest} columns:\n{table}");
    assert!(table.contains("│ figures"), "{table}");
    assert!(
        table.contains("www.northern-star-herald.com: 9 people"),
        "{table}"
    );
    assert!(
        table.contains("www.harbour-town-messenger.com: 12 people"),
        "{table}"
    );
    assert!(table.contains("conflict"), "{table}");
}

#[test]
fn what_a_deal_is_worth_or_cost_is_what_was_paid() {
    let dir = bundle(&[
        (
            "North Star",
            "2012-03-01",
            "The chipmaker agreed on Wednesday to buy the start-up for $334 million.",
        ),
        (
            "South Post",
            "2012-03-01",
            "The chipmaker sealed a $334 million deal with the start-up on Wednesday.",
        ),
        (
            "East Wire",
            "2012-03-01",
            "The deal cost the chipmaker $334 million, a large sum next to its yearly profit.",
        ),
        (
            "West Desk",
            "2012-03-01",
            "The deal will cut 5,000 jobs, and the new server costs $1,199.",
        ),
    ]);
    let all = check(&dir, &[]);
    let g = group(&all, "money|paid|-");
    assert_eq!(values(g), [334e6, 334e6, 334e6], "{g:#}");
    assert_eq!(g["verdict"], "agree", "{g:#}");
}

#[test]
fn measures_of_several_things_are_told_apart_by_value() {
    let quakes = [
        (
            "North Star",
            "2009-01-04",
            "Two earthquakes, a 7.6-magnitude quake and a 7.5-magnitude quake, struck the coast on Sunday.",
        ),
        (
            "South Post",
            "2009-01-04",
            "A 7.6-magnitude quake hit before dawn on Sunday, and a 7.5-magnitude quake followed.",
        ),
        (
            "East Wire",
            "2009-01-05",
            "A 6.1-magnitude quake shook the province today, a day after the 7.6-magnitude quake.",
        ),
    ];
    let all = check(&bundle(&quakes), &[]);
    let groups: Vec<&serde_json::Value> = all["groups"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|g| g["key"] == "magnitude|-|earthquake")
        .collect();
    let parted: Vec<(Vec<f64>, &str)> = groups
        .iter()
        .map(|g| (values(g), g["verdict"].as_str().unwrap()))
        .collect();
    assert_eq!(
        parted,
        [
            (vec![7.5, 7.5], "agree"),
            (vec![7.6, 7.6, 7.6], "agree"),
            (vec![6.1], "single"),
        ],
        "{groups:#?}"
    );
    assert!(groups.iter().all(|g| {
        g["reason"]
            .as_str()
            .unwrap()
            .contains("told apart by value")
    }));
    // one article that gives two figures is not enough: the others' figures still conflict
    let dir = bundle(&[
        quakes[0],
        (
            "West Desk",
            "2009-01-04",
            "A 7.1-magnitude quake struck the coast on Sunday.",
        ),
    ]);
    let g = group(&check(&dir, &[]), "magnitude|-|earthquake").clone();
    assert_eq!(g["verdict"], "conflict", "{g:#}");
}

#[test]
fn points_are_grouped_by_the_player_who_scored_them() {
    let dir = bundle(&[
        (
            "North Star",
            "2013-03-08",
            "Doug McDermott scored 23 points and Richard Carter scored 14 for the visitors on Friday.",
        ),
        (
            "South Post",
            "2013-03-08",
            "McDermott led all players with 23 points, while Carter finished with 14 points.",
        ),
        (
            "East Wire",
            "2013-03-08",
            "Richard Carter had 12 points, and McDermott ended the season with 2,129 points.",
        ),
    ]);
    let all = check(&dir, &[]);
    let mcdermott = group(&all, "points|-|McDermott");
    assert_eq!(values(mcdermott), [23.0, 23.0, 2129.0], "{mcdermott:#}");
    // a game's points and a season's, an order of magnitude apart, may be two things
    assert_eq!(mcdermott["verdict"], "compatible", "{mcdermott:#}");
    let carter = group(&all, "points|-|Carter");
    assert_eq!(values(carter), [14.0, 12.0], "{carter:#}");
    assert_eq!(carter["verdict"], "conflict", "{carter:#}");
}

#[test]
fn points_after_a_comma_are_scored_by_the_name_that_opens_the_sentence() {
    let dir = bundle(&[
        (
            "North Star",
            "2013-03-08",
            "Doug McDermott put on a show at the arena, scoring 23 points in the win.",
        ),
        (
            "South Post",
            "2013-03-08",
            "McDermott scored 21 points on Friday.",
        ),
        (
            "East Wire",
            "2013-03-08",
            "The visitors played well, scoring 65 points.",
        ),
    ]);
    let all = check(&dir, &[]);
    let mcdermott = group(&all, "points|-|McDermott");
    assert_eq!(values(mcdermott), [23.0, 21.0], "{mcdermott:#}");
    assert_eq!(mcdermott["verdict"], "conflict", "{mcdermott:#}");
}

#[test]
fn others_are_people_where_people_are_counted() {
    let dir = bundle(&[
        (
            "North Star",
            "2010-09-10",
            "A worker opened fire at the plant, killing two people and wounding two others.",
        ),
        (
            "South Post",
            "2010-09-10",
            "Two people were killed and one person was wounded in the shooting at the plant.",
        ),
    ]);
    let g = group(&check(&dir, &[]), "count|wounded|person").clone();
    assert_eq!(values(&g), [2.0, 1.0], "{g:#}");
    assert_eq!(g["verdict"], "conflict", "{g:#}");
}

#[test]
fn seats_are_compared_party_by_party() {
    let dir = bundle(&[
        (
            "North Star",
            "2024-05-04",
            "National Renewal won 56 seats. The Greens won 8.3% and 13 seats.",
        ),
        (
            "South Post",
            "2024-05-04",
            "Final results:\n\n- National Renewal: 31.4%, 56 seats\n\n- Greens: 8.3%, 14 seats",
        ),
    ]);
    let out = check(&dir, &[]);
    assert_eq!(
        group(&out, "count|-|seat of Renewal")["verdict"],
        "agree",
        "{out:#}"
    );
    assert_eq!(
        group(&out, "count|-|seat of Greens")["verdict"],
        "conflict",
        "{out:#}"
    );
}

#[test]
fn kilometres_and_miles_an_hour_are_one_speed_and_a_conversion_measures_what_its_figure_does() {
    let dir = bundle(&[
        (
            "North Star",
            "2026-09-06",
            "The storm made landfall with sustained winds of 230 km/h (145 mph).",
        ),
        (
            "South Post",
            "2026-09-07",
            "The storm made landfall with sustained winds of 155 mph (250 km/h).",
        ),
    ]);
    let check = check(&dir, &[]);
    let g = group(&check, "speed|-|wind");
    let texts: Vec<&str> = g["claims"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["text"].as_str().unwrap())
        .collect();
    assert_eq!(texts, ["230 km/h", "145 mph", "155 mph", "250 km/h"]);
    assert_eq!(g["verdict"], "conflict");
}

#[test]
fn rounding_widens_only_figures_given_in_different_units() {
    // "6 miles" is the 10 km of the same article; the rounding that lets them meet does not let
    // "10 km" (read as 5-15 when rounded to its tens) meet another outlet's 15 km
    let dir = bundle(&[
        (
            "North Star",
            "2026-03-04",
            "The quake struck at a depth of 10 kilometres (6 miles), the survey said.",
        ),
        (
            "South Post",
            "2026-03-05",
            "The quake originated at a depth of 15 km, according to the national centre.",
        ),
    ]);
    let g = group(&check(&dir, &[]), "length|-|depth").clone();
    assert_eq!(g["verdict"], "conflict", "{g:#}");
    assert!(
        g["reason"]
            .as_str()
            .unwrap()
            .contains("10 and 15 cannot both hold"),
        "{g:#}"
    );
}

#[test]
fn hedged_figures_that_meet_only_within_their_hedges_are_compatible_not_agreeing() {
    let dir = bundle(&[
        (
            "North Star",
            "2026-02-01",
            "The jet hit the ground at about 220 km/h, an analyst said.",
        ),
        (
            "South Post",
            "2026-02-02",
            "The jet hit the ground at roughly 290 km/h, a person familiar with the data said.",
        ),
    ]);
    let g = group(&check(&dir, &[]), "speed|-|-").clone();
    assert_eq!(g["verdict"], "compatible", "{g:#}");
    assert!(
        g["reason"]
            .as_str()
            .unwrap()
            .contains("the figures differ, and meet only within their hedges"),
        "{g:#}"
    );
    // a figure converted and rounded to a five ("about 85 miles" for 135 km) still agrees
    let dir = bundle(&[
        (
            "North Star",
            "2026-02-01",
            "The storm crossed the coast about 135 kilometers south of the city.",
        ),
        (
            "South Post",
            "2026-02-02",
            "The storm crossed the coast about 85 miles south of the city.",
        ),
    ]);
    let checked = check(&dir, &[]);
    let groups = checked["groups"].as_array().unwrap();
    let g = groups
        .iter()
        .find(|g| g["claims"].as_array().unwrap().len() == 2)
        .expect("the two distances in one group");
    assert_eq!(g["verdict"], "agree", "{g:#}");
}

#[test]
fn a_measure_past_its_conversion_or_told_by_its_dimension_names_what_it_measures() {
    // "242 millimetres (9.5 inches) of rain" is rain, as "224 millimetres of rain" is; "another
    // 131 mm" the next day is more of it, and the first figures conflict
    let dir = bundle(&[
        (
            "North Star",
            "2026-06-17",
            "The weather office recorded 242 millimetres (9.5 inches) of rain in the city on Wednesday.",
        ),
        (
            "South Post",
            "2026-06-18",
            "The city received 224 millimetres of rain on Wednesday and another 131 mm in the following 24 hours.",
        ),
    ]);
    let checked = check(&dir, &[]);
    let g = group(&checked, "length|-|rain");
    assert_eq!(values(g), vec![242.0, 9.5, 224.0, 131.0]);
    assert_eq!(g["verdict"], "conflict", "{g:#}");
    assert!(
        g["reason"].as_str().unwrap().contains("242 and 224"),
        "{g:#}"
    );
    // a zone and its radius, written as a compound before its conversion or after a number word
    let dir = bundle(&[
        (
            "North Star",
            "2026-05-10",
            "Residents were told to stay out of a 7-km (4.3-mile) radius around the crater.",
        ),
        (
            "South Post",
            "2026-05-11",
            "The seven-kilometre exclusion zone around the crater is unchanged, the agency said.",
        ),
    ]);
    let checked = check(&dir, &[]);
    let g = group(&checked, "length|-|radius");
    assert_eq!(values(g), vec![7.0, 4.3, 7.0]);
    assert_eq!(g["verdict"], "agree", "{g:#}");
    // "nine kilometres into the sky" and "a column 12 km high" are heights
    let dir = bundle(&[
        (
            "North Star",
            "2026-05-10",
            "The eruption sent ash nine kilometres into the sky, the agency said.",
        ),
        (
            "South Post",
            "2026-05-11",
            "The eruption sent a column of ash 12 km high, the advisory centre said.",
        ),
    ]);
    let g = group(&check(&dir, &[]), "length|-|height").clone();
    assert_eq!(g["verdict"], "conflict", "{g:#}");
}

#[test]
fn sums_in_a_currency_without_a_rate_are_judged_by_the_sums_that_can_be_compared() {
    // the rules give no rate for bitcoin: the dollars beside it are set against the other
    // outlet's dollars
    let dir = bundle(&[
        (
            "North Star",
            "2026-08-03",
            "The hackers have demanded 450 bitcoin (roughly $28 million) for a decryption key, a person familiar with the matter said.",
        ),
        (
            "South Post",
            "2026-08-04",
            "A ransom note seen by reporters demands $40 million, payable in bitcoin.",
        ),
    ]);
    let g = group(&check(&dir, &[]), "money|demanded|-").clone();
    assert_eq!(g["verdict"], "conflict", "{g:#}");
    assert!(
        g["reason"]
            .as_str()
            .unwrap()
            .contains("roughly $28 million"),
        "{g:#}"
    );
}
