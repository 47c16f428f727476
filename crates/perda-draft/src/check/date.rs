//! Calendar dates, enough for as-of dates: parsing `2026-01-02` and Indonesian dates
//! (`12 Juli 2010`), comparing, and today's date from the system clock.

use std::fmt;

/// A calendar date (proleptic Gregorian).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    /// Year.
    pub year: i32,
    /// Month, 1–12.
    pub month: u8,
    /// Day, 1–31.
    pub day: u8,
}

const MONTHS: [&str; 12] = [
    "januari",
    "februari",
    "maret",
    "april",
    "mei",
    "juni",
    "juli",
    "agustus",
    "september",
    "oktober",
    "november",
    "desember",
];

impl Date {
    /// A date, if it exists.
    pub fn new(year: i32, month: u8, day: u8) -> Option<Date> {
        let dim = days_in_month(year, month)?;
        (day >= 1 && day <= dim).then_some(Date { year, month, day })
    }

    /// 2 January 2026: the new KUHP (UU 1/2023) and UU 1/2026 on Penyesuaian Pidana take
    /// effect; criminal provisions of a Perda follow regime B from this date.
    pub const KUHP_2023_IN_FORCE: Date = Date {
        year: 2026,
        month: 1,
        day: 2,
    };

    /// Today's date (UTC) from the system clock.
    pub fn today() -> Date {
        let secs = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_secs())
            .unwrap_or(0);
        let days = i64::try_from(secs / 86_400).unwrap_or(0);
        civil_from_days(days)
    }

    /// Parses `YYYY-MM-DD` or an Indonesian date such as `12 Juli 2010`.
    pub fn parse(s: &str) -> Option<Date> {
        let s = s.trim();
        if let Some((y, rest)) = s.split_once('-') {
            let (m, d) = rest.split_once('-')?;
            return Date::new(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?);
        }
        Date::parse_indonesian(s)
    }

    /// Finds an Indonesian date (`12 Juli 2010`) in a text.
    pub fn parse_indonesian(s: &str) -> Option<Date> {
        let words: Vec<&str> = s
            .split(|c: char| c.is_whitespace() || c == ',')
            .filter(|w| !w.is_empty())
            .collect();
        for w in words.windows(3) {
            let [d, m, y] = w else { continue };
            let Some(mi) = MONTHS.iter().position(|x| x.eq_ignore_ascii_case(m)) else {
                continue;
            };
            let (Ok(day), Ok(year)) = (d.parse::<u8>(), y.trim_end_matches('.').parse::<i32>())
            else {
                continue;
            };
            if let Some(date) = Date::new(year, u8::try_from(mi + 1).ok()?, day) {
                return Some(date);
            }
        }
        None
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl std::str::FromStr for Date {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        Date::parse(s).ok_or_else(|| format!("`{s}` is not a date (expected YYYY-MM-DD)"))
    }
}

fn days_in_month(year: i32, month: u8) -> Option<u8> {
    let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    Some(match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return None,
    })
}

/// Days since 1970-01-01 to a civil date (Howard Hinnant's algorithm).
fn civil_from_days(z: i64) -> Date {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = if m <= 2 { y + 1 } else { y };
    Date {
        year: i32::try_from(y).unwrap_or(1970),
        month: u8::try_from(m).unwrap_or(1),
        day: u8::try_from(d).unwrap_or(1),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_iso_and_indonesian_dates() {
        assert_eq!(Date::parse("2026-01-02"), Some(Date::KUHP_2023_IN_FORCE));
        assert_eq!(
            Date::parse("pada tanggal 12 Juli 2010"),
            Date::new(2010, 7, 12)
        );
        assert_eq!(Date::parse("2026-02-30"), None);
        assert_eq!(Date::parse("pada tanggal ..."), None);
    }

    #[test]
    fn converts_epoch_days() {
        assert_eq!(civil_from_days(0), Date::new(1970, 1, 1).unwrap());
        assert_eq!(civil_from_days(20_455), Date::new(2026, 1, 2).unwrap());
    }
}
