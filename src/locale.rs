//! Words for users: Fluent files under `locales/<lang>/`, looked up by finding code.
//!
//! A finding code `<check>.<reason>` is the message `<reason>` in `locales/<lang>/<check>.ftl`
//! (or in `runner.ftl` for the codes the runner reports for every check). Fluent names start
//! with a letter, so a reason that starts with a digit is written `r-<reason>` (`r-32-bit`). Each such message has
//! a value (the finding's one-line message, with the finding's arguments), a `.title` (what the
//! code means, without arguments) and a `.guidance` (steps for the person at the computer, one
//! per line, without arguments). Two optional attributes: `.escalate`, the steps that send the
//! person to the helpline (shown after the guidance in a report, never by `decode`, which the
//! helpline itself reads), and `.ask`, steps for the helpline staff member on the phone.
//!
//! Steps for one operating system are written with a selector on `$os` (`windows`, `macos`,
//! `linux`; `*[other]` is the default, for Linux and any other system):
//! `{ $os -> [windows] … [macos] … *[other] … }`. A report shows the steps of the system it
//! runs on; [`Locale::steps`] gives every step with the systems it is for.

use std::collections::HashMap;

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};

use crate::cli::Lang;
use crate::os_family::OsFamily;
use crate::report::{ArgValue, Finding};

/// The systems a step can be marked for, in the order steps for them are listed.
const MARKED_SYSTEMS: [OsFamily; 3] = [OsFamily::Windows, OsFamily::Macos, OsFamily::Linux];

/// One step, with the systems it is for.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Step {
    pub text: String,
    /// `windows`, `macos`, `linux`; absent when it is for every system.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub platforms: Option<Vec<&'static str>>,
}

/// Every locale file: (namespace, English, Norwegian bokmål).
const FILES: &[(&str, &str, &str)] = &[
    (
        "app",
        include_str!("../locales/en/app.ftl"),
        include_str!("../locales/nb/app.ftl"),
    ),
    (
        "watch",
        include_str!("../locales/en/watch.ftl"),
        include_str!("../locales/nb/watch.ftl"),
    ),
    (
        "topics",
        include_str!("../locales/en/topics.ftl"),
        include_str!("../locales/nb/topics.ftl"),
    ),
    (
        "runner",
        include_str!("../locales/en/runner.ftl"),
        include_str!("../locales/nb/runner.ftl"),
    ),
    (
        "tls",
        include_str!("../locales/en/tls.ftl"),
        include_str!("../locales/nb/tls.ftl"),
    ),
    (
        "certificate",
        include_str!("../locales/en/certificate.ftl"),
        include_str!("../locales/nb/certificate.ftl"),
    ),
    (
        "clock",
        include_str!("../locales/en/clock.ftl"),
        include_str!("../locales/nb/clock.ftl"),
    ),
    (
        "card-reader",
        include_str!("../locales/en/card-reader.ftl"),
        include_str!("../locales/nb/card-reader.ftl"),
    ),
    (
        "java",
        include_str!("../locales/en/java.ftl"),
        include_str!("../locales/nb/java.ftl"),
    ),
    (
        "usb-token",
        include_str!("../locales/en/usb-token.ftl"),
        include_str!("../locales/nb/usb-token.ftl"),
    ),
    (
        "system",
        include_str!("../locales/en/system.ftl"),
        include_str!("../locales/nb/system.ftl"),
    ),
];

/// The namespace of messages shared by every check's runner codes.
const RUNNER: &str = "runner";
/// The namespace of help topics.
const TOPICS: &str = "topics";

/// Every help topic, in the order `explain` lists them.
pub const TOPIC_IDS: &[&str] = &[
    "minid",
    "under-16",
    "new-id-number",
    "code-chip",
    "bankid-combinations",
    "helsenorge-app",
    "buypass-mobile",
    "where-to-ask",
    "security",
];

type Bundle = FluentBundle<FluentResource>;

/// The loaded messages of one language, with English behind it for anything missing.
pub struct Locale {
    lang: Lang,
    /// Whose steps [`Locale::guidance`] gives.
    os: OsFamily,
    bundles: HashMap<&'static str, Bundle>,
    english: Option<Box<Locale>>,
}

