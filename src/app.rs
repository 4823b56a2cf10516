//! The program's entry: parse the command line, run the command, turn errors into exit code 2.

use clap::error::ErrorKind;
use clap::parser::ValueSource;
use clap::{Args, CommandFactory, FromArgMatches};

use crate::cli::{CheckArgs, Cli, Command, Format, Lang};
use crate::commands;
use crate::locale::{system_lang, Locale};
use crate::pause::{self, Situation};
use crate::runner;

/// Exit code for a usage error, an unusable profile or an unwritable output file.
pub const EXIT_USAGE: i32 = 2;

/// Runs loginsjekk with the process's arguments and returns the exit code.
pub fn main() -> i32 {
    crate::interrupt::install();
    runner::install_panic_hook();
    let console = crate::console::prepare();
    crate::terminal::remember_console(console.console);
    let (code, asked) = run();
    crate::interrupt::end_children();
    let situation = Situation::of_this_process(
        crate::console::processes_attached(),
        asked.format,
        asked.to_file,
    );
    if situation.should_pause() {
        let locale = Locale::new(asked.lang.unwrap_or_else(system_lang));
        let _ = crate::output::to_stdout(&format!("\n{} ", locale.ui("press-enter", &[])));
        pause::wait_for_enter(std::io::stdin(), pause::LONGEST_PAUSE);
    }
    console.restore();
    code
}

/// What the command line asked for that the end of the run depends on: the pause and its language.
#[derive(Default)]
struct Asked {
    /// None when the command line could not be read.
    format: Option<Format>,
    to_file: bool,
    lang: Option<Lang>,
}

fn run() -> (i32, Asked) {
    // Read while the process has one thread: finding the local offset later is not sound on every OS.
    let offset = time::UtcOffset::current_local_offset().unwrap_or(time::UtcOffset::UTC);
    let cli = match parse() {
        Ok(cli) => cli,
        Err(err) => return (clap_error(&err), Asked::default()),
    };
    let output = match &cli.command {
        Some(Command::Check(args)) => &args.output,
        _ => &cli.check.output,
    };
    let asked = Asked {
        format: Some(cli.global.format),
        to_file: output.is_some(),
        lang: cli.global.lang,
    };
    if cli.global.format == crate::cli::Format::Junit {
        if let Some(name) = match cli.command {
            Some(Command::Card { .. }) => Some("card"),
            Some(Command::Decode { .. }) => Some("decode"),
            _ => None,
        } {
            crate::output::error_line(&format!(
                "--format junit is for the report of the checks; 'loginsjekk {name}' writes text or json"
            ));
            return (EXIT_USAGE, asked);
        }
    }
    let result = match cli.command {
        None => commands::check::run(&cli.check, &cli.global, offset),
        Some(Command::Check(ref args)) => commands::check::run(args, &cli.global, offset),
        Some(Command::Explain { ref code }) => commands::explain::run(code.as_deref(), &cli.global),
        Some(Command::Card { wait, timeout }) => commands::card::run(wait, timeout, &cli.global),
        Some(Command::Decode { ref code }) => commands::decode::run(code, &cli.global),
        Some(Command::IdNumber {
            ref number,
            ref profile,
        }) => commands::id_number::run(number.as_deref(), profile.as_deref(), &cli.global, offset),
        Some(Command::Completions { shell }) => commands::generate::completions(shell),
        Some(Command::Man) => commands::generate::man(),
    };
    let code = match result {
        Ok(code) => code,
        Err(message) => {
            crate::output::error_line(&message);
            EXIT_USAGE
        }
    };
    (code, asked)
}

/// Parses the command line. Options of `check` given before another command are an error, not ignored.
fn parse() -> Result<Cli, clap::Error> {
    let mut command = Cli::command();
    let matches = command.try_get_matches_from_mut(std::env::args_os())?;
    if let Some((name, _)) = matches.subcommand() {
        let misplaced = CheckArgs::augment_args(clap::Command::new("check"))
            .get_arguments()
            .map(|arg| arg.get_id().as_str().to_owned())
            .find(|id| matches.value_source(id) == Some(ValueSource::CommandLine));
        if let Some(id) = misplaced {
            let its_own = command
                .find_subcommand(name)
                .is_some_and(|sub| sub.get_arguments().any(|arg| arg.get_id() == id.as_str()));
            let message = if its_own {
                format!("--{id} goes after '{name}': loginsjekk {name} --{id} …")
            } else {
                format!("--{id} is an option of 'check' and cannot be used with '{name}'")
            };
            return Err(command.error(ErrorKind::ArgumentConflict, message));
        }
    }
    Cli::from_arg_matches(&matches)
}

/// `--help` and `--version` print as clap wants; every other parse error becomes one line.
fn clap_error(err: &clap::Error) -> i32 {
    if matches!(
        err.kind(),
        ErrorKind::DisplayHelp | ErrorKind::DisplayVersion
    ) {
        let _ = crate::output::to_stdout(&err.render().to_string());
        return 0;
    }
    if err.kind() == ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand {
        crate::output::to_stderr(&err.render().to_string());
        return EXIT_USAGE;
    }
    crate::output::error_line(&one_line(&err.render().to_string()));
    EXIT_USAGE
}

/// The first line of clap's message, plus the list of possible values when it gives one.
fn one_line(rendered: &str) -> String {
    let mut lines = rendered.lines().map(str::trim).filter(|l| !l.is_empty());
    let first = lines.next().unwrap_or("invalid command line");
    let mut message = first.strip_prefix("error: ").unwrap_or(first).to_owned();
    // "the following required arguments were not provided:" names them on the next lines.
    if message.ends_with(':') {
        let named: Vec<&str> = lines
            .clone()
            .take_while(|l| l.starts_with('<') || l.starts_with("--"))
            .collect();
        if !named.is_empty() {
            message = format!("{message} {}", named.join(" "));
        }
    }
    if let Some(values) = lines.find(|l| l.starts_with("[possible values:")) {
        message = format!("{message} {values}");
    }
    format!("{message} (see 'loginsjekk --help')")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clap_errors_become_one_line() {
        use clap::Parser;
        let err = Cli::try_parse_from(["loginsjekk", "--format", "xml"]).unwrap_err();
        let line = one_line(&err.render().to_string());
        assert!(!line.contains('\n'));
        assert!(
            line.contains("'xml'") && line.contains("[possible values: text, json, junit]"),
            "{line}"
        );
        let err = Cli::try_parse_from(["loginsjekk", "decode"]).unwrap_err();
        let line = one_line(&err.render().to_string());
        assert!(!line.contains('\n'));
        assert!(line.contains("<CODE>"), "{line}");
        let err = Cli::try_parse_from(["loginsjekk", "--only", "nosuch"]).unwrap_err();
        let line = one_line(&err.render().to_string());
        assert!(line.contains("unknown check 'nosuch'"), "{line}");
    }
}
