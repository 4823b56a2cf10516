//! loginsjekk: checks whether a computer is ready to log in to helsenorge.no through ID-porten.
//!
//! Data flows one way: probes (in each check module) observe the system, judges turn
//! observations into findings with stable codes, and renderers put the findings into words.

// First, so that every check can declare its codes with `finding_codes!`.
#[macro_use]
pub mod code;

pub mod app;
pub mod atr;
pub mod checks;
pub mod cli;
pub mod commands;
pub mod console;
pub mod escape;
pub mod id_number;
pub mod inputs;
pub mod interrupt;
pub mod java_version;
#[cfg(windows)]
mod job_object;
pub mod locale;
pub mod methods;
pub mod os_family;
pub mod output;
pub mod pause;
pub mod pcsc;
pub mod probes;
pub mod profile;
pub mod redact;
pub mod render;
pub mod report;
pub mod runner;
pub mod support_code;
pub mod terminal;
