//! Where output goes: stdout (quietly giving up when the reader has gone), stderr, or a file.
//! Everything written passes through [`redact::outgoing`].

use std::fs::{File, Metadata};
use std::io::Write;
use std::path::{Path, PathBuf};

use tempfile::NamedTempFile;

use crate::inputs::io_reason;
use crate::redact;

/// A report file in the making. A regular file (or a new one) gets a temporary file beside it,
/// renamed over it when complete, so that a reader never sees half a report; anything else
/// that can be written to (a FIFO, `/dev/null`, a terminal) is written into as a shell
/// redirection would. Created before the checks run, so an unusable path is reported at once.
pub struct PendingFile {
    /// Taken by [`PendingFile::commit`].
    target: Option<Target>,
    /// The path as given, for messages.
    shown: PathBuf,
}

enum Target {
    Replace { temp: NamedTempFile, path: PathBuf },
    Stream { path: PathBuf },
}

/// How many symbolic links are followed before giving up, as the kernel does.
const MAX_LINKS: usize = 40;

impl PendingFile {
    /// Prepares to write to `path`, which must not be one of the files the run reads (`inputs`).
    pub fn create(path: &Path, inputs: &[&Path]) -> Result<PendingFile, String> {
        let fail =
            |reason: &str| format!("cannot write the report to {}: {reason}", path.display());
        // The kernel follows links (including /dev/stdout's) to what is there; a new file at
        // the end of a dangling link is found by following the links here.
        let (existing, resolved) = match std::fs::metadata(path) {
            Ok(meta) if meta.is_file() => (
                Some(meta),
                std::fs::canonicalize(path).map_err(|e| fail(&io_reason(&e)))?,
            ),
            Ok(meta) => (Some(meta), path.to_path_buf()),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                (None, follow_links(path).map_err(|e| fail(&io_reason(&e)))?)
            }
            Err(e) => return Err(fail(&io_reason(&e))),
        };
        if let Some(meta) = &existing {
            for input in inputs {
                if std::fs::metadata(input).is_ok_and(|other| same_file(meta, &other)) {
                    return Err(fail(&format!(
                        "it is the file {} that loginsjekk reads",
                        input.display()
                    )));
                }
            }
        }
        let target = match existing {
            Some(meta) if meta.is_dir() => return Err(fail("it is a directory")),
            Some(meta) if !meta.is_file() => {
                if !streamable(&meta) {
                    return Err(fail("it is not a file, a pipe or a terminal"));
                }
                Target::Stream { path: resolved }
            }
            existing => {
                let temp =
                    temp_beside(&resolved, existing.as_ref()).map_err(|e| fail(&io_reason(&e)))?;
                crate::interrupt::remember_temp_file(temp.path().to_path_buf());
                Target::Replace {
                    temp,
                    path: resolved,
                }
            }
        };
        Ok(PendingFile {
            target: Some(target),
            shown: path.to_path_buf(),
        })
    }

    /// The path as given.
    pub fn path(&self) -> &Path {
        &self.shown
    }

    /// Writes `content` and, for a regular file, moves it into place.
    pub fn commit(mut self, content: &[u8]) -> Result<(), String> {
        let fail = |e: std::io::Error| {
            format!(
                "cannot write the report to {}: {}",
                self.shown.display(),
                io_reason(&e)
            )
        };
        let content = redact::outgoing(&String::from_utf8_lossy(content));
        match self.target.take() {
            None => Ok(()),
            Some(Target::Replace { mut temp, path }) => {
                let temp_path = temp.path().to_path_buf();
                let result = temp
                    .write_all(content.as_bytes())
                    .and_then(|()| temp.as_file().sync_all())
                    .and_then(|()| temp.persist(&path).map(drop).map_err(|e| e.error));
                crate::interrupt::forget_temp_file(&temp_path);
                result.map_err(fail)
            }
            Some(Target::Stream { path }) => open_stream(&path)
                .and_then(|mut file| file.write_all(content.as_bytes()))
                .map_err(fail),
        }
    }
}

impl Drop for PendingFile {
    fn drop(&mut self) {
        if let Some(Target::Replace { temp, .. }) = &self.target {
            crate::interrupt::forget_temp_file(temp.path());
        }
    }
}

/// How long a FIFO may go without a reader before the report is given up.
const READER_WAIT: std::time::Duration = std::time::Duration::from_secs(10);