impl Locale {
    pub fn new(lang: Lang) -> Locale {
        let bundles = FILES
            .iter()
            .map(|(namespace, en, nb)| {
                let text = match lang {
                    Lang::En => en,
                    Lang::Nb => nb,
                };
                (*namespace, bundle(lang, text))
            })
            .collect();
        let english = (lang != Lang::En).then(|| Box::new(Locale::new(Lang::En)));
        Locale {
            lang,
            os: OsFamily::current(),
            bundles,
            english,
        }
    }

    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// The same words, with the steps for `os`.
    pub fn with_os(mut self, os: OsFamily) -> Locale {
        self.os = os;
        self
    }

    pub fn os(&self) -> OsFamily {
        self.os
    }

    /// A fresh copy in the same language with the steps for `os`.
    #[cfg(test)]
    pub fn with_os_ref(&self, os: OsFamily) -> Locale {
        Locale::new(self.lang).with_os(os)
    }

    /// A user-interface text from `app.ftl`.
    pub fn ui(&self, id: &str, args: &[(&str, ArgValue)]) -> String {
        self.format("app", id, None, args)
            .unwrap_or_else(|| id.to_owned())
    }

    /// A user-interface text from `app.ftl`, if there is one by that id.
    pub fn ui_if(&self, id: &str, args: &[(&str, ArgValue)]) -> Option<String> {
        self.format("app", id, None, args)
    }

    /// A text of `--watch`, from `watch.ftl`.
    pub fn watch(&self, id: &str, args: &[(&str, ArgValue)]) -> String {
        self.format("watch", id, None, args)
            .unwrap_or_else(|| id.to_owned())
    }

    /// A check's own text that is not a finding, such as its `not-needed` note.
    pub fn check_text(&self, check_id: &str, id: &str) -> Option<String> {
        self.format(check_id, id, None, &[])
    }

    /// A check's title, e.g. "Secure connection to the ID portal".
    pub fn check_title(&self, check_id: &str) -> String {
        self.format(check_id, "title", None, &[])
            .unwrap_or_else(|| check_id.to_owned())
    }

    /// A finding's one-line message, with its arguments filled in.
    pub fn message(&self, finding: &Finding) -> String {
        let (namespace, reason) = split(&finding.code);
        let args: Vec<(&str, ArgValue)> = finding
            .args
            .iter()
            .map(|(k, v)| (k.as_str(), v.clone()))
            .collect();
        self.code_part(&finding.code, None, &args)
            .unwrap_or_else(|| format!("{namespace}: {reason}"))
    }

    /// What a code means, in a few words (for `explain`).
    pub fn code_title(&self, code: &str) -> String {
        self.code_part(code, Some("title"), &[])
            .unwrap_or_else(|| code.to_owned())
    }

    /// The steps to take for a code on this locale's system, one per element: its guidance,
    /// then the steps that send the person to the helpline.
    pub fn guidance(&self, code: &str) -> Vec<String> {
        let mut steps = self.caller_steps(code, self.os);
        steps.extend(self.attribute_lines(code, "escalate", self.os));
        steps
    }

    /// The steps for the person at the computer, without the ones that send them to the
    /// helpline: what the helpline reads out.
    pub fn caller_steps(&self, code: &str, os: OsFamily) -> Vec<String> {
        self.attribute_lines(code, "guidance", os)
    }

    /// Steps for the helpline staff member on the phone, if the code has any.
    pub fn ask(&self, code: &str) -> Vec<String> {
        self.attribute_lines(code, "ask", self.os)
    }

    /// Every step of a code (guidance, then escalation) for every system, each with the
    /// systems it is for: a step that every marked system has is for all.
    pub fn steps(&self, code: &str) -> Vec<Step> {
        let per_system: Vec<Vec<String>> = MARKED_SYSTEMS
            .iter()
            .map(|os| {
                let mut steps = self.caller_steps(code, *os);
                steps.extend(self.attribute_lines(code, "escalate", *os));
                steps
            })
            .collect();
        let longest = per_system.iter().map(Vec::len).max().unwrap_or(0);
        let mut steps: Vec<Step> = Vec::new();
        // Walking the lists side by side keeps a system's variant where its step stands.
        for index in 0..longest {
            for list in &per_system {
                let Some(text) = list.get(index) else {
                    continue;
                };
                if steps.iter().any(|s| &s.text == text) {
                    continue;
                }
                let systems: Vec<&'static str> = MARKED_SYSTEMS
                    .iter()
                    .zip(&per_system)
                    .filter(|(_, steps)| steps.contains(text))
                    .map(|(os, _)| os.id())
                    .collect();
                steps.push(Step {
                    text: text.clone(),
                    platforms: (systems.len() < MARKED_SYSTEMS.len()).then_some(systems),
                });
            }
        }
        steps
    }

