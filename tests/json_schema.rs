//! The JSON Schemas in docs/: usable draft 2020-12 schemas, closed to fields they do not name,
//! and applied to every JSON output by the shared helpers (tests/support/schema.rs).

mod support;

use serde_json::{json, Value};
use support::schema::{self, Schema};
use support::{json_of, run_json, Sandbox};

/// Every object schema, with where it is, that neither closes itself nor is closed by the schema
/// that uses it (`unevaluatedProperties: false` beside a `$ref` to it).
fn open_objects(node: &Value, at: &str, composed: &[&str], found: &mut Vec<String>) {
    match node {
        Value::Object(map) => {
            let is_object =
                map.get("type") == Some(&json!("object")) || map.contains_key("properties");
            let closed = map.get("additionalProperties") == Some(&json!(false))
                || map.get("unevaluatedProperties") == Some(&json!(false));
            let used_composed = composed
                .iter()
                .any(|name| at.ends_with(&format!("/{name}")));
            // An `if` only tests a value; the `then` that follows is merged with a closed object.
            let in_condition = at.contains("/if") || at.contains("/then");
            if is_object && !closed && !used_composed && !in_condition {
                found.push(at.to_owned());
            }
            for (key, value) in map {
                open_objects(value, &format!("{at}/{key}"), composed, found);
            }
        }
        Value::Array(items) => {
            for (index, item) in items.iter().enumerate() {
                open_objects(item, &format!("{at}/{index}"), composed, found);
            }
        }
        _ => {}
    }
}

#[test]
fn every_schema_is_a_draft_2020_12_schema_that_closes_every_object() {
    for kind in Schema::ALL {
        let document = schema::load(kind.file());
        assert_eq!(
            document["$schema"],
            "https://json-schema.org/draft/2020-12/schema",
            "{}",
            kind.file()
        );
        jsonschema::meta::validate(&document)
            .unwrap_or_else(|e| panic!("{} is not a valid schema: {e}", kind.file()));
        // These definitions are used only with `unevaluatedProperties: false` beside the `$ref`.
        let mut open = Vec::new();
        open_objects(&document, "#", &["certificateFields", "reader"], &mut open);
        assert!(open.is_empty(), "{}: open objects {open:?}", kind.file());
    }
}

#[test]
fn finding_codes_are_checked_by_their_form_not_listed() {
    let report = schema::load("report.schema.json");
    assert_eq!(
        report["$defs"]["code"],
        json!({"type": "string", "pattern": "^[a-z][a-z0-9-]*\\.[a-z0-9-]+$"})
    );
    let text = serde_json::to_string(&report).unwrap();
    assert!(!text.contains("system.hosts-override"), "a code is listed");
}

type Change = Box<dyn Fn(&mut Value)>;

/// A real offline report, with each change made to it: each must break the schema.
#[test]
fn a_field_the_schema_does_not_name_fails_at_every_level() {
    let sb = Sandbox::new();
    let (_, report) = run_json(sb.report().args(["--format", "json"]));
    assert!(Schema::Report.errors(&report).is_empty());
    let system = report["checks"]
        .as_array()
        .unwrap()
        .iter()
        .position(|c| c["id"] == "system")
        .unwrap();
    let changes: Vec<(&str, Change)> = vec![
        ("a new top-level field", Box::new(|r| r["extra"] = json!(1))),
        (
            "a new verdict field",
            Box::new(|r| r["verdict"]["why"] = json!("x")),
        ),
        (
            "a new method field",
            Box::new(|r| r["methods"][0]["note"] = json!("x")),
        ),
        (
            "a new check field",
            Box::new(move |r| r["checks"][system]["extra"] = json!(1)),
        ),
        (
            "a new finding field",
            Box::new(move |r| r["checks"][system]["findings"][0]["args"] = json!({})),
        ),
        (
            "a new details field",
            Box::new(move |r| r["checks"][system]["details"]["uptime"] = json!(1)),
        ),
        (
            "a new nested details field",
            Box::new(move |r| r["checks"][system]["details"]["os"]["cpu"] = json!("x")),
        ),
        (
            "a finding code without a check",
            Box::new(move |r| r["checks"][system]["code"] = json!("ok")),
        ),
        (
            "another check's code",
            Box::new(move |r| r["checks"][system]["code"] = json!("java.ok")),
        ),
        (
            "an unknown status",
            Box::new(|r| r["status"] = json!("fine")),
        ),
        (
            "a missing field",
            Box::new(|r| drop(r.as_object_mut().unwrap().remove("support_code"))),
        ),
        (
            "a malformed support code",
            Box::new(|r| r["support_code"] = json!("1234")),
        ),
    ];
    for (what, change) in changes {
        let mut broken = report.clone();
        change(&mut broken);
        assert!(
            !Schema::Report.errors(&broken).is_empty(),
            "{what} was not caught"
        );
    }
}

#[test]
fn the_other_commands_are_held_to_their_schemas_too() {
    let sb = Sandbox::new();
    let explain = json_of(sb.cmd().args(["explain", "--format", "json"]));
    assert_eq!(Schema::of(&explain), Schema::Explain);
    let one = json_of(sb.cmd().args(["explain", "clock.ok", "--format", "json"]));
    let topic = json_of(sb.cmd().args(["explain", "minid", "--format", "json"]));
    let number = support::valid_number("010190", 100);
    let id = json_of(sb.cmd().args(["id-number", "--format", "json", &number]));
    let decoded = json_of(
        sb.cmd()
            .args(["decode", "1041-0BP3-HR19", "--format", "json"]),
    );
    assert_eq!(Schema::of(&decoded), Schema::Decode);
    for (value, kind) in [
        (explain, Schema::Explain),
        (one, Schema::Explain),
        (topic, Schema::Explain),
        (id, Schema::IdNumber),
        (decoded, Schema::Decode),
    ] {
        let mut broken = value.clone();
        broken["extra"] = json!(true);
        assert!(!kind.errors(&broken).is_empty(), "{broken:#}");
    }
    // An id-number answer that shows a number in full is refused.
    let unmasked = json!({"valid": true, "kind": "national-id", "masked": number, "birth_date": "1990-01-01",
        "age": 36, "under_16": false, "commfides": true, "rules_2032": false});
    assert!(!Schema::IdNumber.errors(&unmasked).is_empty());
}

#[test]
#[should_panic(expected = "does not match docs/report.schema.json")]
fn the_shared_helper_refuses_output_the_schema_does_not_allow() {
    let sb = Sandbox::new();
    let output = sb.report().args(["--format", "json"]).output().unwrap();
    let mut report: Value = serde_json::from_slice(&output.stdout).unwrap();
    report["extra"] = json!(1);
    support::parse_json(report.to_string().as_bytes(), b"");
}

#[test]
#[should_panic(expected = "no schema in docs/")]
fn json_of_no_known_shape_is_refused_rather_than_let_through() {
    support::parse_json(br#"{"something": "else"}"#, b"");
}
