//! The Windows console: escape sequences, UTF-8 output, and who else is attached to it. Only
//! the system calls live here; what to do with their answers is decided in src/terminal.rs
//! and src/pause.rs, and tested on every system.

use crate::terminal::Console;

/// What the console was found to be, and what was changed in it, to be put back at the end
/// (the console is the shell's too when loginsjekk was started from one).
#[derive(Debug, Default)]
pub struct Prepared {
    pub console: Console,
    #[cfg(windows)]
    saved: sys::Saved,
}

/// Turns on escape sequences and UTF-8 output where the console allows it. Elsewhere, nothing.
pub fn prepare() -> Prepared {
    #[cfg(windows)]
    {
        let (console, saved) = sys::prepare();
        Prepared { console, saved }
    }
    #[cfg(not(windows))]
    Prepared::default()
}

impl Prepared {
    pub fn restore(self) {
        #[cfg(windows)]
        sys::restore(self.saved);
    }
}

/// How many processes share this console: 1 when Explorer gave loginsjekk a console of its
/// own. None without a Windows console.
pub fn processes_attached() -> Option<u32> {
    #[cfg(windows)]
    {
        sys::processes_attached()
    }
    #[cfg(not(windows))]
    None
}

#[cfg(windows)]
mod sys {
    use windows_sys::Win32::Foundation::INVALID_HANDLE_VALUE;
    use windows_sys::Win32::System::Console::{
        GetConsoleMode, GetConsoleOutputCP, GetConsoleProcessList, GetStdHandle, SetConsoleMode,
        SetConsoleOutputCP, CONSOLE_MODE, ENABLE_VIRTUAL_TERMINAL_PROCESSING, STD_ERROR_HANDLE,
        STD_HANDLE, STD_OUTPUT_HANDLE,
    };

    use crate::terminal::Console;

    /// Windows' number for UTF-8: the report is written as UTF-8, so that programs reading
    /// the console's code page (and pipes from it) get æ, ø and å right.
    const UTF8: u32 = 65001;

    #[derive(Debug, Default)]
    pub struct Saved {
        /// The modes of stdout and stderr before escape sequences were turned on.
        modes: [Option<CONSOLE_MODE>; 2],
        code_page: Option<u32>,
    }

    const HANDLES: [STD_HANDLE; 2] = [STD_OUTPUT_HANDLE, STD_ERROR_HANDLE];

    /// The handle's console mode, or None when it is not a console (a pipe, a file, none).
    fn mode_of(which: STD_HANDLE) -> Option<CONSOLE_MODE> {
        // SAFETY: GetStdHandle only reads its constant argument.
        let handle = unsafe { GetStdHandle(which) };
        if handle.is_null() || handle == INVALID_HANDLE_VALUE {
            return None;
        }
        let mut mode: CONSOLE_MODE = 0;
        // SAFETY: `mode` is a live u32 for the call to write; GetConsoleMode fails (0) on a
        // handle that is not a console.
        (unsafe { GetConsoleMode(handle, &mut mode) } != 0).then_some(mode)
    }

    fn set_mode(which: STD_HANDLE, mode: CONSOLE_MODE) -> bool {
        // SAFETY: as in mode_of; SetConsoleMode takes the handle and a value.
        unsafe { SetConsoleMode(GetStdHandle(which), mode) != 0 }
    }

    pub fn prepare() -> (Console, Saved) {
        let mut saved = Saved::default();
        let (mut refused, mut accepted) = (false, false);
        for (index, which) in HANDLES.into_iter().enumerate() {
            let Some(mode) = mode_of(which) else { continue };
            if mode & ENABLE_VIRTUAL_TERMINAL_PROCESSING != 0 {
                accepted = true;
            } else if set_mode(which, mode | ENABLE_VIRTUAL_TERMINAL_PROCESSING) {
                accepted = true;
                saved.modes[index] = Some(mode);
            } else {
                // Before Windows 10, or the legacy console host: the flag is refused.
                refused = true;
            }
        }
        // SAFETY: no arguments; 0 means there is no console.
        let before = unsafe { GetConsoleOutputCP() };
        // SAFETY: SetConsoleOutputCP takes a code page number.
        if before != 0 && before != UTF8 && unsafe { SetConsoleOutputCP(UTF8) } != 0 {
            saved.code_page = Some(before);
        }
        let console = if refused {
            Console::Legacy
        } else if accepted {
            Console::Vt
        } else {
            Console::Other
        };
        (console, saved)
    }

    pub fn restore(saved: Saved) {
        for (which, mode) in HANDLES.into_iter().zip(saved.modes) {
            if let Some(mode) = mode {
                set_mode(which, mode);
            }
        }
        if let Some(code_page) = saved.code_page {
            // SAFETY: as in prepare.
            unsafe { SetConsoleOutputCP(code_page) };
        }
    }

    pub fn processes_attached() -> Option<u32> {
        let mut ids = [0u32; 4];
        // SAFETY: the buffer holds ids.len() u32s, the count passed. When more processes are
        // attached, the call returns how many without writing past the buffer.
        let count = unsafe { GetConsoleProcessList(ids.as_mut_ptr(), ids.len() as u32) };
        (count != 0).then_some(count)
    }
}
