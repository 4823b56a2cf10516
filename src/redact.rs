//! Keeping secrets and personal data out of reports.

/// What every text loginsjekk writes (stdout, stderr, report files) passes through: national
/// identity numbers masked as `id-number` masks them, and the password in any URL hidden.
pub fn outgoing(text: &str) -> String {
    mask_url_userinfo(&mask_id_numbers(text))
}

/// Whatever would be somebody's number on some day is masked: under either rule set for
/// check digits, with a birth date in the future too.
const ANY_DAY: crate::id_number::Context = crate::id_number::Context {
    today: time::Date::MAX,
    rules_2032_from: time::Date::MIN,
};

/// Masks each run of exactly 11 digits that is a valid national identity number (or D-, H- or
/// test number) to its first six digits and `*****`. Letters around it do not protect it: a
/// number inside a path or a certificate field is still somebody's number.
pub fn mask_id_numbers(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = String::with_capacity(text.len());
    let (mut copied, mut i) = (0, 0);
    while i < bytes.len() {
        if !bytes[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let start = i;
        while i < bytes.len() && bytes[i].is_ascii_digit() {
            i += 1;
        }
        if i - start == 11 && crate::id_number::judge(&text[start..i], &ANY_DAY).is_ok() {
            out.push_str(&text[copied..start + 6]);
            out.push_str("*****");
            copied = i;
        }
    }
    out.push_str(&text[copied..]);
    out
}

/// Hides the password of every `scheme://user:password@host` in `text` as `user:***@`; a user
/// without a password may itself be a token, so it becomes `***@`.
pub fn mask_url_userinfo(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find("://") {
        let (head, tail) = rest.split_at(at + 3);
        out.push_str(head);
        let end = tail
            .find(|c: char| {
                matches!(c, '/' | '?' | '#' | '"' | '\'' | '<' | '>' | '\\' | '`')
                    || c.is_whitespace()
                    || c.is_control()
            })
            .unwrap_or(tail.len());
        match tail[..end].rfind('@') {
            Some(sign) => {
                match tail[..sign].split_once(':') {
                    Some((user, _)) => {
                        out.push_str(user);
                        out.push_str(":***");
                    }
                    None => out.push_str("***"),
                }
                out.push_str(&tail[sign..end]);
            }
            None => out.push_str(&tail[..end]),
        }
        rest = &tail[end..];
    }
    out.push_str(rest);
    out
}

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
    fn masks_valid_identity_numbers_only() {
        // 15059010023 is not valid; make one that is from the id_number rules.
        let valid = (0..1000)
            .find_map(|i| {
                let n = format!("150590{i:05}");
                crate::id_number::judge(&n, &ANY_DAY).is_ok().then_some(n)
            })
            .unwrap();
        let text = format!("a/{valid}/b x{valid}y 1{valid} 15059010024 {valid}");
        assert_eq!(
            mask_id_numbers(&text),
            format!("a/150590*****/b x150590*****y 1{valid} 15059010024 150590*****")
        );
        assert_eq!(mask_id_numbers("ø12æ"), "ø12æ");
    }

    #[test]
    fn masks_passwords_in_every_url() {
        assert_eq!(
            mask_url_userinfo("see https://ola:pw@h.no/x and \"http://tok@h:1?q\" ftp://h/a@b"),
            "see https://ola:***@h.no/x and \"http://***@h:1?q\" ftp://h/a@b"
        );
        let once = mask_url_userinfo("https://a:b:c@h/ https://***@p");
        assert_eq!(once, "https://a:***@h/ https://***@p");
        assert_eq!(mask_url_userinfo(&once), once);
        assert_eq!(mask_url_userinfo("://@"), "://***@");
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
