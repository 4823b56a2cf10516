//! Dates, lengths of time and numbers in words, as each language writes them.

use fluent_bundle::{FluentArgs, FluentValue};

use super::Locale;
use crate::report::ArgValue;

impl Locale {
    /// A date in this language: "25 November 2026", "25. november 2026".
    pub fn date(&self, date: time::Date) -> String {
        let month = self.ui(&format!("month-{}", date.month() as u8), &[]);
        self.ui(
            "date",
            &[
                ("day", ArgValue::Number(i64::from(date.day()))),
                ("month", ArgValue::Text(month)),
                ("year", ArgValue::Number(i64::from(date.year()))),
            ],
        )
    }

    /// A length of time in its two largest units, rounded to the smaller of them as a person
    /// would say it: "3 hours 12 minutes", "2 dager 1 time", "5 days" for 4 days 23 hours 59 minutes.
    pub fn duration(&self, seconds: i64) -> String {
        let seconds = seconds.unsigned_abs();
        let step = match seconds {
            86_400.. => 3_600,
            3_600.. => 60,
            _ => 1,
        };
        let seconds = (seconds + step / 2) / step * step;
        let units = [
            ("unit-days", seconds / 86_400),
            ("unit-hours", seconds / 3_600 % 24),
            ("unit-minutes", seconds / 60 % 60),
            ("unit-seconds", seconds % 60),
        ];
        let words: Vec<String> = units
            .iter()
            .skip_while(|(_, n)| *n == 0)
            .take(2)
            .filter(|(_, n)| *n > 0)
            .map(|(unit, n)| self.ui(unit, &[("n", ArgValue::Number(*n as i64))]))
            .collect();
        if words.is_empty() {
            self.ui("unit-seconds", &[("n", ArgValue::Number(0))])
        } else {
            words.join(" ")
        }
    }

    /// A message's arguments as Fluent takes them. Numbers stay numbers, so that a selector
    /// on one (`{ $n -> [one] … *[other] … }`) follows the language's plural rules; dates and
    /// lengths of time are written in words first.
    pub(super) fn fluent_args(&self, args: &[(&str, ArgValue)]) -> FluentArgs<'static> {
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            let value = match value {
                // Arguments carry outside text (paths, names, headers): never raw controls.
                ArgValue::Text(text) => FluentValue::from(crate::escape::controls(text)),
                ArgValue::Number(n) => FluentValue::from(*n),
                ArgValue::Date(date) => FluentValue::from(self.date(*date)),
                ArgValue::Duration(seconds) => FluentValue::from(self.duration(*seconds)),
            };
            fluent_args.set(name.to_string(), value);
        }
        fluent_args
    }
}
