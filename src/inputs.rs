//! Where the probes read the system from.
//!
//! Tests aim the probes at fixtures through `LOGINSJEKK_TEST_*` environment variables
//! (documented in docs/testing.md). They are not user options and `--help` does not show them.
//! Only builds made for tests read them (debug builds, or the `test-inputs` feature): one of
//! them names a library to load, which the shipped binary must never take from its environment.

use std::ffi::OsString;

use std::path::PathBuf;

/// Paths and sources the probes use.
#[derive(Debug, Clone)]
pub struct Inputs {
    /// The hosts file (`LOGINSJEKK_TEST_HOSTS_FILE` in tests).
    pub hosts_file: PathBuf,
    /// The PC/SC library to load instead of the system's (`LOGINSJEKK_TEST_PCSC_LIBRARY` in tests).
    pub pcsc_library: Option<PathBuf>,
    /// Where pcsc-tools' list of known cards may be, in the order pcsc-tools looks.
    pub card_lists: Vec<PathBuf>,
    /// A directory of Java installations to search instead of the system's places
    /// (`/usr/lib/jvm`, update-alternatives, the registry, …): `LOGINSJEKK_TEST_JAVA_SYSTEM_DIR` in tests.
    pub java_system_dir: Option<PathBuf>,
    /// A directory laid out like `/sys/bus/usb/devices`, read instead of enumerating USB
    /// (`LOGINSJEKK_TEST_USB_SYSFS` in tests).
    pub usb_sysfs: Option<PathBuf>,
    /// The operating system whose steps the report shows and whose family the support code
    /// carries (`LOGINSJEKK_TEST_OS` in tests: `windows`, `macos`, `linux`). The probes do not
    /// follow it: they observe the real system.
    pub os: crate::os_family::OsFamily,
}

impl Inputs {
    /// The real system's locations, unless a test overrides them.
    pub fn from_env() -> Inputs {
        Inputs {
            hosts_file: test_input("LOGINSJEKK_TEST_HOSTS_FILE")
                .map(PathBuf::from)
                .unwrap_or_else(system_hosts_file),
            pcsc_library: test_input("LOGINSJEKK_TEST_PCSC_LIBRARY").map(PathBuf::from),
            card_lists: card_lists(),
            java_system_dir: test_input("LOGINSJEKK_TEST_JAVA_SYSTEM_DIR").map(PathBuf::from),
            usb_sysfs: test_input("LOGINSJEKK_TEST_USB_SYSFS").map(PathBuf::from),
            os: os(),
        }
    }
}

/// The operating system the words are for: this one, unless a test names another
/// (`LOGINSJEKK_TEST_OS`).
pub fn os() -> crate::os_family::OsFamily {
    test_input("LOGINSJEKK_TEST_OS")
        .and_then(|id| crate::os_family::OsFamily::from_id(id.to_str()?.trim()))
        .unwrap_or_else(crate::os_family::OsFamily::current)
}

/// A test-only input's value, in a build made for tests.
#[cfg(any(debug_assertions, feature = "test-inputs"))]
fn test_input(name: &str) -> Option<OsString> {
    std::env::var_os(name)
}

/// A release build reads the real system's places whatever its environment says.
#[cfg(not(any(debug_assertions, feature = "test-inputs")))]
fn test_input(_name: &str) -> Option<OsString> {
    None
}

/// `$XDG_CACHE_HOME/smartcard_list.txt` (or `~/.cache/…`), `~/.smartcard_list.txt`, then the system's copy.
fn card_lists() -> Vec<PathBuf> {
    let home = std::env::var_os("HOME")
        .or_else(|| std::env::var_os("USERPROFILE"))
        .map(PathBuf::from);
    let cache = std::env::var_os("XDG_CACHE_HOME")
        .map(PathBuf::from)
        .or_else(|| home.as_ref().map(|h| h.join(".cache")));
    let mut lists = Vec::new();
    lists.extend(cache.map(|c| c.join("smartcard_list.txt")));
    lists.extend(home.map(|h| h.join(".smartcard_list.txt")));
    lists.push(PathBuf::from("/usr/share/pcsc/smartcard_list.txt"));
    lists
}

#[cfg(windows)]
fn system_hosts_file() -> PathBuf {
    let root = std::env::var_os("SystemRoot").unwrap_or_else(|| "C:\\Windows".into());
    PathBuf::from(root).join(r"System32\drivers\etc\hosts")
}

#[cfg(not(windows))]
fn system_hosts_file() -> PathBuf {
    PathBuf::from("/etc/hosts")
}

/// The most read of a file the user names (`--profile`, `--cacert`).
pub const MAX_USER_FILE: u64 = 1024 * 1024;

/// Why a bounded read failed.
#[derive(Debug)]
pub enum ReadError {
    Io(std::io::Error),
    /// A FIFO, a device, a directory: something that may never end or never answer.
    NotRegular,
    /// Larger than the limit given.
    TooLarge,
}

impl ReadError {
    /// One line, for a message that names the file.
    pub fn reason(&self, limit: u64) -> String {
        match self {
            ReadError::Io(e) => io_reason(e),
            ReadError::NotRegular => "it is not a regular file".to_owned(),
            ReadError::TooLarge => format!("it is larger than {} KiB", limit / 1024),
        }
    }
}

/// Reads a regular file of at most `limit` bytes. Whatever else is at `path` (a FIFO without
/// a writer, `/dev/zero`) is refused without waiting on it.
pub fn read_regular(path: &std::path::Path, limit: u64) -> Result<Vec<u8>, ReadError> {
    use std::io::Read;
    let mut options = std::fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        // Opening a FIFO for reading waits for a writer unless told not to.
        options.custom_flags(libc::O_NONBLOCK);
    }
    let file = options.open(path).map_err(ReadError::Io)?;
    let meta = file.metadata().map_err(ReadError::Io)?;
    if !meta.is_file() {
        return Err(ReadError::NotRegular);
    }
    if meta.len() > limit {
        return Err(ReadError::TooLarge);
    }
    let mut bytes = Vec::new();
    // The file may grow while it is read.
    file.take(limit + 1)
        .read_to_end(&mut bytes)
        .map_err(ReadError::Io)?;
    if bytes.len() as u64 > limit {
        return Err(ReadError::TooLarge);
    }
    Ok(bytes)
}

/// Reads a file the user named, or standard input for `-`, of at most [`MAX_USER_FILE`].
pub fn read_user_file(path: &std::path::Path) -> Result<Vec<u8>, ReadError> {
    use std::io::Read;
    if path.as_os_str() == "-" {
        let mut bytes = Vec::new();
        std::io::stdin()
            .lock()
            .take(MAX_USER_FILE + 1)
            .read_to_end(&mut bytes)
            .map_err(ReadError::Io)?;
        if bytes.len() as u64 > MAX_USER_FILE {
            return Err(ReadError::TooLarge);
        }
        return Ok(bytes);
    }
    read_regular(path, MAX_USER_FILE)
}

/// An I/O error's reason without the "(os error 2)" suffix.
pub(crate) fn io_reason(err: &std::io::Error) -> String {
    let text = err.to_string();
    match text.find(" (os error") {
        Some(i) => text[..i].to_owned(),
        None => text,
    }
}
