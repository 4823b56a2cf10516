//! The locale files against each other and against the finding codes.

use super::steps::MARKED_SYSTEMS;
use super::*;
use time::macros::date;

#[test]
fn dates_in_each_language() {
    assert_eq!(
        Locale::new(Lang::En).date(date!(2024 - 05 - 31)),
        "31 May 2024"
    );
    assert_eq!(
        Locale::new(Lang::Nb).date(date!(2024 - 05 - 31)),
        "31. mai 2024"
    );
}

#[test]
fn durations_in_words() {
    let en = Locale::new(Lang::En);
    assert_eq!(en.duration(11_520), "3 hours 12 minutes");
    assert_eq!(en.duration(-61), "1 minute 1 second");
    assert_eq!(en.duration(90_000), "1 day 1 hour");
    assert_eq!(en.duration(3_600), "1 hour");
    assert_eq!(en.duration(0), "0 seconds");
    assert_eq!(en.duration(119), "1 minute 59 seconds");
    assert_eq!(en.duration(5 * 86_400 - 1), "5 days");
    assert_eq!(en.duration(86_400 + 5_399), "1 day 1 hour");
    assert_eq!(en.duration(86_400 + 5_400), "1 day 2 hours");
    assert_eq!(en.duration(2 * 3_600 - 20), "2 hours");
    assert_eq!(en.duration(11_549), "3 hours 12 minutes");
    assert_eq!(
        Locale::new(Lang::Nb).duration(11_520),
        "3 timer 12 minutter"
    );
}

#[test]
fn every_file_parses_without_errors() {
    for (namespace, en, nb) in FILES {
        for text in [en, nb] {
            if let Err((_, errors)) = FluentResource::try_new(text.to_string()) {
                panic!("locales/*/{namespace}.ftl: {errors:?}");
            }
        }
    }
}

/// The ids and attribute names of every message in a file, e.g. "hosts-override.guidance".
fn keys(text: &str) -> Vec<String> {
    let resource = FluentResource::try_new(text.to_owned()).unwrap_or_else(|(r, _)| r);
    let mut keys = Vec::new();
    for entry in resource.entries() {
        if let fluent_syntax::ast::Entry::Message(message) = entry {
            keys.push(message.id.name.to_owned());
            keys.extend(
                message
                    .attributes
                    .iter()
                    .map(|a| format!("{}.{}", message.id.name, a.id.name)),
            );
        }
    }
    keys.sort();
    keys
}

#[test]
fn both_languages_have_the_same_messages() {
    for (namespace, en, nb) in FILES {
        assert_eq!(keys(en), keys(nb), "locales/*/{namespace}.ftl differ");
    }
}

#[test]
fn every_code_is_in_words_in_both_languages_and_translated() {
    let en = Locale::new(Lang::En);
    let nb = Locale::new(Lang::Nb);
    for code in crate::checks::registry::all_codes() {
        assert!(en.has_code(code), "en lacks {code}");
        assert!(nb.has_code(code), "nb lacks {code}");
        assert_ne!(
            en.code_title(code),
            nb.code_title(code),
            "{code} title not translated"
        );
        assert_ne!(
            en.guidance(code),
            nb.guidance(code),
            "{code} guidance not translated"
        );
        // Without its arguments, which Fluent reports as errors: the words around them are enough.
        let bare = |locale: &Locale| {
            let id = message_id(code.reason());
            [code.check(), RUNNER]
                .iter()
                .find_map(|ns| locale.format_own(ns, &id, None, &[]))
                .map(|(text, _)| text)
                .unwrap_or_default()
        };
        assert_ne!(bare(&en), bare(&nb), "{code} message not translated");
    }
    // Proper names are the same in every language.
    const PROPER_NAMES: &[&str] = &["Java"];
    for topic in topic_ids() {
        let (en_title, en_body) = en
            .topic(topic)
            .unwrap_or_else(|| panic!("en lacks topic {topic}"));
        let (nb_title, nb_body) = nb
            .topic(topic)
            .unwrap_or_else(|| panic!("nb lacks topic {topic}"));
        assert_ne!(en_title, nb_title, "{topic}");
        assert_ne!(en_body, nb_body, "{topic}");
    }
    for check in crate::checks::registry::ids() {
        let title = en.check_title(check);
        if !PROPER_NAMES.contains(&title.as_str()) {
            assert_ne!(title, nb.check_title(check), "{check} title not translated");
        }
    }
}

