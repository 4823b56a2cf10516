//! pcsc-tools' `smartcard_list.txt`: ATR patterns (a small regular-expression language) with
//! descriptions, used to name cards that are not Buypass cards.

/// One entry: the first description line is the card's name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KnownCard {
    pub name: String,
    pub details: Vec<String>,
}

/// Finds the first entry whose pattern matches `atr` (as spaced upper-case hex).
pub fn lookup(list: &str, atr: &str) -> Option<KnownCard> {
    let mut lines = list.lines().peekable();
    while let Some(line) = lines.next() {
        let starts_entry = line.chars().next().is_some_and(|c| c.is_ascii_hexdigit());
        if !starts_entry || !pattern_matches(line.trim_end().as_bytes(), atr.as_bytes()) {
            continue;
        }
        let mut details = Vec::new();
        while let Some(next) = lines.peek() {
            if !next.starts_with('\t') {
                break;
            }
            details.push(next.trim().to_owned());
            lines.next();
        }
        if details.is_empty() {
            continue;
        }
        let name = details.remove(0);
        return Some(KnownCard { name, details });
    }
    None
}

/// True when a card's description says it is a payment card.
pub fn is_payment_card(card: &KnownCard) -> bool {
    let text = format!("{} {}", card.name, card.details.join(" ")).to_ascii_lowercase();
    [
        "(bank)",
        "visa",
        "mastercard",
        "maestro",
        "bankaxept",
        "credit card",
        "debit card",
        "creditcard",
    ]
    .iter()
    .any(|word| text.contains(word))
}

/// Patterns longer than this are not ATR patterns and are not tried.
const MAX_PATTERN: usize = 1024;

/// Matches a whole pattern: literals, `.` (any character), `[…]` (a set, with ranges) and `*`
/// (the previous item any number of times). Anything else is literal. Never panics, and takes
/// time proportional to pattern × text, whatever the pattern (no backtracking blow-up).
fn pattern_matches(pattern: &[u8], text: &[u8]) -> bool {
    if pattern.len() > MAX_PATTERN {
        return false;
    }
    let mut items: Vec<(Item<'_>, bool)> = Vec::new();
    let mut rest = pattern;
    while let Some((item, after)) = next_item(rest) {
        let starred = after.first() == Some(&b'*');
        rest = if starred { &after[1..] } else { after };
        items.push((item, starred));
    }
    // matches[j]: the items so far can match exactly text[..j].
    let mut matches = vec![false; text.len() + 1];
    matches[0] = true;
    for (item, starred) in &items {
        let mut next = vec![false; text.len() + 1];
        for j in 0..=text.len() {
            if *starred {
                next[j] = matches[j] || (j > 0 && next[j - 1] && item.accepts(text[j - 1]));
            } else {
                next[j] = j > 0 && matches[j - 1] && item.accepts(text[j - 1]);
            }
        }
        matches = next;
    }
    matches[text.len()]
}

enum Item<'a> {
    Any,
    Literal(u8),
    Set(&'a [u8]),
}

impl Item<'_> {
    fn accepts(&self, c: u8) -> bool {
        match self {
            Item::Any => true,
            Item::Literal(l) => l.eq_ignore_ascii_case(&c),
            Item::Set(set) => {
                let mut i = 0;
                while i < set.len() {
                    if i + 2 < set.len() && set[i + 1] == b'-' {
                        if (set[i]..=set[i + 2]).contains(&c.to_ascii_uppercase()) {
                            return true;
                        }
                        i += 3;
                    } else {
                        if set[i].eq_ignore_ascii_case(&c) {
                            return true;
                        }
                        i += 1;
                    }
                }
                false
            }
        }
    }
}

fn next_item(pattern: &[u8]) -> Option<(Item<'_>, &[u8])> {
    let (first, rest) = pattern.split_first()?;
    Some(match first {
        b'.' => (Item::Any, rest),
        b'[' => match rest.iter().position(|c| *c == b']') {
            Some(end) => (Item::Set(&rest[..end]), &rest[end + 1..]),
            None => (Item::Literal(b'['), rest),
        },
        c => (Item::Literal(*c), rest),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const LIST: &str = "# comment\n\n3B 6F 00 00 80 31 E0 6B 04 21 05 02 6C 55 55 55 55 55 55\n\tIcelandic Electronic ID (eID)\n\thttps://example.is/\n\n3B 8E 80 01 80 31 80 66 B1 84 0C 01 6E 01 83 00 90 00 ..\n\tVisa debit card (Sparebank 1) (Bank)\n\n3B 65 00 00 9C 1[01] 01 01 03\n\tSet example\n\n3B EF 00 FF 81 31 42 45 .* 38\n\tStar example\n";

    #[test]
    fn finds_exact_wildcard_set_and_star_entries() {
        let card = lookup(
            LIST,
            "3B 6F 00 00 80 31 E0 6B 04 21 05 02 6C 55 55 55 55 55 55",
        )
        .unwrap();
        assert_eq!(card.name, "Icelandic Electronic ID (eID)");
        assert_eq!(card.details, ["https://example.is/"]);
        let card = lookup(
            LIST,
            "3B 8E 80 01 80 31 80 66 B1 84 0C 01 6E 01 83 00 90 00 1C",
        )
        .unwrap();
        assert!(is_payment_card(&card));
        assert_eq!(
            lookup(LIST, "3B 65 00 00 9C 11 01 01 03").unwrap().name,
            "Set example"
        );
        assert_eq!(lookup(LIST, "3B 65 00 00 9C 12 01 01 03"), None);
        assert_eq!(
            lookup(LIST, "3B EF 00 FF 81 31 42 45 00 11 22 38")
                .unwrap()
                .name,
            "Star example"
        );
        assert_eq!(lookup(LIST, "3B EF 00 FF 81 31 42 45 00 11 22 39"), None);
        assert!(!is_payment_card(
            &lookup(LIST, "3B 65 00 00 9C 10 01 01 03").unwrap()
        ));
    }

    #[test]
    fn many_stars_take_no_time() {
        // Found by fuzzing: with backtracking this took exponential time.
        let pattern = format!("3B{}X\n\tname\n", ".*".repeat(40));
        let started = std::time::Instant::now();
        assert_eq!(lookup(&pattern, &"3B ".repeat(33)), None);
        assert!(started.elapsed() < std::time::Duration::from_secs(1));
        assert_eq!(
            lookup(&pattern.replace('X', "3"), "3B 3").unwrap().name,
            "name"
        );
    }

    #[test]
    fn garbage_never_panics() {
        for pattern in ["[", "[]", "*", "**", "[A-", "..*.*[", "\u{fffd}*"] {
            let list = format!("{pattern}\n\tname\n");
            let _ = lookup(&list, "3B 00");
        }
        assert_eq!(lookup("", "3B"), None);
    }
}
