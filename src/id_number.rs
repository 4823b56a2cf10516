//! Norwegian national identity numbers: fødselsnummer, D-number, H-number and synthetic test
//! numbers. Pure functions, nothing stored: the number never leaves the function that reads it,
//! except masked (`010190*****`).

use time::Date;

/// What kind of number it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Fødselsnummer: the national identity number.
    NationalId,
    /// D-number: for people without a national identity number (first digit + 4).
    DNumber,
    /// H-number: a help number used in health care (month + 40).
    HNumber,
    /// A synthetic test number (month + 80).
    Synthetic,
}

impl Kind {
    pub fn id(self) -> &'static str {
        match self {
            Kind::NationalId => "national-id",
            Kind::DNumber => "d-number",
            Kind::HNumber => "h-number",
            Kind::Synthetic => "synthetic",
        }
    }

    /// Commfides e-ID needs a national identity number or a D-number.
    pub fn qualifies_for_commfides(self) -> bool {
        matches!(self, Kind::NationalId | Kind::DNumber)
    }
}

/// A valid number, judged.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Judged {
    pub kind: Kind,
    pub birth_date: Date,
    /// Valid only under the rules that apply from 2032 (the first check digit may be any of four).
    pub rules_2032: bool,
    /// The first six digits and asterisks: `010190*****`.
    pub masked: String,
}

/// Why a number is not valid, most useful first: the order in which they are looked for.
/// No variant holds the number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Problem {
    /// Not 11 digits (spaces are allowed between groups).
    Shape,
    /// The date in it is not a real date.
    Date,
    /// The date of birth is after today.
    FutureDate,
    /// The check digits do not match: a digit is wrong or two are swapped.
    CheckDigits,
    /// The check digits pass only under the rules for new numbers, before those rules apply:
    /// no such number has been issued, so it is most likely a typo.
    Only2032Rules,
}

impl Problem {
    /// The stable reason code of an invalid number (the JSON `reason`).
    pub fn id(self) -> &'static str {
        match self {
            Problem::Shape => "shape",
            Problem::Date => "date",
            Problem::FutureDate => "future-date",
            Problem::CheckDigits => "check-digits",
            Problem::Only2032Rules => "check-digits-only-2032-rules",
        }
    }
}

/// What a judgement depends on besides the number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Context {
    /// The day the number is checked on.
    pub today: Date,
    /// From this day numbers under the new check-digit rules exist (the profile's `[id_number]`).
    pub rules_2032_from: Date,
}

const K1_WEIGHTS: [u32; 10] = [3, 7, 6, 1, 8, 9, 4, 5, 2, 1];
const K2_WEIGHTS: [u32; 11] = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2, 1];

/// The first six digits, the rest masked, for anything shaped like a number; never the whole.
pub fn mask(digits: &[u32]) -> String {
    let shown: String = digits
        .iter()
        .take(6)
        .map(|d| char::from_digit(*d, 10).unwrap_or('?'))
        .collect();
    format!("{shown}*****")
}

/// Judges a number. Problems are looked for in [`Problem`]'s order, so the reason given is the
/// most useful one: a date that cannot be right says more than check digits that do not match.
pub fn judge(text: &str, context: &Context) -> Result<Judged, Problem> {
    let cleaned: String = text
        .chars()
        .filter(|c| !matches!(c, ' ' | '\t' | '.' | '-'))
        .collect();
    let digits: Vec<u32> = cleaned
        .chars()
        .map(|c| c.to_digit(10))
        .collect::<Option<_>>()
        .ok_or(Problem::Shape)?;
    if digits.len() != 11 || !cleaned.is_ascii() {
        return Err(Problem::Shape);
    }
    let number = |i: usize, n: usize| digits[i..i + n].iter().fold(0, |acc, d| acc * 10 + d);
    let (mut day, mut month, year, individual) =
        (number(0, 2), number(2, 2), number(4, 2), number(6, 3));
    let mut kind = Kind::NationalId;
    if day > 40 {
        day -= 40;
        kind = Kind::DNumber;
    }
    if month > 80 {
        month -= 80;
        kind = Kind::Synthetic;
    } else if month > 40 {
        month -= 40;
        kind = Kind::HNumber;
    }
    let century = match (individual, year) {
        (0..=499, _) => 1900,
        (500..=749, 54..=99) => 1800,
        (500..=999, 0..=39) => 2000,
        (900..=999, 40..=99) => 1900,
        _ => return Err(Problem::Date),
    };
    let month = time::Month::try_from(month as u8).map_err(|_| Problem::Date)?;
    let birth_date = Date::from_calendar_date(century + year as i32, month, day as u8)
        .map_err(|_| Problem::Date)?;
    if birth_date > context.today {
        return Err(Problem::FutureDate);
    }
    let sum = |weights: &[u32]| weights.iter().zip(&digits).map(|(w, d)| w * d).sum::<u32>() % 11;
    // Today's rule: the remainder with the first check digit is 0. From 2032 it may be 0 to 3.
    let k1 = sum(&K1_WEIGHTS);
    if k1 > 3 || sum(&K2_WEIGHTS) != 0 {
        return Err(Problem::CheckDigits);
    }
    if k1 != 0 && context.today < context.rules_2032_from {
        return Err(Problem::Only2032Rules);
    }
    Ok(Judged {
        kind,
        birth_date,
        rules_2032: k1 != 0,
        masked: mask(&digits),
    })
}

