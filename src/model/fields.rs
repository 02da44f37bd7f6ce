//! Value types shared by several content types: dates, language levels, media, licences.

use std::fmt;

use schemars::JsonSchema;
use serde::{Deserialize, Deserializer, Serialize};

/// An ISO calendar date, `YYYY-MM-DD`, shown as `d.m.yyyy`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: u16,
    pub month: u8,
    pub day: u8,
}

impl Date {
    pub fn parse(text: &str) -> Option<Date> {
        let mut parts = text.trim().splitn(3, '-');
        let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
        if y.len() != 4 || m.len() != 2 || d.len() != 2 {
            return None;
        }
        let date = Date {
            year: y.parse().ok()?,
            month: m.parse().ok()?,
            day: d.parse().ok()?,
        };
        let leap = date.year.is_multiple_of(4)
            && (!date.year.is_multiple_of(100) || date.year.is_multiple_of(400));
        let days = match date.month {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            2 if leap => 29,
            2 => 28,
            _ => return None,
        };
        (1..=days).contains(&date.day).then_some(date)
    }

    /// `15.5.2023`
    pub fn finnish(&self) -> String {
        format!("{}.{}.{}", self.day, self.month, self.year)
    }

    /// Days since 1970-01-01 (for "older than a year" checks).
    pub fn days(&self) -> i64 {
        let (y, m, d) = (self.year as i64, self.month as i64, self.day as i64);
        let (y, m) = if m <= 2 { (y - 1, m + 9) } else { (y, m - 3) };
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let doy = (153 * m + 2) / 5 + d - 1;
        era * 146_097 + yoe * 365 + yoe / 4 - yoe / 100 + doy - 719_468
    }

    pub fn from_days(days: i64) -> Date {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as u16;
        Date { year, month, day }
    }

    pub fn today() -> Date {
        let secs = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_secs());
        Date::from_days((secs / 86_400) as i64)
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        Date::parse(&text)
            .ok_or_else(|| serde::de::Error::custom(format!("`{text}`{}", crate::yaml::NOT_A_DATE)))
    }
}

impl JsonSchema for Date {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Date".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$",
            "examples": ["2023-05-15"]
        })
    }
}

/// A CEFR level with the Finnish sub-levels.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, JsonSchema)]
pub enum Level {
    #[serde(rename = "A1.1")]
    A11,
    #[serde(rename = "A1.2")]
    A12,
    #[serde(rename = "A1.3")]
    A13,
    #[serde(rename = "A2.1")]
    A21,
    #[serde(rename = "A2.2")]
    A22,
    #[serde(rename = "B1.1")]
    B11,
    #[serde(rename = "B1.2")]
    B12,
    #[serde(rename = "B2.1")]
    B21,
    #[serde(rename = "B2.2")]
    B22,
    C1,
    C2,
}

impl Level {
    pub const ALL: [Level; 11] = [
        Level::A11,
        Level::A12,
        Level::A13,
        Level::A21,
        Level::A22,
        Level::B11,
        Level::B12,
        Level::B21,
        Level::B22,
        Level::C1,
        Level::C2,
    ];

    pub fn name(self) -> &'static str {
        [
            "A1.1", "A1.2", "A1.3", "A2.1", "A2.2", "B1.1", "B1.2", "B2.1", "B2.2", "C1", "C2",
        ][self as usize]
    }

    pub fn slug(self) -> String {
        crate::finnish::slug(self.name())
    }
}

#[derive(Debug, Clone, Copy, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct LevelRange {
    pub min: Level,
    pub max: Level,
}

impl LevelRange {
    /// Every level in the range, so that A2.2–B1.1 is found under both A2.2 and B1.1.
    pub fn levels(&self) -> Vec<Level> {
        Level::ALL
            .into_iter()
            .filter(|l| *l >= self.min && *l <= self.max)
            .collect()
    }

    pub fn text(&self) -> String {
        if self.min == self.max {
            self.min.name().to_string()
        } else {
            format!("{}–{}", self.min.name(), self.max.name())
        }
    }
}

/// A value written either as one item or as a list: `project: a` or `project: [a, b]`.
#[derive(Debug, Clone, Default)]
pub struct OneOrMany(pub Vec<String>);

