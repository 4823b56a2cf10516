//! The JSON Schemas in docs/ are a promise to the pipelines that read loginsjekk's JSON: every
//! JSON document an integration test reads from the binary is checked against its schema here,
//! so output and schema cannot drift apart. The schemas close every object
//! (`additionalProperties: false`): a field added to the output without the schema fails.

use std::path::Path;
use std::sync::OnceLock;

use serde_json::Value;

/// The documents loginsjekk prints as JSON, each with its schema in docs/.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Schema {
    /// `check --format json`
    Report,
    /// `explain --format json`, with or without a code or topic
    Explain,
    /// `id-number --format json`
    IdNumber,
    /// `decode --format json`
    Decode,
    /// `card --format json`: one event per line
    Card,
}

impl Schema {
    pub const ALL: [Schema; 5] = [
        Schema::Report,
        Schema::Explain,
        Schema::IdNumber,
        Schema::Decode,
        Schema::Card,
    ];

    pub fn file(self) -> &'static str {
        match self {
            Schema::Report => "report.schema.json",
            Schema::Explain => "explain.schema.json",
            Schema::IdNumber => "id-number.schema.json",
            Schema::Decode => "decode.schema.json",
            Schema::Card => "card.schema.json",
        }
    }

    /// Which document this is, from the fields only it has. A shape none of the schemas is
    /// for is a test failure, not a document let through unchecked.
    pub fn of(value: &Value) -> Schema {
        let has = |key: &str| value.get(key).is_some();
        if has("event") {
            Schema::Card
        } else if has("checks") && has("data_month") {
            Schema::Decode
        } else if has("checks") || has("verdict") {
            Schema::Report
        } else if has("valid") {
            Schema::IdNumber
        } else if has("codes") || has("topic") || has("check_title") {
            Schema::Explain
        } else {
            panic!("no schema in docs/ is for this JSON:\n{value:#}")
        }
    }

    fn validator(self) -> &'static jsonschema::Validator {
        static VALIDATORS: [OnceLock<jsonschema::Validator>; 5] = [const { OnceLock::new() }; 5];
        let index = Schema::ALL.iter().position(|s| *s == self).unwrap();
        VALIDATORS[index].get_or_init(|| {
            let schema = load(self.file());
            jsonschema::draft202012::new(&schema)
                .unwrap_or_else(|e| panic!("docs/{} is not a usable schema: {e}", self.file()))
        })
    }

    /// Every way `value` breaks this schema, one line each; empty when it conforms.
    pub fn errors(self, value: &Value) -> Vec<String> {
        self.validator()
            .iter_errors(value)
            .map(|e| format!("at {}: {e}", e.instance_path()))
            .collect()
    }
}

/// A schema file from docs/, parsed.
pub fn load(file: &str) -> Value {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("docs")
        .join(file);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{file}: {e}"));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{file} is not JSON: {e}"))
}

/// Panics, naming every problem, unless `value` conforms to the schema for its kind.
pub fn validate(value: &Value) {
    let schema = Schema::of(value);
    let errors = schema.errors(value);
    assert!(
        errors.is_empty(),
        "the JSON does not match docs/{}:\n  {}\nthe JSON:\n{value:#}",
        schema.file(),
        errors.join("\n  ")
    );
}
