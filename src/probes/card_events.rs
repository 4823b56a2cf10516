//! Watching card readers for `loginsjekk card --wait`: cards inserted and removed, readers
//! plugged in and out. Uses PC/SC's status-change wait, with the plug-and-play notification
//! where the platform has it and polling of the reader list where it does not.

use std::time::{Duration, Instant};

use super::smartcard::{reader, Reader};
use crate::pcsc::{ffi, Context, Error, ReaderState};

/// Something that happened in a card reader.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CardEvent {
    Inserted(Reader),
    Removed(String),
    ReaderAdded(String),
    ReaderRemoved(String),
}

/// Why watching ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WatchEnd {
    /// The caller asked to stop after an event.
    Done,
    TimedOut,
    /// The wait was cancelled (Ctrl-C).
    Cancelled,
}

/// Longest single wait, so the reader list is polled where plug-and-play is missing.
const POLL: Duration = Duration::from_millis(500);

/// Reports events to `on_event` until it returns false, the deadline passes, or the wait is cancelled.
pub fn watch(
    context: &Context,
    deadline: Instant,
    mut on_event: impl FnMut(&CardEvent) -> bool,
) -> Result<WatchEnd, Error> {
    let mut states = current_states(context)?;
    let mut pnp = ReaderState::new(ffi::PNP_NOTIFICATION);
    let mut pnp_supported = probe_pnp(context, &mut pnp);
    loop {
        let Some(left) = deadline
            .checked_duration_since(Instant::now())
            .filter(|d| !d.is_zero())
        else {
            return Ok(WatchEnd::TimedOut);
        };
        for state in &mut states {
            state.sync();
        }
        pnp.sync();
        let mut watched = states.clone();
        if pnp_supported {
            watched.push(pnp.clone());
        }
        match context.get_status_change(left.min(POLL), &mut watched) {
            Ok(()) | Err(Error(ffi::SCARD_E_TIMEOUT)) => {}
            Err(Error(ffi::SCARD_E_CANCELLED)) => return Ok(WatchEnd::Cancelled),
            // A reader vanished mid-wait: the list below notices.
            Err(Error(ffi::SCARD_E_UNKNOWN_READER)) => pnp_supported = false,
            Err(err) => return Err(err),
        }
        if pnp_supported {
            pnp = watched.pop().unwrap_or(pnp);
        }
        for (old, new) in states.iter().zip(&watched) {
            let was = old.current & ffi::SCARD_STATE_PRESENT != 0;
            let is = new.has(ffi::SCARD_STATE_PRESENT);
            let event = match (was, is) {
                (false, true) => Some(CardEvent::Inserted(reader(new))),
                (true, false) if !new.has(ffi::SCARD_STATE_UNKNOWN) => {
                    Some(CardEvent::Removed(new.name.clone()))
                }
                _ => None,
            };
            if let Some(event) = event {
                if !on_event(&event) {
                    return Ok(WatchEnd::Done);
                }
            }
        }
        states = watched
            .into_iter()
            .filter(|s| s.name != ffi::PNP_NOTIFICATION)
            .collect();

        // Readers plugged in or out.
        let names = reader_names(context)?;
        for gone in states
            .iter()
            .filter(|s| !names.contains(&s.name))
            .map(|s| s.name.clone())
            .collect::<Vec<_>>()
        {
            states.retain(|s| s.name != gone);
            if !on_event(&CardEvent::ReaderRemoved(gone)) {
                return Ok(WatchEnd::Done);
            }
        }
        for name in names {
            if !states.iter().any(|s| s.name == name) {
                let mut added = ReaderState::new(&name);
                added.current = ffi::SCARD_STATE_EMPTY;
                states.push(added);
                if !on_event(&CardEvent::ReaderAdded(name)) {
                    return Ok(WatchEnd::Done);
                }
            }
        }
        if !pnp_supported {
            pnp = ReaderState::new(ffi::PNP_NOTIFICATION);
            pnp_supported = probe_pnp(context, &mut pnp);
        }
    }
}

fn reader_names(context: &Context) -> Result<Vec<String>, Error> {
    Ok(context
        .list_readers()?
        .into_iter()
        .filter(|n| n != ffi::PNP_NOTIFICATION)
        .collect())
}

fn current_states(context: &Context) -> Result<Vec<ReaderState>, Error> {
    let mut states: Vec<ReaderState> = reader_names(context)?
        .iter()
        .map(|n| ReaderState::new(n))
        .collect();
    if !states.is_empty() {
        context.get_status_change(Duration::ZERO, &mut states)?;
    }
    Ok(states)
}

/// True when the platform reports readers being plugged in through the PnP pseudo-reader.
fn probe_pnp(context: &Context, pnp: &mut ReaderState) -> bool {
    let mut probe = [pnp.clone()];
    let supported = match context.get_status_change(Duration::ZERO, &mut probe) {
        Ok(()) | Err(Error(ffi::SCARD_E_TIMEOUT)) => !probe[0].has(ffi::SCARD_STATE_UNKNOWN),
        Err(_) => false,
    };
    if supported {
        *pnp = probe[0].clone();
    }
    supported
}
