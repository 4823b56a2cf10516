//! Oracle's critical patch update calendar, so the Java facts do not go stale in a quarter.
//!
//! Critical patch updates come on the third Tuesday of January, April, July and October, and each
//! raises a line's update number by one (by ten for Java 8: 8u511, 8u521). Out-of-band releases
//! such as 17.0.21.1 and 8u513 come between them and do not change the count.

use time::{Date, Month, Weekday};

use super::version::JavaVersion;

const CPU_MONTHS: [Month; 4] = [Month::January, Month::April, Month::July, Month::October];

/// The third Tuesday of a month.
fn third_tuesday(year: i32, month: Month) -> Option<Date> {
    let first = Date::from_calendar_date(year, month, 1).ok()?;
    let to_tuesday = (7 + Weekday::Tuesday.number_days_from_monday()
        - first.weekday().number_days_from_monday())
        % 7;
    Date::from_calendar_date(year, month, 1 + to_tuesday + 14).ok()
}

/// How many critical patch updates came after `since` and on or before `today`.
pub fn updates_between(since: Date, today: Date) -> u32 {
    let mut count = 0;
    // A wrong clock a thousand years ahead must not make this loop for long.
    for year in since.year()..=today.year().min(since.year() + 100) {
        for month in CPU_MONTHS {
            if third_tuesday(year, month).is_some_and(|day| day > since && day <= today) {
                count += 1;
            }
        }
    }
    count
}

/// The oldest release of `latest`'s line that the calendar says must exist by `today`, when it
/// is newer than `latest`: `None` while no critical patch update has come since `since`.
pub fn predicted_minimum(latest: &JavaVersion, since: Date, today: Date) -> Option<JavaVersion> {
    let updates = updates_between(since, today);
    if updates == 0 {
        return None;
    }
    // Java 8's quarterly updates end in 1 (8u511); an out-of-band 8u513 counts from 8u511.
    let (step, base) = if latest.feature == 8 {
        (10, latest.update() - latest.update().saturating_sub(1) % 10)
    } else {
        (1, latest.update())
    };
    let update = base.saturating_add(updates.saturating_mul(step));
    let text = if latest.feature <= 8 {
        format!("1.{}.0_{update}", latest.feature)
    } else {
        format!("{}.0.{update}", latest.feature)
    };
    JavaVersion::parse(&text)
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    fn v(text: &str) -> JavaVersion {
        JavaVersion::parse(text).unwrap()
    }

    #[test]
    fn third_tuesdays() {
        assert_eq!(
            third_tuesday(2026, Month::October),
            Some(date!(2026 - 10 - 20))
        );
        assert_eq!(
            third_tuesday(2027, Month::January),
            Some(date!(2027 - 01 - 19))
        );
        assert_eq!(
            third_tuesday(2027, Month::April),
            Some(date!(2027 - 04 - 20))
        );
        assert_eq!(
            third_tuesday(2026, Month::July),
            Some(date!(2026 - 07 - 21))
        );
    }

    #[test]
    fn counting_updates() {
        let since = date!(2026 - 11 - 17);
        assert_eq!(updates_between(since, date!(2027 - 01 - 18)), 0);
        assert_eq!(updates_between(since, date!(2027 - 01 - 19)), 1);
        assert_eq!(updates_between(since, date!(2027 - 12 - 01)), 4);
        assert_eq!(updates_between(since, date!(2026 - 01 - 01)), 0);
        assert_eq!(
            updates_between(date!(2026 - 10 - 20), date!(2026 - 10 - 20)),
            0
        );
    }

    #[test]
    fn predictions() {
        let since = date!(2026 - 11 - 17);
        let today = date!(2027 - 12 - 01);
        assert_eq!(
            predicted_minimum(&v("17.0.21.1"), since, today),
            Some(v("17.0.25"))
        );
        assert_eq!(
            predicted_minimum(&v("1.8.0_513"), since, today),
            Some(v("1.8.0_551"))
        );
        assert_eq!(
            predicted_minimum(&v("1.8.0_513"), since, date!(2027 - 02 - 01)),
            Some(v("1.8.0_521"))
        );
        assert_eq!(
            predicted_minimum(&v("25.0.5.1"), since, today),
            Some(v("25.0.9"))
        );
        assert_eq!(
            predicted_minimum(&v("17.0.21.1"), since, date!(2026 - 12 - 01)),
            None
        );
    }
}
