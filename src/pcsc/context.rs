//! A PC/SC context: list readers, read their states, wait for changes.

use std::ffi::CString;
use std::sync::Arc;
use std::time::Duration;

use super::ffi::{self, DWORD, SCARDCONTEXT, SCARD_READERSTATE};
use super::library::Library;

/// A PC/SC error code, e.g. `SCARD_E_NO_SERVICE`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Error(pub u32);

impl Error {
    /// The smart card service is not running.
    pub fn is_no_service(self) -> bool {
        matches!(
            self.0,
            ffi::SCARD_E_NO_SERVICE | ffi::SCARD_E_SERVICE_STOPPED
        )
    }
}

impl Error {
    /// What happened, in words, with the code's name for whoever looks it up.
    pub fn in_words(self) -> String {
        let words = match self.0 {
            ffi::SCARD_F_COMM_ERROR => "the connection to the smart card service was lost",
            ffi::SCARD_F_INTERNAL_ERROR => "the smart card service failed",
            ffi::SCARD_E_NO_SERVICE => "the smart card service is not running",
            ffi::SCARD_E_SERVICE_STOPPED => "the smart card service stopped",
            ffi::SCARD_E_READER_UNAVAILABLE => "the card reader is no longer available",
            ffi::SCARD_E_NO_READERS_AVAILABLE => "no card reader is connected",
            ffi::SCARD_E_TIMEOUT => "the smart card service did not answer in time",
            ffi::SCARD_E_CANCELLED => "the wait was cancelled",
            _ => "the smart card service reported an error",
        };
        format!("{words} ({self})")
    }
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let name = match self.0 {
            ffi::SCARD_E_CANCELLED => "SCARD_E_CANCELLED",
            ffi::SCARD_E_UNKNOWN_READER => "SCARD_E_UNKNOWN_READER",
            ffi::SCARD_E_TIMEOUT => "SCARD_E_TIMEOUT",
            ffi::SCARD_E_NO_SERVICE => "SCARD_E_NO_SERVICE",
            ffi::SCARD_E_SERVICE_STOPPED => "SCARD_E_SERVICE_STOPPED",
            ffi::SCARD_E_NO_READERS_AVAILABLE => "SCARD_E_NO_READERS_AVAILABLE",
            ffi::SCARD_F_COMM_ERROR => "SCARD_F_COMM_ERROR",
            ffi::SCARD_F_INTERNAL_ERROR => "SCARD_F_INTERNAL_ERROR",
            ffi::SCARD_E_READER_UNAVAILABLE => "SCARD_E_READER_UNAVAILABLE",
            // The number alone: it reads the same in every language.
            _ => return write!(f, "PC/SC 0x{:08X}", self.0),
        };
        f.write_str(name)
    }
}

fn check(rv: ffi::LONG) -> Result<(), Error> {
    match ffi::code(rv) {
        ffi::SCARD_S_SUCCESS => Ok(()),
        other => Err(Error(other)),
    }
}

/// An established PC/SC context, released when dropped.
pub struct Context {
    library: Arc<Library>,
    handle: SCARDCONTEXT,
}

/// Cancels a [`Context::get_status_change`] in progress, from another thread (Ctrl-C).
#[derive(Clone)]
pub struct Canceler {
    library: Arc<Library>,
    handle: SCARDCONTEXT,
}

impl Canceler {
    pub fn cancel(&self) {
        // SAFETY: SCardCancel may be called from any thread while the context lives; a
        // released context makes it return an error, never undefined behaviour.
        unsafe {
            (self.library.cancel)(self.handle);
        }
    }
}

// SAFETY: PC/SC contexts are plain handles; SCardCancel is documented as callable from
// another thread, which is all a Canceler does.
unsafe impl Send for Canceler {}
unsafe impl Sync for Canceler {}
unsafe impl Send for Context {}

/// What one reader reports. `current` is what the caller last knew; `event` what PC/SC says now.
#[derive(Debug, Clone)]
pub struct ReaderState {
    pub name: String,
    c_name: CString,
    pub current: DWORD,
    pub event: DWORD,
    pub atr: Vec<u8>,
}

impl ReaderState {
    pub fn new(name: &str) -> ReaderState {
        ReaderState {
            name: name.to_owned(),
            c_name: CString::new(name.replace('\0', "")).unwrap_or_default(),
            current: ffi::SCARD_STATE_UNAWARE,
            event: ffi::SCARD_STATE_UNAWARE,
            atr: Vec::new(),
        }
    }

