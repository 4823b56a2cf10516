//! Finds every Java installation (the probe): `java` on PATH, `JAVA_HOME`, and where each
//! operating system keeps them. An installation's `release` file is read in preference to
//! starting its JVM; a JVM is started only when there is none, and never for longer than 5 s.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use super::{platform, release_file, version_output, JavaInfo};
use crate::inputs::Inputs;
use crate::probes::command::{self, Failure};

/// The longest a `java -version` may take.
const JAVA_TIMEOUT: Duration = Duration::from_secs(5);
/// A `release` file is a few hundred bytes; one larger than this is not read.
const RELEASE_FILE_LIMIT: u64 = 64 * 1024;

/// The longest a listing command (`update-alternatives`, `reg`, `java_home`) may take.
const LIST_TIMEOUT: Duration = Duration::from_secs(3);

#[cfg(windows)]
const JAVA_BINARY: &str = "java.exe";
#[cfg(not(windows))]
const JAVA_BINARY: &str = "java";

/// One installation and what it said about itself.
#[derive(Debug, Clone, PartialEq)]
pub struct Installation {
    /// The installation's home directory, or the binary when there is no recognisable home.
    pub path: PathBuf,
    /// Where it was found: `path`, `java-home`, `jvm-directory`, `alternatives`, `registry`, `java_home`, `browser-plugin`.
    pub sources: Vec<&'static str>,
    /// What it is, or why it could not be told.
    pub info: Result<JavaInfo, Broken>,
    /// How `info` was learnt: `release-file` or `java-version`.
    pub read_from: &'static str,
    /// This is the `java` that runs when a program asks for `java`.
    pub on_path: bool,
}

/// Why an installation could not say what it is.
#[derive(Debug, Clone, PartialEq)]
pub enum Broken {
    /// It could not be started; the system's reason.
    WouldNotStart(String),
    /// It did not answer within this many seconds.
    NoAnswer(u64),
    /// A signal ended it before it said its version.
    Crashed,
    /// It answered something that is not a Java version.
    NotJava,
}

impl Broken {
    /// The reason in a word, as reports and the locale files name it.
    pub fn as_str(&self) -> &'static str {
        match self {
            Broken::WouldNotStart(_) => "would-not-start",
            Broken::NoAnswer(_) => "no-answer",
            Broken::Crashed => "crashed",
            Broken::NotJava => "not-java",
        }
    }
}

/// Every installation found, and `JAVA_HOME` as set.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Found {
    pub installations: Vec<Installation>,
    pub java_home: Option<String>,
}

struct Candidate {
    home: Option<PathBuf>,
    binary: Option<PathBuf>,
    source: &'static str,
}

pub fn discover(inputs: &Inputs, deadline: Instant) -> Found {
    let java_home = std::env::var_os("JAVA_HOME")
        .map(|h| h.to_string_lossy().into_owned())
        .filter(|h| !h.is_empty());
    let mut candidates = Vec::new();
    if let Some(binary) = on_path() {
        candidates.push(Candidate {
            home: None,
            binary: Some(binary),
            source: "path",
        });
    }
    if let Some(home) = &java_home {
        candidates.push(Candidate {
            home: Some(PathBuf::from(home)),
            binary: None,
            source: "java-home",
        });
    }
    match &inputs.java_system_dir {
        // Tests replace every system location with one directory of installations.
        Some(dir) => candidates.extend(children(dir).map(|home| Candidate {
            home: Some(home),
            binary: None,
            source: "jvm-directory",
        })),
        None => candidates.extend(system_candidates(deadline)),
    }

    // (identity, binary to run, installation), identities being canonical homes.
    let mut installations: Vec<(PathBuf, PathBuf, Installation)> = Vec::new();
    for candidate in candidates {
        let Some((key, home, binary)) = locate(&candidate) else {
            continue;
        };
        if let Some((_, _, existing)) = installations.iter_mut().find(|(k, _, _)| *k == key) {
            if !existing.sources.contains(&candidate.source) {
                existing.sources.push(candidate.source);
            }
            existing.on_path |= candidate.source == "path";
            continue;
        }
        let installation = Installation {
            path: home.unwrap_or_else(|| binary.clone()),
            sources: vec![candidate.source],
            // Until `read_one` below has read it.
            info: Err(Broken::NotJava),
            read_from: "java-version",
            on_path: candidate.source == "path",
        };
        installations.push((key, binary, installation));
    }

    let read_one = |(_, binary, mut installation): (PathBuf, PathBuf, Installation)| {
        let (info, read_from) = read(&installation.path, &binary, deadline);
        installation.info = info;
        installation.read_from = read_from;
        installation
    };
    // Several installations are read each on its own thread, so that several hanging JVMs cost
    // 5 s, not 5 s each; the usual single one is read right here.
    let installations = if installations.len() < 2 {
        installations.into_iter().map(read_one).collect()
    } else {
        std::thread::scope(|scope| {
            let handles: Vec<_> = installations
                .into_iter()
                .map(|found| scope.spawn(move || read_one(found)))
                .collect();
            handles.into_iter().filter_map(|h| h.join().ok()).collect()
        })
    };
    Found {
        installations,
        java_home,
    }
}

/// The first `java` on PATH, as the shell would find it.
fn on_path() -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .map(|dir| dir.join(JAVA_BINARY))
        .find(|candidate| candidate.is_file())
}

