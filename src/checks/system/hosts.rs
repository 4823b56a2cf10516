//! Parses the hosts file (`address name [alias…]  # comment`), one entry per line.

use std::net::IpAddr;

/// One usable line of the hosts file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HostsEntry {
    /// 1-based line number.
    pub line: usize,
    pub address: IpAddr,
    pub names: Vec<String>,
}

/// Every well-formed entry; malformed lines (no address, bad address, no name) are skipped.
pub fn parse(text: &str) -> Vec<HostsEntry> {
    text.lines()
        .enumerate()
        .filter_map(|(index, line)| parse_line(index + 1, line))
        .collect()
}

/// One line (numbered from 1), if it is a well-formed entry.
pub fn parse_line(number: usize, line: &str) -> Option<HostsEntry> {
    let content = line.split('#').next().unwrap_or_default();
    let mut fields = content.split_whitespace();
    let address = parse_address(fields.next()?)?;
    let names: Vec<String> = fields.map(str::to_owned).collect();
    (!names.is_empty()).then_some(HostsEntry {
        line: number,
        address,
        names,
    })
}

/// Accepts IPv6 addresses with a zone (`fe80::1%lo0`), as the resolver does.
fn parse_address(field: &str) -> Option<IpAddr> {
    let without_zone = field.split('%').next().unwrap_or(field);
    without_zone.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_entries_and_skips_comments_and_garbage() {
        let text = "# comment\n127.0.0.1\tlocalhost loopback\n\n::1 ip6-localhost # trailing\n\
                    not-an-ip name\n10.0.0.1\n999.1.1.1 bad\nfe80::1%lo0 link\r\n  0.0.0.0   ads.example  \n";
        let entries = parse(text);
        let summary: Vec<(usize, String, Vec<String>)> = entries
            .iter()
            .map(|e| (e.line, e.address.to_string(), e.names.clone()))
            .collect();
        assert_eq!(
            summary,
            vec![
                (
                    2,
                    "127.0.0.1".into(),
                    vec!["localhost".into(), "loopback".into()]
                ),
                (4, "::1".into(), vec!["ip6-localhost".into()]),
                (8, "fe80::1".into(), vec!["link".into()]),
                (9, "0.0.0.0".into(), vec!["ads.example".into()]),
            ]
        );
    }

    #[test]
    fn total_on_odd_input() {
        assert!(parse("").is_empty());
        assert!(parse("\u{feff}\0\u{fffd}###\n\t\n%%%").is_empty());
    }
}