#[test]
fn what_decode_shows_never_sends_the_helpline_to_itself() {
    for (lang, helpline) in [(Lang::En, "helpline"), (Lang::Nb, "veiledning")] {
        let locale = Locale::new(lang);
        for code in crate::checks::registry::all_codes() {
            for os in MARKED_SYSTEMS.into_iter().chain([OsFamily::Other]) {
                let mut lines = locale.caller_steps(code, os);
                lines.extend(locale.with_os_ref(os).ask(code));
                for line in lines {
                    assert!(
                        !line.to_lowercase().contains(helpline),
                        "{code} ({os:?}, {lang:?}): {line}"
                    );
                }
            }
        }
    }
}

#[test]
fn steps_carry_the_systems_they_are_for() {
    let locale = Locale::new(Lang::En);
    let steps = locale.steps("card-reader.service-unavailable".into());
    let marked: Vec<Option<Vec<&str>>> = steps.iter().map(|s| s.platforms.clone()).collect();
    assert_eq!(
        marked,
        [
            Some(vec!["windows"]),
            Some(vec!["macos"]),
            Some(vec!["linux"]),
            None
        ]
    );
    // A step said the same way for every system is one step for all.
    assert!(locale
        .steps("system.hosts-override".into())
        .iter()
        .all(|s| s.platforms.is_none()));
    let linux = locale.with_os_ref(OsFamily::Linux);
    assert!(linux
        .guidance("card-reader.service-unavailable".into())
        .iter()
        .all(|s| !s.contains("Windows") && !s.contains("Mac")));
}

#[test]
fn messages_fill_in_arguments() {
    let locale = Locale::new(Lang::En);
    let finding = Finding::new("system.hosts-override", crate::report::Status::Fail)
        .arg("file", "/etc/hosts")
        .arg("line", 3)
        .arg("name", "idporten.no")
        .arg("address", "10.0.0.1");
    let text = locale.message(&finding);
    assert!(
        text.contains("idporten.no") && text.contains("10.0.0.1") && text.contains('3'),
        "{text}"
    );
    assert!(!text.contains('\u{2068}'), "no isolation marks");
}

#[test]
fn both_languages_have_the_same_topics_in_the_same_order() {
    let (_, en, nb) = FILES.iter().find(|(ns, _, _)| *ns == TOPICS).unwrap();
    assert_eq!(files::message_ids(en), files::message_ids(nb));
    assert_eq!(topic_ids(), files::message_ids(en));
    assert!(topic_ids().len() > 1, "{:?}", topic_ids());
}

#[test]
fn every_file_makes_a_bundle_without_errors() {
    for (namespace, en, nb) in FILES {
        for (lang, text) in [(Lang::En, en), (Lang::Nb, nb)] {
            let (_, errors) = bundle_and_errors(lang, text);
            assert!(
                errors.is_empty(),
                "locales/{}/{namespace}.ftl: {errors:?}",
                lang.code()
            );
        }
    }
}

