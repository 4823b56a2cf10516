//! What the terminal can show: colour and symbols, decided once from flags, environment and
//! (on Windows) what the console said about itself.

use std::borrow::Cow;
use std::sync::OnceLock;

use crate::report::Status;

/// `--color`: whether to colour the output.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

/// What the console behind stdout can do. Only a Windows console is asked (src/console.rs).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Console {
    /// Not a Windows console: a Unix terminal, a pipe or a file.
    #[default]
    Other,
    /// A Windows console that now interprets escape sequences (Windows 10 and later). Colour
    /// shows; ✓ and ✗ only in Windows Terminal: the console window's own fonts (Consolas,
    /// Lucida Console, raster) have no such glyphs, and it borrows none from other fonts.
    Vt,
    /// A Windows console host that cannot (before Windows 10, or "Use legacy console" set):
    /// colour would print as `←[32m`.
    Legacy,
}

static CONSOLE: OnceLock<Console> = OnceLock::new();

/// Records what the console said when it was prepared, for every later decision.
pub fn remember_console(console: Console) {
    let _ = CONSOLE.set(console);
}

fn console() -> Console {
    CONSOLE.get().copied().unwrap_or_default()
}

/// False on a console that would print escape sequences (such as the one that redraws a line)
/// as text.
pub fn escapes_work() -> bool {
    console() != Console::Legacy
}

/// How text output may look.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Look {
    pub color: bool,
    /// False where symbols such as ✓ cannot be shown (`TERM=dumb`, a Windows console window
    /// outside Windows Terminal) or are not wanted (`--ascii`).
    pub unicode: bool,
}

impl Look {
    /// Decides from `--color`, `--ascii`, `NO_COLOR`, `CLICOLOR_FORCE`, `TERM` and the console;
    /// `env` reads a variable.
    pub fn decide(
        choice: ColorChoice,
        ascii: bool,
        is_terminal: bool,
        console: Console,
        env: impl Fn(&str) -> Option<String>,
    ) -> Look {
        let set = |name: &str| env(name).filter(|v| !v.is_empty());
        let dumb = set("TERM").is_some_and(|term| term == "dumb");
        // Escape sequences on a console that cannot read them are only garbage, whatever was asked.
        let cannot_paint = is_terminal && console == Console::Legacy;
        let color = !cannot_paint
            && match choice {
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
        // Windows Terminal, which sets WT_SESSION, finds any glyph in some font.
        let glyphs = match console {
            Console::Other => !dumb,
            Console::Vt => set("WT_SESSION").is_some(),
            Console::Legacy => false,
        };
        Look {
            color,
            unicode: !ascii && glyphs,
        }
    }

    /// A report file is read elsewhere, later: plain, with symbols unless `--ascii`.
    pub fn for_file(ascii: bool) -> Look {
        Look {
            color: false,
            unicode: !ascii,
        }
    }

    /// Decides from the real environment and console, and tells `colored` the decision, so
    /// that nothing else (its own reading of the environment) can overrule it.
    pub fn from_env(choice: ColorChoice, ascii: bool, is_terminal: bool) -> Look {
        let look = Look::decide(choice, ascii, is_terminal, console(), |name| {
            std::env::var(name).ok()
        });
        colored::control::set_override(look.color);
        look
    }

    /// The look of what a command prints on stdout.
    pub fn for_stdout(color: ColorChoice, ascii: bool) -> Look {
        use std::io::IsTerminal;
        Look::from_env(color, ascii, std::io::stdout().is_terminal())
    }

    /// The mark of a status: `[✓]`, or `[OK]` where symbols cannot be shown.
    pub fn mark(self, status: Status) -> &'static str {
        match (status, self.unicode) {
            (Status::Pass, true) => "[✓]",
            (Status::Warn, true) => "[!]",
            (Status::Fail, true) => "[✗]",
            (Status::Absent | Status::Skipped, true) => "[–]",
            (Status::Pass, false) => "[OK]",
            (Status::Warn, false) => "[!]",
            (Status::Fail, false) => "[X]",
            (Status::Absent | Status::Skipped, false) => "[-]",
        }
    }

    pub fn arrow(self) -> &'static str {
        if self.unicode {
            "→"
        } else {
            "->"
        }
    }

    pub fn bullet(self) -> &'static str {
        if self.unicode {
            "·"
        } else {
            "*"
        }
    }

    /// Text as this look can show it: the symbols in the words (« » … ·) become ASCII where
    /// symbols cannot be shown. Letters (æ ø å) stay: every console shows them.
    pub fn shown(self, text: String) -> String {
        if self.unicode {
            text
        } else {
            match ascii_symbols(&text) {
                Cow::Borrowed(_) => text,
                Cow::Owned(plain) => plain,
            }
        }
    }
}