impl JsonSchema for OneOrMany {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "OneOrMany".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "anyOf": [{ "type": "string" }, { "type": "array", "items": { "type": "string" } }]
        })
    }
}

impl<'de> Deserialize<'de> for OneOrMany {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        #[derive(Deserialize)]
        #[serde(untagged)]
        enum Shape {
            One(String),
            Many(Vec<String>),
        }
        match Shape::deserialize(deserializer) {
            Ok(Shape::One(one)) => Ok(OneOrMany(vec![one])),
            Ok(Shape::Many(many)) => Ok(OneOrMany(many)),
            Err(_) => Err(serde::de::Error::custom(crate::yaml::NOT_IDS)),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Register {
    Yleiskieli,
    Selkea,
    Selkokieli,
}

/// Licences Polku knows how to name and link.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Default, JsonSchema)]
pub enum License {
    #[default]
    #[serde(rename = "CC-BY-4.0")]
    CcBy,
    #[serde(rename = "CC-BY-SA-4.0")]
    CcBySa,
    #[serde(rename = "CC-BY-NC-4.0")]
    CcByNc,
    #[serde(rename = "CC-BY-ND-4.0")]
    CcByNd,
    #[serde(rename = "CC0-1.0")]
    Cc0,
    #[serde(rename = "all-rights-reserved")]
    AllRightsReserved,
}

impl License {
    pub fn id(self) -> &'static str {
        match self {
            License::CcBy => "CC-BY-4.0",
            License::CcBySa => "CC-BY-SA-4.0",
            License::CcByNc => "CC-BY-NC-4.0",
            License::CcByNd => "CC-BY-ND-4.0",
            License::Cc0 => "CC0-1.0",
            License::AllRightsReserved => "all-rights-reserved",
        }
    }

    pub fn url(self) -> Option<&'static str> {
        match self {
            License::CcBy => Some("https://creativecommons.org/licenses/by/4.0/deed.fi"),
            License::CcBySa => Some("https://creativecommons.org/licenses/by-sa/4.0/deed.fi"),
            License::CcByNc => Some("https://creativecommons.org/licenses/by-nc/4.0/deed.fi"),
            License::CcByNd => Some("https://creativecommons.org/licenses/by-nd/4.0/deed.fi"),
            License::Cc0 => Some("https://creativecommons.org/publicdomain/zero/1.0/deed.fi"),
            License::AllRightsReserved => None,
        }
    }
}

/// A picture, sound or video, in the same shape everywhere.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Media {
    pub file: String,
    pub alt: Option<String>,
    #[serde(default)]
    pub decorative: bool,
    pub transcript: Option<String>,
    pub captions: Option<String>,
    pub license: Option<License>,
    pub credit: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MediaKind {
    Image,
    Audio,
    Video,
}

impl MediaKind {
    pub fn of(file: &str) -> Option<MediaKind> {
        let ext = file.rsplit('.').next()?.to_ascii_lowercase();
        match ext.as_str() {
            "jpg" | "jpeg" | "png" | "webp" | "gif" | "svg" => Some(MediaKind::Image),
            "mp3" | "ogg" | "oga" | "m4a" | "wav" | "opus" => Some(MediaKind::Audio),
            "mp4" | "webm" | "ogv" | "mov" => Some(MediaKind::Video),
            _ => None,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            MediaKind::Image => "image",
            MediaKind::Audio => "audio",
            MediaKind::Video => "video",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_parse_strictly_and_show_finnish() {
        assert_eq!(Date::parse("2023-05-15").unwrap().finnish(), "15.5.2023");
        assert!(Date::parse("2023-02-29").is_none());
        assert!(Date::parse("2024-02-29").is_some());
        assert!(Date::parse("15.5.2023").is_none());
    }

    #[test]
    fn days_round_trip() {
        let d = Date::parse("2026-11-23").unwrap();
        assert_eq!(Date::from_days(d.days()), d);
        assert_eq!(Date::parse("1970-01-02").unwrap().days(), 1);
    }

    #[test]
    fn level_ranges_list_every_level() {
        let range = LevelRange {
            min: Level::A22,
            max: Level::B11,
        };
        assert_eq!(range.levels(), vec![Level::A22, Level::B11]);
        assert_eq!(range.text(), "A2.2–B1.1");
    }
}
