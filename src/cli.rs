//! The command line, as clap sees it. Nothing here runs anything.

pub use crate::locale::Lang;
pub use crate::render::Format;
pub use crate::terminal::ColorChoice;
use std::path::PathBuf;
use std::time::Duration;

use clap::{Args, Parser, Subcommand};

use crate::checks::registry;
use crate::probes::portal::ConnectTo;
use crate::profile::HttpsUrl;

/// Checks whether this computer is ready to log in to helsenorge.no through ID-porten.
///
/// Runs every check (secure connection to the ID portal, the portal's certificate, the
/// computer's clock, card reader, Java, USB token, and this computer's settings) and says
/// which login methods work here, with what to do next. Exit code 0 means you can log in
/// (with every method named by --method, or else with at least one); 1 that you cannot, or
/// that it could not be checked; 2 that the command itself could not run (bad option, bad
/// profile file, unwritable output file). With --only or --skip and no --method, 0 means no
/// check that ran failed.
#[derive(Debug, Parser)]
#[command(name = "loginsjekk", version, args_override_self = true)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,

    #[command(flatten)]
    pub check: CheckArgs,

    #[command(flatten)]
    pub global: GlobalArgs,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Run the checks and print the report (what loginsjekk does without a command).
    Check(CheckArgs),
    /// Show what a finding code means and what to do about it; without a code, list every code.
    Explain {
        /// A finding code from the report, such as system.hosts-override.
        code: Option<String>,
    },
    /// For the helpline: what a caller's support code says, with the guidance to read out.
    Decode {
        /// The support code from the end of the caller's report, e.g. C82M-35R4-S000-0100-0209.
        code: String,
    },
    /// Check a Norwegian national identity number (or D-number) offline; nothing is stored or sent.
    IdNumber {
        /// The 11 digits. Leave it out to type it (it then stays out of the shell's history).
        number: Option<String>,

        /// Take the day the new check-digit rules apply from FILE instead of the built-in profile.
        #[arg(long, value_name = "FILE")]
        profile: Option<PathBuf>,
    },
    /// List the card readers and the cards in them; with --wait, follow cards being inserted.
    Card {
        /// Wait up to SECS seconds for a card to be inserted or removed, showing each event.
        #[arg(long, value_name = "SECS", value_parser = timeout)]
        wait: Option<Duration>,
        /// The longest time, in seconds, to wait for the smart card service to answer.
        #[arg(long, value_name = "SECS", value_parser = timeout, default_value = "10")]
        timeout: Duration,
    },
    /// Print a shell completion script (used by packaging).
    #[command(hide = true)]
    Completions {
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print the manual page in roff format (used by packaging).
    #[command(hide = true)]
    Man,
}

/// Options of the `check` command.
#[derive(Debug, Args, Default, Clone)]
pub struct CheckArgs {
    /// Run only these checks (comma-separated check ids).
    #[arg(long, value_name = "IDS", value_delimiter = ',', value_parser = check_id)]
    pub only: Vec<&'static str>,

    /// Do not run these checks (comma-separated check ids).
    #[arg(long, value_name = "IDS", value_delimiter = ',', value_parser = check_id)]
    pub skip: Vec<&'static str>,

    /// The login methods you use (comma-separated or repeated): bankid, buypass-smartcard,
    /// buypass-mobile, commfides (the profile's list). The answer is then for these alone,
    /// and what they need but is missing counts as a failure. Without it, every method that
    /// still exists is asked about.
    #[arg(long, value_name = "IDS", value_delimiter = ',')]
    pub method: Vec<String>,

    /// Write the report to FILE instead of the screen.
    #[arg(long, value_name = "FILE")]
    pub output: Option<PathBuf>,

    /// The longest time, in seconds, to wait for the network and devices in the whole run.
    #[arg(long, value_name = "SECS", value_parser = timeout, default_value = "10")]
    pub timeout: Duration,

    /// Do not use the network: the network checks are reported as skipped.
    #[arg(long)]
    pub offline: bool,

    /// Check this address instead of the ID portal's addresses (repeatable; each must answer).
    #[arg(long, value_name = "URL", value_parser = https_url)]
    pub portal: Vec<HttpsUrl>,

    /// Connect to ADDR:PORT whenever HOST:PORT is to be connected, keeping the name for the
    /// certificate checks (as curl's --connect-to; repeatable).
    #[arg(long, value_name = "HOST:PORT:ADDR:PORT")]
    pub connect_to: Vec<ConnectTo>,

    /// Trust the certificates in this PEM file as if they were public roots.
    #[arg(long, value_name = "FILE")]
    pub cacert: Option<PathBuf>,