/// The symbols words may hold, with ASCII in their place.
fn ascii_symbols(text: &str) -> Cow<'_, str> {
    let plain = |c: char| -> Option<&'static str> {
        Some(match c {
            '«' | '»' | '“' | '”' | '„' => "\"",
            '‘' | '’' => "'",
            '…' => "...",
            '·' | '–' | '—' | '‑' => "-",
            '→' => "->",
            '✓' => "OK",
            '✗' => "X",
            '\u{a0}' => " ",
            _ => return None,
        })
    };
    if !text.chars().any(|c| plain(c).is_some()) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match plain(c) {
            Some(s) => out.push_str(s),
            None => out.push(c),
        }
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    const CONSOLES: [Console; 3] = [Console::Other, Console::Vt, Console::Legacy];
    const CHOICES: [ColorChoice; 3] = [ColorChoice::Auto, ColorChoice::Always, ColorChoice::Never];

    fn look_on(
        choice: ColorChoice,
        ascii: bool,
        tty: bool,
        console: Console,
        vars: &[(&str, &str)],
    ) -> Look {
        Look::decide(choice, ascii, tty, console, |name| {
            vars.iter()
                .find(|(k, _)| *k == name)
                .map(|(_, v)| v.to_string())
        })
    }

    fn look(choice: ColorChoice, tty: bool, vars: &[(&str, &str)]) -> Look {
        look_on(choice, false, tty, Console::Other, vars)
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

    /// Every combination of flag, `--ascii`, terminal, console, `TERM` and colour variables,
    /// against the rules written out once more.
    #[test]
    fn every_combination_of_console_terminal_and_flags() {
        let envs: [&[(&str, &str)]; 7] = [
            &[],
            &[("TERM", "dumb")],
            &[("TERM", "xterm-256color")],
            &[("NO_COLOR", "1")],
            &[("CLICOLOR_FORCE", "1")],
            &[("WT_SESSION", "0b1d7a2e")],
            &[("WT_SESSION", "0b1d7a2e"), ("TERM", "dumb")],
        ];
        for choice in CHOICES {
            for ascii in [false, true] {
                for tty in [false, true] {
                    for console in CONSOLES {
                        for vars in envs {
                            let got = look_on(choice, ascii, tty, console, vars);
                            let has = |name: &str| vars.iter().any(|(k, _)| *k == name);
                            let dumb = vars.contains(&("TERM", "dumb"));
                            let legacy = console == Console::Legacy;
                            let wanted = match choice {
                                ColorChoice::Always => true,
                                ColorChoice::Never => false,
                                ColorChoice::Auto if has("NO_COLOR") => false,
                                ColorChoice::Auto if has("CLICOLOR_FORCE") => true,
                                ColorChoice::Auto => tty && !dumb,
                            };
                            let case =
                                format!("{choice:?} ascii={ascii} tty={tty} {console:?} {vars:?}");
                            assert_eq!(got.color, wanted && !(tty && legacy), "{case}");
                            let glyphs = match console {
                                Console::Other => !dumb,
                                Console::Vt => has("WT_SESSION"),
                                Console::Legacy => false,
                            };
                            assert_eq!(got.unicode, !ascii && glyphs, "{case}");
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn windows_consoles_get_colour_where_it_works_and_symbols_only_in_windows_terminal() {
        let legacy = look_on(ColorChoice::Always, false, true, Console::Legacy, &[]);
        assert_eq!(
            legacy,
            Look {
                color: false,
                unicode: false
            }
        );
        // Piped on from a legacy console, forced colour is for the program reading it.
        assert!(look_on(ColorChoice::Always, false, false, Console::Legacy, &[]).color);
        // The console window of Windows 10 and 11: colour, but its fonts have no ✓.
        let conhost = look_on(ColorChoice::Auto, false, true, Console::Vt, &[]);
        assert!(conhost.color && !conhost.unicode);
        let terminal = look_on(
            ColorChoice::Auto,
            false,
            true,
            Console::Vt,
            &[("WT_SESSION", "x")],
        );
        assert!(terminal.color && terminal.unicode);
    }

    #[test]
    fn ascii_marks_bullets_and_arrows() {
        let ascii = Look::for_file(true);
        let marks: Vec<&str> = [Status::Pass, Status::Fail, Status::Warn, Status::Absent]
            .into_iter()
            .map(|s| ascii.mark(s))
            .collect();
        assert_eq!(marks, ["[OK]", "[X]", "[!]", "[-]"]);
        assert_eq!(ascii.mark(Status::Skipped), "[-]");
        assert_eq!((ascii.arrow(), ascii.bullet()), ("->", "*"));
        let unicode = Look::for_file(false);
        assert_eq!(unicode.mark(Status::Pass), "[✓]");
        assert_eq!(unicode.mark(Status::Fail), "[✗]");
        assert_eq!(unicode.mark(Status::Absent), "[–]");
        assert_eq!((unicode.arrow(), unicode.bullet()), ("→", "·"));
    }

    #[test]
    fn symbols_in_words_become_ascii_and_letters_stay() {
        let ascii = Look::for_file(true);
        assert_eq!(
            ascii.shown("Trykk «Åpne» … a · b – c → ✓ ✗ for å se".to_owned()),
            "Trykk \"Åpne\" ... a - b - c -> OK X for å se"
        );
        let text = "Sjekker… «ø»".to_owned();
        assert_eq!(Look::for_file(false).shown(text.clone()), text);
    }
}