/// Whole years from `born` to `today`.
pub fn age(born: Date, today: Date) -> i32 {
    let mut years = today.year() - born.year();
    if (today.month() as u8, today.day()) < (born.month() as u8, born.day()) {
        years -= 1;
    }
    years
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    /// The check digit that makes the weighted sum divisible by 11 (10: there is none).
    fn check_digit(weights: &[u32], digits: &[u32]) -> u32 {
        (11 - weights.iter().zip(digits).map(|(w, d)| w * d).sum::<u32>() % 11) % 11
    }

    fn text(digits: &[u32]) -> String {
        digits
            .iter()
            .map(|d| char::from_digit(*d, 10).unwrap())
            .collect()
    }

    /// Builds a valid number from date digits and an individual number under today's rule,
    /// or `None` when no check digits exist for it (a computed 10).
    pub fn make(prefix: &str, individual: u32) -> Option<String> {
        let mut digits: Vec<u32> = format!("{prefix}{individual:03}")
            .chars()
            .map(|c| c.to_digit(10).unwrap())
            .collect();
        for weights in [&K1_WEIGHTS[..9], &K2_WEIGHTS[..10]] {
            let digit = check_digit(weights, &digits);
            if digit == 10 {
                return None;
            }
            digits.push(digit);
        }
        Some(text(&digits))
    }

    /// A day before the 2032 rules apply, as the profile has them.
    const NOW: Context = Context {
        today: date!(2026 - 11 - 25),
        rules_2032_from: date!(2032 - 01 - 01),
    };

    fn judge_now(text: &str) -> Result<Judged, Problem> {
        judge(text, &NOW)
    }

    fn first_valid(prefix: &str, from: u32) -> String {
        (from..from + 100).find_map(|i| make(prefix, i)).unwrap()
    }

    #[test]
    fn each_kind_from_generated_numbers() {
        let national = first_valid("010190", 100);
        let judged = judge_now(&national).unwrap();
        assert_eq!(
            (judged.kind, judged.birth_date, judged.rules_2032),
            (Kind::NationalId, date!(1990 - 01 - 01), false)
        );
        assert_eq!(judged.masked, "010190*****");
        let d = judge_now(&first_valid("410190", 100)).unwrap();
        assert_eq!(
            (d.kind, d.birth_date),
            (Kind::DNumber, date!(1990 - 01 - 01))
        );
        let h = judge_now(&first_valid("014190", 100)).unwrap();
        assert_eq!(
            (h.kind, h.birth_date),
            (Kind::HNumber, date!(1990 - 01 - 01))
        );
        let synthetic = judge_now(&first_valid("018190", 100)).unwrap();
        assert_eq!(
            (synthetic.kind, synthetic.birth_date),
            (Kind::Synthetic, date!(1990 - 01 - 01))
        );
        assert!(
            Kind::DNumber.qualifies_for_commfides() && !Kind::HNumber.qualifies_for_commfides()
        );
    }

    #[test]
    fn centuries_from_the_individual_number() {
        assert_eq!(
            judge_now(&first_valid("010199", 100))
                .unwrap()
                .birth_date
                .year(),
            1999
        );
        assert_eq!(
            judge_now(&first_valid("010110", 500))
                .unwrap()
                .birth_date
                .year(),
            2010
        );
        assert_eq!(
            judge_now(&first_valid("010160", 900))
                .unwrap()
                .birth_date
                .year(),
            1960
        );
        assert_eq!(
            judge_now(&first_valid("010160", 500))
                .unwrap()
                .birth_date
                .year(),
            1860
        );
    }

    #[test]
    fn wrong_check_digits_wrong_dates_and_shapes() {
        let valid = first_valid("010190", 100);
        let mut wrong = valid.clone().into_bytes();
        wrong[10] = if wrong[10] == b'9' {
            b'0'
        } else {
            wrong[10] + 1
        };
        assert_eq!(
            judge_now(std::str::from_utf8(&wrong).unwrap()),
            Err(Problem::CheckDigits)
        );
        assert_eq!(
            judge_now(&first_valid("310290", 100)),
            Err(Problem::Date),
            "31 February"
        );
        for shape in [
            "",
            "0101901234",
            "010190123456",
            "01019O12345",
            "abcdefghijk",
            "٠١٠١٩٠١٢٣٤٥",
        ] {
            assert_eq!(judge_now(shape), Err(Problem::Shape), "{shape}");
        }
        assert_eq!(
            judge_now(&format!("{} {}", &valid[..6], &valid[6..]))
                .unwrap()
                .masked,
            "010190*****"
        );
    }

    /// Numbers from `base` whose first check digit leaves a remainder of 1, 2 or 3: valid only
    /// under the rules for new numbers.
    fn only_under_2032_rules(base: &str) -> Vec<String> {
        let digits: Vec<u32> = base.chars().map(|c| c.to_digit(10).unwrap()).collect();
        (0..10)
            .filter_map(|k1| {
                let mut candidate = digits[..9].to_vec();
                candidate.push(k1);
                let remainder = (11 - check_digit(&K1_WEIGHTS, &candidate)) % 11;
                let k2 = check_digit(&K2_WEIGHTS[..10], &candidate);
                if !(1..=3).contains(&remainder) || k2 == 10 {
                    return None;
                }
                candidate.push(k2);
                Some(text(&candidate))
            })
            .collect()
    }

    #[test]
    fn rules_from_2032_allow_four_first_check_digits_from_their_day_on() {
        let numbers = only_under_2032_rules(&first_valid("010190", 100));
        assert!(!numbers.is_empty());
        let from = NOW.rules_2032_from;
        for number in &numbers {
            assert_eq!(judge_now(number), Err(Problem::Only2032Rules), "{number}");
            let eve = Context {
                today: from.previous_day().unwrap(),
                ..NOW
            };
            assert_eq!(judge(number, &eve), Err(Problem::Only2032Rules));
            for today in [from, from.next_day().unwrap()] {
                let judged = judge(number, &Context { today, ..NOW }).unwrap();
                assert!(judged.rules_2032, "{number} on {today}");
            }
        }
        // A number valid under today's rules stays valid, and is not marked as new.
        let today_rules = first_valid("010190", 100);
        let after = Context { today: from, ..NOW };
        assert!(!judge(&today_rules, &after).unwrap().rules_2032);
    }

    #[test]
    fn a_birth_date_after_today_is_not_valid() {
        // 25 November 2026 is NOW's today.
        let born_today = first_valid("251126", 500);
        let judged = judge_now(&born_today).unwrap();
        assert_eq!(age(judged.birth_date, NOW.today), 0);
        assert_eq!(
            judge_now(&first_valid("261126", 500)),
            Err(Problem::FutureDate)
        );
        assert_eq!(
            judge_now(&first_valid("010130", 500)),
            Err(Problem::FutureDate),
            "2030"
        );
        // D-numbers, H-numbers and synthetic numbers carry a date of birth too.
        for prefix in ["661126", "265126", "269126"] {
            assert_eq!(
                judge_now(&first_valid(prefix, 500)),
                Err(Problem::FutureDate),
                "{prefix}"
            );
        }
    }

    /// `number` with its last digit changed, so that its check digits no longer match.
    fn broken(number: &str) -> String {
        let mut bytes = number.as_bytes().to_vec();
        bytes[10] = if bytes[10] == b'9' {
            b'0'
        } else {
            bytes[10] + 1
        };
        String::from_utf8(bytes).unwrap()
    }

    #[test]
    fn the_most_useful_reason_comes_first() {
        // Digits and length, then the date, then the check digits.
        assert_eq!(judge_now("3102901234"), Err(Problem::Shape));
        assert_eq!(judge_now("31029O12345"), Err(Problem::Shape));
        let feb_31 = broken(&first_valid("310290", 100));
        assert_eq!(judge_now(&feb_31), Err(Problem::Date));
        assert_eq!(judge_now("31029012345"), Err(Problem::Date));
        let future = broken(&first_valid("261126", 500));
        assert_eq!(judge_now(&future), Err(Problem::FutureDate));
        let past = broken(&first_valid("251126", 500));
        assert_eq!(judge_now(&past), Err(Problem::CheckDigits));
        // A number of the new rules with a date in the future: the date is the reason.
        let new_future = &only_under_2032_rules(&first_valid("261126", 500))[0];
        assert_eq!(judge_now(new_future), Err(Problem::FutureDate));
    }

    #[test]
    fn reason_codes_are_distinct() {
        let codes = [
            Problem::Date,
            Problem::FutureDate,
            Problem::CheckDigits,
            Problem::Only2032Rules,
        ]
        .map(Problem::id);
        assert_eq!(
            codes,
            [
                "date",
                "future-date",
                "check-digits",
                "check-digits-only-2032-rules"
            ]
        );
    }

    #[test]
    fn age_counts_whole_years() {
        assert_eq!(age(date!(2010 - 12 - 01), date!(2026 - 11 - 25)), 15);
        assert_eq!(age(date!(2010 - 11 - 25), date!(2026 - 11 - 25)), 16);
    }
}