    /// Judge against the facts in FILE instead of the built-in profile.
    #[arg(long, value_name = "FILE")]
    pub profile: Option<PathBuf>,

    /// Keep checking again what is not yet right, and end (exit 0) the moment you can log in.
    /// On a terminal the report is redrawn in place; otherwise one line per change is added.
    /// Ctrl-C stops it (exit 130).
    #[arg(long)]
    pub watch: bool,

    /// With --watch: give up after this long (exit 1, with the last report), e.g. 90s, 10m, 1h;
    /// a bare number is seconds.
    #[arg(long, value_name = "DURATION", value_parser = watch_duration, default_value = "10m", requires = "watch")]
    pub watch_for: Duration,
}

/// Options every command honours where they make sense.
#[derive(Debug, Args)]
pub struct GlobalArgs {
    /// Report format.
    #[arg(long, global = true, value_enum, default_value_t = Format::Text)]
    pub format: Format,

    /// Language of the report [default: from the system locale; nb, nn and no give nb]
    #[arg(long, global = true, value_enum)]
    pub lang: Option<Lang>,

    /// When to use colour.
    #[arg(long, global = true, value_enum, default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,

    /// Show [OK] [X] [!] [-] instead of symbols such as ✓ and ✗, for screens that cannot show them.
    #[arg(long, global = true)]
    pub ascii: bool,

    /// Show every finding and how long each check took.
    #[arg(short, long, global = true, conflicts_with = "quiet")]
    pub verbose: bool,

    /// Show only the checks that need attention.
    #[arg(short, long, global = true)]
    pub quiet: bool,
}

/// The most a run may wait: long enough for a slow network, short enough that nothing seems hung.
const MAX_TIMEOUT_SECS: f64 = 600.0;

fn timeout(text: &str) -> Result<Duration, String> {
    let secs: f64 = text
        .trim()
        .parse()
        .map_err(|_| format!("'{text}' is not a number of seconds"))?;
    if !(secs > 0.0 && secs <= MAX_TIMEOUT_SECS) {
        return Err(format!(
            "must be more than 0 and at most {MAX_TIMEOUT_SECS} seconds"
        ));
    }
    Ok(Duration::from_secs_f64(secs))
}

/// A watch longer than a working day has been forgotten rather than left on purpose.
const MAX_WATCH_SECS: f64 = 24.0 * 3600.0;

/// "90", "90s", "10m", "1h" (a number, then s, m or h; seconds without one).
fn watch_duration(text: &str) -> Result<Duration, String> {
    let trimmed = text.trim();
    let (number, unit) = match trimmed.char_indices().last() {
        Some((at, 's')) => (&trimmed[..at], 1.0),
        Some((at, 'm')) => (&trimmed[..at], 60.0),
        Some((at, 'h')) => (&trimmed[..at], 3600.0),
        _ => (trimmed, 1.0),
    };
    let secs = number
        .trim()
        .parse::<f64>()
        .ok()
        .filter(|n| n.is_finite())
        .map(|n| n * unit)
        .ok_or_else(|| format!("'{text}' is not a duration such as 90s, 10m or 1h"))?;
    if !(secs > 0.0 && secs <= MAX_WATCH_SECS) {
        return Err("must be more than 0 and at most 24 hours".to_owned());
    }
    Ok(Duration::from_secs_f64(secs))
}

fn https_url(text: &str) -> Result<HttpsUrl, String> {
    HttpsUrl::parse(text)
}

fn check_id(text: &str) -> Result<&'static str, String> {
    registry::CHECKS
        .iter()
        .map(|check| check.id())
        .find(|id| *id == text.trim())
        .ok_or_else(|| {
            format!(
                "unknown check '{text}' (known checks: {})",
                registry::ids().join(", ")
            )
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn command_definition_is_consistent() {
        Cli::command().debug_assert();
    }

    #[test]
    fn watch_durations() {
        assert_eq!(watch_duration("3s"), Ok(Duration::from_secs(3)));
        assert_eq!(watch_duration("90"), Ok(Duration::from_secs(90)));
        assert_eq!(watch_duration("10m"), Ok(Duration::from_secs(600)));
        assert_eq!(watch_duration(" 1.5h "), Ok(Duration::from_secs(5400)));
        for bad in [
            "0",
            "0s",
            "-1m",
            "25h",
            "NaN",
            "infs",
            "abc",
            "",
            "s",
            "10 minutes",
            "1d",
        ] {
            assert!(watch_duration(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn timeout_bounds() {
        assert_eq!(timeout("2.5"), Ok(Duration::from_millis(2500)));
        for bad in ["0", "-1", "601", "NaN", "inf", "abc", ""] {
            assert!(timeout(bad).is_err(), "{bad}");
        }
    }
}
