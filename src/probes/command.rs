//! Running another program with a deadline: a hanging program never stalls the report.

use std::io::Read;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// What a finished program printed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Output {
    pub status: Option<i32>,
    pub stdout: Vec<u8>,
    pub stderr: Vec<u8>,
}

/// Why a program gave no output.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Failure {
    /// It could not be started (not found, not executable, …).
    NotStarted(String),
    /// It was still running after the timeout and was killed.
    TimedOut,
}

/// Output kept per stream; more is read and dropped so the program never blocks on a full pipe.
const MAX_CAPTURE: usize = 1024 * 1024;

/// Runs `command` with no input, capturing its output, for at most `timeout`. The program runs
/// in its own process group, which is ended when it finishes or times out (and when loginsjekk
/// ends), so that nothing it started outlives the run.
pub fn run(mut command: Command, timeout: Duration) -> Result<Output, Failure> {
    command
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    #[cfg(unix)]
    std::os::unix::process::CommandExt::process_group(&mut command, 0);
    let (mut child, group) = crate::interrupt::start_group(|| {
        command.spawn().map(|child| {
            let group = group_of(&child);
            ((child, group), group)
        })
    })
    .ok_or_else(|| Failure::NotStarted("loginsjekk is ending".to_owned()))?
    .map_err(|e| Failure::NotStarted(crate::inputs::io_reason(&e)))?;
    let deadline = Instant::now() + timeout;
    let [stdout, stderr] = capture(&mut child, deadline);
    // Most programs answer within milliseconds: look often at first, then less often.
    let mut pause = Duration::from_micros(200);
    let status = loop {
        match has_exited(&mut child) {
            Ok(true) => break Ok(()),
            Ok(false) if Instant::now() < deadline => {
                std::thread::sleep(pause);
                pause = (pause * 2).min(Duration::from_millis(10));
            }
            _ => break Err(Failure::TimedOut),
        }
    };
    // While the program is unreaped its pid, and so its group's id, cannot be reused.
    crate::interrupt::end_group(group);
    #[cfg(not(unix))]
    let _ = child.kill();
    let exit = child.wait();
    status?;
    Ok(Output {
        status: exit.ok().and_then(|s| s.code()),
        stdout,
        stderr,
    })
}

/// The process group the program leads (made by `process_group(0)` above).
#[cfg(not(windows))]
fn group_of(child: &Child) -> crate::interrupt::Group {
    child.id()
}

/// A job object for the program, so that ending it ends what it started. Where Windows refuses
/// one (0), the program alone is killed below, and loginsjekk's own job still ends whatever it
/// started when loginsjekk ends.
#[cfg(windows)]
fn group_of(child: &Child) -> crate::interrupt::Group {
    crate::job_object::contain(child).unwrap_or(0)
}

/// Whether the program has ended, without reaping it.
#[cfg(unix)]
fn has_exited(child: &mut Child) -> std::io::Result<bool> {
    let pid = libc::id_t::from(child.id());
    // SAFETY: siginfo_t is plain data; waitid only writes to it.
    let mut info: libc::siginfo_t = unsafe { std::mem::zeroed() };
    loop {
        // SAFETY: `info` is a valid siginfo_t for the whole call.
        let result = unsafe {
            libc::waitid(
                libc::P_PID,
                pid,
                &mut info,
                libc::WEXITED | libc::WNOHANG | libc::WNOWAIT,
            )
        };
        if result == 0 {
            // SAFETY: waitid succeeded, so the pid field is initialised (0 when nothing ended).
            return Ok(unsafe { info.si_pid() } != 0);
        }
        let err = std::io::Error::last_os_error();
        if err.kind() != std::io::ErrorKind::Interrupted {
            return Err(err);
        }
    }
}

#[cfg(not(unix))]
fn has_exited(child: &mut Child) -> std::io::Result<bool> {
    child.try_wait().map(|status| status.is_some())
}

/// Reads the child's stdout and stderr until both close or the deadline passes, whichever is
/// first: a program that hangs, or a grandchild that keeps a pipe open, cannot hold the caller.
#[cfg(unix)]
fn capture(child: &mut Child, deadline: Instant) -> [Vec<u8>; 2] {
    use std::os::fd::{AsRawFd, OwnedFd};
    let mut pipes: [Option<std::fs::File>; 2] = [
        child.stdout.take().map(|s| OwnedFd::from(s).into()),
        child.stderr.take().map(|s| OwnedFd::from(s).into()),
    ];
    let mut kept = [Vec::new(), Vec::new()];
    while pipes.iter().any(Option::is_some) {
        let left = deadline.saturating_duration_since(Instant::now());
        if left.is_zero() {
            break;
        }
        // A closed pipe's entry has fd -1, which poll skips.
        let mut fds = pipes.each_ref().map(|pipe| libc::pollfd {
            fd: pipe.as_ref().map_or(-1, AsRawFd::as_raw_fd),
            events: libc::POLLIN,
            revents: 0,
        });
        let wait_ms = left.as_millis().clamp(1, i32::MAX as u128) as i32;
        // SAFETY: `fds` is a valid array of `fds.len()` pollfd structs for the whole call.
        let ready = unsafe { libc::poll(fds.as_mut_ptr(), fds.len() as libc::nfds_t, wait_ms) };
        if ready < 0 && std::io::Error::last_os_error().kind() != std::io::ErrorKind::Interrupted {
            break;
        }
        for ((pipe, fd), kept) in pipes.iter_mut().zip(&fds).zip(&mut kept) {
            if fd.revents == 0 {
                continue;
            }
            let mut chunk = [0u8; 8192];
            match pipe.as_mut().map(|p| p.read(&mut chunk)) {
                Some(Ok(n)) if n > 0 => keep(kept, &chunk[..n]),
                Some(Err(e)) if e.kind() == std::io::ErrorKind::Interrupted => {}
                _ => *pipe = None,
            }
        }
    }
    kept
}

