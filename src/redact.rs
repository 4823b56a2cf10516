//! Keeping secrets and personal data out of reports.

/// Replaces the `user:password@` part of a URL-like text with `***@`, even when the URL is malformed.
pub fn mask_credentials(raw: &str) -> String {
    let authority_start = raw.find("://").map_or(0, |i| i + 3);
    let rest = &raw[authority_start..];
    let authority_end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    match rest[..authority_end].rfind('@') {
        Some(at) => format!("{}***{}", &raw[..authority_start], &rest[at..]),
        None => raw.to_owned(),
    }
}

/// What identifies the person or computer, to be kept out of files meant to be shared.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Identity {
    pub home: Option<String>,
    pub user: Option<String>,
    pub host: Option<String>,
}

impl Identity {
    /// This computer's home folder, user name and host name.
    pub fn of_this_computer() -> Identity {
        let var = |names: &[&str]| {
            names
                .iter()
                .find_map(|n| std::env::var(n).ok())
                .filter(|v| !v.trim().is_empty())
        };
        Identity {
            home: var(&["HOME", "USERPROFILE"]),
            user: var(&["USER", "USERNAME", "LOGNAME"]),
            host: sysinfo::System::host_name().filter(|h| !h.trim().is_empty()),
        }
    }

    /// Replaces the home folder with `~`, and the user and host names (as whole words) with
    /// `[user]` and `[computer]`.
    pub fn scrub(&self, text: &str) -> String {
        let mut out = text.to_owned();
        if let Some(home) = self.home.as_deref().filter(|h| h.len() > 1) {
            out = out.replace(home.trim_end_matches(['/', '\\']), "~");
        }
        for (name, stand_in) in [(&self.user, "[user]"), (&self.host, "[computer]")] {
            if let Some(name) = name.as_deref() {
                out = replace_word(&out, name, stand_in);
            }
        }
        out
    }
}

/// Replaces `word` where it is not part of a longer word.
fn replace_word(text: &str, word: &str, with: &str) -> String {
    let is_word = |c: char| c.is_alphanumeric() || c == '_';
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find(word) {
        let before = rest[..at].chars().next_back();
        let after = rest[at + word.len()..].chars().next();
        out.push_str(&rest[..at]);
        if before.is_some_and(is_word) || after.is_some_and(is_word) {
            out.push_str(word);
        } else {
            out.push_str(with);
        }
        rest = &rest[at + word.len()..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scrubs_home_user_and_host() {
        let identity = Identity {
            home: Some("/home/kari".into()),
            user: Some("kari".into()),
            host: Some("karis-pc".into()),
        };
        let text =
            "Java at /home/kari/jdk does not work; user kari on karis-pc; karianne stays; kari.";
        assert_eq!(
            identity.scrub(text),
            "Java at ~/jdk does not work; user [user] on [computer]; karianne stays; [user]."
        );
        assert_eq!(Identity::default().scrub(text), text);
    }

    #[test]
    fn masks_user_and_password() {
        assert_eq!(
            mask_credentials("http://ola:hemmelig@proxy:8080/"),
            "http://***@proxy:8080/"
        );
        assert_eq!(mask_credentials("ola:pw@proxy:3128"), "***@proxy:3128");
        assert_eq!(
            mask_credentials("http://proxy:8080/a@b"),
            "http://proxy:8080/a@b"
        );
        assert_eq!(mask_credentials("http://a@b@proxy"), "http://***@proxy");
        assert_eq!(mask_credentials(""), "");
    }
}