    /// An attribute of a code's message, one element per non-empty line, with `$os` set.
    fn attribute_lines(&self, code: &str, attribute: &str, os: OsFamily) -> Vec<String> {
        let os = ArgValue::from(os.id());
        self.code_part(code, Some(attribute), &[("os", os)])
            .map(|text| {
                text.lines()
                    .map(str::trim)
                    .filter(|l| !l.is_empty())
                    .map(str::to_owned)
                    .collect()
            })
            .unwrap_or_default()
    }

    /// True when this language itself (not the English fallback) has the code's message, title and guidance.
    pub fn has_code(&self, code: &str) -> bool {
        let (namespace, reason) = split(code);
        let id = message_id(reason);
        [namespace, RUNNER].iter().any(|ns| {
            self.bundles
                .get(ns)
                .and_then(|b| b.get_message(&id))
                .is_some_and(|m| {
                    m.value().is_some()
                        && m.get_attribute("title").is_some()
                        && m.get_attribute("guidance").is_some()
                })
        })
    }

    /// A help topic's title and lines (for `explain TOPIC`), if the topic exists.
    pub fn topic(&self, id: &str) -> Option<(String, Vec<String>)> {
        let title = self.format(TOPICS, id, Some("title"), &[])?;
        let body = self.format(TOPICS, id, Some("body"), &[])?;
        Some((
            title,
            body.lines()
                .map(str::trim)
                .filter(|l| !l.is_empty())
                .map(str::to_owned)
                .collect(),
        ))
    }

    /// A date in this language: "25 November 2026", "25. november 2026".
    pub fn date(&self, date: time::Date) -> String {
        let month = self.ui(&format!("month-{}", date.month() as u8), &[]);
        self.ui(
            "date",
            &[
                ("day", ArgValue::Number(i64::from(date.day()))),
                ("month", ArgValue::Text(month)),
                ("year", ArgValue::Number(i64::from(date.year()))),
            ],
        )
    }

    /// A length of time in its two largest units, rounded to the smaller of them as a person
    /// would say it: "3 hours 12 minutes", "2 dager 1 time", "5 days" for 4 days 23 hours 59 minutes.
    pub fn duration(&self, seconds: i64) -> String {
        let seconds = seconds.unsigned_abs();
        let step = match seconds {
            86_400.. => 3_600,
            3_600.. => 60,
            _ => 1,
        };
        let seconds = (seconds + step / 2) / step * step;
        let units = [
            ("unit-days", seconds / 86_400),
            ("unit-hours", seconds / 3_600 % 24),
            ("unit-minutes", seconds / 60 % 60),
            ("unit-seconds", seconds % 60),
        ];
        let words: Vec<String> = units
            .iter()
            .skip_while(|(_, n)| *n == 0)
            .take(2)
            .filter(|(_, n)| *n > 0)
            .map(|(unit, n)| self.ui(unit, &[("n", ArgValue::Number(*n as i64))]))
            .collect();
        if words.is_empty() {
            self.ui("unit-seconds", &[("n", ArgValue::Number(0))])
        } else {
            words.join(" ")
        }
    }

    /// Looks a code up in its check's file, then in the runner's file.
    fn code_part(
        &self,
        code: &str,
        attribute: Option<&str>,
        args: &[(&str, ArgValue)],
    ) -> Option<String> {
        let (namespace, reason) = split(code);
        let id = message_id(reason);
        self.format(namespace, &id, attribute, args)
            .or_else(|| self.format(RUNNER, &id, attribute, args))
    }

