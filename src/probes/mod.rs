//! Probes shared by several checks. A check's own probe lives in its module; a probe here is
//! run once per run, however many checks judge what it saw.

pub mod card_events;
pub mod command;
pub mod portal;
pub mod smartcard;
pub mod usb;