    /// Takes the last reported state as known, to wait for the next change.
    pub fn sync(&mut self) {
        self.current = self.event & !ffi::SCARD_STATE_CHANGED;
    }

    pub fn has(&self, flag: DWORD) -> bool {
        self.event & flag != 0
    }
}

impl Context {
    pub fn establish(library: Arc<Library>) -> Result<Context, Error> {
        let mut handle: SCARDCONTEXT = 0;
        // SAFETY: the out-pointer is valid; the reserved pointers are null as required.
        let rv = unsafe {
            (library.establish_context)(
                ffi::SCARD_SCOPE_USER,
                std::ptr::null(),
                std::ptr::null(),
                &mut handle,
            )
        };
        check(rv)?;
        Ok(Context { library, handle })
    }

    pub fn canceler(&self) -> Canceler {
        Canceler {
            library: Arc::clone(&self.library),
            handle: self.handle,
        }
    }

    /// The names of the readers connected now; none is not an error.
    pub fn list_readers(&self) -> Result<Vec<String>, Error> {
        let mut len: DWORD = 0;
        // SAFETY: a null buffer asks for the length only.
        let rv = unsafe {
            (self.library.list_readers)(
                self.handle,
                std::ptr::null(),
                std::ptr::null_mut(),
                &mut len,
            )
        };
        match ffi::code(rv) {
            ffi::SCARD_E_NO_READERS_AVAILABLE => return Ok(Vec::new()),
            _ => check(rv)?,
        }
        let mut buffer = vec![0u8; (len as usize).clamp(1, 1 << 20)];
        let mut len = buffer.len() as DWORD;
        // SAFETY: the buffer holds `len` bytes.
        let rv = unsafe {
            (self.library.list_readers)(
                self.handle,
                std::ptr::null(),
                buffer.as_mut_ptr().cast(),
                &mut len,
            )
        };
        match ffi::code(rv) {
            ffi::SCARD_E_NO_READERS_AVAILABLE => return Ok(Vec::new()),
            _ => check(rv)?,
        }
        buffer.truncate((len as usize).min(buffer.len()));
        // A multi-string: names separated by NUL, ending with an empty one.
        Ok(buffer
            .split(|b| *b == 0)
            .filter(|name| !name.is_empty())
            .map(|name| String::from_utf8_lossy(name).into_owned())
            .collect())
    }

    /// Waits up to `timeout` for any reader's state to differ from its `current`, then fills in `event` and `atr`.
    pub fn get_status_change(
        &self,
        timeout: Duration,
        readers: &mut [ReaderState],
    ) -> Result<(), Error> {
        let mut raw: Vec<SCARD_READERSTATE> = readers
            .iter()
            .map(|r| SCARD_READERSTATE {
                szReader: r.c_name.as_ptr(),
                pvUserData: std::ptr::null_mut(),
                dwCurrentState: r.current,
                dwEventState: 0,
                cbAtr: 0,
                rgbAtr: [0; ffi::ATR_BUFFER_SIZE],
            })
            .collect();
        let millis = DWORD::try_from(timeout.as_millis())
            .unwrap_or(DWORD::MAX - 1)
            .min(0xFFFF_FFFE);
        // SAFETY: `raw` holds `raw.len()` states whose name pointers live in `readers`.
        let rv = unsafe {
            (self.library.get_status_change)(
                self.handle,
                millis,
                raw.as_mut_ptr(),
                raw.len() as DWORD,
            )
        };
        check(rv)?;
        for (reader, state) in readers.iter_mut().zip(&raw) {
            reader.event = state.dwEventState;
            let len = (state.cbAtr as usize).min(ffi::ATR_BUFFER_SIZE);
            let atr = state.rgbAtr;
            reader.atr = atr[..len].to_vec();
        }
        Ok(())
    }
}

impl Drop for Context {
    fn drop(&mut self) {
        // SAFETY: the handle came from SCardEstablishContext and is released once.
        unsafe {
            (self.library.release_context)(self.handle);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn errors_are_said_in_words_with_their_name() {
        assert_eq!(
            Error(ffi::SCARD_F_COMM_ERROR).in_words(),
            "the connection to the smart card service was lost (SCARD_F_COMM_ERROR)"
        );
        assert_eq!(
            Error(0x8010_0099).in_words(),
            "the smart card service reported an error (PC/SC 0x80100099)"
        );
    }
}