/// As above, with a thread per stream (for systems without `poll`), handing over by channel.
#[cfg(not(unix))]
fn capture(child: &mut Child, deadline: Instant) -> [Vec<u8>; 2] {
    let drain = |stream: Option<Box<dyn Read + Send>>| {
        let (sender, receiver) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            let mut kept = Vec::new();
            if let Some(mut stream) = stream {
                let mut chunk = [0u8; 8192];
                while let Ok(n) = stream.read(&mut chunk) {
                    if n == 0 {
                        break;
                    }
                    keep(&mut kept, &chunk[..n]);
                }
            }
            let _ = sender.send(kept);
        });
        receiver
    };
    let stdout = drain(
        child
            .stdout
            .take()
            .map(|s| Box::new(s) as Box<dyn Read + Send>),
    );
    let stderr = drain(
        child
            .stderr
            .take()
            .map(|s| Box::new(s) as Box<dyn Read + Send>),
    );
    let collect = |receiver: std::sync::mpsc::Receiver<Vec<u8>>| {
        receiver
            .recv_timeout(deadline.saturating_duration_since(Instant::now()))
            .unwrap_or_default()
    };
    [collect(stdout), collect(stderr)]
}

/// Keeps up to [`MAX_CAPTURE`] bytes; the rest is dropped.
fn keep(kept: &mut Vec<u8>, chunk: &[u8]) {
    let room = MAX_CAPTURE.saturating_sub(kept.len());
    kept.extend_from_slice(&chunk[..chunk.len().min(room)]);
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;

    fn sh(script: &str) -> Command {
        let mut c = Command::new("sh");
        c.args(["-c", script]);
        c
    }

    #[test]
    fn captures_both_streams_and_the_status() {
        let out = run(sh("echo out; echo err >&2; exit 3"), Duration::from_secs(5)).unwrap();
        assert_eq!(out.stdout, b"out\n");
        assert_eq!(out.stderr, b"err\n");
        assert_eq!(out.status, Some(3));
    }

    #[test]
    fn a_hanging_program_is_killed_at_the_timeout() {
        let started = Instant::now();
        assert_eq!(
            run(sh("exec sleep 30"), Duration::from_millis(200)),
            Err(Failure::TimedOut)
        );
        assert!(started.elapsed() < Duration::from_secs(10));
    }

    #[test]
    fn a_grandchild_holding_the_pipe_does_not_hold_the_caller() {
        let started = Instant::now();
        let out = run(sh("sleep 30 & echo started"), Duration::from_millis(500)).unwrap();
        assert_eq!(out.status, Some(0));
        assert!(started.elapsed() < Duration::from_secs(10));
    }

    #[test]
    fn both_streams_are_read_together_and_kept_up_to_the_limit() {
        // 2 MiB on each stream, interleaved: far more than a pipe holds, so reading one stream
        // to its end before the other would hang until the timeout.
        let out = run(
            sh("head -c 2097152 /dev/zero | tr '\\0' o & head -c 2097152 /dev/zero | tr '\\0' e >&2; wait"),
            Duration::from_secs(20),
        )
        .unwrap();
        assert_eq!(out.status, Some(0));
        assert_eq!(out.stdout.len(), MAX_CAPTURE);
        assert_eq!(out.stderr.len(), MAX_CAPTURE);
        assert!(out.stdout.iter().all(|&b| b == b'o'));
        assert!(out.stderr.iter().all(|&b| b == b'e'));
    }

    #[test]
    fn a_program_that_closes_its_output_and_hangs_is_killed_at_the_timeout() {
        let started = Instant::now();
        assert_eq!(
            run(
                sh("exec >&- 2>&-; exec sleep 30"),
                Duration::from_millis(300)
            ),
            Err(Failure::TimedOut)
        );
        assert!(started.elapsed() < Duration::from_secs(10));
    }

    #[test]
    fn a_missing_program_is_not_started() {
        let result = run(
            Command::new("/nonexistent/loginsjekk-test"),
            Duration::from_secs(1),
        );
        assert!(matches!(result, Err(Failure::NotStarted(_))));
    }
}
