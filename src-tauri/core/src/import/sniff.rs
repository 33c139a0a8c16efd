//! Telling a file's format and columns from its header.

use std::collections::HashMap;

use super::Format;

/// The fields an import can read, and which column holds each.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Columns {
    idx: HashMap<Field, usize>,
}

/// A field LiveLedger reads from a column.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Field {
    /// When a gift arrived or a session started.
    Date,
    /// A separate time-of-day column.
    Time,
    /// Gift name.
    Gift,
    /// Gift id (gift-event logs).
    GiftId,
    /// Price of one gift in coins.
    Coins,
    /// How many.
    Count,
    /// Sender handle.
    Sender,
    /// Sender display name.
    Nickname,
    /// Session key.
    Session,
    /// Streak finished flag (gift-event logs).
    RepeatEnd,
    /// Gift type; 1 is streakable (gift-event logs).
    GiftType,
    /// Diamonds (session summaries).
    Diamonds,
    /// Duration (session summaries).
    Duration,
    /// End time (session summaries).
    End,
    /// Distinct viewers.
    Viewers,
    /// Peak viewers.
    PeakViewers,
    /// New followers.
    Followers,
    /// Likes.
    Likes,
    /// Title.
    Title,
}

impl Field {
    /// The name used in `--map`.
    pub fn parse_map_name(s: &str) -> Option<Field> {
        Some(match norm(s).as_str() {
            "date" | "time" | "timestamp" => Field::Date,
            "gift" => Field::Gift,
            "coins" => Field::Coins,
            "count" => Field::Count,
            "sender" | "from" => Field::Sender,
            "session" => Field::Session,
            "diamonds" => Field::Diamonds,
            "duration" => Field::Duration,
            "viewers" => Field::Viewers,
            "peakviewers" => Field::PeakViewers,
            "followers" => Field::Followers,
            "likes" => Field::Likes,
            "title" => Field::Title,
            _ => return None,
        })
    }
}

