//! `loginsjekk [check]`: run the checks, then print or write the report.

use std::io::{IsTerminal, Write};
use std::sync::Arc;
use std::time::Instant;

use time::{OffsetDateTime, UtcOffset};

use super::deliver::{report_of, Delivery};
use super::locale;
use crate::checks::{registry, Check, Context, NetworkOptions};
use crate::cli::{CheckArgs, Format, GlobalArgs};
use crate::inputs::Inputs;
use crate::locale::Locale;
use crate::methods::{self, Scope};
use crate::output::PendingFile;
use crate::probes::portal::read_extra_roots;
use crate::profile::Profile;
use crate::terminal::Look;

/// Each address is checked on its own thread; more than this is not a check but a load test.
const MAX_PORTALS: usize = 16;

pub fn run(args: &CheckArgs, global: &GlobalArgs, offset: UtcOffset) -> Result<i32, String> {
    let locale = locale(global);
    let profile = match &args.profile {
        Some(path) => {
            let profile = Profile::load(path).map_err(|e| e.to_string())?;
            methods::check_profile(&profile.methods)
                .map_err(|e| format!("invalid profile {}, {e}", path.display()))?;
            profile
        }
        None => Profile::embedded(),
    };
    let checks = selected(args)?;
    let started_at = OffsetDateTime::now_utc();
    let today = started_at.to_offset(offset).date();
    let selects_checks = !args.only.is_empty() || !args.skip.is_empty();
    let scope = Scope::new(&profile.methods, &args.method, selects_checks, today)?;
    if args.portal.len() > MAX_PORTALS {
        return Err(format!(
            "--portal was given {} times; at most {MAX_PORTALS} addresses are checked in one run",
            args.portal.len()
        ));
    }
    let network = NetworkOptions {
        portals: args.portal.iter().map(|u| u.0.clone()).collect(),
        connect_to: args.connect_to.clone(),
        extra_roots: match &args.cacert {
            Some(path) => read_extra_roots(path)?,
            None => Vec::new(),
        },
    };
    let read: Vec<&std::path::Path> = [&args.profile, &args.cacert]
        .into_iter()
        .filter_map(|path| path.as_deref())
        .collect();
    let pending = args
        .output
        .as_deref()
        .map(|path| PendingFile::create(path, &read))
        .transpose()?;

    let out = Delivery {
        global,
        locale,
        offset,
        helpline: profile.helpline.phone.clone(),
        pending,
    };
    if args.watch {
        let watch = crate::commands::watch::Watch {
            checks,
            profile,
            scope,
            network,
            timeout: args.timeout,
            offline: args.offline,
            watch_for: args.watch_for,
            offset,
        };
        return crate::commands::watch::run(watch, out);
    }

    let started = Instant::now();
    let ctx = Arc::new(Context::new(
        profile,
        started + args.timeout,
        started_at,
        Inputs::from_env(),
        network,
    ));

    // The progress line is redrawn with an escape sequence, which a legacy console would print.
    let show_progress = global.format == Format::Text
        && !global.quiet
        && std::io::stderr().is_terminal()
        && crate::terminal::escapes_work();
    let mut progress = Progress::new(show_progress, checks.len(), &out.locale, out.look());
    let results = crate::runner::run(&checks, Arc::clone(&ctx), args.offline, |_| progress.tick());
    progress.finish();
    let report = report_of(
        results,
        &ctx.profile,
        &scope,
        ctx.inputs.os,
        today,
        started_at,
        started.elapsed(),
    );
    out.deliver(&report)?;
    Ok(report.exit_code())
}

/// The registered checks that `--only` and `--skip` leave, in display order.
fn selected(args: &CheckArgs) -> Result<Vec<&'static dyn Check>, String> {
    let checks: Vec<&'static dyn Check> = registry::CHECKS
        .iter()
        .copied()
        .filter(|check| args.only.is_empty() || args.only.contains(&check.id()))
        .filter(|check| !args.skip.contains(&check.id()))
        .collect();
    if checks.is_empty() {
        return Err("--only and --skip leave no check to run".to_owned());
    }
    Ok(checks)
}

/// "Checking… 3 of 7 done" on stderr, rewritten in place; only on a terminal.
struct Progress<'a> {
    enabled: bool,
    done: usize,
    total: usize,
    locale: &'a Locale,
    look: Look,
}

impl<'a> Progress<'a> {
    fn new(enabled: bool, total: usize, locale: &'a Locale, look: Look) -> Progress<'a> {
        let progress = Progress {
            enabled,
            done: 0,
            total,
            locale,
            look,
        };
        progress.draw();
        progress
    }

    fn tick(&mut self) {
        self.done += 1;
        self.draw();
    }

    fn draw(&self) {
        if self.enabled {
            let line = self.look.shown(self.locale.ui(
                "progress",
                &[
                    ("done", (self.done as i64).into()),
                    ("total", (self.total as i64).into()),
                ],
            ));
            let mut stderr = std::io::stderr().lock();
            let _ = write!(stderr, "\r\x1b[2K{line}");
            let _ = stderr.flush();
        }
    }

    fn finish(&self) {
        if self.enabled {
            let _ = write!(std::io::stderr().lock(), "\r\x1b[2K");
        }
    }
}
