//! The smart card probe: the PC/SC library, the service, the readers and the ATR of any card
//! in them. One enumeration per run serves every check that asks. No card is ever connected
//! to, so no command (APDU) can reach it.

use std::net::{SocketAddr, TcpStream};
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use serde::Serialize;

use crate::pcsc::{ffi, Context, Library, ReaderState};

/// Where Buypass's "Javafri" program listens on Windows and macOS.
pub const JAVAFRI: ([u8; 4], u16) = ([127, 0, 0, 1], 31505);

/// What the smart card probe saw.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Observation {
    pub library: LibraryState,
    pub service: ServiceState,
    pub readers: Vec<Reader>,
    /// Something listens where Buypass Javafri would; `None` where Javafri does not exist
    /// (Linux), so nothing is asked.
    pub javafri_listening: Option<bool>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "state", rename_all = "kebab-case")]
pub enum LibraryState {
    Loaded { path: String },
    Missing { tried: Vec<String>, reason: String },
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "state", rename_all = "kebab-case")]
pub enum ServiceState {
    Running,
    Unavailable {
        error: String,
    },
    /// The service answered, but listing readers or their states failed.
    Failed {
        error: String,
    },
    /// Not asked, because the library is missing.
    NotChecked,
}

/// One reader and what is in it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Reader {
    pub name: String,
    pub card_present: bool,
    /// The card does not answer (inserted the wrong way, dirty chip, broken card).
    pub mute: bool,
    /// Another program holds the card for itself.
    pub exclusive: bool,
    pub atr: Vec<u8>,
}

/// Reads the readers' states now.
pub fn observe(library_override: Option<&std::path::Path>) -> Observation {
    let javafri_listening = cfg!(any(windows, target_os = "macos")).then(|| {
        TcpStream::connect_timeout(&SocketAddr::from(JAVAFRI), Duration::from_millis(300)).is_ok()
    });
    let mut observation = Observation {
        library: LibraryState::Missing {
            tried: Vec::new(),
            reason: String::new(),
        },
        service: ServiceState::NotChecked,
        readers: Vec::new(),
        javafri_listening,
    };
    let context = match open(library_override) {
        Ok((context, library)) => {
            observation.library = library;
            context
        }
        Err((library, service)) => {
            observation.library = library;
            observation.service = service;
            return observation;
        }
    };
    match read_readers(&context) {
        Ok(readers) => {
            observation.service = ServiceState::Running;
            observation.readers = readers;
        }
        Err(err) => observation.service = service_error(err),
    }
    observation
}

/// pcsc-tools' list is about 0.5 MiB and grows slowly; a file many times larger is not the list.
const CARD_LIST_LIMIT: u64 = 16 * 1024 * 1024;

/// The first of pcsc-tools' lists of known cards that exists: (path, text). Read only when a
/// card needs naming: the list is large and most runs never need it.
pub fn read_card_list(paths: &[PathBuf]) -> Option<(PathBuf, String)> {
    paths.iter().find_map(|path| {
        crate::inputs::read_regular(path, CARD_LIST_LIMIT)
            .ok()
            .map(|bytes| (path.clone(), String::from_utf8_lossy(&bytes).into_owned()))
    })
}

/// Loads the library and establishes a context, or says which of the two failed.
pub fn open(
    library_override: Option<&std::path::Path>,
) -> Result<(Context, LibraryState), (LibraryState, ServiceState)> {
    let library = Library::load(library_override).map_err(|missing| {
        (
            LibraryState::Missing {
                tried: missing.tried,
                reason: missing.reason,
            },
            ServiceState::NotChecked,
        )
    })?;
    let state = LibraryState::Loaded {
        path: library.path.clone(),
    };
    match Context::establish(Arc::new(library)) {
        Ok(context) => Ok((context, state)),
        Err(err) => Err((state, service_error(err))),
    }
}

fn service_error(err: crate::pcsc::Error) -> ServiceState {
    if err.is_no_service() {
        ServiceState::Unavailable {
            error: err.to_string(),
        }
    } else {
        ServiceState::Failed {
            error: err.to_string(),
        }
    }
}

/// Lists the readers and reads each one's state, without waiting.
pub fn read_readers(context: &Context) -> Result<Vec<Reader>, crate::pcsc::Error> {
    // A reader can vanish between listing and reading; then list again.
    let mut attempts = 0;
    loop {
        let names: Vec<String> = context
            .list_readers()?
            .into_iter()
            .filter(|name| name != ffi::PNP_NOTIFICATION)
            .collect();
        if names.is_empty() {
            return Ok(Vec::new());
        }
        let mut states: Vec<ReaderState> = names.iter().map(|n| ReaderState::new(n)).collect();
        match context.get_status_change(Duration::ZERO, &mut states) {
            Ok(()) => return Ok(states.iter().map(reader).collect()),
            Err(err) if err.0 == ffi::SCARD_E_UNKNOWN_READER && attempts < 3 => attempts += 1,
            Err(err) => return Err(err),
        }
    }
}

/// A reader state as the judges see it.
pub fn reader(state: &ReaderState) -> Reader {
    let card_present = state.has(ffi::SCARD_STATE_PRESENT);
    Reader {
        name: state.name.clone(),
        card_present,
        mute: card_present && state.has(ffi::SCARD_STATE_MUTE),
        exclusive: card_present && state.has(ffi::SCARD_STATE_EXCLUSIVE),
        atr: if card_present {
            state.atr.clone()
        } else {
            Vec::new()
        },
    }
}