/// Lower-cases and drops everything but letters and digits: `Gift Name`,
/// `gift_name` and `giftName` all become `giftname`.
pub fn norm(s: &str) -> String {
    s.trim_start_matches('\u{feff}')
        .chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// Headers of a column holding only the day, when another holds the time.
const DAY_NAMES: &[&str] = &[
    "date",
    "startdate",
    "day",
    "datum",
    "tag",
    "fecha",
    "dia",
    "día",
    "data",
    "jour",
];

/// Headers of a column holding only the time of day.
const TIME_OF_DAY_NAMES: &[&str] = &[
    "time",
    "starttime",
    "hour",
    "zeit",
    "uhrzeit",
    "hora",
    "heure",
];

/// Header names recognised for each field, normalised with [`norm`].
const NAMES: &[(Field, &[&str])] = &[
    (
        Field::Date,
        &[
            "timestamp",
            "commoncreatetime",
            "date",
            "datetime",
            "time",
            "createtime",
            "sentat",
            "at",
            "when",
            "start",
            "startedat",
            "starttime",
            "livestart",
            "startdate",
            "datum",
            "fecha",
            "data",
            "zeit",
            "zeitpunkt",
            "hora",
            "heure",
        ],
    ),
    (
        Field::Gift,
        &[
            "giftname",
            "giftdetailsgiftname",
            "gift",
            "item",
            "giftitem",
            "geschenk",
            "regalo",
            "cadeau",
            "presente",
            "geschenkname",
        ],
    ),
    (Field::GiftId, &["giftid"]),
    (
        Field::Coins,
        &[
            "diamondcount",
            "giftdetailsdiamondcount",
            "coins",
            "coinseach",
            "coin",
            "coinvalue",
            "value",
            "price",
            "coinsper",
            "giftvalue",
            "giftcoins",
            "münzen",
            "munzen",
            "monedas",
            "pièces",
            "pieces",
            "moedas",
            "wert",
            "valor",
            "valeur",
            "preis",
            "precio",
            "prix",
        ],
    ),
    (
        Field::Count,
        &[
            "repeatcount",
            "count",
            "quantity",
            "qty",
            "repeat",
            "number",
            "times",
            "amount",
            "anzahl",
            "menge",
            "cantidad",
            "quantité",
            "quantite",
            "quantidade",
            "nombre",
        ],
    ),
    (
        Field::Sender,
        &[
            "uniqueid",
            "useruniqueid",
            "from",
            "sender",
            "user",
            "username",
            "userid",
            "handle",
            "viewer",
            "gifter",
            "supporter",
            "benutzer",
            "absender",
            "nutzer",
            "usuario",
            "remitente",
            "utilisateur",
            "expéditeur",
            "usuário",
            "remetente",
        ],
    ),
    (
        Field::Nickname,
        &["nickname", "usernickname", "displayname", "name"],
    ),
    (
        Field::Session,
        &[
            "session",
            "sessionid",
            "sessionref",
            "live",
            "liveid",
            "stream",
            "streamid",
        ],
    ),
    (Field::RepeatEnd, &["repeatend"]),
    (Field::GiftType, &["gifttype", "giftdetailsgifttype"]),
    (
        Field::Diamonds,
        &[
            "diamonds",
            "diamondsearned",
            "totaldiamonds",
            "diamondsreceived",
            "earneddiamonds",
            "diamanten",
            "diamantes",
            "diamants",
        ],
    ),
    (
        Field::Duration,
        &[
            "duration",
            "durationminutes",
            "minutes",
            "length",
            "livetime",
            "liveduration",
            "dauer",
            "duración",
            "duracion",
            "durée",
            "duree",
            "duração",
        ],
    ),
    (Field::End, &["end", "endedat", "endtime"]),
    (
        Field::Viewers,
        &[
            "uniqueviewers",
            "viewers",
            "totalviewers",
            "views",
            "viewerstotal",
            "zuschauer",
            "espectadores",
            "spectateurs",
            "visualizações",
            "aufrufe",
        ],
    ),
    (
        Field::PeakViewers,
        &["peakviewers", "maxviewers", "topviewers", "peak"],
    ),
    (
        Field::Followers,
        &["newfollowers", "followers", "followersgained", "follows"],
    ),
    (Field::Likes, &["likes"]),
    (Field::Title, &["title", "livetitle"]),
];

impl Columns {
    /// Recognises columns by header name. Earlier names in [`NAMES`] win when
    /// several columns could hold a field; a separate `time` column is kept
    /// apart from a `date` column.
    pub fn from_header(header: &[String]) -> Columns {
        let normed: Vec<String> = header.iter().map(|h| norm(h)).collect();
        let mut idx = HashMap::new();
        for (field, names) in NAMES {
            for name in *names {
                if let Some(i) = normed.iter().position(|h| h == name) {
                    if !idx.values().any(|&j| j == i) {
                        idx.insert(*field, i);
                        break;
                    }
                }
            }
        }
        // A day and a time of day in two columns (`Fecha` + `Hora`): keep both.
        let find = |names: &[&str]| normed.iter().position(|h| names.contains(&h.as_str()));
        if let (Some(d), Some(t)) = (find(DAY_NAMES), find(TIME_OF_DAY_NAMES)) {
            idx.insert(Field::Date, d);
            idx.insert(Field::Time, t);
        }
        Columns { idx }
    }

    /// Columns from a `--map` text: `date=Col,gift=Col,…`, names matched
    /// without regard to case, spaces or punctuation.
    pub fn from_map(map: &str, header: &[String]) -> Result<Columns, String> {
        let normed: Vec<String> = header.iter().map(|h| norm(h)).collect();
        let mut idx = HashMap::new();
        for pair in map.split(',').filter(|p| !p.trim().is_empty()) {
            let (f, col) = pair
                .split_once('=')
                .ok_or_else(|| format!("'{pair}' is not field=Column"))?;
            let field = Field::parse_map_name(f).ok_or_else(|| {
                format!("'{f}' is not a field (fields: date, gift, coins, count, sender, session, diamonds, duration, viewers, peak_viewers, followers, likes, title)")
            })?;
            let i = normed.iter().position(|h| *h == norm(col)).ok_or_else(|| {
                format!(
                    "the file has no column '{}' (its columns: {})",
                    col.trim(),
                    header.join(", ")
                )
            })?;
            idx.insert(field, i);
        }
        Ok(Columns { idx })
    }

    /// The column holding `f`, if any.
    pub fn get(&self, f: Field) -> Option<usize> {
        self.idx.get(&f).copied()
    }

    /// Whether `f` has a column.
    pub fn has(&self, f: Field) -> bool {
        self.idx.contains_key(&f)
    }
}

/// Guesses the format from the header and the recognised columns.
pub fn detect(header: &[String], cols: &Columns) -> Option<Format> {
    let normed: Vec<String> = header.iter().map(|h| norm(h)).collect();
    if normed.first().map(String::as_str) == Some("record")
        && normed.iter().any(|h| h == "sessionref")
    {
        return Some(Format::LiveLedger);
    }
    // Webcast v2 events flattened to CSV carry dotted headers (giftDetails.diamondCount).
    if normed
        .iter()
        .any(|h| h == "diamondcount" || h == "giftdetailsdiamondcount")
        && normed.iter().any(|h| h == "repeatcount")
    {
        return Some(Format::GiftEvents);
    }
    if cols.has(Field::Gift) && cols.has(Field::Date) {
        return Some(Format::GiftTable);
    }
    if cols.has(Field::Diamonds) && cols.has(Field::Date) && !cols.has(Field::Gift) {
        return Some(Format::SessionSummary);
    }
    None
}

/// Picks the delimiter of a file from its first line: the most frequent of
/// comma, semicolon and tab outside quotes (comma when none).
pub fn delimiter(first_line: &[u8]) -> u8 {
    let mut counts = [0usize; 3];
    let mut quoted = false;
    for &b in first_line {
        match b {
            b'"' => quoted = !quoted,
            b',' if !quoted => counts[0] += 1,
            b';' if !quoted => counts[1] += 1,
            b'\t' if !quoted => counts[2] += 1,
            b'\n' if !quoted => break,
            _ => {}
        }
    }
    let best = (0..3)
        .max_by_key(|&i| (counts[i], std::cmp::Reverse(i)))
        .unwrap_or(0);
    if counts[best] == 0 {
        b','
    } else {
        [b',', b';', b'\t'][best]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn h(cols: &[&str]) -> Vec<String> {
        cols.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn names_in_any_case_and_spelling() {
        let header = h(&["Sender", "GIFT NAME", "Qty", "Coin_Value", "Date"]);
        let c = Columns::from_header(&header);
        assert_eq!(c.get(Field::Sender), Some(0));
        assert_eq!(c.get(Field::Gift), Some(1));
        assert_eq!(c.get(Field::Count), Some(2));
        assert_eq!(c.get(Field::Coins), Some(3));
        assert_eq!(c.get(Field::Date), Some(4));
        assert_eq!(detect(&header, &c), Some(Format::GiftTable));
    }

    #[test]
    fn a_day_column_and_a_time_column_are_read_together() {
        for (day, time) in [
            ("Date", "Time"),
            ("Fecha", "Hora"),
            ("Datum", "Uhrzeit"),
            ("Día", "Hora"),
            ("Date", "Heure"),
        ] {
            let header = h(&[day, time, "Regalo", "Monedas", "Cantidad", "Usuario"]);
            let c = Columns::from_header(&header);
            assert_eq!(c.get(Field::Date), Some(0), "{day} + {time}");
            assert_eq!(c.get(Field::Time), Some(1), "{day} + {time}");
            assert_eq!(
                detect(&header, &c),
                Some(Format::GiftTable),
                "{day} + {time}"
            );
        }
        // One column named like a time holds the whole instant.
        let c = Columns::from_header(&h(&["Time", "Gift", "Coins"]));
        assert_eq!((c.get(Field::Date), c.get(Field::Time)), (Some(0), None));
    }

    #[test]
    fn common_names_in_other_languages() {
        let header = h(&["Datum", "Benutzer", "Geschenk", "Anzahl", "Münzen"]);
        let c = Columns::from_header(&header);
        assert_eq!(detect(&header, &c), Some(Format::GiftTable));
        assert_eq!(c.get(Field::Coins), Some(4));
        assert_eq!(c.get(Field::Count), Some(3));
        let header = h(&["Fecha", "Usuario", "Regalo", "Cantidad"]);
        let c = Columns::from_header(&header);
        assert_eq!(c.get(Field::Sender), Some(1));
        assert_eq!(c.get(Field::Count), Some(3));
    }

    #[test]
    fn an_amount_is_a_count() {
        let header = h(&["Time", "User", "Gift", "Amount"]);
        assert_eq!(Columns::from_header(&header).get(Field::Count), Some(3));
    }

    #[test]
    fn gift_event_logs_are_recognised() {
        let header = h(&[
            "timestamp",
            "uniqueId",
            "nickname",
            "giftId",
            "giftName",
            "diamondCount",
            "repeatCount",
            "repeatEnd",
            "giftType",
        ]);
        let c = Columns::from_header(&header);
        assert_eq!(detect(&header, &c), Some(Format::GiftEvents));
        assert_eq!(c.get(Field::Sender), Some(1));
        assert_eq!(c.get(Field::Nickname), Some(2));
        assert_eq!(c.get(Field::Coins), Some(5));
        assert_eq!(c.get(Field::Count), Some(6));
    }

    #[test]
    fn session_summaries_are_recognised() {
        let header = h(&["Date", "Duration", "Diamonds", "Viewers", "New followers"]);
        let c = Columns::from_header(&header);
        assert_eq!(detect(&header, &c), Some(Format::SessionSummary));
    }

    #[test]
    fn delimiters() {
        assert_eq!(delimiter(b"a,b,c\n"), b',');
        assert_eq!(delimiter(b"a;b;c\n"), b';');
        assert_eq!(delimiter(b"a\tb\tc\n"), b'\t');
        assert_eq!(delimiter(b"\"a,b\";c;d\n"), b';');
        assert_eq!(delimiter(b"single\n"), b',');
    }

    #[test]
    fn explicit_mapping() {
        let header = h(&["When", "What", "Worth"]);
        let c = Columns::from_map("date=when, gift=What,coins=worth", &header).unwrap();
        assert_eq!(c.get(Field::Coins), Some(2));
        assert!(Columns::from_map("gift=Nope", &header)
            .unwrap_err()
            .contains("no column"));
        assert!(Columns::from_map("colour=What", &header)
            .unwrap_err()
            .contains("not a field"));
    }
}
