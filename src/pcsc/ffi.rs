//! The few PC/SC types and constants loginsjekk needs, per platform (pcsc-lite, macOS PCSC
//! framework, Windows WinSCard). Only functions that observe are bound; see `library.rs`.
#![allow(non_camel_case_types, non_snake_case, clippy::upper_case_acronyms)]

use std::os::raw::{c_char, c_void};

#[cfg(not(any(target_os = "macos", windows)))]
pub type DWORD = std::os::raw::c_ulong;
#[cfg(not(any(target_os = "macos", windows)))]
pub type LONG = std::os::raw::c_long;
#[cfg(any(target_os = "macos", windows))]
pub type DWORD = u32;
#[cfg(any(target_os = "macos", windows))]
pub type LONG = i32;

#[cfg(windows)]
pub type SCARDCONTEXT = usize;
#[cfg(not(windows))]
pub type SCARDCONTEXT = LONG;

pub const SCARD_SCOPE_USER: DWORD = 0;

/// `SCardListReaders` and friends return these as a LONG; compared as 32-bit codes.
pub const SCARD_S_SUCCESS: u32 = 0;
pub const SCARD_F_INTERNAL_ERROR: u32 = 0x8010_0001;
pub const SCARD_E_CANCELLED: u32 = 0x8010_0002;
pub const SCARD_E_UNKNOWN_READER: u32 = 0x8010_0009;
pub const SCARD_E_TIMEOUT: u32 = 0x8010_000A;
pub const SCARD_F_COMM_ERROR: u32 = 0x8010_0013;
pub const SCARD_E_READER_UNAVAILABLE: u32 = 0x8010_0017;
pub const SCARD_E_NO_SERVICE: u32 = 0x8010_001D;
pub const SCARD_E_SERVICE_STOPPED: u32 = 0x8010_001E;
pub const SCARD_E_NO_READERS_AVAILABLE: u32 = 0x8010_002E;

pub const SCARD_STATE_UNAWARE: DWORD = 0x0000;
pub const SCARD_STATE_CHANGED: DWORD = 0x0002;
pub const SCARD_STATE_UNKNOWN: DWORD = 0x0004;
pub const SCARD_STATE_UNAVAILABLE: DWORD = 0x0008;
pub const SCARD_STATE_EMPTY: DWORD = 0x0010;
pub const SCARD_STATE_PRESENT: DWORD = 0x0020;
pub const SCARD_STATE_EXCLUSIVE: DWORD = 0x0080;
pub const SCARD_STATE_INUSE: DWORD = 0x0100;
pub const SCARD_STATE_MUTE: DWORD = 0x0200;
pub const SCARD_STATE_UNPOWERED: DWORD = 0x0400;

/// The reader name that reports readers being plugged in or out (pcsc-lite and Windows).
pub const PNP_NOTIFICATION: &str = "\\\\?PnP?\\Notification";

#[cfg(not(windows))]
pub const ATR_BUFFER_SIZE: usize = 33;
#[cfg(windows)]
pub const ATR_BUFFER_SIZE: usize = 36;

#[cfg_attr(not(target_os = "macos"), repr(C))]
#[cfg_attr(target_os = "macos", repr(C, packed))]
#[derive(Clone, Copy)]
pub struct SCARD_READERSTATE {
    pub szReader: *const c_char,
    pub pvUserData: *mut c_void,
    pub dwCurrentState: DWORD,
    pub dwEventState: DWORD,
    pub cbAtr: DWORD,
    pub rgbAtr: [u8; ATR_BUFFER_SIZE],
}

pub type EstablishContext =
    unsafe extern "system" fn(DWORD, *const c_void, *const c_void, *mut SCARDCONTEXT) -> LONG;
pub type ReleaseContext = unsafe extern "system" fn(SCARDCONTEXT) -> LONG;
pub type ListReaders =
    unsafe extern "system" fn(SCARDCONTEXT, *const c_char, *mut c_char, *mut DWORD) -> LONG;
pub type GetStatusChange =
    unsafe extern "system" fn(SCARDCONTEXT, DWORD, *mut SCARD_READERSTATE, DWORD) -> LONG;
pub type Cancel = unsafe extern "system" fn(SCARDCONTEXT) -> LONG;

/// A PC/SC return code as the 32-bit value the specifications list.
pub fn code(rv: LONG) -> u32 {
    rv as u32
}
