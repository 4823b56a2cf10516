//! Where output goes: stdout (quietly giving up when the reader has gone) or a file written atomically.

use std::io::Write;
use std::path::{Path, PathBuf};

use tempfile::NamedTempFile;

use crate::profile::io_reason;

/// A report file in the making: a temporary file beside the target, renamed over it when complete,
/// so that a reader never sees half a report. Created before the checks run, so an unwritable
/// path is reported at once.
pub struct PendingFile {
    temp: NamedTempFile,
    path: PathBuf,
}

impl PendingFile {
    pub fn create(path: &Path) -> Result<PendingFile, String> {
        let fail =
            |reason: String| format!("cannot write the report to {}: {reason}", path.display());
        if path.is_dir() {
            return Err(fail("it is a directory".to_owned()));
        }
        let dir = match path.parent() {
            Some(parent) if !parent.as_os_str().is_empty() => parent.to_path_buf(),
            _ => PathBuf::from("."),
        };
        let temp = tempfile::Builder::new()
            .prefix(".loginsjekk-")
            .suffix(".tmp")
            .tempfile_in(&dir)
            .map_err(|e| fail(io_reason(&e)))?;
        Ok(PendingFile {
            temp,
            path: path.to_path_buf(),
        })
    }

    /// Writes `content` and moves the file into place.
    pub fn commit(mut self, content: &[u8]) -> Result<(), String> {
        let fail = |reason: String| {
            format!(
                "cannot write the report to {}: {reason}",
                self.path.display()
            )
        };
        self.temp
            .write_all(content)
            .map_err(|e| fail(io_reason(&e)))?;
        self.temp
            .as_file()
            .sync_all()
            .map_err(|e| fail(io_reason(&e)))?;
        let path = self.path.clone();
        self.temp
            .persist(&path)
            .map_err(|e| fail(io_reason(&e.error)))?;
        Ok(())
    }
}

/// Writes to stdout. A closed pipe (`loginsjekk | head -1`) is not an error: the reader has what it wanted.
pub fn to_stdout(content: &str) -> Result<(), String> {
    let mut stdout = std::io::stdout().lock();
    match stdout
        .write_all(content.as_bytes())
        .and_then(|()| stdout.flush())
    {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        Err(e) => Err(format!(
            "cannot write to standard output: {}",
            io_reason(&e)
        )),
    }
}
