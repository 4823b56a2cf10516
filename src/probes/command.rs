//! Running another program with a deadline: a hanging program never stalls the report.

use std::io::Read;
use std::process::{Command, Stdio};
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

/// Runs `command` with no input, capturing its output, for at most `timeout`.
pub fn run(mut command: Command, timeout: Duration) -> Result<Output, Failure> {
    command
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = command
        .spawn()
        .map_err(|e| Failure::NotStarted(crate::profile::io_reason(&e)))?;
    // Each stream is read on its own thread and handed over by channel, so that a grandchild
    // keeping a pipe open cannot hold the caller past the deadline either.
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
                    let room = MAX_CAPTURE.saturating_sub(kept.len());
                    kept.extend_from_slice(&chunk[..n.min(room)]);
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
    let deadline = Instant::now() + timeout;
    // Most programs answer within milliseconds: look often at first, then less often.
    let mut pause = Duration::from_micros(200);
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break status,
            Ok(None) if Instant::now() < deadline => {
                std::thread::sleep(pause);
                pause = (pause * 2).min(Duration::from_millis(10));
            }
            _ => {
                let _ = child.kill();
                let _ = child.wait();
                return Err(Failure::TimedOut);
            }
        }
    };
    let collect = |receiver: std::sync::mpsc::Receiver<Vec<u8>>| {
        let left = deadline
            .saturating_duration_since(Instant::now())
            .max(Duration::from_millis(50));
        receiver.recv_timeout(left).unwrap_or_default()
    };
    Ok(Output {
        status: status.code(),
        stdout: collect(stdout),
        stderr: collect(stderr),
    })
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
    fn a_missing_program_is_not_started() {
        let result = run(
            Command::new("/nonexistent/loginsjekk-test"),
            Duration::from_secs(1),
        );
        assert!(matches!(result, Err(Failure::NotStarted(_))));
    }
}
