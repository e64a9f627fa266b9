//! The three AFP stories the tool was built for (`../shared/seeds`), where they are present.

use crate::{group, json, shared, values};

#[test]
fn seeds_put_eight_against_about_twenty_soldiers_killed() {
    let Some(seeds) = shared("seeds") else { return };
    let (check, o) = json(&["check", seeds.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    let g = group(&check, "count|killed|soldier");
    assert_eq!(g["verdict"], "conflict");
    assert_eq!(values(g), vec![8.0, 8.0, 20.0]);
    let reason = g["reason"].as_str().unwrap();
    assert!(
        reason.contains("on Saturday") && reason.contains("since Wednesday"),
        "{reason}"
    );
    for key in [
        "count|killed|insurgent",
        "count|arrived|soldier",
        "length|location|-",
        "count|released|hostage",
        "duration|-|occupation",
    ] {
        assert_eq!(group(&check, key)["verdict"], "agree", "{key}");
    }
}
