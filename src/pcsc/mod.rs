//! A small, read-only PC/SC client: which readers there are and what is in them.
//!
//! The library is loaded at run time (see [`library`]); a card's identity comes from its
//! ATR in the reader state, so loginsjekk never connects to a card.

mod context;
pub mod ffi;
pub mod library;

pub use context::{Canceler, Context, Error, ReaderState};
pub use library::{Library, Missing};
