//! Dates and lengths of time in words, as each language writes them.

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
}
