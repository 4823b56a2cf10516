//! The locale files built into the binary, and the names of their shared namespaces.

/// Every locale file: (namespace, English, Norwegian bokmål).
pub(super) const FILES: &[(&str, &str, &str)] = &[
    (
        "app",
        include_str!("../../locales/en/app.ftl"),
        include_str!("../../locales/nb/app.ftl"),
    ),
    (
        "watch",
        include_str!("../../locales/en/watch.ftl"),
        include_str!("../../locales/nb/watch.ftl"),
    ),
    (
        "topics",
        include_str!("../../locales/en/topics.ftl"),
        include_str!("../../locales/nb/topics.ftl"),
    ),
    (
        "runner",
        include_str!("../../locales/en/runner.ftl"),
        include_str!("../../locales/nb/runner.ftl"),
    ),
    (
        "tls",
        include_str!("../../locales/en/tls.ftl"),
        include_str!("../../locales/nb/tls.ftl"),
    ),
    (
        "certificate",
        include_str!("../../locales/en/certificate.ftl"),
        include_str!("../../locales/nb/certificate.ftl"),
    ),
    (
        "clock",
        include_str!("../../locales/en/clock.ftl"),
        include_str!("../../locales/nb/clock.ftl"),
    ),
    (
        "card-reader",
        include_str!("../../locales/en/card-reader.ftl"),
        include_str!("../../locales/nb/card-reader.ftl"),
    ),
    (
        "java",
        include_str!("../../locales/en/java.ftl"),
        include_str!("../../locales/nb/java.ftl"),
    ),
    (
        "usb-token",
        include_str!("../../locales/en/usb-token.ftl"),
        include_str!("../../locales/nb/usb-token.ftl"),
    ),
    (
        "system",
        include_str!("../../locales/en/system.ftl"),
        include_str!("../../locales/nb/system.ftl"),
    ),
];

/// The namespace of messages shared by every check's runner codes.
pub(super) const RUNNER: &str = "runner";
/// The namespace of help topics.
pub(super) const TOPICS: &str = "topics";

/// Every help topic, in the order `explain` lists them: the messages of the English
/// `topics.ftl`, in file order (a test holds the Norwegian file to the same ones).
pub fn topic_ids() -> &'static [&'static str] {
    static IDS: std::sync::OnceLock<Vec<&'static str>> = std::sync::OnceLock::new();
    IDS.get_or_init(|| {
        let english = FILES
            .iter()
            .find(|(namespace, _, _)| *namespace == TOPICS)
            .map_or("", |(_, en, _)| *en);
        message_ids(english)
    })
}

/// The ids of a file's messages, in file order.
pub(super) fn message_ids(text: &str) -> Vec<&str> {
    // A broken entry is left out here as it is from the bundles; a test parses every file.
    let resource = fluent_syntax::parser::parse(text).unwrap_or_else(|(partial, _)| partial);
    resource
        .body
        .into_iter()
        .filter_map(|entry| match entry {
            fluent_syntax::ast::Entry::Message(message) => Some(message.id.name),
            _ => None,
        })
        .collect()
}
