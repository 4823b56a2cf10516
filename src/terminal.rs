//! What the terminal can show: colour and symbols, decided once from flags and environment.

use crate::cli::ColorChoice;

/// How text output may look.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Look {
    pub color: bool,
    /// False on terminals that cannot show symbols such as ✓ (`TERM=dumb`).
    pub unicode: bool,
}

impl Look {
    /// Decides from `--color`, `NO_COLOR`, `CLICOLOR_FORCE` and `TERM`; `env` reads a variable.
    pub fn decide(
        choice: ColorChoice,
        is_terminal: bool,
        env: impl Fn(&str) -> Option<String>,
    ) -> Look {
        let set = |name: &str| env(name).filter(|v| !v.is_empty());
        let dumb = set("TERM").is_some_and(|term| term == "dumb");
        let color = match choice {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => {
                if set("NO_COLOR").is_some() {
                    false
                } else if set("CLICOLOR_FORCE").is_some_and(|v| v != "0") {
                    true
                } else {
                    is_terminal && !dumb
                }
            }
        };
        Look {
            color,
            unicode: !dumb,
        }
    }

    /// Decides from the real environment, and tells `colored` the decision, so that nothing
    /// else (its own reading of the environment) can overrule it.
    pub fn from_env(choice: ColorChoice, is_terminal: bool) -> Look {
        let look = Look::decide(choice, is_terminal, |name| std::env::var(name).ok());
        colored::control::set_override(look.color);
        look
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn look(choice: ColorChoice, tty: bool, vars: &[(&str, &str)]) -> Look {
        Look::decide(choice, tty, |name| {
            vars.iter()
                .find(|(k, _)| *k == name)
                .map(|(_, v)| v.to_string())
        })
    }

    #[test]
    fn colour_follows_flag_then_environment_then_terminal() {
        assert!(look(ColorChoice::Auto, true, &[]).color);
        assert!(!look(ColorChoice::Auto, false, &[]).color);
        assert!(!look(ColorChoice::Auto, true, &[("NO_COLOR", "1")]).color);
        assert!(look(ColorChoice::Auto, true, &[("NO_COLOR", "")]).color);
        assert!(look(ColorChoice::Auto, false, &[("CLICOLOR_FORCE", "1")]).color);
        assert!(!look(ColorChoice::Auto, false, &[("CLICOLOR_FORCE", "0")]).color);
        assert!(!look(ColorChoice::Auto, true, &[("TERM", "dumb")]).color);
        assert!(look(ColorChoice::Always, false, &[("NO_COLOR", "1")]).color);
        assert!(!look(ColorChoice::Never, true, &[("CLICOLOR_FORCE", "1")]).color);
    }

    #[test]
    fn symbols_fall_back_to_ascii_on_dumb_terminals() {
        assert!(look(ColorChoice::Never, false, &[]).unicode);
        assert!(!look(ColorChoice::Never, false, &[("TERM", "dumb")]).unicode);
    }
}
