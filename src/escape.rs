//! Text from outside (paths, profile values, server headers, reader names, certificate fields)
//! shown without letting it steer the terminal or split a line.

/// Shows control characters and bidirectional formatting marks as escapes (`\n`, `\u{1b}`,
/// `\u{202e}`), so the text reads as what it is and stays on one line.
pub fn controls(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() || is_bidi_control(c) => {
                out.extend(c.escape_unicode());
            }
            c => out.push(c),
        }
    }
    out
}

/// Marks that reorder text on screen, so that what is shown differs from what is there.
fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{200e}' | '\u{200f}' | '\u{061c}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_controls_and_bidi_overrides_only() {
        assert_eq!(
            controls("a\nb\x1b]0;x\x07\u{202e}cba æ\u{7f}\t"),
            "a\\nb\\u{1b}]0;x\\u{7}\\u{202e}cba æ\\u{7f}\\t"
        );
        assert_eq!(controls("Hjelp: 23 00 00 00"), "Hjelp: 23 00 00 00");
    }
}
