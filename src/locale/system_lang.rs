//! The user's language, read from the system's locale settings.

use super::Lang;

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
}
