//! The `java` check: every Java installation, its version and vendor, and whether the one in
//! use is supported and up to date. No login method needs Java today (Buypass ID on smart card
//! works through Buypass Javafri); the check is there for what the help page asks, as a note.

mod calendar;
#[cfg(test)]
mod fixtures_test;
mod judge;
mod platform;
mod probe;
pub mod release_file;
mod vendor;
/// The Java version and how versions compare: shared with the profile, which holds the newest
/// releases, so it sits below both.
pub use crate::java_version as version;
pub mod version_output;

use serde::Serialize;

use super::{Check, Context};
use crate::report::CheckOutcome;
use vendor::Vendor;
use version::JavaVersion;

// APPEND ONLY: a code's place here is its number in support codes read out for years to come.
finding_codes! {
    "java" for Java;
    Ok = "ok",
    Outdated = "outdated",
    UnsupportedRelease = "unsupported-release",
    NotFound = "not-found",
    Broken = "broken",
    Bits32 = "32-bit",
    InternalError = runner InternalError,
    TimedOut = runner TimedOut,
    NewerUpdateLikely = "newer-update-likely",
}

/// What one installation says about itself.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JavaInfo {
    /// `None`: an unknown version (the text was not a Java version).
    pub version: Option<JavaVersion>,
    pub vendor: Vendor,
    pub bits: Bits,
}

impl JavaInfo {
    pub fn unknown() -> JavaInfo {
        JavaInfo {
            version: None,
            vendor: Vendor::Unknown,
            bits: Bits::Unknown,
        }
    }
}

/// Whether a Java is a 32- or 64-bit build, when it says so.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum Bits {
    #[serde(rename = "32")]
    B32,
    #[serde(rename = "64")]
    B64,
    #[serde(rename = "unknown")]
    Unknown,
}

/// Java, needed for Buypass ID on smart card and Commfides e-ID.
pub struct Java;

impl Check for Java {
    fn run(&self, ctx: &Context) -> CheckOutcome {
        let found = probe::discover(&ctx.inputs, ctx.deadline);
        judge::judge(
            &found,
            &ctx.profile,
            cfg!(target_pointer_width = "64"),
            ctx.started_at.date(),
        )
    }
}
