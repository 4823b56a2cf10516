//! USB devices: their IDs, names and interface classes. Real runs enumerate with nusb (pure
//! Rust, no libusb); tests point the probe at a directory laid out like Linux's
//! `/sys/bus/usb/devices` (`LOGINSJEKK_TEST_USB_SYSFS`).

use std::path::Path;

use serde::Serialize;

/// Interface class of smart card readers (CCID).
pub const CLASS_SMART_CARD: u8 = 0x0B;
/// Interface class of USB sticks and disks.
pub const CLASS_MASS_STORAGE: u8 = 0x08;

/// One USB device. Serial numbers are deliberately not read.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct UsbDevice {
    #[serde(serialize_with = "hex4")]
    pub vendor_id: u16,
    #[serde(serialize_with = "hex4")]
    pub product_id: u16,
    pub manufacturer: Option<String>,
    pub product: Option<String>,
    pub interface_classes: Vec<u8>,
}

fn hex4<S: serde::Serializer>(value: &u16, serializer: S) -> Result<S::Ok, S::Error> {
    serializer.collect_str(&format!("{value:04x}"))
}

impl UsbDevice {
    /// `vvvv:pppp`, as `lsusb` shows it.
    pub fn id(&self) -> String {
        format!("{:04x}:{:04x}", self.vendor_id, self.product_id)
    }

    pub fn has_class(&self, class: u8) -> bool {
        self.interface_classes.contains(&class)
    }
}

/// The devices, or why they could not be listed (no `/sys/bus/usb` in a container, say).
pub fn list(sysfs_override: Option<&Path>) -> Result<Vec<UsbDevice>, String> {
    match sysfs_override {
        Some(root) => list_sysfs(root),
        None => list_nusb(),
    }
}

fn list_nusb() -> Result<Vec<UsbDevice>, String> {
    use nusb::MaybeFuture;
    let devices = nusb::list_devices().wait().map_err(|e| e.to_string())?;
    Ok(devices
        .map(|device| {
            let mut interface_classes: Vec<u8> = device.interfaces().map(|i| i.class()).collect();
            interface_classes.push(device.class());
            interface_classes.retain(|class| *class != 0);
            interface_classes.sort_unstable();
            interface_classes.dedup();
            UsbDevice {
                vendor_id: device.vendor_id(),
                product_id: device.product_id(),
                manufacturer: device.manufacturer_string().map(str::to_owned),
                product: device.product_string().map(str::to_owned),
                interface_classes,
            }
        })
        .collect())
}

/// Reads a sysfs-shaped tree: device directories named like `1-6` or `1-6.4.2` with `idVendor`,
/// `idProduct`, `manufacturer`, `product`, `bDeviceClass`; interfaces `1-6:1.0` with `bInterfaceClass`.
/// Unreadable or garbled entries are skipped.
fn list_sysfs(root: &Path) -> Result<Vec<UsbDevice>, String> {
    let entries = std::fs::read_dir(root)
        .map_err(|e| format!("{}: {}", root.display(), crate::inputs::io_reason(&e)))?;
    let names: Vec<String> = entries
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    let read = |name: &str, file: &str| {
        // sysfs attributes are at most a page; a test tree is read with the same bound.
        crate::inputs::read_regular(&root.join(name).join(file), 4096)
            .ok()
            .map(|bytes| String::from_utf8_lossy(&bytes).trim().to_owned())
            .filter(|text| !text.is_empty())
    };
    let hex = |text: Option<String>, width: usize| {
        text.filter(|t| t.len() <= width)
            .and_then(|t| u16::from_str_radix(&t, 16).ok())
    };
    let mut devices = Vec::new();
    for name in names.iter().filter(|n| {
        !n.is_empty()
            && n.bytes()
                .all(|b| b.is_ascii_digit() || b == b'-' || b == b'.')
    }) {
        let (Some(vendor_id), Some(product_id)) = (
            hex(read(name, "idVendor"), 4),
            hex(read(name, "idProduct"), 4),
        ) else {
            continue;
        };
        let mut interface_classes: Vec<u8> = names
            .iter()
            .filter(|n| {
                n.strip_prefix(name.as_str())
                    .is_some_and(|rest| rest.starts_with(':'))
            })
            .filter_map(|n| hex(read(n, "bInterfaceClass"), 2))
            .filter_map(|class| u8::try_from(class).ok())
            .collect();
        interface_classes
            .extend(hex(read(name, "bDeviceClass"), 2).and_then(|c| u8::try_from(c).ok()));
        interface_classes.retain(|class| *class != 0);
        interface_classes.sort_unstable();
        interface_classes.dedup();
        devices.push(UsbDevice {
            vendor_id,
            product_id,
            manufacturer: read(name, "manufacturer"),
            product: read(name, "product"),
            interface_classes,
        });
    }
    devices.sort_by_key(|d| (d.vendor_id, d.product_id));
    Ok(devices)
}
