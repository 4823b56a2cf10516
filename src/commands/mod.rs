//! One module per command. Each returns its exit code, or a one-line error for exit code 2.

pub mod card;
pub mod check;
pub mod decode;
pub mod deliver;
pub mod explain;
pub mod generate;
pub mod id_number;
pub mod watch;

use crate::cli::GlobalArgs;
use crate::locale::{system_lang, Locale};

/// The language the user asked for, or the system's.
fn locale(global: &GlobalArgs) -> Locale {
    Locale::new(global.lang.unwrap_or_else(system_lang)).with_os(crate::inputs::os())
}
