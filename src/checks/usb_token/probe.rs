//! What the usb-token check reads from the system: besides the readers and USB devices every
//! check shares, the disks and their volume labels, to recognise a USB stick by its name.

use std::path::Path;

use serde::Serialize;

use crate::probes::smartcard;
use crate::probes::usb::UsbDevice;

/// What the three routes saw.
pub struct Observation<'a> {
    pub smartcards: &'a smartcard::Observation,
    pub usb: Result<Vec<UsbDevice>, String>,
    pub disks: Vec<Disk>,
}

/// A mounted or labelled disk.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Disk {
    pub label: String,
    pub mount_point: Option<String>,
    pub removable: bool,
}

/// Every disk with a label. On Linux the labels come from `/dev/disk/by-label`; elsewhere the
/// disk's name is its volume label.
pub fn disks() -> Vec<Disk> {
    if cfg!(target_os = "linux") {
        // Without labels there is nothing to match, and no need to ask for the mounts.
        let labels: Vec<std::fs::DirEntry> = match std::fs::read_dir("/dev/disk/by-label") {
            Ok(entries) => entries.filter_map(Result::ok).collect(),
            Err(_) => return Vec::new(),
        };
        if labels.is_empty() {
            return Vec::new();
        }
        let disks = sysinfo::Disks::new_with_refreshed_list();
        labels
            .into_iter()
            .map(|entry| {
                let device = std::fs::canonicalize(entry.path()).ok();
                let mounted = disks.iter().find(|d| {
                    device
                        .as_deref()
                        .is_some_and(|dev| Path::new(d.name()) == dev)
                });
                Disk {
                    label: unescape_label(&entry.file_name().to_string_lossy()),
                    mount_point: mounted.map(|d| d.mount_point().display().to_string()),
                    removable: mounted.is_some_and(|d| d.is_removable()),
                }
            })
            .collect()
    } else {
        sysinfo::Disks::new_with_refreshed_list()
            .iter()
            .filter(|d| !d.name().is_empty())
            .map(|d| Disk {
                label: d.name().to_string_lossy().into_owned(),
                mount_point: Some(d.mount_point().display().to_string()),
                removable: d.is_removable(),
            })
            .collect()
    }
}

/// udev writes spaces and other bytes in label names as `\x20`.
fn unescape_label(name: &str) -> String {
    let mut out = Vec::new();
    let bytes = name.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'\\' && bytes.get(i + 1) == Some(&b'x') {
            if let Some(byte) = name
                .get(i + 2..i + 4)
                .and_then(|h| u8::from_str_radix(h, 16).ok())
            {
                out.push(byte);
                i += 4;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_are_unescaped() {
        assert_eq!(unescape_label("COMMFIDES\\x20E-ID"), "COMMFIDES E-ID");
        assert_eq!(unescape_label("plain"), "plain");
        assert_eq!(unescape_label("bad\\x2"), "bad\\x2");
        assert_eq!(unescape_label("\\xff\\x"), "\u{fffd}\\x");
    }
}
