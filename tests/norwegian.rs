//! The Norwegian text is Norwegian: every message and attribute in `locales/nb` differs from
//! its English twin (proper names apart) and holds no English sentence.

use std::path::Path;

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};

/// Messages that are the same in both languages because they are names.
const PROPER_NAMES: &[&str] = &[
    "java.ftl title",
    "app.ftl status-pass",
    "app.ftl method-bankid",
    "app.ftl method-commfides",
    "app.ftl os-windows",
    "app.ftl os-macos",
    "app.ftl os-linux",
    "topics.ftl minid",
    "topics.ftl bankid-combinations",
];

/// Words that are English and not Norwegian: one of them in a Norwegian text is a sentence
/// left untranslated.
const ENGLISH_WORDS: &[&str] = &[
    "the", "is", "and", "you", "your", "this", "with", "of", "was", "are", "not", "could",
    "cannot", "which", "from", "please", "have", "has", "does", "should", "computer", "when",
];

/// Every text in a pattern, every variant of every selector included.
fn texts(pattern: &Pattern<String>, out: &mut String) {
    for element in &pattern.elements {
        match element {
            PatternElement::TextElement { value } => out.push_str(value),
            PatternElement::Placeable { expression } => expression_texts(expression, out),
        }
    }
}

fn expression_texts(expression: &Expression<String>, out: &mut String) {
    match expression {
        Expression::Select { variants, .. } => {
            for variant in variants {
                out.push(' ');
                texts(&variant.value, out);
            }
        }
        Expression::Inline(InlineExpression::StringLiteral { value }) => out.push_str(value),
        Expression::Inline(InlineExpression::Placeable { expression }) => {
            expression_texts(expression, out)
        }
        Expression::Inline(_) => out.push_str(" {} "),
    }
}

/// (message or message.attribute, its text) for every entry in a file.
fn entries(path: &Path) -> Vec<(String, String)> {
    let source = std::fs::read_to_string(path).unwrap();
    let resource = fluent_syntax::parser::parse(source).unwrap_or_else(|(r, _)| r);
    let mut found = Vec::new();
    for entry in resource.body {
        if let Entry::Message(message) = entry {
            let id = message.id.name.clone();
            if let Some(value) = &message.value {
                let mut text = String::new();
                texts(value, &mut text);
                found.push((id.clone(), text));
            }
            for attribute in &message.attributes {
                let mut text = String::new();
                texts(&attribute.value, &mut text);
                found.push((format!("{id}.{}", attribute.id.name), text));
            }
        }
    }
    found
}

#[test]
fn every_norwegian_message_is_norwegian() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
    let mut files: Vec<_> = std::fs::read_dir(root.join("nb"))
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    files.sort();
    assert!(files.len() >= 10, "{files:?}");
    let mut problems = Vec::new();
    for file in files {
        let name = file.to_string_lossy().into_owned();
        let english = entries(&root.join("en").join(&file));
        let norwegian = entries(&root.join("nb").join(&file));
        assert_eq!(english.len(), norwegian.len(), "{name}");
        for ((id, en), (nb_id, nb)) in english.iter().zip(&norwegian) {
            assert_eq!(id, nb_id, "{name}: the same messages in the same order");
            // A line of placeholders only (the watch's change lines) has no words to translate.
            let has_words = nb.chars().any(char::is_alphabetic);
            if en == nb && has_words && !PROPER_NAMES.contains(&format!("{name} {id}").as_str()) {
                problems.push(format!("{name} {id}: the same as in English: {nb:?}"));
            }
            // URLs, paths and commands keep their English-looking words, and so do the
            // placeholders ([user], [computer]) that the masking writes.
            let unbracketed: String = nb
                .split('[')
                .map(|part| part.split_once(']').map_or(part, |(_, rest)| rest))
                .collect::<Vec<_>>()
                .join(" ");
            let words = unbracketed
                .split(|c: char| {
                    !c.is_alphanumeric() && c != '-' && c != '.' && c != '/' && c != ':'
                })
                .filter(|w| !w.contains(['.', '/', ':']));
            for word in words {
                if ENGLISH_WORDS.contains(&word.to_lowercase().as_str()) {
                    problems.push(format!("{name} {id}: English word {word:?} in {nb:?}"));
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn the_check_catches_english() {
    let mut text = String::new();
    let resource = fluent_syntax::parser::parse(
        "m = Klokken { $n ->\n    [one] is right\n   *[other] går riktig\n}\n".to_owned(),
    )
    .unwrap();
    if let Entry::Message(message) = &resource.body[0] {
        texts(message.value.as_ref().unwrap(), &mut text);
    }
    assert!(
        text.contains("is right") && text.contains("går riktig"),
        "{text}"
    );
}