fn children(dir: &Path) -> impl Iterator<Item = PathBuf> {
    std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| path.is_dir())
}

/// Resolves a candidate to (identity, home, binary); `None` when it is not an installation.
fn locate(candidate: &Candidate) -> Option<(PathBuf, Option<PathBuf>, PathBuf)> {
    if let Some(binary) = &candidate.binary {
        let real = std::fs::canonicalize(binary).unwrap_or_else(|_| binary.clone());
        let home = real
            .parent()
            .filter(|bin| bin.file_name().is_some_and(|n| n == "bin"))
            .and_then(Path::parent)
            .map(Path::to_path_buf);
        let key = home.clone().unwrap_or_else(|| real.clone());
        return Some((key, home, real));
    }
    let home = candidate.home.as_ref()?;
    let real = std::fs::canonicalize(home).ok()?;
    let binary = real.join("bin").join(JAVA_BINARY);
    (binary.is_file() || release_path(&real).is_some()).then(|| (real.clone(), Some(real), binary))
}

/// The `release` file of a home; a Java 8 JRE inside a JDK has it one level up.
fn release_path(home: &Path) -> Option<PathBuf> {
    let own = home.join("release");
    if own.is_file() {
        return Some(own);
    }
    let parent = home.parent()?.join("release");
    (home.file_name().is_some_and(|n| n == "jre") && parent.is_file()).then_some(parent)
}

fn read(home: &Path, binary: &Path, deadline: Instant) -> (Result<JavaInfo, Broken>, &'static str) {
    if let Some(release) = release_path(home) {
        if let Ok(text) = crate::inputs::read_regular(&release, RELEASE_FILE_LIMIT) {
            let info = release_file::parse(&String::from_utf8_lossy(&text));
            if info.version.is_some() {
                return (Ok(info), "release-file");
            }
        }
    }
    let timeout = JAVA_TIMEOUT
        .min(deadline.saturating_duration_since(Instant::now()))
        .max(Duration::from_millis(100));
    let mut java = Command::new(binary);
    java.arg("-version");
    let result = match command::run(java, timeout) {
        Err(Failure::NotStarted(reason)) => Err(Broken::WouldNotStart(reason)),
        Err(Failure::TimedOut) => Err(Broken::NoAnswer(timeout.as_secs_f64().round() as u64)),
        Ok(output) => {
            // `java -version` writes to stderr; some wrappers write to stdout.
            let text = format!(
                "{}\n{}",
                String::from_utf8_lossy(&output.stderr),
                String::from_utf8_lossy(&output.stdout)
            );
            let info = version_output::parse(&text);
            if info.version.is_some() {
                Ok(info)
            } else if output.status.is_none() {
                // No exit code: a signal ended it (a crash, or killed from outside).
                Err(Broken::Crashed)
            } else {
                Err(Broken::NotJava)
            }
        }
    };
    (result, "java-version")
}

/// Where this operating system keeps its Java installations.
fn system_candidates(deadline: Instant) -> Vec<Candidate> {
    // A listing that outlasts the run's deadline would outlive the report.
    let list_timeout = || LIST_TIMEOUT.min(deadline.saturating_duration_since(Instant::now()));
    let mut found = Vec::new();
    let home = |path: PathBuf, source: &'static str| Candidate {
        home: Some(path),
        binary: None,
        source,
    };
    if cfg!(target_os = "macos") {
        found.extend(
            children(Path::new("/Library/Java/JavaVirtualMachines"))
                .map(|d| home(d.join("Contents/Home"), "jvm-directory")),
        );
        let mut list = Command::new("/usr/libexec/java_home");
        list.arg("-V");
        if let Ok(output) = command::run(list, list_timeout()) {
            found.extend(
                platform::parse_java_home_list(&String::from_utf8_lossy(&output.stderr))
                    .into_iter()
                    .map(|p| home(p, "java_home")),
            );
        }
        found.push(home(
            PathBuf::from("/Library/Internet Plug-Ins/JavaAppletPlugin.plugin/Contents/Home"),
            "browser-plugin",
        ));
    } else if cfg!(windows) {
        for key in platform::WINDOWS_KEYS {
            for view in ["/reg:64", "/reg:32"] {
                let mut query = Command::new("reg");
                query.args(["query", key, "/s", view]);
                if let Ok(output) = command::run(query, list_timeout()) {
                    found.extend(
                        platform::parse_reg_query(&String::from_utf8_lossy(&output.stdout))
                            .into_iter()
                            .map(|p| home(p, "registry")),
                    );
                }
            }
        }
        // Oracle's installer puts a shim directory first on PATH; its java finds the real one.
        let shim = PathBuf::from(std::env::var_os("ProgramData").unwrap_or_default())
            .join(r"Oracle\Java\javapath\java.exe");
        found.push(Candidate {
            home: None,
            binary: Some(shim).filter(|s| s.is_file()),
            source: "path",
        });
    } else {
        found.extend(children(Path::new("/usr/lib/jvm")).map(|d| home(d, "jvm-directory")));
        let mut list = Command::new("update-alternatives");
        list.args(["--list", "java"]);
        if let Ok(output) = command::run(list, list_timeout()) {
            found.extend(
                platform::parse_alternatives(&String::from_utf8_lossy(&output.stdout))
                    .into_iter()
                    .map(|binary| Candidate {
                        home: None,
                        binary: Some(binary),
                        source: "alternatives",
                    }),
            );
        }
    }
    found
}