    fn format(
        &self,
        namespace: &str,
        id: &str,
        attribute: Option<&str>,
        args: &[(&str, ArgValue)],
    ) -> Option<String> {
        let found = self.bundles.get(namespace).and_then(|bundle| {
            let message = bundle.get_message(id)?;
            let pattern = match attribute {
                Some(name) => message.get_attribute(name)?.value(),
                None => message.value()?,
            };
            let mut fluent_args = FluentArgs::new();
            for (name, value) in args {
                match value {
                    // Arguments carry outside text (paths, names, headers): never raw controls.
                    ArgValue::Text(text) => {
                        fluent_args.set(*name, FluentValue::from(crate::escape::controls(text)))
                    }
                    ArgValue::Number(n) => fluent_args.set(*name, FluentValue::from(*n)),
                    ArgValue::Date(date) => {
                        fluent_args.set(*name, FluentValue::from(self.date(*date)))
                    }
                    ArgValue::Duration(seconds) => {
                        fluent_args.set(*name, FluentValue::from(self.duration(*seconds)))
                    }
                }
            }
            let mut errors = Vec::new();
            Some(
                bundle
                    .format_pattern(pattern, Some(&fluent_args), &mut errors)
                    .into_owned(),
            )
        });
        found.or_else(|| {
            self.english
                .as_ref()?
                .format(namespace, id, attribute, args)
        })
    }
}

fn split(code: &str) -> (&str, &str) {
    code.split_once('.').unwrap_or((code, ""))
}

/// The Fluent message name of a code's reason.
fn message_id(reason: &str) -> std::borrow::Cow<'_, str> {
    if reason.starts_with(|c: char| c.is_ascii_digit()) {
        format!("r-{reason}").into()
    } else {
        reason.into()
    }
}

fn bundle(lang: Lang, text: &str) -> Bundle {
    let id: unic_langid::LanguageIdentifier = lang.code().parse().unwrap_or_default();
    let mut bundle = FluentBundle::new(vec![id]);
    // Isolation marks would end up as invisible characters in terminals, files and JSON.
    bundle.set_use_isolating(false);
    // The files are part of the binary and checked by tests; a broken entry is left out, not fatal.
    let resource = FluentResource::try_new(text.to_owned()).unwrap_or_else(|(partial, _)| partial);
    let _ = bundle.add_resource(resource);
    bundle
}

/// The language from the system locale: nb, nn and no give Norwegian bokmål, anything else English.
pub fn system_lang() -> Lang {
    let from_env = ["LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .filter_map(|name| std::env::var(name).ok())
        .find(|value| !value.trim().is_empty());
    match from_env.or_else(sys_locale::get_locale) {
        Some(tag) => lang_from_tag(&tag),
        None => Lang::En,
    }
}

fn lang_from_tag(tag: &str) -> Lang {
    let first = tag.split(':').next().unwrap_or_default();
    let language = first
        .split(['_', '-', '.', '@'])
        .next()
        .unwrap_or_default()
        .to_ascii_lowercase();
    match language.as_str() {
        "nb" | "nn" | "no" => Lang::Nb,
        _ => Lang::En,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    #[test]
    fn language_from_locale_tags() {
        for (tag, lang) in [
            ("nb_NO.UTF-8", Lang::Nb),
            ("nn_NO", Lang::Nb),
            ("no", Lang::Nb),
            ("nb-NO", Lang::Nb),
            ("nb:en", Lang::Nb),
            ("en_US.UTF-8", Lang::En),
            ("C", Lang::En),
            ("POSIX", Lang::En),
            ("sv_SE", Lang::En),
            ("", Lang::En),
        ] {
            assert_eq!(lang_from_tag(tag), lang, "{tag}");
        }
    }

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
            assert!(en.has_code(&code), "en lacks {code}");
            assert!(nb.has_code(&code), "nb lacks {code}");
            assert_ne!(
                en.code_title(&code),
                nb.code_title(&code),
                "{code} title not translated"
            );
            assert_ne!(
                en.guidance(&code),
                nb.guidance(&code),
                "{code} guidance not translated"
            );
            let bare = |locale: &Locale| locale.code_part(&code, None, &[]).unwrap_or_default();
            assert_ne!(bare(&en), bare(&nb), "{code} message not translated");
        }
        // Proper names are the same in every language.
        const PROPER_NAMES: &[&str] = &["Java"];
        for topic in TOPIC_IDS {
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
                    let mut lines = locale.caller_steps(&code, os);
                    lines.extend(locale.with_os_ref(os).ask(&code));
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
        let steps = locale.steps("card-reader.service-unavailable");
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
            .steps("system.hosts-override")
            .iter()
            .all(|s| s.platforms.is_none()));
        let linux = locale.with_os_ref(OsFamily::Linux);
        assert!(linux
            .guidance("card-reader.service-unavailable")
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
}