/// Opens a FIFO or device for writing. A FIFO without a reader would block the open forever,
/// so it is opened without waiting and tried again until a reader comes or [`READER_WAIT`] passes.
#[cfg(unix)]
fn open_stream(path: &Path) -> std::io::Result<File> {
    use std::os::fd::AsRawFd;
    use std::os::unix::fs::OpenOptionsExt;
    let give_up = std::time::Instant::now() + READER_WAIT;
    loop {
        match std::fs::OpenOptions::new()
            .write(true)
            .custom_flags(libc::O_NONBLOCK)
            .open(path)
        {
            Ok(file) => {
                // SAFETY: fcntl on an open descriptor this function owns; no memory is passed.
                unsafe {
                    let flags = libc::fcntl(file.as_raw_fd(), libc::F_GETFL);
                    libc::fcntl(file.as_raw_fd(), libc::F_SETFL, flags & !libc::O_NONBLOCK);
                }
                return Ok(file);
            }
            Err(e) if e.raw_os_error() == Some(libc::ENXIO) => {
                if std::time::Instant::now() >= give_up {
                    return Err(std::io::Error::other("no program is reading from it"));
                }
                std::thread::sleep(std::time::Duration::from_millis(20));
            }
            Err(e) => return Err(e),
        }
    }
}

#[cfg(not(unix))]
fn open_stream(path: &Path) -> std::io::Result<File> {
    std::fs::OpenOptions::new().write(true).open(path)
}

/// The path a chain of symbolic links ends at (which may not exist yet), so that writing
/// replaces the file a link points to rather than the link.
fn follow_links(path: &Path) -> std::io::Result<PathBuf> {
    let mut current = path.to_path_buf();
    for _ in 0..MAX_LINKS {
        match std::fs::symlink_metadata(&current) {
            Ok(meta) if meta.file_type().is_symlink() => {
                let link = std::fs::read_link(&current)?;
                current = match current.parent() {
                    Some(parent) => parent.join(link),
                    None => link,
                };
            }
            _ => return Ok(current),
        }
    }
    Err(std::io::Error::other("too many levels of symbolic links"))
}

/// A temporary file in the target's directory, with the target's permissions when it exists
/// and 0644 less the umask when it is new: a report is meant to be shared.
fn temp_beside(path: &Path, existing: Option<&Metadata>) -> std::io::Result<NamedTempFile> {
    let dir = match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let mut builder = tempfile::Builder::new();
    builder.prefix(".loginsjekk-").suffix(".tmp");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        builder.permissions(std::fs::Permissions::from_mode(0o644));
    }
    let temp = builder.tempfile_in(dir)?;
    if let Some(meta) = existing {
        // Set outright, so the umask does not narrow what the file already allowed.
        temp.as_file().set_permissions(meta.permissions())?;
    }
    Ok(temp)
}

#[cfg(unix)]
fn same_file(a: &Metadata, b: &Metadata) -> bool {
    use std::os::unix::fs::MetadataExt;
    a.dev() == b.dev() && a.ino() == b.ino()
}

#[cfg(not(unix))]
fn same_file(_a: &Metadata, _b: &Metadata) -> bool {
    false
}

/// A FIFO or a character device (`/dev/null`, a terminal) is written into; a block device or
/// a socket never.
#[cfg(unix)]
fn streamable(meta: &Metadata) -> bool {
    use std::os::unix::fs::FileTypeExt;
    meta.file_type().is_fifo() || meta.file_type().is_char_device()
}

#[cfg(not(unix))]
fn streamable(_meta: &Metadata) -> bool {
    true
}

/// Writes to stdout. A closed pipe (`loginsjekk | head -1`) is not an error: the reader has what it wanted.
pub fn to_stdout(content: &str) -> Result<(), String> {
    let content = redact::outgoing(content);
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

/// Writes `loginsjekk: message` to stderr as one line, whatever the message holds.
pub fn error_line(message: &str) {
    let line = crate::escape::controls(&redact::outgoing(message));
    let _ = writeln!(std::io::stderr().lock(), "loginsjekk: {line}");
}

/// Writes text that may span lines (clap's usage message) to stderr.
pub fn to_stderr(content: &str) {
    let _ = std::io::stderr()
        .lock()
        .write_all(redact::outgoing(content).as_bytes());
}
