//! What loginsjekk leaves behind when it ends, normally or by a signal: no helper program still
//! running, no half-written report file.
//!
//! On Unix, SIGINT, SIGTERM and SIGHUP are blocked in every thread and taken by one thread that
//! waits for them, so the clean-up runs as ordinary code rather than in a signal handler.

use std::path::PathBuf;
use std::sync::{Mutex, MutexGuard};

#[cfg(unix)]
pub type Group = u32;
#[cfg(windows)]
pub type Group = crate::job_object::Job;
#[cfg(not(any(unix, windows)))]
pub type Group = u32;

/// The exit code after Ctrl-C, as a shell reports a program that Ctrl-C ended.
pub const EXIT_INTERRUPTED: i32 = 130;

#[derive(Default)]
struct State {
    /// Temporary files to delete.
    temp_files: Vec<PathBuf>,
    /// Process groups of running helper programs: on Unix the leader's pid, on Windows the
    /// program's job object.
    groups: Vec<Group>,
    /// Set once loginsjekk is ending: no further program may start.
    closing: bool,
    /// Ctrl-C is handed to this instead of ending loginsjekk (`card --wait` ends its wait).
    on_ctrl_c: Option<Box<dyn Fn() + Send>>,
}

static STATE: Mutex<State> = Mutex::new(State {
    temp_files: Vec::new(),
    groups: Vec::new(),
    closing: false,
    on_ctrl_c: None,
});

fn state() -> MutexGuard<'static, State> {
    // A panic while holding the lock leaves plain data behind: still usable for cleaning up.
    STATE
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// Deletes `path` if loginsjekk is ended by a signal before [`forget_temp_file`].
pub fn remember_temp_file(path: PathBuf) {
    state().temp_files.push(path);
}

pub fn forget_temp_file(path: &std::path::Path) {
    state().temp_files.retain(|p| p != path);
}

/// Hands Ctrl-C to `action` instead of ending loginsjekk.
pub fn on_ctrl_c(action: impl Fn() + Send + 'static) {
    state().on_ctrl_c = Some(Box::new(action));
}

/// Starts a program as `start` does, unless loginsjekk is ending (then `None`). `start` runs
/// under the lock, so the group it returns is recorded before an ending could miss it.
pub fn start_group<T, E>(start: impl FnOnce() -> Result<(T, Group), E>) -> Option<Result<T, E>> {
    let mut state = state();
    if state.closing {
        return None;
    }
    Some(start().map(|(started, group)| {
        state.groups.push(group);
        started
    }))
}

/// Ends what is left of a group of programs and stops watching it.
pub fn end_group(group: Group) {
    let mut state = state();
    kill_group(group);
    state.groups.retain(|g| *g != group);
}

/// Ends every helper program still running and refuses new ones; called as loginsjekk ends.
pub fn end_children() {
    let mut state = state();
    state.closing = true;
    for group in state.groups.drain(..) {
        kill_group(group);
    }
}

#[cfg(unix)]
fn kill_group(group: Group) {
    if let Ok(pid) = libc::pid_t::try_from(group) {
        // SAFETY: kill has no memory effects; a negative pid names the process group.
        unsafe { libc::kill(-pid, libc::SIGKILL) };
    }
}

#[cfg(windows)]
fn kill_group(group: Group) {
    crate::job_object::end(group);
}

#[cfg(not(any(unix, windows)))]
fn kill_group(_group: Group) {}

/// Cleans up after a signal and ends the process with 128 + the signal's number (130 for Ctrl-C).
fn end_by_signal(signal: i32) -> ! {
    end_children();
    for path in state().temp_files.drain(..) {
        let _ = std::fs::remove_file(path);
    }
    let code = 128 + signal;
    #[cfg(unix)]
    {
        // SAFETY: _exit ends the process at once; other threads may hold stdout's lock, which
        // an ordinary exit could wait for.
        unsafe { libc::_exit(code) }
    }
    #[cfg(not(unix))]
    std::process::exit(code)
}

/// Takes over SIGINT, SIGTERM and SIGHUP. Call first, while the process has one thread, so
/// every thread started later inherits the blocked signals (programs started by loginsjekk get
/// the default signal mask back: the standard library resets it).
#[cfg(unix)]
pub fn install() {
    // SAFETY: the set is initialised by sigemptyset before use; pthread_sigmask only reads it.
    let set = unsafe {
        let mut set: libc::sigset_t = std::mem::zeroed();
        libc::sigemptyset(&mut set);
        for signal in [libc::SIGINT, libc::SIGTERM, libc::SIGHUP] {
            libc::sigaddset(&mut set, signal);
        }
        if libc::pthread_sigmask(libc::SIG_BLOCK, &set, std::ptr::null_mut()) != 0 {
            return;
        }
        set
    };
    let spawned = std::thread::Builder::new()
        .name("signals".to_owned())
        .spawn(move || loop {
            let mut signal = 0;
            // SAFETY: `set` lives in this closure; sigwait writes the signal's number to `signal`.
            if unsafe { libc::sigwait(&set, &mut signal) } != 0 {
                continue;
            }
            if signal == libc::SIGINT {
                if let Some(action) = state().on_ctrl_c.as_ref() {
                    action();
                    continue;
                }
            }
            end_by_signal(signal);
        });
    if spawned.is_err() {
        // Without the waiting thread the signals must not stay blocked.
        // SAFETY: as above.
        unsafe { libc::pthread_sigmask(libc::SIG_UNBLOCK, &set, std::ptr::null_mut()) };
    }
}

#[cfg(not(unix))]
pub fn install() {
    #[cfg(windows)]
    crate::job_object::contain_self();
    let _ = ctrlc::set_handler(|| {
        if let Some(action) = state().on_ctrl_c.as_ref() {
            action();
            return;
        }
        end_by_signal(2);
    });
}
