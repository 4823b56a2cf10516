//! "Press Enter to close": a loginsjekk.exe double-clicked in Explorer gets a console window of
//! its own, which Windows closes the moment the program ends, before anyone has read the report.

use std::io::{BufRead, BufReader, Read};
use std::sync::mpsc;
use std::time::Duration;

use crate::render::Format;

/// What the pause decision looks at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Situation {
    /// How many processes share the console (`GetConsoleProcessList`); None where there is no
    /// Windows console. 1 means nothing started loginsjekk from it: no shell will keep it open.
    pub console_processes: Option<u32>,
    pub stdout_terminal: bool,
    pub stdin_terminal: bool,
    /// `CI` is set: a pipeline, where nobody presses Enter.
    pub ci: bool,
    /// The format asked for; None when the command line could not be read.
    pub format: Option<Format>,
    /// The report goes to a file (`--output`).
    pub to_file: bool,
}

impl Situation {
    /// The facts of this process. `console_processes` comes from the console (src/console.rs).
    pub fn of_this_process(
        console_processes: Option<u32>,
        format: Option<Format>,
        to_file: bool,
    ) -> Situation {
        use std::io::IsTerminal;
        Situation {
            console_processes,
            stdout_terminal: std::io::stdout().is_terminal(),
            stdin_terminal: std::io::stdin().is_terminal(),
            ci: std::env::var_os("CI").is_some_and(|v| !v.is_empty()),
            format,
            to_file,
        }
    }

    /// True only for a person looking at a console window that closes when loginsjekk ends.
    pub fn should_pause(&self) -> bool {
        self.console_processes == Some(1)
            && self.stdout_terminal
            && self.stdin_terminal
            && !self.ci
            && !self.to_file
            && matches!(self.format, Some(Format::Text) | None)
    }
}

/// Nobody reads a report for longer; the window then closes as it would have without the pause.
pub const LONGEST_PAUSE: Duration = Duration::from_secs(60 * 60);

/// A line longer than this is not someone pressing Enter; reading stops there.
const MOST_BYTES: u64 = 4096;

/// Waits for one line (Enter) from `input`, its end, or `limit`, whichever comes first. The
/// reading thread is left behind when the limit passes: the process is about to end.
/// Returns true when a line or the end of input came.
pub fn wait_for_enter(input: impl Read + Send + 'static, limit: Duration) -> bool {
    let (done, finished) = mpsc::channel();
    let spawned = std::thread::Builder::new()
        .name("pause".to_owned())
        .spawn(move || {
            let mut line = Vec::new();
            let _ = BufReader::new(input.take(MOST_BYTES)).read_until(b'\n', &mut line);
            let _ = done.send(());
        });
    spawned.is_ok() && finished.recv_timeout(limit).is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;
    use std::time::Instant;

    const FORMATS: [Option<Format>; 4] = [
        None,
        Some(Format::Text),
        Some(Format::Json),
        Some(Format::Junit),
    ];

    /// Every combination of the inputs, against the one case that pauses.
    #[test]
    fn pauses_only_in_a_console_of_its_own_with_a_person_at_it() {
        let mut paused = 0;
        for console_processes in [None, Some(0), Some(1), Some(2), Some(3)] {
            for stdout_terminal in [false, true] {
                for stdin_terminal in [false, true] {
                    for ci in [false, true] {
                        for format in FORMATS {
                            for to_file in [false, true] {
                                let situation = Situation {
                                    console_processes,
                                    stdout_terminal,
                                    stdin_terminal,
                                    ci,
                                    format,
                                    to_file,
                                };
                                let wanted = console_processes == Some(1)
                                    && stdout_terminal
                                    && stdin_terminal
                                    && !ci
                                    && !to_file
                                    && !matches!(format, Some(Format::Json | Format::Junit));
                                assert_eq!(situation.should_pause(), wanted, "{situation:?}");
                                paused += usize::from(wanted);
                            }
                        }
                    }
                }
            }
        }
        // Double-clicked, with text or a command line that could not be read (its error must stay readable).
        assert_eq!(paused, 2);
    }

    #[test]
    fn double_clicked_pauses_and_a_shell_does_not() {
        let double_clicked = Situation {
            console_processes: Some(1),
            stdout_terminal: true,
            stdin_terminal: true,
            ci: false,
            format: Some(Format::Text),
            to_file: false,
        };
        assert!(double_clicked.should_pause());
        // cmd.exe or PowerShell share the console with loginsjekk.
        let from_shell = Situation {
            console_processes: Some(2),
            ..double_clicked
        };
        assert!(!from_shell.should_pause());
        let linux = Situation {
            console_processes: None,
            ..double_clicked
        };
        assert!(!linux.should_pause());
    }

    #[test]
    fn enter_ends_the_wait_at_once() {
        let started = Instant::now();
        assert!(wait_for_enter(&b"\n"[..], Duration::from_secs(30)));
        assert!(wait_for_enter(&b""[..], Duration::from_secs(30)));
        assert!(started.elapsed() < Duration::from_secs(5));
    }

    #[test]
    fn the_wait_is_bounded_when_nobody_presses_enter() {
        let (reader, mut writer) = std::io::pipe().unwrap();
        let started = Instant::now();
        assert!(!wait_for_enter(reader, Duration::from_millis(200)));
        let waited = started.elapsed();
        assert!(waited >= Duration::from_millis(200) && waited < Duration::from_secs(5));
        let _ = writer.write_all(b"late\n");
    }

    #[test]
    fn an_endless_line_is_read_only_so_far() {
        let endless = std::io::repeat(b'x');
        assert!(wait_for_enter(endless, Duration::from_secs(30)));
    }
}
