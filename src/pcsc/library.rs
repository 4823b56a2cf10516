//! Loads the PC/SC library at run time, so that loginsjekk starts, and every other check runs,
//! on a computer without pcsc-lite.
//!
//! Only the functions that observe readers are looked up: establishing and releasing a
//! context, listing readers, waiting for status changes, cancelling a wait. Nothing that
//! connects to a card or sends it a command is bound, so no APDU can ever reach a card.

use std::path::Path;

use super::ffi;

/// Where the library is looked for, in order.
#[cfg(windows)]
const CANDIDATES: &[&str] = &["winscard.dll"];
#[cfg(target_os = "macos")]
const CANDIDATES: &[&str] = &["/System/Library/Frameworks/PCSC.framework/PCSC"];
#[cfg(not(any(windows, target_os = "macos")))]
const CANDIDATES: &[&str] = &["libpcsclite.so.1", "libpcsclite.so"];

#[cfg(windows)]
const LIST_READERS: &[u8] = b"SCardListReadersA\0";
#[cfg(windows)]
const GET_STATUS_CHANGE: &[u8] = b"SCardGetStatusChangeA\0";
#[cfg(not(windows))]
const LIST_READERS: &[u8] = b"SCardListReaders\0";
#[cfg(not(windows))]
const GET_STATUS_CHANGE: &[u8] = b"SCardGetStatusChange\0";

/// The loaded PC/SC library and the functions loginsjekk uses.
pub struct Library {
    /// Keeps the function pointers below valid.
    _library: libloading::Library,
    pub path: String,
    pub establish_context: ffi::EstablishContext,
    pub release_context: ffi::ReleaseContext,
    pub list_readers: ffi::ListReaders,
    pub get_status_change: ffi::GetStatusChange,
    pub cancel: ffi::Cancel,
}

/// Why no library could be loaded: each candidate and what went wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Missing {
    pub tried: Vec<String>,
    pub reason: String,
}

impl Library {
    /// Loads `override_path` if given (tests), else the platform's library.
    pub fn load(override_path: Option<&Path>) -> Result<Library, Missing> {
        let candidates: Vec<String> = match override_path {
            Some(path) => vec![path.display().to_string()],
            None => CANDIDATES.iter().map(|c| c.to_string()).collect(),
        };
        let mut reason = String::new();
        for candidate in &candidates {
            // SAFETY: loading the system's PC/SC library runs its initialisers, which are
            // those of a library every smart card program on this computer loads.
            match unsafe { libloading::Library::new(candidate) } {
                Ok(library) => {
                    return Library::bind(library, candidate).map_err(|reason| Missing {
                        tried: candidates.clone(),
                        reason,
                    })
                }
                Err(err) => reason = err.to_string(),
            }
        }
        Err(Missing {
            tried: candidates,
            reason,
        })
    }

    fn bind(library: libloading::Library, path: &str) -> Result<Library, String> {
        // SAFETY: the symbols have these C signatures in every PC/SC implementation (see ffi.rs).
        unsafe {
            let establish_context = *library
                .get::<ffi::EstablishContext>(b"SCardEstablishContext\0")
                .map_err(|e| e.to_string())?;
            let release_context = *library
                .get::<ffi::ReleaseContext>(b"SCardReleaseContext\0")
                .map_err(|e| e.to_string())?;
            let list_readers = *library
                .get::<ffi::ListReaders>(LIST_READERS)
                .map_err(|e| e.to_string())?;
            let get_status_change = *library
                .get::<ffi::GetStatusChange>(GET_STATUS_CHANGE)
                .map_err(|e| e.to_string())?;
            let cancel = *library
                .get::<ffi::Cancel>(b"SCardCancel\0")
                .map_err(|e| e.to_string())?;
            Ok(Library {
                _library: library,
                path: path.to_owned(),
                establish_context,
                release_context,
                list_readers,
                get_status_change,
                cancel,
            })
        }
    }
}
