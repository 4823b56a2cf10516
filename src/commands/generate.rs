//! `completions` and `man`: files generated from the command-line definition, for packaging.

use clap::CommandFactory;

use crate::cli::Cli;
use crate::output::to_stdout;

pub fn completions(shell: clap_complete::Shell) -> Result<i32, String> {
    let mut buffer = Vec::new();
    clap_complete::generate(shell, &mut Cli::command(), "loginsjekk", &mut buffer);
    to_stdout(&String::from_utf8_lossy(&buffer))?;
    Ok(0)
}

pub fn man() -> Result<i32, String> {
    let mut buffer = Vec::new();
    clap_mangen::Man::new(Cli::command())
        .render(&mut buffer)
        .map_err(|e| format!("cannot render the manual page: {e}"))?;
    to_stdout(&String::from_utf8_lossy(&buffer))?;
    Ok(0)
}
