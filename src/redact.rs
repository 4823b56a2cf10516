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

#[cfg(test)]
mod tests {
    use super::*;

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
