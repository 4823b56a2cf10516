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

mod files;
mod lang;
mod steps;
mod system_lang;
#[cfg(test)]
mod tests;
mod wording;

use std::collections::HashMap;

use fluent_bundle::{FluentBundle, FluentError, FluentResource};

use crate::code::FindingCode;
use crate::os_family::OsFamily;
use crate::report::{ArgValue, Finding};
use files::{FILES, RUNNER, TOPICS};

pub use files::topic_ids;
pub use lang::Lang;
pub use steps::Step;
pub use system_lang::system_lang;

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
        let args: Vec<(&str, ArgValue)> = finding
            .args
            .iter()
            .map(|(k, v)| (k.as_str(), v.clone()))
            .collect();
        self.code_part(finding.code, None, &args)
            .unwrap_or_else(|| format!("{}: {}", finding.code.check(), finding.code.reason()))
    }

    /// What a code means, in a few words (for `explain`).
    pub fn code_title(&self, code: FindingCode) -> String {
        self.code_part(code, Some("title"), &[])
            .unwrap_or_else(|| code.to_string())
    }

    /// True when this language itself (not the English fallback) has the code's message, title and guidance.
    pub fn has_code(&self, code: FindingCode) -> bool {
        let id = message_id(code.reason());
        [code.check(), RUNNER].iter().any(|ns| {
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

    /// Looks a code up in its check's file, then in the runner's file.
    fn code_part(
        &self,
        code: FindingCode,
        attribute: Option<&str>,
        args: &[(&str, ArgValue)],
    ) -> Option<String> {
        let id = message_id(code.reason());
        self.format(code.check(), &id, attribute, args)
            .or_else(|| self.format(RUNNER, &id, attribute, args))
    }

    fn format(
        &self,
        namespace: &str,
        id: &str,
        attribute: Option<&str>,
        args: &[(&str, ArgValue)],
    ) -> Option<String> {
        let found = self
            .format_own(namespace, id, attribute, args)
            .map(|(text, errors)| {
                // The words are kept: Fluent writes what it could not fill in as `{$name}`, and
                // a person still reads the rest. A build made for tests stops, naming the message.
                debug_assert!(
                    errors.is_empty(),
                    "locales/{}/{namespace}.ftl, {id}{}: {errors:?}",
                    self.lang.code(),
                    attribute.map(|a| format!(".{a}")).unwrap_or_default()
                );
                text
            });
        found.or_else(|| {
            self.english
                .as_ref()?
                .format(namespace, id, attribute, args)
        })
    }

    /// A message (or one of its attributes) of this language alone, with what Fluent could not
    /// resolve in it.
    fn format_own(
        &self,
        namespace: &str,
        id: &str,
        attribute: Option<&str>,
        args: &[(&str, ArgValue)],
    ) -> Option<(String, Vec<FluentError>)> {
        let bundle = self.bundles.get(namespace)?;
        let message = bundle.get_message(id)?;
        let pattern = match attribute {
            Some(name) => message.get_attribute(name)?.value(),
            None => message.value()?,
        };
        let args = self.fluent_args(args);
        let mut errors = Vec::new();
        let text = bundle
            .format_pattern(pattern, Some(&args), &mut errors)
            .into_owned();
        Some((text, errors))
    }
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
    let (bundle, errors) = bundle_and_errors(lang, text);
    // The files are part of the binary: a broken entry is left out, not fatal, for the person
    // at the computer; a build made for tests stops on it.
    debug_assert!(errors.is_empty(), "locales/{}: {errors:?}", lang.code());
    bundle
}

/// A language's bundle of one file, and what was wrong in the file.
fn bundle_and_errors(lang: Lang, text: &str) -> (Bundle, Vec<String>) {
    let id: unic_langid::LanguageIdentifier = lang.code().parse().unwrap_or_default();
    let mut bundle = FluentBundle::new(vec![id]);
    // Isolation marks would end up as invisible characters in terminals, files and JSON.
    bundle.set_use_isolating(false);
    let mut errors = Vec::new();
    let resource = FluentResource::try_new(text.to_owned()).unwrap_or_else(|(partial, parsed)| {
        errors.extend(parsed.iter().map(|e| format!("{e:?}")));
        partial
    });
    if let Err(added) = bundle.add_resource(resource) {
        errors.extend(added.iter().map(|e| format!("{e:?}")));
    }
    (bundle, errors)
}
