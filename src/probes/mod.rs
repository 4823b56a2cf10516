//! Probes shared by several checks or commands: the portal (tls, certificate, clock), the
//! smart cards (card-reader, usb-token, `card`, `--watch`), USB devices (card-reader,
//! usb-token), card events (`card --wait`, `--watch`) and bounded child processes. A check's
//! own probe is its `probe.rs`; a probe here runs once per run, however many checks judge
//! what it saw.

pub mod card_events;
pub mod command;
pub mod portal;
pub mod smartcard;
pub mod usb;