/// The variables a pattern refers to, in its text, its selectors and their variants.
fn variables<'a>(pattern: &fluent_syntax::ast::Pattern<&'a str>, found: &mut Vec<&'a str>) {
    use fluent_syntax::ast::{Expression, InlineExpression, PatternElement};
    fn inline<'a>(expression: &InlineExpression<&'a str>, found: &mut Vec<&'a str>) {
        match expression {
            InlineExpression::VariableReference { id } => found.push(id.name),
            InlineExpression::Placeable { expression } => inner(expression, found),
            InlineExpression::FunctionReference { arguments, .. } => {
                arguments.positional.iter().for_each(|a| inline(a, found));
                arguments.named.iter().for_each(|a| inline(&a.value, found));
            }
            _ => {}
        }
    }
    fn inner<'a>(expression: &Expression<&'a str>, found: &mut Vec<&'a str>) {
        match expression {
            Expression::Inline(expression) => inline(expression, found),
            Expression::Select { selector, variants } => {
                inline(selector, found);
                variants.iter().for_each(|v| variables(&v.value, found));
            }
        }
    }
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            inner(expression, found);
        }
    }
}

#[test]
fn every_message_formats_without_errors() {
    // Each variable set to a number (1 and 2, for plural selectors) and to a text; `$os` to
    // each system whose steps a file may hold.
    let systems = ["windows", "macos", "linux", "other"];
    let values = [
        ArgValue::Number(1),
        ArgValue::Number(2),
        ArgValue::from("x"),
    ];
    let mut formatted = 0;
    for (namespace, en, nb) in FILES {
        for (lang, text) in [(Lang::En, en), (Lang::Nb, nb)] {
            let locale = Locale::new(lang);
            let resource = fluent_syntax::parser::parse(*text).unwrap();
            for entry in &resource.body {
                let fluent_syntax::ast::Entry::Message(message) = entry else {
                    continue;
                };
                let parts = message.value.iter().map(|p| (None, p)).chain(
                    message
                        .attributes
                        .iter()
                        .map(|a| (Some(a.id.name), &a.value)),
                );
                for (attribute, pattern) in parts {
                    let mut names = Vec::new();
                    variables(pattern, &mut names);
                    for (os, value) in systems
                        .iter()
                        .flat_map(|os| values.iter().map(move |v| (os, v)))
                    {
                        let args: Vec<(&str, ArgValue)> = names
                            .iter()
                            .map(|name| match *name {
                                "os" => (*name, ArgValue::from(*os)),
                                _ => (*name, value.clone()),
                            })
                            .collect();
                        let (_, errors) = locale
                            .format_own(namespace, message.id.name, attribute, &args)
                            .unwrap();
                        assert!(
                            errors.is_empty(),
                            "locales/{}/{namespace}.ftl, {}{}: {errors:?}",
                            lang.code(),
                            message.id.name,
                            attribute.map(|a| format!(".{a}")).unwrap_or_default()
                        );
                        formatted += 1;
                    }
                }
            }
        }
    }
    assert!(formatted > 1000, "{formatted}");
}

#[test]
fn a_plural_selector_picks_one_for_1_and_other_for_2() {
    let test = "n = { $n ->\n    [one] one\n   *[other] other\n}\n";
    for lang in [Lang::En, Lang::Nb] {
        let locale = Locale::new(lang);
        let bundle = bundle(lang, test);
        let pattern = bundle.get_message("n").unwrap().value().unwrap();
        let pick = |n: i64| {
            let args = locale.fluent_args(&[("n", ArgValue::Number(n))]);
            let mut errors = Vec::new();
            let text = bundle.format_pattern(pattern, Some(&args), &mut errors);
            assert!(errors.is_empty(), "{errors:?}");
            text.into_owned()
        };
        assert_eq!(
            [pick(1), pick(2), pick(0)],
            ["one", "other", "other"],
            "{lang:?}"
        );
    }
    // The same through the messages themselves.
    let (en, nb) = (Locale::new(Lang::En), Locale::new(Lang::Nb));
    let days = |locale: &Locale, n: i64| locale.ui("unit-days", &[("n", ArgValue::Number(n))]);
    assert_eq!([days(&en, 1), days(&en, 2)], ["1 day", "2 days"]);
    assert_eq!([days(&nb, 1), days(&nb, 2)], ["1 dag", "2 dager"]);
}
